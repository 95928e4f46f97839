"""The worker's language for sentences built outside ``ui/`` (no Qt): gettext, CLDR dates.

The GUI's own words come from Qt Linguist catalogues (``ui/i18n.py``). Sentences that the
services and the domain build for the worker to read — timeline entries, validation and error
messages, booking warnings, import reports, schedule descriptions — come from here, in the
worker's UI language, from the GNU gettext domain ``linkdesk-worker``
(``resources/translations/<code>/LC_MESSAGES/linkdesk-worker.po`` → ``.mo``, made with Babel by
``python packaging/translations.py worker-update`` / ``worker-compile``; docs/translating.md).

Marking (Babel's extractor finds these calls by name in ``src/linkdesk/{domain,services,
directory,exchange}``):

- ``wt("Goal set: {goal}", goal=text)``: one sentence; ``{field}``s are filled after
  translation with ``str.format`` (the person's words, names and dates go in fields, never
  into the message id, so they are never translated or changed);
- ``wnt("{n} day", "{n} days", n, n=n)``: a number of things (each language's plural forms);
- ``wt_noop("...")``: a constant translated where it is shown (``wt(CONSTANT)``);
- ``label(member)``: an enum's English label in the worker's language (``msgctxt`` is the
  enum's class name, the same context and words as the Qt catalogue's, which seeds them).

The English message ids are the English text, so with no language set (the CLI, the tests)
every sentence is exactly what it was. :func:`set_language` is called by the GUI's
``ui/i18n.install_language`` (and by anything else that wants another language); the CLI
never calls it, so it stays English. The setting is process-wide and read on any thread.
Dates come from CLDR in the same language (:func:`short_day`, :func:`day_name`), never from
the machine's locale.
"""

from __future__ import annotations

import gettext
import re
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

from linkdesk.domain import written_dates
from linkdesk.paths import resource

DOMAIN = "linkdesk-worker"
ENGLISH = "en"
# The languages with a catalogue: every UI language but English (a test keeps them the same).
SHIPPED = ("cy", "ur")


class _State:
    code = ENGLISH
    translations: gettext.NullTranslations = gettext.NullTranslations()


def catalogue_files() -> list[str]:
    """The compiled catalogues, as paths under resources/ (for the self-test)."""
    return [f"translations/{code}/LC_MESSAGES/{DOMAIN}.mo" for code in SHIPPED]


def wt_noop(message: str) -> str:
    """Mark a constant for the catalogue; translate it where it is shown (``wt(NAME)``)."""
    return message


@cache
def _catalogue(code: str) -> gettext.NullTranslations:
    """The compiled catalogue for ``code`` (English text when there is none)."""
    if code == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation(
        DOMAIN, localedir=str(resource("translations")), languages=[code], fallback=True
    )


def set_language(code: str) -> str:
    """Speak ``code`` ("cy", "ur", "cy_GB") from now on; English for "" or a language with no
    catalogue. Returns the code in force."""
    head = re.split(r"[-_]", code.strip(), maxsplit=1)[0].casefold() or ENGLISH
    found = _catalogue(head)
    if head != ENGLISH and type(found) is gettext.NullTranslations:
        head, found = ENGLISH, _catalogue(ENGLISH)
    _State.code, _State.translations = head, found
    return head


def language() -> str:
    """The code of the worker's language in force ("en" unless one was set)."""
    return _State.code


def wt(message: str, /, **fields: Any) -> str:
    """``message`` in the worker's language, its ``{field}``s filled from ``fields``."""
    text = _State.translations.gettext(message)
    return text.format(**fields) if fields else text


def wnt(singular: str, plural: str, n: int, /, **fields: Any) -> str:
    """The form of a sentence for the number ``n`` (``{n}`` is not filled unless given)."""
    text = _State.translations.ngettext(singular, plural, n)
    return text.format(**fields) if fields else text


def wpt(context: str, message: str) -> str:
    """``message`` in the worker's language, in a context (an enum's class name)."""
    return _State.translations.pgettext(context, message)


def shown(text: str, *contexts: str) -> str:
    """A marked constant (``wt_noop``) in the worker's language, else an enum label from one of
    ``contexts`` (class names), else ``text`` as it is (data: a publisher's category, a
    service's name). For text built in English on purpose and translated only on screen
    (the commissioner report: its CSV and PDF stay English)."""
    found = _State.translations.gettext(text)
    for context in contexts:
        if found != text:
            break
        found = _State.translations.pgettext(context, text)
    return found


def label(member: Enum) -> str:
    """An enum member's English ``label`` in the worker's language ("Phone" -> "Ffôn")."""
    english: str = getattr(member, "label")  # noqa: B009 - every LinkDesk enum has one
    return wpt(type(member).__name__, english)


# -- dates in the worker's language (CLDR through Babel) -----------------------------------------


def _format(d: date, pattern: str) -> str:
    from babel.dates import format_date

    locale = "en_GB" if _State.code == ENGLISH else _State.code
    return str(format_date(d, pattern, locale=locale))


def short_day(d: date) -> str:
    """ "Tue 10 Nov 2026" / "Maw 10 Tach 2026" (as ``english_dates.short_day`` in English)."""
    return _format(d, "EEE d MMM y")


def day_name(d: date) -> str:
    """ "Tuesday" / "dydd Mawrth"."""
    return _format(d, "EEEE")


def long_day(d: date) -> str:
    """ "10 November 2026" / "10 Tachwedd 2026"."""
    return written_dates.day_month_year(d, _State.code)


def full_day(d: date) -> str:
    """ "Tuesday 10 November 2026" / "dydd Mawrth, 10 Tachwedd 2026" (CLDR "full" style)."""
    return written_dates.long_date(d, _State.code)


def month_name(month: int) -> str:
    """ "March" / "Mawrth" (1 = January; CLDR's stand-alone wide name)."""
    from babel.dates import get_month_names

    locale = "en_GB" if _State.code == ENGLISH else _State.code
    return str(get_month_names("wide", "stand-alone", locale=locale)[month])


def language_name(code: str) -> str:
    """A language's name in the worker's language, from CLDR ("Bangla"; "Bengaleg" in Welsh).
    Raises Babel's UnknownLocaleError or ValueError for a code CLDR does not know."""
    from babel import Locale

    found = Locale.parse(code)
    if _State.code == ENGLISH:
        return str(found.english_name)
    return str(found.get_display_name(_State.code) or found.english_name)
