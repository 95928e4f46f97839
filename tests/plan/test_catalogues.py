"""The gettext catalogues: complete, same placeholders, compiled files up to date."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from linkdesk.plan.language import SHIPPED, catalogue, languages
from linkdesk.plan.messages import all_message_ids
from tests.translations_tool import translations_tool

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [code for code in SHIPPED if code != "en"]


_tool = translations_tool


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def po(code: str):  # type: ignore[no-untyped-def]
    with (ROOT / "resources" / "translations" / code / "LC_MESSAGES" / "linkdesk.po").open(
        "rb"
    ) as f:
        return read_po(f)


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_is_translated_with_the_same_fields(code: str) -> None:
    catalog = po(code)
    done = {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}
    missing = [i for i in all_message_ids() if i not in done]
    assert missing == []
    changed = [i for i in all_message_ids() if fields(i) != fields(done[i])]
    assert changed == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_compiled_catalogue_matches_its_po(code: str) -> None:
    po_path = ROOT / "resources" / "translations" / code / "LC_MESSAGES" / "linkdesk.po"
    assert po_path.with_suffix(".mo").read_bytes() == _tool().compiled(po_path)


def test_template_lists_every_message_id() -> None:
    with (ROOT / "resources" / "translations" / "linkdesk.pot").open("rb") as f:
        listed = {m.id for m in read_po(f) if m.id}
    assert listed == set(all_message_ids())


def test_each_catalogue_says_who_has_checked_it() -> None:
    for lang in languages():
        assert lang.review
        if lang.code != "en":
            assert "review" in lang.review  # machine-drafted until a native speaker signs it


@pytest.mark.parametrize("code", TRANSLATED)
def test_runtime_catalogue_translates_every_message(code: str) -> None:
    cat = catalogue(code)
    untranslated = [i for i in all_message_ids() if cat(i) == i and not i[:1].isdigit()]
    # Only proper names and numbers may read the same in both languages.
    assert all(
        re.fullmatch(r"[\W\d]*|Cost:|ONS4.*|Samaritans.*|NHS 111.*", i) for i in untranslated
    )
