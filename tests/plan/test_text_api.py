"""The shared text API (plan/text.py, bidi.py, scripts.py) on messy input."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle

from linkdesk.plan import bidi
from linkdesk.plan.fonts import covered, register_fonts
from linkdesk.plan.model import PlanData, PlanGoal, PlanOptions
from linkdesk.plan.scripts import UNPRINTABLE, runs
from linkdesk.plan.take_home import build_plan_pdf
from linkdesk.plan.text import Span, _bidi_lines, _chars, paragraph, spans
from tests.plan.pdfcheck import reader
from tests.plan.scriptcheck import in_order, normal, poppler_text, pypdf_text

BAD = {
    "mixed": "I go to مسجد on Fridays and then 合唱团 with my friend ਜਸਪ੍ਰੀਤ.",
    "long_rtl_word": "مستشفى" * 40,
    "combining": "q\u0323\u0307 x\u0303\u0302 n\u0308 Ъ\u0301",  # no precomposed forms
    "emoji_zwj_flags": "Family 👩\u200d👩\u200d👧 flags 🇬🇧 🇵🇱 🏴"
    + "\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f",
    "all_placeholder": "ꦲꦏ꧀ꦱꦫ 𓀀𓀁𓀂",
}


def lines(text: str, *, rtl: bool, width: float = 200) -> list[str]:
    regular, _ = register_fonts()
    chars = _chars([Span(text)], UNPRINTABLE, rtl_base=rtl, bidi_on=True)
    return _bidi_lines(chars, 12, width, rtl_base=rtl)


@pytest.mark.parametrize("kind", sorted(BAD))
@pytest.mark.parametrize("language", ["en", "ur"])
def test_bad_input_still_makes_a_readable_plan(kind: str, language: str) -> None:
    text = BAD[kind]
    data = PlanData(
        name=text[:30],
        made_on=date(2026, 11, 24),
        what_matters=text,
        goals=(PlanGoal(text, why=text, first_step=text),),
        urgent_help=(text,),
    )
    for options in (PlanOptions(language=language), PlanOptions(language=language, easy_read=True)):
        pdf = build_plan_pdf(data, options)
        assert reader(pdf).pages


def test_all_placeholder_text_is_one_note_per_run() -> None:
    found = runs(BAD["all_placeholder"])
    assert [r.text for r in found if r.stand_in] == [UNPRINTABLE, UNPRINTABLE]
    text = pypdf_text(
        build_plan_pdf(
            PlanData(name="Jo", made_on=date(2026, 1, 1), what_matters=BAD["all_placeholder"])
        )
    )
    assert text.count(UNPRINTABLE) == 2


def test_combining_marks_stay_on_their_letters(tmp_path: Path) -> None:
    pdf = build_plan_pdf(
        PlanData(name="Jo", made_on=date(2026, 1, 1), what_matters=BAD["combining"])
    )
    read = poppler_text(pdf, tmp_path) or pypdf_text(pdf)
    assert "q\u0323\u0307" in read or "q\u0307\u0323" in read


def test_emoji_joiners_and_tags_are_dropped_not_boxed() -> None:
    found = runs(BAD["emoji_zwj_flags"])
    joined = "".join(r.text for r in found)
    # A joiner stays only where its font has it (an invisible glyph); tag letters go.
    assert all("\u200d" not in r.text or 0x200D in covered(r.family.regular) for r in found)
    assert not any(0xE0000 <= ord(ch) <= 0xE007F for ch in joined)
    assert "👩" in joined
    assert not any(r.stand_in for r in found)


def test_mixed_script_line_keeps_its_order(tmp_path: Path) -> None:
    pdf = build_plan_pdf(PlanData(name="Jo", made_on=date(2026, 1, 1), what_matters=BAD["mixed"]))
    read = poppler_text(pdf, tmp_path)
    if read is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    # Brahmic words inside a right-to-left paragraph copy out glyph by glyph (no /ActualText
    # there yet, docs/plan.md); every other word reads back in order.
    wanted = [
        w for w in normal(BAD["mixed"]).split() if not any(0x0A00 <= ord(c) < 0x0A80 for c in w)
    ]
    assert in_order(wanted, read) == []


def test_a_long_right_to_left_word_is_cut_into_lines_not_lost() -> None:
    cut = lines(BAD["long_rtl_word"], rtl=True, width=150)
    assert len(cut) > 3
    regular, _ = register_fonts()
    style = ParagraphStyle("t", fontName=regular, fontSize=12, leading=16)
    para = paragraph(BAD["long_rtl_word"], style, width=150)
    _, height = para.wrap(150, 10_000)
    assert height >= 16 * len(cut) - 1


def test_visual_order_reverses_right_to_left_runs() -> None:
    assert bidi.visual_order([0, 1, 1, 0]) == [0, 2, 1, 3]
    assert bidi.visual_order([1, 2, 2, 1]) == [3, 1, 2, 0]
    assert bidi.levels("abc", rtl_base=False) == [0, 0, 0]
    assert bidi.levels("אב 12", rtl_base=False) == [1, 1, 1, 2, 2]


def test_phone_numbers_and_english_in_an_urdu_line_keep_their_order() -> None:
    content = [Span("فون:", True), Span(" "), Span("01873 555 123", embed=True)]
    chars = _chars(content, UNPRINTABLE, rtl_base=True, bidi_on=True)
    (line,) = _bidi_lines(chars, 12, 400, rtl_base=True)
    assert line.index("01873") < line.index("555") < line.index("123") < line.index("فون")
    sentence = spans("یہ منصوبہ {name} کا ہے۔", name=Span("Go to the park.", embed=True))
    chars = _chars(sentence, UNPRINTABLE, rtl_base=True, bidi_on=True)
    (line,) = _bidi_lines(chars, 12, 600, rtl_base=True)
    assert line.index("Go") < line.index("park.")  # the full stop stays with its sentence


def test_arabic_digits_read_left_to_right() -> None:
    (line,) = lines("الموعد ٢٠٢٦", rtl=True, width=400)
    assert "٦٢٠٢" in line  # handed to HarfBuzz reversed: it lays Arabic text right to left


def test_user_text_is_never_markup_in_right_to_left_lines_either() -> None:
    text = 'مرحبا <br/> & <font face="Helvetica">x</font>'
    pdf = build_plan_pdf(PlanData(name=text, made_on=date(2026, 1, 1), what_matters=text))
    read = pypdf_text(pdf)
    assert "<br/>" in read
    assert 'face="Helvetica">x</font>' in read
