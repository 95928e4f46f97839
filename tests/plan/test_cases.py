"""The made-up inputs in shared/cases/plan: each script prints as typed, in order, no stand-in."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.enums import FollowUpKind
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.take_home import build_plan_pdf
from tests.plan.scriptcheck import (
    in_order,
    missing_glyphs,
    normal,
    poppler_text,
    pypdf_text,
    render_first_page,
)

CASES = Path(__file__).resolve().parents[3] / "shared" / "cases" / "plan"
# The shared folder sits beside the checkout; CI copies it there too. A copy of each case is
# kept here so the tests also run from a bare clone.
LOCAL = Path(__file__).resolve().parent / "cases"
NAMES = ["arabic-preferred-name", "urdu-paragraph", "bengali-and-chinese", "gurmukhi"]
RTL = {"arabic-preferred-name", "urdu-paragraph"}


def case(name: str) -> dict[str, object]:
    path = CASES / f"{name}.json"
    if not path.exists():
        path = LOCAL / f"{name}.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def plan_for(c: dict[str, object]) -> PlanData:
    name = str(c.get("preferred") or c.get("given"))
    goals = [str(g) for g in c["goals"]]  # type: ignore[attr-defined]
    return PlanData(
        name=name,
        made_on=date(2026, 11, 24),
        what_matters=str(c["what_matters"]),
        goals=tuple(PlanGoal(g, first_step=g) for g in goals),
        connections=(PlanConnection("Community centre", what=goals[0], person_action=goals[0]),),
        next_meeting=PlanMeeting(date(2026, 12, 8), FollowUpKind.IN_PERSON, "Health Centre"),
        worker=PlanWorker("Sam Patel", "01873 555 900"),
    )


@pytest.mark.parametrize("name", NAMES)
def test_every_character_has_a_glyph_in_its_font(name: str) -> None:
    c = case(name)
    for text in (c["what_matters"], *c["goals"], c.get("preferred", "")):  # type: ignore[misc]
        assert missing_glyphs(str(text)) == []


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["en", "cy", "pl", "ur"])
def test_the_persons_words_read_back_as_typed_and_in_order(
    name: str, language: str, tmp_path: Path
) -> None:
    c = case(name)
    pdf = build_plan_pdf(plan_for(c), PlanOptions(language=language))
    wanted = [normal(str(c["what_matters"]))] + [normal(str(g)) for g in c["goals"]]  # type: ignore[attr-defined]
    # Right-to-left text is drawn in visual order and read back in logical order by poppler's
    # bidi; Brahmic shaping reorders glyphs, so /ActualText carries the typed text.
    text = poppler_text(pdf, tmp_path)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    for words in wanted:
        assert in_order(words.split(), text) == []
    assert "cannot print" not in text
    assert "[" not in text  # no stand-in of any kind


@pytest.mark.parametrize("name", NAMES)
def test_rendered_page_has_the_text(name: str, qapp: object) -> None:
    pdf = build_plan_pdf(plan_for(case(name)))
    pages, ink = render_first_page(pdf, qapp)
    assert pages >= 1
    assert 0.01 < ink < 0.5  # text drawn, not a blank or a black page


def test_arabic_name_in_the_title_is_shaped_like_the_body() -> None:
    c = case("arabic-preferred-name")
    name = str(c["preferred"])
    data = plan_for(c)
    pdf = build_plan_pdf(
        PlanData(
            name=name,
            made_on=data.made_on,
            what_matters=name,
            urgent_help=(f"{name}: 0800 111 222", "999: call 999"),
        )
    )
    from tests.plan.pdfcheck import reader

    raw = " ".join(page.extract_text() or "" for page in reader(pdf).pages)
    # Every place the name is printed (title, body, urgent help, footer) holds the same joined
    # letter forms: titles and fixed sentences are shaped exactly like body text.
    found = [w.strip(".:") for w in raw.split() if normal(w.strip(".:")) == name]
    assert len(found) >= 4
    assert len(set(found)) == 1
    assert any(0xFB50 <= ord(ch) <= 0xFEFF for ch in found[0])  # joined, not isolated letters


def test_urdu_paragraph_keeps_its_lines_in_order(tmp_path: Path) -> None:
    text = " ".join([str(case("urdu-paragraph")["what_matters"])] * 4)  # several lines
    pdf = build_plan_pdf(PlanData(name="Nasreen", made_on=date(2026, 11, 24), what_matters=text))
    read = poppler_text(pdf, tmp_path)
    if read is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert in_order(normal(text).split(), read) == []
    # pypdf reads each line's words left to right: the last word of the first line drawn is
    # the first word typed, so lines were broken in logical order and each turned round.
    first_line = pypdf_text(pdf).split("What matters to me", 1)[1].split()
    assert normal(text).split()[0] in first_line[:12]
