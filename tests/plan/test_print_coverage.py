"""Every character prints in a font that has it, and copies back out of the PDF as typed.

Kinds (issue 12, the newcomer's faults 1 and 5): a character common to scripts (space,
punctuation, digits) next to text in a font that lacks it (LinkDesk CJK has no space) must be
drawn by a font that has it, never as glyph 0; astral characters (emoji) must be written in the
ToUnicode CMap as UTF-16 surrogate pairs so readers copy them out exactly.
"""

from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.enums import LetterRecipient
from linkdesk.domain.letter import LetterData
from linkdesk.exchange.subject_access_pdf import build_pdf
from linkdesk.plan.fonts import FAMILIES, covered, to_unicode_cmap
from linkdesk.plan.letter import build_letter_pdf
from linkdesk.plan.model import PlanConnection, PlanData, PlanGoal, PlanOptions, PlanWorker
from linkdesk.plan.scripts import runs
from linkdesk.plan.take_home import build_plan_pdf
from tests.plan.pdfcheck import reader
from tests.plan.scriptcheck import missing_glyphs, notdef_draws

# Spaces, ASCII and typographic punctuation and digits next to each script's letters.
COMMON = " , . ! ? : ; ( ) [ ] “x” ‘y’ - – — … 0123456789 & @ / * + % #"
SAMPLES = {
    "chinese": "学习 English 每周 两次",
    "arabic": "مرحبا بكم",
    "bengali": "আমি হাঁটতে চাই",
    "devanagari": "मैं चलना चाहता हूँ",
    "gurmukhi": "ਮੈਂ ਤੁਰਨਾ ਚਾਹੁੰਦਾ ਹਾਂ",
    "gujarati": "હું ચાલવા માંગુ છું",
    "tamil": "நான் நடக்க விரும்புகிறேன்",
}
MIXED = "芳 Fang: 学习 English 每周 两次 (每周, 2 次)!"


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_common_characters_next_to_any_script_have_a_glyph(script: str) -> None:
    sample = SAMPLES[script]
    spread = " ".join(f"{sample}{c}" for c in COMMON)
    for text in (f"{sample}{COMMON}", f"{COMMON}{sample}", spread):
        assert missing_glyphs(text) == []
        for run in runs(text):
            printed = {ord(ch) for ch in run.text if ch != "\n"}
            assert printed <= covered(run.family.regular), (script, run)


def test_no_font_claims_a_noncharacter_or_glyph_zero() -> None:
    for family in FAMILIES:
        assert 0xFFFF not in covered(family.regular)
        assert 0xFFFE not in covered(family.bold)


def _plan(language: str) -> PlanData:
    return PlanData(
        name="芳 Fang",
        made_on=date(2026, 1, 1),
        what_matters=MIXED,
        goals=(
            PlanGoal("学习 English 每周 两次", why="每周 两次 (Tuesday)"),
            PlanGoal("وقت 2 — مع 芳"),
        ),
        connections=(PlanConnection("王芳 社区 中心", what="每周 两次 10:30"),),
        worker=PlanWorker("Sam Taylor"),
    )


@pytest.mark.parametrize("language", ["en", "cy", "pl", "ur"])
def test_plan_with_chinese_and_spaces_draws_no_box(language: str) -> None:
    pdf = build_plan_pdf(_plan(language), PlanOptions(language=language))
    assert notdef_draws(pdf) == []
    text = "".join(page.extract_text() for page in reader(pdf).pages)
    assert "\x00" not in text
    assert "芳 Fang" in text
    assert "学习 English 每周 两次" in text


def test_letter_and_subject_access_pdf_draw_no_box() -> None:
    letter = LetterData(
        recipient=LetterRecipient.GP,
        made_on=date(2026, 1, 1),
        narrative=True,
        name="芳 Fang",
        date_of_birth=None,
        nhs_number=None,
        address="1 学习 Road",
        postcode="CF10 1AA",
        received_on=None,
        source="GP",
        referrer="Dr 王 Smith",
        first_contact_on=None,
        status="open",
        closed_on=None,
        what_matters=MIXED,
        goals=("学习 English 每周 两次",),
    )
    sar = build_pdf(
        {"person": {"given_name": "芳 Fang", "family_name": "王 Wang"}, "goals": [{"text": MIXED}]},
        generated_on="8 December 2026",
    )
    for pdf in (build_letter_pdf(letter), sar):
        assert notdef_draws(pdf) == []
        text = "".join(page.extract_text() for page in reader(pdf).pages)
        assert "\x00" not in text
        assert "芳 Fang" in text


def test_to_unicode_cmap_writes_astral_characters_as_surrogate_pairs() -> None:
    cmap = to_unicode_cmap("X", [0, 0x41, 0x1F44D, 0x1F600])
    assert "<02> <D83DDC4D>" in cmap
    assert "<03> <D83DDE00>" in cmap
    assert "<01> <0041>" in cmap


def test_emoji_copy_out_of_the_plan_exactly(caplog: pytest.LogCaptureFixture) -> None:
    matters = "Walk 👍 and smile 😀 daily"
    data = PlanData(name="Jo 👍", made_on=date(2026, 1, 1), what_matters=matters)
    pdf = build_plan_pdf(data)
    with caplog.at_level("WARNING"):
        text = "".join(page.extract_text() for page in reader(pdf).pages)
    assert "Walk 👍 and smile 😀 daily" in text
    assert "Jo 👍" in text
    assert not [r for r in caplog.records if "Odd-length" in r.getMessage()]
    assert notdef_draws(pdf) == []
