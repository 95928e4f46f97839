"""The languages a plan can be printed in: gettext catalogues, CLDR dates, review status.

Catalogues are GNU gettext ``.mo`` files compiled from ``resources/translations/<code>/
LC_MESSAGES/linkdesk.po`` by ``packaging/translations.py compile`` (the compiled files are
committed, so an installed or frozen copy needs no build step; a test fails when one is stale).
Dates and language names come from CLDR through Babel, so they follow the plan's language and
never the machine's locale.
"""

from __future__ import annotations

import gettext
import pickle
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from babel import Locale, UnknownLocaleError

from linkdesk.domain import worker_text, written_dates
from linkdesk.domain.errors import ValidationError
from linkdesk.paths import resource

DOMAIN = "linkdesk"
ENGLISH = "en"
# Shipped catalogues, in the order a worker sees them (English first, then Welsh).
SHIPPED = ("en", "cy", "pl", "ur")
_REVIEW_LINE = "# Review status:"


@dataclass(frozen=True)
class Language:
    """One language a plan can be printed in."""

    code: str  # BCP 47 / CLDR language code: "cy", "ur"
    english_name: str  # "Welsh"
    native_name: str  # "Cymraeg"
    rtl: bool
    review: str  # who has checked the catalogue ("# Review status:" in its .po header)

    @property
    def label(self) -> str:
        """ "Cymraeg (Welsh)": how a picker lists it."""
        if self.native_name.casefold() == self.english_name.casefold():
            return self.english_name
        return f"{self.native_name} ({self.english_name})"


@dataclass(frozen=True)
class Resolution:
    """Which language a person's plan is printed in, and why (``note`` for the worker)."""

    language: Language
    requested: str  # what the record asked for ("Bengali", "cy", "")
    note: str = ""  # one line for the worker when the plan cannot be in the requested language


class Catalogue:
    """The messages of one language, plus its dates."""

    def __init__(self, language: Language, translations: gettext.NullTranslations) -> None:
        self.language = language
        self._t = translations

    def __call__(self, message: str) -> str:
        """The translation of a message id (the English text when there is none)."""
        return str(self._t.gettext(message))

    def format(self, message: str, **fields: object) -> str:
        """The translation with ``{field}``s filled (plain text, for screens and metadata)."""
        return self(message).format(**fields)

    def long_date(self, d: date) -> str:
        """The day written out, CLDR "full" style: "dydd Mawrth, 8 Rhagfyr 2026"."""
        return written_dates.long_date(d, self.language.code)

    def short_date(self, d: date) -> str:
        """The date without the day's name, CLDR "long" style: "8 Rhagfyr 2026"."""
        return written_dates.day_month_year(d, self.language.code)


def _review_status(code: str) -> str:
    """The "# Review status:" line of a catalogue's .po header ("source text" for English)."""
    if code == ENGLISH:
        return "source text"
    po = resource("translations", code, "LC_MESSAGES", f"{DOMAIN}.po")
    try:
        with po.open(encoding="utf-8") as f:
            for line in f:
                if line.startswith(_REVIEW_LINE):
                    return line[len(_REVIEW_LINE) :].strip()
                if not line.startswith("#"):
                    break
    except OSError:
        pass
    return "unknown: no review status in the catalogue"


def catalogue_files() -> list[str]:
    """The compiled catalogues, as paths under resources/ (for the self-test)."""
    return [f"translations/{c}/LC_MESSAGES/{DOMAIN}.mo" for c in SHIPPED if c != ENGLISH]


def _mo_path(code: str) -> str:
    return str(resource("translations", code, "LC_MESSAGES", f"{DOMAIN}.mo"))


@cache
def _translations(code: str) -> gettext.NullTranslations:
    if code == ENGLISH:
        return gettext.NullTranslations()
    with open(_mo_path(code), "rb") as f:
        return gettext.GNUTranslations(f)


@cache
def language(code: str) -> Language:
    """A shipped language by code; ValidationError for any other."""
    code = normalise_code(code)
    if code not in SHIPPED:
        raise ValidationError(
            worker_text.wt(
                "There is no plan in {code} yet; choose one of {codes}.",
                code=repr(code),
                codes=", ".join(SHIPPED),
            )
        )
    locale = Locale.parse(code)
    review = _review_status(code)
    return Language(
        code=code,
        english_name=str(locale.english_name),
        native_name=str(locale.display_name),
        rtl=locale.character_order == "right-to-left",
        review=review,
    )


def languages() -> list[Language]:
    """Every language with a shipped catalogue, English first."""
    return [language(code) for code in SHIPPED]


@cache
def catalogue_words() -> frozenset[str]:
    """Every word (split at white space) of every shipped catalogue's text, source and
    translation: the plan's own words, never a person's (plan/fonts.py keeps their shaping
    between plans)."""
    words: set[str] = set()
    for code in SHIPPED:
        table = getattr(_translations(code), "_catalog", {})  # GNUTranslations' msgid -> msgstr
        for key, value in table.items():
            for text in (key, value):
                if isinstance(text, str):
                    words.update(text.split())
    return frozenset(words)


@cache
def catalogue(code: str) -> Catalogue:
    """The catalogue of a shipped language (loaded once per process)."""
    lang = language(code)
    return Catalogue(lang, _translations(lang.code))


def normalise_code(code: str) -> str:
    """ "cy_GB", "CY-gb", "cy" -> "cy"."""
    return re.split(r"[-_]", code.strip(), maxsplit=1)[0].casefold()


@cache
def _names() -> dict[str, str]:
    """Language names (English and native, casefolded) to CLDR codes."""
    english = Locale("en")
    names = {str(name).casefold(): code for code, name in english.languages.items()}
    extra = {"punjabi": "pa", "farsi": "fa", "cantonese": "yue", "mandarin": "zh", "sylheti": "syl"}
    names.update(extra)
    names.update({name.casefold(): code for code, name in _UK_NAMES.items()})
    for code in (*SHIPPED, *_COMMUNITY):  # their own names too: "Cymraeg", "العربية", "বাংলা"
        names[own_name(code).casefold()] = code
    return names


def own_name(code: str) -> str:
    """A language's name in itself (CLDR: "Cymraeg", "العربية"), as Babel's
    ``Locale.parse(code).display_name`` gives it for a bare language code.

    Read from Babel's data file for ``code`` alone, not through ``Locale``: Babel keeps every
    locale it loads, merged with the root locale (about 1 MB of Python objects each), for the
    life of the process, and the 18 own names ``code_for`` matches a person's language against
    cost the GUI ~20 MB that way (issue 15: the first conversation opened). Falls back to
    ``Locale`` when the file lacks the name.
    """
    from babel.localedata import resolve_locale_filename

    try:
        with open(resolve_locale_filename(code), "rb") as fh:
            data = pickle.load(fh)  # Babel's own CLDR file, as babel.localedata.load reads it
        name = data.get("languages", {}).get(code)
    except (OSError, ValueError, pickle.UnpicklingError, AttributeError):
        name = None
    return str(name) if name else str(Locale.parse(code).display_name)


def warm() -> None:
    """Load the language names now (CLDR data, read once per process; see ``own_name``)
    and each shipped language's (the conversation window's language chooser lists them:
    ~20 ms a locale's CLDR data, read on the first open), so the first conversation or plan
    opened does not wait for them on the UI thread. Called by
    ``services.app_services.preload`` on a worker thread."""
    _names()
    languages()


# Where CLDR's English name is not the one used in the UK (NHS interpreting services).
_UK_NAMES = {"bn": "Bengali", "pa": "Punjabi", "fa": "Farsi"}
# Languages often recorded in their own script in the UK (ONS 2021 main languages).
_COMMUNITY = ("ar", "bn", "pa", "gu", "ta", "zh", "fa", "ps", "ku", "so", "ti", "ro", "lt", "pt")


def display_name(code: str) -> str:
    """ "Bengali (বাংলা)": the language's English name (CLDR, with ``_UK_NAMES``) and its own
    name in brackets; "" for a code CLDR does not know."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return ""
    english = _UK_NAMES.get(code) or str(locale.english_name or "")
    native = str(locale.display_name or "")
    if not english:
        return ""
    same = not native or native.casefold() == english.casefold()
    return english if same else f"{english} ({native})"


def code_for(name: str) -> str:
    """The CLDR code of a language named in English, natively or by code ("" if unknown)."""
    text = name.strip()
    if not text:
        return ""
    head = re.split(r"[(/,;]", text, maxsplit=1)[0].strip().casefold()
    names = _names()
    for candidate in (text.casefold(), head):
        if candidate in names:
            return names[candidate]
    try:
        return str(Locale.parse(normalise_code(head)).language)
    except (UnknownLocaleError, ValueError, TypeError):
        return ""


def resolve(preferred_language: str, plan_language: str = "") -> Resolution:
    """The language a person's plan prints in.

    ``plan_language`` (a code chosen for the plan) wins; else the person's preferred language
    (free text: "Welsh", "Cymraeg", "cy"). A language with no catalogue yet prints in English,
    with a one-line note telling the worker so.
    """
    requested = plan_language.strip() or preferred_language.strip()
    code = normalise_code(plan_language) if plan_language.strip() else code_for(requested)
    if code in SHIPPED:
        return Resolution(language(code), requested)
    if not requested or code == ENGLISH:
        return Resolution(language(ENGLISH), requested)
    shown = requested if len(requested) <= 40 else requested[:40] + "\u2026"
    if code:
        shown = display_name(code) or shown
    # For the worker, in their language; ``shown`` is the record's words or the language's name.
    note = worker_text.wt(
        "There is no plan in {language} yet, so this one is in English. "
        "Read it through together, or ask an interpreter.",
        language=shown,
    )
    return Resolution(language(ENGLISH), requested, note)
