"""Whatever was typed, the plan is produced (hypothesis)."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from linkdesk.plan.fonts import covered
from linkdesk.plan.model import PlanConnection, PlanData, PlanGoal, PlanMeeting, PlanOptions
from linkdesk.plan.scripts import runs
from linkdesk.plan.take_home import build_plan_pdf
from tests.plan.pdfcheck import reader

any_text = st.text(st.characters(codec=None), max_size=120)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=any_text, words=any_text, large=st.booleans(), easy=st.booleans())
def test_any_text_makes_a_plan(name: str, words: str, large: bool, easy: bool) -> None:
    data = PlanData(
        name=name,
        made_on=date(2026, 11, 24),
        what_matters=words,
        goals=(PlanGoal(words or "x", why=words, first_step=words),),
        connections=(PlanConnection(words or "x", what=words, contact=(words,)),),
        next_meeting=PlanMeeting(date(2026, 12, 1), "In person", words),
        urgent_help=(words, "999: call 999"),
    )
    pdf = build_plan_pdf(data, PlanOptions(large_print=large, easy_read=easy))
    assert len(reader(pdf).pages) >= 1


@settings(max_examples=60, deadline=None)
@given(words=any_text)
@example(words="\U0001ee00")  # DejaVu Sans has it in regular only: bold printed a box
def test_every_printed_character_has_a_glyph(words: str) -> None:
    for run in runs(words):
        cmap = covered(run.family.regular) & covered(run.family.bold)
        assert all(ord(ch) in cmap for ch in run.text if ch not in "\n "), run


def test_a_lone_surrogate_in_the_venue_still_makes_the_plan_and_its_qr_code() -> None:
    """Pasted text can hold half of a surrogate pair; the meeting's QR code crashed on it."""
    data = PlanData(
        name="Ann \ud800",
        made_on=date(2026, 11, 24),
        what_matters="x",
        goals=(PlanGoal("x"),),
        connections=(),
        next_meeting=PlanMeeting(date(2026, 12, 1), "In person", "Library \udfff"),
        urgent_help=("999: call 999",),
    )
    pdf = build_plan_pdf(data, PlanOptions())
    assert pdf.startswith(b"%PDF-")
    assert len(reader(pdf).pages) >= 1
