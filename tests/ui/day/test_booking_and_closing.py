"""Booking outcomes and closing with the message back, driven by keyboard through the GUI."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from linkdesk.domain.dates import short_date
from linkdesk.domain.enums import ConsentScope, FollowUpKind, FollowUpStatus, LetterRecipient
from linkdesk.domain.referral_rules import ClosureOutcome, ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.services.bookings import BookingResult, OutcomeResult
from linkdesk.ui import booking_dialog, letter_preview, plan_preview
from linkdesk.ui.booking_dialog import BookingOutcomeDialog
from linkdesk.ui.closing_dialog import ClosingDialog
from linkdesk.ui.letter_preview import LetterPreviewDialog
from linkdesk.ui.ops import ImmediateOps
from tests.day.conftest import START, add_referred


def _booked(day: AppServices, given: str, days: int) -> tuple[str, str]:
    pid, rid = add_referred(day, given)
    day.referrals.record_first_contact(rid)
    follow_up = day.bookings.book(pid, START + timedelta(days=days), kind=FollowUpKind.PHONE)
    return pid, follow_up.follow_up.id


def _shown(qtbot, dialog):  # type: ignore[no-untyped-def]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog, 5000)  # keys reach the focused control
    return dialog


def test_overdue_booking_marked_did_not_attend_by_keyboard(qtbot, day: AppServices) -> None:
    pid, fid = _booked(day, "Lee", -3)
    dialog = _shown(qtbot, BookingOutcomeDialog(day, ImmediateOps(), fid))
    attended = dialog.radios[FollowUpStatus.ATTENDED]
    assert attended.isChecked()  # the likely answer is chosen first
    assert FollowUpStatus.BOOKED not in dialog.radios  # nothing to undo yet
    assert dialog.new_date.isHidden()  # only rebooking asks for a date
    attended.setFocus()
    qtbot.keyClick(attended, Qt.Key.Key_Down)
    assert dialog.chosen() == FollowUpStatus.DID_NOT_ATTEND
    qtbot.keyClick(dialog.radios[FollowUpStatus.DID_NOT_ATTEND], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert isinstance(dialog.result_value, OutcomeResult)
    assert day.bookings.get(fid).status == FollowUpStatus.DID_NOT_ATTEND
    assert day.bookings.missed_count(pid) == 1
    assert booking_dialog.result_message(dialog.result_value) == "Recorded: did not attend."

    again = _shown(qtbot, BookingOutcomeDialog(day, ImmediateOps(), fid))
    assert again.chosen() == FollowUpStatus.DID_NOT_ATTEND  # what was recorded
    again.choose(FollowUpStatus.BOOKED)  # undo: it is overdue again
    qtbot.keyClick(again.radios[FollowUpStatus.BOOKED], Qt.Key.Key_Return)
    assert day.bookings.get(fid).status == FollowUpStatus.BOOKED
    assert day.today.view().overdue[0].follow_up_id == fid


def test_rebooking_to_a_weekend_warns_gently_and_records_it(qtbot, day: AppServices) -> None:
    pid, fid = _booked(day, "Ray", -1)
    dialog = _shown(qtbot, BookingOutcomeDialog(day, ImmediateOps(), fid))
    dialog.choose(FollowUpStatus.REBOOKED)
    assert not dialog.new_date.isHidden()
    saturday = START + timedelta(days=(5 - START.weekday()) % 7)
    dialog.new_date.setFocus()
    dialog.new_date.edit.clear()
    qtbot.keyClicks(dialog.new_date.edit, short_date(saturday))  # typed as people write it
    assert dialog.new_date.message.text().startswith("Saturday")  # the date in words
    assert not dialog.warning.isHidden()
    assert "Saturday" in dialog.warning.text()
    qtbot.keyClick(dialog.new_date.edit, Qt.Key.Key_Return)  # recorded anyway
    result = dialog.result_value
    assert isinstance(result, BookingResult)
    assert result.follow_up.due_on == saturday
    assert day.bookings.get(fid).status == FollowUpStatus.REBOOKED
    assert day.bookings.upcoming(pid).due_on == saturday  # type: ignore[union-attr]
    assert "Saturday" in booking_dialog.result_message(result)


def test_starting_a_conversation_offers_to_mark_the_due_booking_attended(
    qtbot, window, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    day = window.services
    pid, fid = _booked(day, "Dana", 0)
    asked: list[str] = []

    def yes(parent, title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return True

    monkeypatch.setattr(booking_dialog, "confirm", yes)
    window.open_conversation(pid)
    assert len(asked) == 1
    assert "Mark it attended" in asked[0]
    booking = day.bookings.get(fid)
    assert booking.status == FollowUpStatus.ATTENDED
    assert booking.conversation_id is not None
    assert window.banner.text() == "The meeting was marked attended."
    window.open_conversation(pid)  # already open: raised, not asked again
    assert len(asked) == 1


def test_closing_by_keyboard_then_the_message_back_without_consent(
    qtbot, day: AppServices, tmp_path: Path, monkeypatch
) -> None:
    pid, fid = _booked(day, "Cai", 7)
    referral = day.referrals.current(pid)
    assert referral is not None
    dialog = _shown(qtbot, ClosingDialog(day, ImmediateOps(), referral.id))
    dialog.outcome.setFocus()
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)  # no outcome chosen yet
    assert dialog.pages.currentIndex() == 0
    assert dialog.outcome_error.text() == "Choose how the support ended."
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Down)  # Goals met
    qtbot.keyClick(dialog.outcome, Qt.Key.Key_Return)
    closed = day.referrals.get(referral.id)
    assert closed.status == ReferralStatus.CLOSED
    assert closed.closure_outcome == ClosureOutcome.GOALS_MET
    assert day.bookings.get(fid).status == FollowUpStatus.CANCELLED_BY_WORKER
    assert dialog.pages.currentIndex() == 1
    assert "1 booked meeting was cancelled" in dialog.done_label.text()
    for label in (dialog.done_label, *dialog.consent_labels.values()):  # nothing cut off
        assert label.height() >= label.heightForWidth(label.width())
    gp_note = dialog.consent_labels[LetterRecipient.GP].text()
    assert gp_note.startswith("No consent to share with the GP")
    qtbot.keyClick(dialog.gp_button, Qt.Key.Key_Return)
    assert dialog.letter_to == LetterRecipient.GP
    assert dialog.result() == dialog.DialogCode.Accepted

    preview = _shown(qtbot, LetterPreviewDialog(day, pid, LetterRecipient.GP, ops=ImmediateOps()))
    qtbot.waitUntil(lambda: preview.page_count > 0)
    assert "only identifiers, dates and codes" in preview.consent.text()
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(letter_preview, "choose_save_path", lambda parent, name: target)
    preview.save_button.setFocus()
    qtbot.keyClick(preview.save_button, Qt.Key.Key_Space)
    assert target.read_bytes().startswith(b"%PDF")
    assert preview.status.text() == "Saved to letter.pdf"

    monkeypatch.setattr(plan_preview, "ask_printer", lambda parent, printer: True)
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_letter(printer)
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    letters = day.letters.for_person(pid)
    assert len(letters) == 2  # saved and printed, each recorded
    assert not any(letter.narrative for letter in letters)


def test_the_letter_says_it_tells_the_story_with_consent(qtbot, day: AppServices) -> None:
    pid, _ = _booked(day, "Gwen", 7)
    day.people.record_consent(pid, ConsentScope.SHARE_GP, True, recorded_by="test")
    preview = _shown(qtbot, LetterPreviewDialog(day, pid, LetterRecipient.GP, ops=ImmediateOps()))
    qtbot.waitUntil(lambda: preview.page_count > 0)
    assert "tells the story" in preview.consent.text()
    assert preview.save_button.isEnabled()
    assert preview.print_button.isEnabled()


def test_day_dialogs_take_dates_as_people_write_them(qtbot, day: AppServices) -> None:
    """The day's dialogs use the shared date field (issue 10): typed dates, the date in
    words beside them, an impossible date said inline and nothing saved wrong."""
    pid, _ = _booked(day, "Tam", -1)
    referral = day.referrals.current(pid)
    assert referral is not None
    closing = _shown(qtbot, ClosingDialog(day, ImmediateOps(), referral.id))
    closing.choose_outcome(ClosureOutcome.GOALS_MET)
    closing.closed_on.setFocus()
    closing.closed_on.edit.selectAll()
    qtbot.keyClicks(closing.closed_on.edit, "31/02/2026")
    qtbot.keyClick(closing.closed_on.edit, Qt.Key.Key_Tab)  # left: said at once
    assert closing.closed_on.problem  # one inline message
    closing.close_referral()
    assert closing.pages.currentIndex() == 0  # not closed with a wrong date
    assert day.referrals.get(referral.id).status != ReferralStatus.CLOSED
    assert closing.closed_on.text() == "31/02/2026"  # nothing typed is thrown away
    closing.closed_on.edit.selectAll()
    yesterday = START - timedelta(days=1)
    qtbot.keyClicks(closing.closed_on.edit, f"{yesterday.day}-{yesterday.month}-{yesterday:%y}")
    assert not closing.closed_on.problem
    closing.close_referral()
    assert day.referrals.get(referral.id).closed_on == yesterday
    closing.reject()

    _, fid = _booked(day, "Uma", -1)
    dialog = _shown(qtbot, BookingOutcomeDialog(day, ImmediateOps(), fid))
    dialog.choose(FollowUpStatus.REBOOKED)
    dialog.new_date.setFocus()
    dialog.new_date.edit.selectAll()
    qtbot.keyClicks(dialog.new_date.edit, "not a date")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.new_date.problem
    assert day.bookings.get(fid).status == FollowUpStatus.BOOKED
    dialog.reject()
