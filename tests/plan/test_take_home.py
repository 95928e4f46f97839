"""The plan builder, read back from the PDF it makes."""

from __future__ import annotations

from datetime import date

import pytest

from linkdesk.domain.enums import GoalStatus
from linkdesk.plan.fonts import SYMBOL, covered
from linkdesk.plan.model import (
    PlanConnection,
    PlanData,
    PlanGoal,
    PlanMeeting,
    PlanOptions,
    PlanWorker,
)
from linkdesk.plan.scripts import UNPRINTABLE, runs
from linkdesk.plan.take_home import build_plan_pdf, headings
from tests.plan.pdfcheck import (
    chunks,
    drawn_headings,
    font_names,
    font_sizes,
    reader,
    text_of,
    words,
)

GOALS = (
    PlanGoal(
        "Go to a singing group once a week",
        why="Singing makes me feel like myself again.",
        first_step="Ring Côr Cymunedol and ask about Tuesday's session",
        target_date=date(2027, 1, 15),
    ),
    PlanGoal("Walk to the park and back", first_step="Walk to the end of the road each morning"),
)
CHOIR = PlanConnection(
    "Sing for Wellbeing choir",
    what="A friendly community choir. No experience needed.",
    when="Tuesdays, 10:30 to 12:00",
    where="St Mary's Church Hall, 12 High Street, NP7 5AA",
    how_to_get_there="Bus X3 stops outside the hall.",
    cost="Free. Tea and biscuits £1",
    contact=("Phone: 01873 555 123", "Ask for Gwen"),
    person_action="Go along on Tuesday 1 December.",
    worker_action="Ring Gwen to say I am coming.",
    due_on=date(2026, 12, 1),
)


def plan(**changes: object) -> PlanData:
    values: dict[str, object] = {
        "name": "Bronwen",
        "made_on": date(2026, 11, 24),
        "what_matters": "Getting out of the house more. I miss having people to talk to.",
        "goals": GOALS,
        "connections": (CHOIR,),
        "next_meeting": PlanMeeting(date(2026, 12, 8), "In person", "Health Centre, room 3"),
        "worker": PlanWorker("Sam Patel", "01873 555 900", "sam@example.nhs.uk", "Social Rx"),
    }
    values.update(changes)
    return PlanData(**values)  # type: ignore[arg-type]


def test_every_goal_step_and_connection_in_the_persons_words() -> None:
    text = text_of(build_plan_pdf(plan()))
    expected = [plan().what_matters]
    for goal in GOALS:
        expected += [goal.text, goal.why, goal.first_step]
    expected += [
        CHOIR.name,
        CHOIR.what,
        CHOIR.when,
        CHOIR.where,
        CHOIR.how_to_get_there,
        CHOIR.cost,
        *CHOIR.contact,
        CHOIR.person_action,
        CHOIR.worker_action,
    ]
    expected += ["Bronwen", "Sam Patel", "01873 555 900", "Tuesday 8 December 2026"]
    expected += ["NHS 111", "999", "116 123"]
    missing = [e for e in expected if e and words(e) not in text]
    assert missing == []


@pytest.mark.parametrize("easy_read", [False, True])
def test_sections_come_in_the_fixed_order(easy_read: bool) -> None:
    pdf = build_plan_pdf(plan(), PlanOptions(easy_read=easy_read))
    text = text_of(pdf)
    assert text.startswith("My plan")
    expected = headings(easy_read=easy_read)
    assert drawn_headings(pdf, expected) == expected


def test_golden_structure_of_headings() -> None:
    assert headings() == [
        "What matters to me",
        "My goals",
        "My first small steps",
        "Who I will see",
        "Next time we meet",
        "My link worker",
        "If you need help urgently",
    ]


def test_regular_body_uses_the_font_size_from_settings() -> None:
    sizes = font_sizes(build_plan_pdf(plan(), PlanOptions(font_size=14)))
    assert sizes.most_common(1)[0][0] == 14
    assert min(s for s in sizes if s != 10) >= 14  # only the page footer is smaller


@pytest.mark.parametrize(("large", "easy"), [(True, False), (False, True), (True, True)])
def test_large_print_and_easy_read_are_16_pt_or_more_everywhere(large: bool, easy: bool) -> None:
    pdf = build_plan_pdf(plan(), PlanOptions(font_size=12, large_print=large, easy_read=easy))
    sizes = font_sizes(pdf)
    assert min(sizes) >= 16
    assert max(sizes) > sizes.most_common(1)[0][0]  # headings larger than the body
    regular_pages = len(reader(build_plan_pdf(plan())).pages)
    assert len(reader(pdf).pages) >= regular_pages


def test_markup_like_text_prints_literally() -> None:
    tricky = '<b>not bold</b> & <font color="red">red?</font> <br/> &amp; <para>'
    data = plan(
        what_matters=tricky,
        goals=(PlanGoal(tricky, why=tricky, first_step=tricky),),
        connections=(PlanConnection(tricky, what=tricky),),
        name="<i>Al</i> & Co",
    )
    text = text_of(build_plan_pdf(data))
    assert text.count(words(tricky)) >= 5
    assert "<i>Al</i> & Co" in text


def test_pages_of_text_flow_across_pages() -> None:
    sentence = "I would like to get back to the allotment and grow beans again. "
    huge = sentence * 400 + "THE-END"
    long_word = "x" * 3000
    data = plan(
        what_matters=huge,
        goals=(PlanGoal(huge, why=huge, first_step=long_word),),
        connections=(PlanConnection("Allotment society", what=huge, how_to_get_there=huge),),
        urgent_help=(huge,),
    )
    pdf = build_plan_pdf(data, PlanOptions(large_print=True))
    assert len(reader(pdf).pages) > 10
    assert text_of(pdf).count("THE-END") == 6


def test_empty_plan_is_still_sensible() -> None:
    data = PlanData(name="Jo", made_on=date(2026, 11, 24))
    pdf = build_plan_pdf(data)
    text = text_of(pdf)
    assert drawn_headings(pdf, headings()) == headings()
    assert "We have not written any goals yet" in text
    assert "No one yet" in text
    assert "get in touch to arrange" in text
    assert "Samaritans" in text


SCRIPTS = {
    "welsh": "Dw i eisiau mynd i'r côr ŵyl a chael paned yn y caffi ŷd",
    "polish": "Chcę chodzić na spacery. Łódź, śnieg, żółw, źródło",
    "irish": "Ba mhaith liom siúl cois farraige le Seán agus Máire Ní Ógáin",
    "arabic": "أريد أن أمشي كل يوم مع جارتي في الحديقة",
    "hebrew": "אני רוצה ללכת לקבוצת שירה",
    "emoji": "Singing 🎵 makes me happy 😀❤️ on the bus 🚌 with my dog 🐕 🥰👍🏽",
    "cjk": "我想参加合唱团",
}


SHIPPED_FONTS = {
    "DejaVuSans",
    "DejaVuSans-Bold",
    "Symbola",
    "NotoNaskhArabic-Regular",
    "NotoNaskhArabic-Bold",
    "LinkDeskCJK-Regular",
}


@pytest.mark.parametrize("script", sorted(SCRIPTS))
def test_any_script_prints_without_missing_glyph_boxes(script: str) -> None:
    words_ = SCRIPTS[script]
    data = plan(
        name=words_[:12],
        what_matters=words_,
        goals=(PlanGoal(words_, why=words_, first_step=words_),),
        connections=(PlanConnection(words_, what=words_, person_action=words_),),
        next_meeting=PlanMeeting(date(2026, 12, 8), "In person", words_),
        worker=PlanWorker(words_[:10], organisation=words_),
    )
    for options in (PlanOptions(), PlanOptions(large_print=True), PlanOptions(easy_read=True)):
        pdf = build_plan_pdf(data, options)
        assert reader(pdf).pages
        # Only our embedded fonts: no viewer substitutes a font that lacks the glyphs.
        assert {n.split("+")[-1] for n in font_names(pdf)} <= SHIPPED_FONTS
        assert all("+" in n for n in font_names(pdf))  # embedded subsets
    for run in runs(words_):
        cmap = covered(run.family.regular) & covered(run.family.bold)
        assert not run.stand_in or script == "emoji"  # 🥰 is newer than Symbola: named
        assert all(ord(ch) in cmap for ch in run.text if ch not in "\n "), run


def test_latin_extras_print_as_themselves() -> None:
    for script in ("welsh", "polish", "irish"):
        text = text_of(build_plan_pdf(plan(what_matters=SCRIPTS[script])))
        assert SCRIPTS[script] in text


def test_emoji_use_the_symbol_font_and_unknown_ones_are_named() -> None:
    found = runs("the bus 🚌 and 🥰 done ✅")
    assert any(r.family is SYMBOL and r.text.strip() == "🚌" for r in found)
    assert any(r.text == "[smiling face with smiling eyes and three hearts]" for r in found)
    assert all("\U0001f970" not in r.text for r in found)
    pdf = build_plan_pdf(plan(what_matters=SCRIPTS["emoji"]))
    assert any(name.endswith("+Symbola") for name in font_names(pdf))  # embedded subset
    assert "[smiling face with smiling eyes and three hearts]" in text_of(pdf)


def test_unprintable_script_is_named_once_not_boxed() -> None:
    javanese = "ꦲꦏ꧀ꦱꦫ"  # letters and a virama no shipped font has
    found = runs(javanese)
    assert [(r.text, r.stand_in) for r in found] == [(UNPRINTABLE, True)]


def test_right_to_left_text_is_shaped_and_right_aligned() -> None:
    pdf = build_plan_pdf(plan(what_matters=SCRIPTS["arabic"], goals=(), connections=()))
    text = reader(pdf).pages[0].extract_text()
    # Joined (presentation) forms are printed, not the isolated letters ReportLab would show.
    assert any(0xFE70 <= ord(ch) <= 0xFEFF for ch in text)


def test_a_very_long_name_is_shortened_in_the_footer_not_over_the_page_number() -> None:
    name = "Bronwen " * 60
    pdf = build_plan_pdf(plan(name=name))
    drawn = [text for text, _ in chunks(pdf)]
    footer = []  # each page's "My plan: ..." pieces, up to its page number
    for i, text in enumerate(drawn):
        if text.startswith("My plan: "):
            end = next(j for j in range(i, len(drawn)) if drawn[j].startswith("Page "))
            footer.append("".join(drawn[i:end]))
    assert footer
    assert all(t.endswith("\u2026") and len(t) < 120 for t in footer)
    assert "Page 1 of" in text_of(pdf)


def test_achieved_goals_are_celebrated_and_their_steps_left_out() -> None:
    done = PlanGoal("Join the library", first_step="Ask for a form", status=GoalStatus.ACHIEVED)
    text = text_of(build_plan_pdf(plan(goals=(done, *GOALS))))
    assert "Join the library How it is going: Done!" in text
    assert "Ask for a form" not in text
    assert GOALS[0].first_step in text
