"""The message back: codes present; narrative only with consent; built in memory; recorded."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF

from linkdesk.domain.enums import ConsentMethod, ConsentScope, LetterRecipient
from linkdesk.domain.letter import HEADINGS
from linkdesk.domain.models import Person
from linkdesk.domain.referral_rules import ClosureOutcome
from linkdesk.plan.letter import outcomes_chart
from linkdesk.services.app_services import AppServices
from tests.conftest import PASSPHRASE
from tests.day.conftest import START, Clock, add_referred

WHAT_MATTERS = "Getting back to the allotment with my grandson"
GOAL = "Walk to the shop on my own"
URDU = "میرے پوتے کے ساتھ باغ"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _person_with_a_story(services: AppServices, clock: Clock, *, gp: bool, referrer: bool) -> str:
    pid, rid = add_referred(services, "Letty")
    for scope, given in ((ConsentScope.SHARE_GP, gp), (ConsentScope.SHARE_REFERRER, referrer)):
        services.people.record_consent(pid, scope, given, method=ConsentMethod.WRITTEN)
    conv = services.conversation.start_or_resume(pid)
    services.conversation.save_text(conv.id, "what_matters", f"{WHAT_MATTERS}. {URDU}")
    services.conversation.save_text(conv.id, "notes", "PRIVATE-NOTE never in a letter")
    services.conversation.set_need(pid, conv.id, "loneliness", 3, "Nobody to talk to")
    services.conversation.save_goal(pid, conv.id, None, text=GOAL)
    services.conversation.answer(conv, "UCLA3", 0, 3)
    services.conversation.answer(conv, "UCLA3", 1, 3)
    services.conversation.answer(conv, "UCLA3", 2, 2)
    services.conversation.finish(conv.id)
    clock.advance(42)
    later = services.conversation.start_or_resume(pid)
    for i, v in enumerate((2, 1, 1)):
        services.conversation.answer(later, "UCLA3", i, v)
    services.conversation.finish(later.id)
    services.referrals.close(rid, ClosureOutcome.GOALS_MET)
    return pid


@pytest.mark.parametrize("to", list(LetterRecipient))
def test_with_consent_the_letter_carries_the_story_and_the_codes(
    day: AppServices, clock: Clock, to: LetterRecipient
) -> None:
    pid = _person_with_a_story(day, clock, gp=True, referrer=True)
    text = text_of(day.letters.build_pdf(pid, to))
    assert "871731000000106" in text
    assert "Referral to social prescribing service" in text
    assert "871711000000103" not in text
    for heading in HEADINGS:
        assert heading.split(" (")[0] in text.replace("\n", " ")
    assert WHAT_MATTERS in text
    assert GOAL in text
    assert "Goals met" in text
    assert "PRIVATE-NOTE" not in text
    assert "better by 4" in text  # UCLA-3 total 8 at the start, 4 at the end
    assert "not given consent" not in text


@pytest.mark.parametrize(
    ("to", "gp", "referrer"),
    [(LetterRecipient.GP, False, True), (LetterRecipient.REFERRER, True, False)],
)
def test_without_consent_only_identifiers_dates_and_codes(
    day: AppServices, clock: Clock, to: LetterRecipient, gp: bool, referrer: bool
) -> None:
    pid = _person_with_a_story(day, clock, gp=gp, referrer=referrer)
    text = text_of(day.letters.build_pdf(pid, to))
    flat = " ".join(text.split())
    assert "not given consent" in flat
    assert "871731000000106" in text
    assert "Letty Tester" in text
    assert "943 476 5919" in text
    assert START.strftime("%B %Y") in flat  # dates stay
    for private in (WHAT_MATTERS, GOAL, "Nobody to talk to", "Lonely since moving", "Goals met",
                    "UCLA", "PRIVATE-NOTE"):  # fmt: skip
        assert private not in flat


def test_withdrawn_consent_counts_as_none(day: AppServices, clock: Clock) -> None:
    pid = _person_with_a_story(day, clock, gp=True, referrer=False)
    assert day.letters.may_share(pid, LetterRecipient.GP)
    day.people.record_consent(pid, ConsentScope.SHARE_GP, False)
    assert not day.letters.may_share(pid, LetterRecipient.GP)
    assert WHAT_MATTERS not in text_of(day.letters.build_pdf(pid, LetterRecipient.GP))


def test_declined_gets_the_declined_code(day: AppServices) -> None:
    pid, rid = add_referred(day, "Declines")
    day.referrals.record_first_contact(rid)
    day.referrals.decline(rid)
    text = text_of(day.letters.build_pdf(pid, LetterRecipient.GP))
    assert "871711000000103" in text
    assert "Social prescribing declined" in text


def test_no_referral_and_not_contacted_yet_say_so(day: AppServices) -> None:
    pid = day.people.add_person(Person(given_name="Solo")).id
    text = " ".join(text_of(day.letters.build_pdf(pid, LetterRecipient.GP)).split())
    assert "No referral is recorded" in text
    assert "No code to enter yet" in text


def test_saving_is_atomic_recorded_and_audited(
    day: AppServices, clock: Clock, tmp_path: Path
) -> None:
    pid = _person_with_a_story(day, clock, gp=False, referrer=False)
    with pytest.raises(Exception, match=r"\.pdf"):
        day.letters.save_pdf(pid, LetterRecipient.GP, tmp_path / "letter.txt")
    dest = tmp_path / "out"
    dest.mkdir()
    saved = day.letters.save_pdf(pid, LetterRecipient.GP, dest / "letter.pdf")
    assert saved.path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in dest.iterdir()] == ["letter.pdf"]  # no temp file left
    (letter,) = day.letters.for_person(pid)
    assert (letter.recipient, letter.narrative, letter.codes) == ("gp", False, ["871731000000106"])
    (entry,) = day._audit.entries("entity = 'letter'")
    assert (entry.action, entry.person_id) == ("exported", pid)
    assert "Letty" not in entry.detail
    timeline = day.timeline.for_person(pid)
    assert timeline[0].kind.value == "letter"
    with pytest.raises(Exception, match="not available"):
        day.letters.save_pdf(pid, LetterRecipient.GP, tmp_path / "gone" / "letter.pdf")


def test_cli_letter(day: AppServices, clock: Clock, tmp_path: Path) -> None:
    pid = _person_with_a_story(day, clock, gp=False, referrer=False)
    day.close()
    out = tmp_path / "gp.pdf"
    env = dict(os.environ, LINKDESK_PASSPHRASE=PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "letter", str(day.path), pid,
         "--to", "gp", "--out", str(out)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "only identifiers, dates and codes" in done.stdout
    assert "871731000000106" in text_of(out.read_bytes())
    bad = subprocess.run(
        [sys.executable, "-m", "linkdesk", "letter", str(day.path), pid,
         "--to", "vicar", "--out", str(out)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert bad.returncode == 2
    assert "Traceback" not in bad.stderr


def test_the_outcomes_chart_renders_and_is_not_blank(day: AppServices, clock: Clock) -> None:
    pid = _person_with_a_story(day, clock, gp=True, referrer=False)
    data = day.letters.letter_data(pid, LetterRecipient.GP)
    assert any(len(s.points) >= 2 for s in data.chart)
    drawing = outcomes_chart(data, 400, "Helvetica")
    page = pdfium.PdfDocument(renderPDF.drawToString(drawing))[0]
    image = page.render(scale=2).to_pil().convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert dark > 500  # axes, a line per score and the legend were drawn
    # Blank data draws nothing (the letter then leaves the chart out).
    empty = outcomes_chart(day.letters.letter_data(
        add_referred(day, "Nochart")[0], LetterRecipient.GP), 400, "Helvetica")  # fmt: skip
    blank = pdfium.PdfDocument(renderPDF.drawToString(empty))[0].render().to_pil().convert("L")
    assert sum(blank.histogram()[:128]) == 0
    assert clock.day > START + timedelta(days=1)


def test_words_in_any_script_print_through_the_shared_text_api(day: AppServices) -> None:
    """Urdu, Bengali and Chinese words in the letter: no placeholder, as on the plan."""
    from linkdesk.plan.scripts import UNPRINTABLE

    pid = day.people.add_person(Person(given_name="مریم", family_name="খান 王")).id
    day.people.record_consent(pid, ConsentScope.SHARE_GP, True)
    conv = day.conversation.start_or_resume(pid)
    day.conversation.save_text(conv.id, "what_matters", URDU)
    pdf = day.letters.build_pdf(pid, LetterRecipient.GP)
    text = text_of(pdf)
    assert UNPRINTABLE not in text
    assert "[text in a script" not in text
    assert "王" in text
