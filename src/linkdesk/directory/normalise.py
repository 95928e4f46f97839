"""Tidying messy directory data: HTML to text, lengths, coordinates, days, cost, categories."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser

from linkdesk.domain.service_schedule import DAY_NAMES, clock_words, day_list_words

MAX_SHORT = 300  # names, phones, postcodes, one-line fields
MAX_LONG = 4000  # descriptions and other free text

_DAY_CODES = {
    "mo": 0, "mon": 0, "monday": 0,
    "tu": 1, "tue": 1, "tues": 1, "tuesday": 1,
    "we": 2, "wed": 2, "wednesday": 2,
    "th": 3, "thu": 3, "thur": 3, "thurs": 3, "thursday": 3,
    "fr": 4, "fri": 4, "friday": 4,
    "sa": 5, "sat": 5, "saturday": 5,
    "su": 6, "sun": 6, "sunday": 6,
    # Welsh (dydd Llun .. dydd Sul), for bilingual directories in Wales
    "llun": 0, "mawrth": 1, "mercher": 2, "iau": 3, "gwener": 4, "sadwrn": 5, "sul": 6,
}  # fmt: skip
_BLOCK_TAGS = {"p", "br", "div", "li", "ul", "ol", "tr", "h1", "h2", "h3", "h4", "h5", "h6"}


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)  # <br/> is one line break, not two

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """Plain text from an HTML fragment: tags dropped, entities decoded, spacing tidied."""
    if "<" not in text and "&" not in text:
        return text
    parser = _TextOnly()
    try:
        parser.feed(text)
        parser.close()
    except Exception:  # html.parser is lenient; this is a last guard  # pragma: no cover
        return html.unescape(re.sub(r"<[^>]*>", " ", text))
    return "".join(parser.parts)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: object, limit: int = MAX_SHORT, *, multiline: bool = False) -> str:
    """Any value as trimmed text without control characters, at most ``limit`` characters."""
    if type(value) is str:
        # Most values are already tidy: a printable line (no control characters, no line
        # breaks, no tabs), trimmed, without double spaces, short enough. Skip the work.
        tidy = len(value) <= limit and value.isprintable() and "  " not in value
        if tidy and (not value or (value[0] != " " and value[-1] != " ")):
            return value
    elif value is None or isinstance(value, dict | list):
        return ""
    text = _CONTROL.sub("", str(value))
    if multiline:
        lines = [" ".join(line.split()) for line in text.replace("\r", "\n").split("\n")]
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    else:
        text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def clean_html(value: object, limit: int = MAX_LONG) -> str:
    """Free text that may hold HTML, as plain text."""
    text = value if isinstance(value, str) else ("" if value is None else str(value))
    if "<" not in text and "&" not in text:
        return clean(value, limit, multiline=True)
    return clean(strip_html(clean(value, limit * 4, multiline=True)), limit, multiline=True)


def coordinate(value: object, bound: float) -> float | None:
    """A latitude (bound 90) or longitude (bound 180), or None when absent or out of range."""
    if value is None or value == "":
        return None
    try:
        number = float(str(value).strip())
    except ValueError:
        return None
    if number != number or not -bound <= number <= bound:  # NaN or out of range
        return None
    return number


_RANGE = re.compile(
    r"\b([a-z]{2,9})\s*(?:-|–|—|to|till|until|thru|through)\s*([a-z]{2,9})\b", re.IGNORECASE
)
_GROUPS = {
    "weekdays": (0, 1, 2, 3, 4), "weekday": (0, 1, 2, 3, 4),
    "weekends": (5, 6), "weekend": (5, 6),
    "daily": tuple(range(7)), "everyday": tuple(range(7)),
}  # fmt: skip
# Words that may sit in a days cell without naming a day ("every other Monday", "1st Tuesday").
_FILLER = {
    "every", "each", "the", "of", "month", "on", "and", "other", "alternate", "week", "weeks",
    "first", "second", "third", "fourth", "fifth", "last", "1st", "2nd", "3rd", "4th", "5th",
    "day", "days", "in", "a", "only", "also", "or", "plus", "most", "all", "dydd", "bob",
}  # fmt: skip


def _digits(word: str) -> bool:
    return word.isascii() and word.isdigit()  # not '¹', which isdigit() also allows


def _day_code(word: str) -> int | None:
    word = re.sub(r"^[+-]?[0-9]+", "", word) if not _digits(word) else word  # '1MO': first Monday
    if _digits(word):
        return int(word) - 1 if 1 <= int(word) <= 7 else None  # ISO 8601: 1 = Monday
    if word in _DAY_CODES:
        return _DAY_CODES[word]
    if word.endswith("s") and word[:-1] in _DAY_CODES:  # 'Mondays'
        return _DAY_CODES[word[:-1]]
    return None


def read_days(value: object) -> tuple[list[int], list[str]]:
    """Days of the week in any common spelling, and the words that were not understood.

    'MO,WE', '1MO' (the first Monday: Monday), 'Mon-Fri', 'Monday to Friday', 'Tues & Thurs',
    'weekdays', 'daily', ['TU', 'TH'], and ISO 8601 numbers (1 = Monday .. 7 = Sunday, as HSDS
    1.1's ``weekday``). Returns (sorted 0 = Monday .. 6 = Sunday, unknown words).
    """
    if isinstance(value, bool) or value is None:
        return [], []
    if isinstance(value, int | float):
        number = int(value) if float(value).is_integer() else 0
        return ([number - 1], []) if 1 <= number <= 7 else ([], [str(value)])
    if isinstance(value, list):
        days: set[int] = set()
        unknown: list[str] = []
        for item in value:
            found, bad = read_days(item)
            days.update(found)
            unknown += bad
        return sorted(days), unknown
    text = str(value).lower()

    def expand(match: re.Match[str]) -> str:
        first, last = _day_code(match[1]), _day_code(match[2])
        if first is None or last is None or first > 6 or last > 6:
            return match[0]
        span = range(first, last + 1) if first <= last else [*range(first, 7), *range(last + 1)]
        return " " + " ".join(DAY_NAMES[d].lower() for d in span) + " "

    text = _RANGE.sub(expand, text).replace("every day", "daily")
    days = set()
    unknown = []
    for word in re.split(r"[,;/&+|\s.()]+", text):
        if not word:
            continue
        if word in _GROUPS:
            days.update(_GROUPS[word])
        elif (code := _day_code(word)) is not None:
            days.add(code)
        elif word not in _FILLER:
            unknown.append(word)
    return sorted(days), unknown


def parse_days(value: object) -> list[int]:
    """'MO,WE', 'Monday', ['TU', 'TH'], 3 (ISO Wednesday) -> sorted 0=Mon..6=Sun."""
    return read_days(value)[0]


def clock_time(value: object) -> str:
    """'09:30:00' -> '9:30am'; '' when not a time."""
    return clock_words(str(value or ""))


def schedule_sentence(days: list[int], opens: str, closes: str, description: str = "") -> str:
    """One line such as 'Tuesday and Thursday, 10am to 12pm'."""
    parts = []
    if days:
        parts.append(day_list_words(days).capitalize() if len(days) == 7 else day_list_words(days))
    if opens and closes:
        parts.append(f"{opens} to {closes}")
    elif opens:
        parts.append(f"from {opens}")
    sentence = ", ".join(parts)
    if description and description.lower() not in sentence.lower():
        sentence = f"{sentence} ({description})" if sentence else description
    return sentence


_FREE_WORDS = re.compile(r"\b(free|no charge|no cost|nil)\b", re.IGNORECASE)
_PAID_WORDS = re.compile(r"£\s*[1-9]|\b[1-9]\d*(\.\d\d)?\s*(p|pence|pounds?)\b", re.IGNORECASE)


def looks_free(*texts: str, amounts: Iterable[float] = ()) -> bool:
    """True when the cost text says free (and names no price) or every amount is zero."""
    amounts = list(amounts)
    if amounts:
        return all(a == 0 for a in amounts)
    joined = " ".join(texts)
    return bool(_FREE_WORDS.search(joined)) and not _PAID_WORDS.search(joined)


# Taxonomy words -> the categories LinkDesk's life areas suggest from (domain/life_areas.py).
_CATEGORY_RULES: tuple[tuple[str, str], ...] = (
    (r"befriend", "befriending"),
    (r"walk", "walking groups"),
    (r"garden|allotment", "gardening"),
    (r"debt|benefit|welfare|money advice|financ", "debt and benefits advice"),
    (r"food ?bank|food|pantr|meal|lunch club", "food"),
    (r"cook", "cooking"),
    (r"carer", "carers support"),
    (r"mental|wellbeing|well-being|anxiety|depress|mindful", "mental wellbeing"),
    (r"peer support|support group|self-help", "peer support"),
    (r"\bart|craft|music|creative|singing|choir|drama", "arts and crafts"),
    (r"employ|job|career|\bwork\b", "employment"),
    (r"digital|computer|internet|online skills|\bit\b", "digital skills"),
    (r"housing|homeless|tenan", "housing"),
    (r"volunteer", "volunteering"),
    (r"learn|educat|course|class|english|esol", "learning"),
    (r"exercise|sport|fitness|physical|swim|dance|yoga|keep fit", "physical activity"),
    (r"social|coffee|friendship|lonel|isolat|club", "social groups"),
    (r"transport|bus\b|travel|lift", "transport"),
    (r"long.term|diabet|dementia|stroke|arthritis|chronic|pain|cancer", "long-term conditions"),
)
_COMPILED_RULES = tuple((re.compile(p, re.IGNORECASE), c) for p, c in _CATEGORY_RULES)


def map_category(term: str) -> str:
    """A taxonomy term as a LinkDesk category; unknown terms are kept, lower-cased."""
    term = clean(term, 80)
    for pattern, category in _COMPILED_RULES:
        if pattern.search(term):
            return category
    return term.lower()


def categories_from(terms: Iterable[str]) -> list[str]:
    """Mapped, de-duplicated categories in first-seen order."""
    seen: dict[str, None] = {}
    for term in terms:
        if category := map_category(term):
            seen.setdefault(category, None)
    return list(seen)[:20]
