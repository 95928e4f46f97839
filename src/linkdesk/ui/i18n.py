"""The worker's UI language: Qt Linguist catalogues, installed at start-up; words for dates.

Every user-facing string in ``ui/`` goes through ``self.tr()`` or :func:`translate` (the
context is the class, or a name the module gives), with Qt's placeholders: ``%1``..``%9``
filled by :func:`arg`, and ``%n`` for a count (``self.tr("%n people", "", count)``), so each
language can say its own plural forms. ``pyside6-lupdate`` collects them into
``resources/translations/ui/linkdesk_<code>.ts``; ``pyside6-lrelease`` compiles each into
the ``.qm`` beside it (``python packaging/translations.py ui-update`` / ``ui-compile``; see
docs/translating.md). The compiled ``.qm`` files are committed, like the plan's ``.mo``.

A UI language is shipped when its ``.qm`` is there. The language in force is chosen by the
worker (``WorkspaceSettings.ui_language``, remembered on this computer in QSettings so the
unlock screen speaks it too); English, the source text, when none is chosen. Right-to-left
languages turn the whole layout round. Qt's own widgets (Cancel, OK, the file dialog) use
Qt's catalogue for the language where Qt ships one.

What the *person* sees or hears (the plan, the show-the-person view, the wellbeing
questions) is in the person's language instead, from the gettext catalogues through
``services.plans``; never from here.

Dates are written from CLDR in the UI language (``domain/written_dates.py``), never from the
machine's locale.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QGuiApplication

from linkdesk import paths
from linkdesk.domain import written_dates

SOURCE_LANGUAGE = "en"
CATALOGUE = "linkdesk"  # resources/translations/ui/linkdesk_<code>.qm
SETTINGS_KEY = "ui/language"  # QSettings: the UI language last used on this computer
# The region Qt's locale is given for each language (numbers, Qt's date widgets).
_REGIONS = {"en": "en_GB", "cy": "cy_GB", "ur": "ur_PK", "pl": "pl_PL", "ar": "ar"}
_PLACEHOLDER = re.compile(r"%([1-9])")
FSI, PDI, RLM = "\u2068", "\u2069", "\u200f"  # first-strong isolate, pop isolate, RLM
# Letters of the right-to-left scripts (Hebrew, Arabic and its supplements, presentation
# forms), and Latin/Greek/Cyrillic letters: what decides whether a value needs isolating.
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LTR_LETTER = re.compile("[A-Za-z\u00c0-\u024f\u0370-\u04ff]")


@dataclass(frozen=True)
class UiLanguage:
    """A language the worker's screens can be shown in."""

    code: str  # "en", "cy", "ur"
    english_name: str  # "Welsh"
    native_name: str  # "Cymraeg"
    rtl: bool

    @property
    def label(self) -> str:
        """ "Cymraeg (Welsh)"; "English"."""
        if self.native_name.casefold() == self.english_name.casefold():
            return self.english_name
        return f"{self.native_name} ({self.english_name})"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation in ``context`` (pyside6-lupdate finds it by this name);
    returns it unchanged, typed. Translate it where it is shown: ``translate(context, text)``."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: for module-level code (pyside6-lupdate finds the
    literal ``translate("Context", "text")`` calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def arg(template: str, *values: object, isolate: bool = True) -> str:
    """Fill Qt's ``%1``..``%9`` in one pass (a value that contains "%2" stays as it is).

    For text shown on screen (``isolate``, the default): a value written the other way from
    the UI language (an English name in an Urdu sentence, an Urdu name in an English one) is
    set in a Unicode isolate (FSI..PDI, UAX #9), so its own punctuation stays with it and it
    does not decide the line's direction; in a right-to-left UI the line starts with an RLM,
    so it reads right to left even when it starts with a value. ``isolate=False`` for text
    that is not drawn (file names).
    """
    rtl = isolate and _State.rtl

    def shown(value: object) -> str:
        text = str(value)
        if isolate and (_RTL_LETTER.search(text) if not rtl else _LTR_LETTER.search(text)):
            return f"{FSI}{text}{PDI}"
        return text

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return shown(values[index]) if index < len(values) else match.group(0)

    filled = _PLACEHOLDER.sub(fill, template)
    return f"{RLM}{filled}" if rtl else filled


def _language(code: str) -> UiLanguage:
    return UiLanguage(
        code=code,
        english_name=written_dates.english_name(code),
        native_name=written_dates.native_name(code),
        rtl=written_dates.is_right_to_left(code),
    )


def catalogue_folder() -> str:
    return str(paths.resource("translations", "ui"))


def ui_codes() -> list[str]:
    """The codes of the languages with a compiled catalogue (English's too), sorted; no CLDR
    (Babel) needed, so start-up can use it before the unlock screen."""
    return sorted(
        path.stem.removeprefix(f"{CATALOGUE}_")
        for path in paths.resource("translations", "ui").glob(f"{CATALOGUE}_*.qm")
    )


FIRST_LANGUAGES = (SOURCE_LANGUAGE, "cy")  # English, then Welsh (the UK's other official language)


def ui_languages() -> list[UiLanguage]:
    """English, Welsh, then each other language with a compiled catalogue by English name:
    the order the plan's languages are offered in (plan/language.py SHIPPED), so the two
    lists a worker sees never disagree."""
    found = ui_codes()
    others = [_language(code) for code in found if code not in FIRST_LANGUAGES]
    first = [_language(code) for code in FIRST_LANGUAGES if code in found]
    return [*first, *sorted(others, key=lambda x: x.english_name)]


def normalise(code: str) -> str:
    """ "cy_GB", "CY-gb", "cy" -> "cy"; "" stays ""."""
    return re.split(r"[-_]", code.strip(), maxsplit=1)[0].casefold()


class _State:
    code = SOURCE_LANGUAGE
    rtl = False
    translators: list[QTranslator] = []  # one set per process, swapped whole


def current_language() -> str:
    """The code of the UI language in force ("en" until one is installed)."""
    return _State.code


def is_right_to_left() -> bool:
    """True while the UI language is written right to left (Urdu, Arabic)."""
    return _State.rtl


def install_language(code: str) -> str:
    """Show LinkDesk in ``code`` from now on (windows built later; open ones keep theirs).

    Installs the catalogue (and Qt's own, where Qt ships one), sets Qt's default locale to the
    language (Qt's date and number widgets) and the layout direction. A language with no
    catalogue falls back to English. Returns the code in force.
    """
    app = QCoreApplication.instance()
    wanted = normalise(code) or SOURCE_LANGUAGE
    shipped = {SOURCE_LANGUAGE, *ui_codes()}
    if wanted not in shipped:
        wanted = SOURCE_LANGUAGE
    for old in _State.translators:
        if app is not None:
            QCoreApplication.removeTranslator(old)
    _State.translators = []
    if app is not None:
        # English's plural forms ("1 page" / "2 pages" for "%n page(s)") are a catalogue too.
        english = QTranslator(app)
        if english.load(f"{CATALOGUE}_{SOURCE_LANGUAGE}", catalogue_folder()):
            _State.translators.append(english)
    if wanted != SOURCE_LANGUAGE and app is not None:
        ours = QTranslator(app)
        if ours.load(f"{CATALOGUE}_{wanted}", catalogue_folder()):
            _State.translators.append(ours)
        qt_own = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{wanted}", qt_folder):
            _State.translators.append(qt_own)
    for translator in _State.translators:  # the last installed is asked first
        QCoreApplication.installTranslator(translator)
    _State.code = wanted
    _State.rtl = written_dates.is_right_to_left(wanted)
    QLocale.setDefault(QLocale(_REGIONS.get(wanted, wanted)))
    if isinstance(app, QGuiApplication):
        rtl = written_dates.is_right_to_left(wanted)
        app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
    return wanted


def remembered_language() -> str:
    """The UI language last used on this computer (QSettings; "" when never chosen)."""
    value = QSettings().value(SETTINGS_KEY, "")
    return normalise(value) if isinstance(value, str) else ""


def remember_language(code: str) -> None:
    """Keep the UI language for the next start on this computer (a code: nothing personal)."""
    QSettings().setValue(SETTINGS_KEY, normalise(code))


# -- words for dates and numbers, in the UI language ------------------------------------------


def long_date(d: date) -> str:
    """ "Tuesday 8 December 2026" / "Dydd Mawrth, 8 Rhagfyr 2026" (CLDR, the UI language)."""
    return written_dates.long_date(d, _State.code)


def day_month_year(d: date) -> str:
    """ "8 December 2026" / "8 Rhagfyr 2026" (CLDR "long", the UI language)."""
    return written_dates.day_month_year(d, _State.code)


def weekday_name(number: int, *, short: bool = False) -> str:
    """ "Monday" / "Dydd Llun" (0 = Monday); ``short``: "Mon" / "Llun"."""
    return written_dates.weekday_name(number, _State.code, short=short)


def day_short_month(d: date) -> str:
    """ "8 Dec" / "8 Rhag" (CLDR, the UI language): dates whose year is said elsewhere."""
    return written_dates.day_short_month(d, _State.code)


def short_date(d: date | None) -> str:
    """ "8 Dec 2026" / "8 Rhag 2026" for tables and lists; "" for None."""
    return written_dates.short_date(d, _State.code) if d else ""


def numeric_date(d: date | None) -> str:
    """ "08/12/2026": the form date fields are typed in (digits only, so no locale in it)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}" if d else ""


def number(value: int) -> str:
    """A whole number with the UI language's grouping ("12,345")."""
    return QLocale().toString(value)
