"""The day's screens and dialogs: every input named, each Alt+letter used once, and they fit."""

from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from linkdesk.domain.enums import FollowUpKind, LetterRecipient
from linkdesk.services.app_services import AppServices
from linkdesk.ui.booking_dialog import BookingOutcomeDialog
from linkdesk.ui.caseload import CaseloadPage
from linkdesk.ui.closing_dialog import ClosingDialog
from linkdesk.ui.letter_preview import LetterPreviewDialog
from linkdesk.ui.ops import ImmediateOps
from linkdesk.ui.today_page import TodayPage
from tests.day.conftest import START, add_referred
from tests.ui.test_accessibility import unnamed

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonics(root: QWidget) -> Counter[str]:
    """Alt+letters of the buttons and buddied labels ``root`` shows."""
    letters: Counter[str] = Counter()
    for widget in root.findChildren(QWidget):
        if widget.window() is not root or not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            found = MNEMONIC.search(widget.text().replace("&&", ""))
            if found:
                letters[found.group(1).lower()] += 1
    return letters


def test_every_day_screen_is_named_and_keys_are_unique(qtbot, day: AppServices) -> None:
    pid, rid = add_referred(day, "Ann")
    day.referrals.record_first_contact(rid)
    fid = day.bookings.book(pid, START - timedelta(days=1), kind=FollowUpKind.PHONE).follow_up.id
    screens: list[QWidget] = [
        TodayPage(day, ops=ImmediateOps()),
        CaseloadPage(day),
        BookingOutcomeDialog(day, ImmediateOps(), fid),
        ClosingDialog(day, ImmediateOps(), rid),
        LetterPreviewDialog(day, pid, LetterRecipient.GP, ops=ImmediateOps()),
    ]
    for screen in screens:
        qtbot.addWidget(screen)
        screen.resize(1280, 720)
        screen.show()
        assert unnamed(screen) == [], type(screen).__name__
        twice = [k for k, n in mnemonics(screen).items() if n > 1]
        assert twice == [], (type(screen).__name__, twice)
        assert screen.minimumSizeHint().width() <= 1280, type(screen).__name__
        assert screen.minimumSizeHint().height() <= 720, type(screen).__name__
    booking = screens[2]
    assert isinstance(booking, BookingOutcomeDialog)
    assert mnemonics(booking)["r"] == 1  # rebooked; its date field appears with its own key


def test_each_section_keys_are_unique_with_the_menus(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.ui.main_window import TODAY

    pid, _ = add_referred(window.services, "Ann")
    window.show()
    for show in (
        lambda: window.go_to(TODAY),
        window.show_caseload,
        lambda: window.show_person(pid),
    ):
        show()
        letters = mnemonics(window)
        for menu in ("f", "g", "h"):  # File, Go, Help
            letters[menu] += 1
        assert [k for k, n in letters.items() if n > 1] == []
