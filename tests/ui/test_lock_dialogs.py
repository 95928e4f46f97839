"""Locking never loses typed text (issue 10): a form dialog open when the lock comes is closed
(nothing personal stays on screen while locked) and opens again after unlocking, as typed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPlainTextEdit, QWidget

from linkdesk.domain.enums import FollowUpKind, FollowUpStatus
from linkdesk.ui.booking_dialog import BookingOutcomeDialog
from linkdesk.ui.closing_dialog import ClosingDialog
from linkdesk.ui.person_dialog import PersonDialog
from linkdesk.ui.referral_dialog import ReferralDialog
from tests.conftest import PASSPHRASE
from tests.ui.test_seams import delete_later_now, filled_path, unlocked

__all__ = ["filled_path", "unlocked"]  # the fixtures, shared with test_seams


def _modal() -> QDialog:
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, QDialog)
    return dialog


def _visible_texts() -> list[str]:
    """Every text a visible window shows in a line or box (what a passer-by could read)."""
    found = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in top.findChildren(QWidget):
            if isinstance(widget, QLineEdit) and widget.isVisible():
                found.append(widget.text())
            elif isinstance(widget, QPlainTextEdit) and widget.isVisible():
                found.append(widget.toPlainText())
    return found


def _lock_during(qtbot, controller, open_dialog, kind, fill, check):  # type: ignore[no-untyped-def]
    """Open a dialog, let ``fill`` type into it and the auto-lock come; unlock, and let
    ``check`` read the dialog opened again (it runs while that dialog waits, then cancels it).
    """
    typed: list[str] = []

    def while_open() -> None:
        try:
            dialog = _modal()
            assert isinstance(dialog, kind)
            typed.append(fill(dialog))
        finally:  # a failure is reported; the lock comes anyway and closes the dialog
            assert controller.autolock is not None
            controller.autolock.timed_out.emit()  # the auto-lock's own signal

    QTimer.singleShot(0, while_open)
    open_dialog(controller.window)  # returns when the lock closes the dialog
    delete_later_now()
    assert controller.is_locked
    assert QApplication.activeModalWidget() is None
    assert typed[0] not in _visible_texts()  # nothing typed is on screen while locked

    checked: list[bool] = []

    def when_reopened() -> None:  # inside the reopened dialog's exec()
        dialog = _modal()
        try:
            assert isinstance(dialog, kind)
            check(dialog)
            checked.append(True)
        finally:
            dialog.reject()

    def soon() -> None:  # after the reopening and its focus, queued by the unlock
        QTimer.singleShot(0, when_reopened)

    controller.unlock_with(PASSPHRASE)
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    QTimer.singleShot(0, soon)
    qtbot.waitUntil(lambda: bool(checked))  # the check ran (a failed one is reported too)
    assert QApplication.activeModalWidget() is None


def test_add_person_dialog_comes_back_with_what_was_typed(qtbot, unlocked) -> None:
    def fill(dialog: PersonDialog) -> str:
        dialog.given_name.setText("Łukasz")
        dialog.family_name.setText("Nowak-Brown")
        dialog.date_of_birth.setText("12/03/1971")
        dialog.family_name.setFocus()
        return "Nowak-Brown"

    def check(dialog: PersonDialog) -> None:
        assert dialog.given_name.text() == "Łukasz"
        assert dialog.family_name.text() == "Nowak-Brown"
        assert str(dialog.date_of_birth.value()) == "1971-03-12"
        assert dialog.focusWidget() is dialog.family_name  # where the worker was typing

    _lock_during(qtbot, unlocked, lambda window: window.add_person(), PersonDialog, fill, check)


def test_booking_outcome_dialog_comes_back_with_its_choice_and_date(qtbot, unlocked) -> None:
    services = unlocked.services
    person_id = unlocked.window.caseload.model.person_id(0)
    today = services.clock.today()
    fid = services.bookings.book(
        person_id, today - timedelta(days=1), kind=FollowUpKind.PHONE
    ).follow_up.id

    def fill(dialog: BookingOutcomeDialog) -> str:
        dialog.choose(FollowUpStatus.REBOOKED)
        dialog.new_date.setText("30/12/2099")
        return "30/12/2099"

    def check(dialog: BookingOutcomeDialog) -> None:
        assert dialog.chosen() == FollowUpStatus.REBOOKED
        assert dialog.new_date.text() == "30/12/2099"
        assert not dialog.new_date.isHidden()

    _lock_during(
        qtbot,
        unlocked,
        lambda window: window.record_outcome(fid),
        BookingOutcomeDialog,
        fill,
        check,
    )


def test_referral_and_closing_dialogs_from_the_person_view_come_back(qtbot, unlocked) -> None:
    window = unlocked.window
    person_id = window.caseload.model.person_id(0)
    window.show_person(person_id)

    def fill_referral(dialog: ReferralDialog) -> str:
        dialog.form.reason.setPlainText("Lonely since moving to Leeds")
        return "Lonely since moving to Leeds"

    def check_referral(dialog: ReferralDialog) -> None:
        assert dialog.form.reason.toPlainText() == "Lonely since moving to Leeds"
        assert unlocked.window.person_view.person_id == person_id  # over the same person

    _lock_during(
        qtbot,
        unlocked,
        lambda w: w.person_view.referral._edit_referral(),
        ReferralDialog,
        fill_referral,
        check_referral,
    )
    referral = unlocked.services.referrals.current(person_id)
    assert referral is not None

    def fill_closing(dialog: ClosingDialog) -> str:
        dialog.outcome.setCurrentIndex(2)
        dialog.reason.setCurrentText("Moved to Bradford")
        return "Moved to Bradford"

    def check_closing(dialog: ClosingDialog) -> None:
        assert dialog.outcome.currentIndex() == 2
        assert dialog.reason.currentText() == "Moved to Bradford"

    _lock_during(
        qtbot,
        unlocked,
        lambda w: w.person_view.referral.close_referral(referral.id),
        ClosingDialog,
        fill_closing,
        check_closing,
    )
