"""Text no font can print, emoji sequences and bidi controls (issue 12, newcomer faults 3, 4, 7).

Kinds: control characters, noncharacters, private-use and zero-width-only text are cleaned
before layout and never print a box; all-unprintable text prints a readable note in the plan's
language; emoji sequences no shipped font draws as one picture are spelt out consistently; the
person's bidi overrides are removed by one rule on screen and on paper.
"""

from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.text import shown_text
from linkdesk.plan import messages as m
from linkdesk.plan.language import catalogue
from linkdesk.plan.model import PlanData, PlanGoal, PlanOptions
from linkdesk.plan.scripts import plain_emoji, runs
from linkdesk.plan.take_home import build_plan_pdf
from linkdesk.ui.conversation.readback import words_of
from tests.plan.pdfcheck import reader
from tests.plan.scriptcheck import missing_glyphs, normal, notdef_draws

CONTROLS = "\u0001\u0002\u0003\u0007\u001b\u007f\u0085\ufffe\uffff"
PRIVATE = "\ue000\ue001\U000f0000"
ZERO_WIDTH = "\u200b\u200b\u2060"


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(pdf).pages)


@pytest.mark.parametrize("language", ["en", "cy", "pl", "ur"])
def test_unprintable_text_prints_a_note_never_a_box(language: str) -> None:
    data = PlanData(
        name="\u0007\u0008\uffff",
        made_on=date(2026, 1, 1),
        what_matters=PRIVATE,
        goals=(PlanGoal(CONTROLS, why=ZERO_WIDTH), PlanGoal(f"{PRIVATE} {ZERO_WIDTH}")),
    )
    pdf = build_plan_pdf(data, PlanOptions(language=language))
    assert notdef_draws(pdf) == []
    text = _text(pdf)
    assert "\x00" not in text
    if language != "ur":  # Urdu ligature glyphs copy out as private-use (docs/plan.md)
        assert not any(0xE000 <= ord(ch) <= 0xF8FF or ord(ch) >= 0xF0000 for ch in text)
    note = catalogue(language)(m.UNPRINTABLE)
    # What matters, both goals and the why: a note each, so "2." is never an empty line.
    word = max(normal(note).strip("[]()").split(), key=len)
    assert normal(text).count(word) >= 4
    assert "\ufffd" not in text


def test_noncharacters_and_controls_are_not_even_a_note() -> None:
    assert runs("a\uffff\ufdd0b") == runs("ab")
    assert missing_glyphs(f"x{CONTROLS}y") == []


def test_private_use_and_unassigned_share_one_note_per_run() -> None:
    found = [r for r in runs(f"a {PRIVATE}\U000e0fff b") if r.stand_in]
    assert len(found) == 1


WALES = "🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"
EMOJI = f"Jo 👩\u200d👩\u200d👧 {WALES} 🇵🇰 👍🏽"


def test_emoji_sequences_are_spelt_out_consistently() -> None:
    assert plain_emoji("👍🏽 💪🏾💪🏿") == "👍 💪💪"
    assert plain_emoji("🇵🇰") == "PK"
    assert plain_emoji("🇬🇧🇵🇱🇧🇩") == "GB PL BD"
    assert plain_emoji("🏴\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f") == "GB-WLS"
    assert missing_glyphs(EMOJI) == []


def test_emoji_plan_has_no_swatch_box_or_lone_regional_letters() -> None:
    pdf = build_plan_pdf(PlanData(name=EMOJI, made_on=date(2026, 1, 1), what_matters=EMOJI))
    assert notdef_draws(pdf) == []
    text = _text(pdf)
    assert "GB-WLS PK 👍" in text
    assert not any(0x1F3FB <= ord(ch) <= 0x1F3FF or 0x1F1E6 <= ord(ch) <= 0x1F1FF for ch in text)
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in text)


def test_bidi_overrides_are_removed_on_screen_and_paper_alike() -> None:
    evil = "\u202eevil\u202c"
    assert shown_text(evil) == "evil"
    assert shown_text("\u2067عائشہ\u2069 and \u2066x \u202b y") == "عائشہ and x  y"
    assert shown_text("a\u200db\u200fc\td\r\ne") == "a\u200db\u200fc\td\ne"
    screen = words_of(evil)
    assert "\u202e" not in screen
    assert "evil" in screen
    pdf = build_plan_pdf(PlanData(name="Jo", made_on=date(2026, 1, 1), what_matters=evil))
    assert "evil" in _text(pdf)
