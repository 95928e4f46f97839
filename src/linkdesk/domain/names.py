"""Names as people write them: the order of their parts, and how a search finds them.

**Order.** Many names are written family name first: "Nguyễn Thị Hương" (Vietnamese), "Kim
Min-jun" (Korean), "Wáng Fāng" (Chinese), "Nagy Erzsébet" (Hungarian). Each person has a
:class:`NameOrder`; :func:`person_name` puts the parts in that order, and everything that shows
or prints a whole name (the caseload, the person view, the plan, letters, the subject-access
record, erasure and retention lists) goes through it, so "Nguyễn Thị Hương" is never turned into
"Thị Hương Nguyễn".

**Search.** A worker types names on an English keyboard: "lukasz" must find Łukasz and "OBrien"
find O'Brien. :func:`fold` lowercases, drops accents (é → e, ễ → e) and spells out the letters
that carry no separable accent (ł → l, ø → o, æ → ae, ß → ss, đ → d, ı → i, þ → th…; Unicode
decomposition alone leaves them as they are). :func:`index_words` is what the caseload index
holds for a name: its folded words, each word with its apostrophes and hyphens taken out
("o'brien" → "o", "brien" and "obrien"), and the whole name run together ("van der Berg" →
"vanderberg"). :func:`search_words` reads typed text the same way, so "O'Brien", "OBrien",
"o brien", "Van der Berg" and "vanderberg" all find the same people.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum


class NameOrder(StrEnum):
    """Which part of a person's name is written first."""

    GIVEN_FIRST = "given_first"  # Anna Kowalska
    FAMILY_FIRST = "family_first"  # Nguyễn Thị Hương

    @property
    def label(self) -> str:
        return _ORDER_LABELS[self]


_ORDER_LABELS = {
    NameOrder.GIVEN_FIRST: "Given names first (Anna Kowalska)",
    NameOrder.FAMILY_FIRST: "Family name first (Nguyễn Thị Hương)",
}


def person_name(given: str, family: str, order: NameOrder | str = NameOrder.GIVEN_FIRST) -> str:
    """The whole name, in the order the person writes it (blank parts left out)."""
    parts = (family, given) if order == NameOrder.FAMILY_FIRST else (given, family)
    return " ".join(p.strip() for p in parts if p and p.strip())


# Letters that Unicode decomposition leaves whole, spelled as an English keyboard types them.
_SPELLED = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ẞ": "ss",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "ĸ": "k",
        "ŋ": "n",
        "ſ": "s",
        "ə": "e",
        "ɨ": "i",
        "ʉ": "u",
        "ƒ": "f",
        "ɓ": "b",
        "ɗ": "d",
        "ƙ": "k",
        "ƴ": "y",
    }
)
# Marks inside a name that a worker may or may not type: apostrophes and hyphens of all kinds.
_JOINERS = re.compile(r"['’‘`´ʼʻ\-‐‑‒–—]")
_NOT_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> str:
    """``text`` as an English keyboard types it: lower case, no accents, ł → l, æ → ae…"""
    lowered = text.casefold().translate(_SPELLED)  # casefold first: "Ł" → "ł" → "l"
    decomposed = unicodedata.normalize("NFKD", lowered)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare.translate(_SPELLED))


def search_words(text: str) -> list[str]:
    """Typed search text as the words to look for ("O'Brien" → ["obrien"])."""
    joined = _JOINERS.sub("", fold(text))
    return [w for w in _NOT_WORD.split(joined) if w]


def index_words(name: str) -> str:
    """What the search index holds for one name field (see the module docstring)."""
    folded = fold(name)
    words: list[str] = []
    for chunk in folded.split():
        words += [w for w in _NOT_WORD.split(chunk) if w]
        joined = "".join(w for w in _NOT_WORD.split(_JOINERS.sub("", chunk)) if w)
        words.append(joined)
    whole = "".join(w for w in _NOT_WORD.split(_JOINERS.sub("", folded)) if w)
    words.append(whole)
    return " ".join(dict.fromkeys(w for w in words if w))
