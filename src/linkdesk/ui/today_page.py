"""Today: who needs the link worker on this day, the first screen after unlocking (issue 9).

Entry point: ``TodayPage(services, ops=ops)``. The lists come from ``services.today.view()``
(docs/day.md), computed on the thread pool through ``ops``; the page shows them as one tree:
a heading per list with its count, the people under it. Enter (or double-click) on a row opens
the person, or resumes an unfinished conversation at its saved step. A timer notices when the
day changes (a laptop left unlocked overnight) and refreshes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.enums import ConversationKind, FollowUpKind, ReferralSource
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.today import (
    NotContacted,
    TodayBooking,
    TodayView,
    UnfinishedConversation,
    WaitingReferral,
)
from linkdesk.services.app_services import AppServices
from linkdesk.ui import labels
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import (
    QT_TRANSLATE_NOOP,
    arg,
    long_date,
    translate,
    weekday_name,
)
from linkdesk.ui.ops import Failure, Operations

DAY_CHECK_MS = 60_000  # how often the page looks whether the date has changed
# Rows built per turn of the event loop (~6 ms of UI thread each, quiet). Today fills after
# unlock while the worker may already be opening a person: each slice that runs first is
# added to that wait (400 rows, ~15-40 ms, were part of the person view's p95; issue 15).
ROWS_PER_STEP = 150


# What each row asks for: the key of its list and the ids Enter needs.
ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class TodayRow:
    """What a row of the tree stands for (held in the item's UserRole)."""

    section: str  # a key of domain.today.LIST_KEYS
    person_id: str
    follow_up_id: str = ""
    conversation_id: str = ""


_SECTIONS: tuple[tuple[str, str, str], ...] = (
    # key, heading, what the section says when it is empty
    (
        "due_today",
        QT_TRANSLATE_NOOP("TodayPage", "Due today"),
        QT_TRANSLATE_NOOP("TodayPage", "Nobody is booked for today."),
    ),
    (
        "overdue",
        QT_TRANSLATE_NOOP("TodayPage", "Overdue: record what happened"),
        QT_TRANSLATE_NOOP("TodayPage", "No overdue meetings. Well done."),
    ),
    (
        "waiting_first_contact",
        QT_TRANSLATE_NOOP("TodayPage", "Waiting for first contact"),
        QT_TRANSLATE_NOOP("TodayPage", "No new referrals are waiting."),
    ),
    (
        "unfinished_conversations",
        QT_TRANSLATE_NOOP("TodayPage", "Unfinished conversations"),
        QT_TRANSLATE_NOOP("TodayPage", "No conversations left unfinished."),
    ),
    (
        "not_contacted",
        QT_TRANSLATE_NOOP("TodayPage", "Not contacted for %n weeks or more"),
        QT_TRANSLATE_NOOP("TodayPage", "Everyone has been in touch recently or has a booking."),
    ),
    (
        "this_week",
        QT_TRANSLATE_NOOP("TodayPage", "The rest of this week"),
        QT_TRANSLATE_NOOP("TodayPage", "Nothing else booked this week."),
    ),
)

STEP_NAMES = {
    "consent": QT_TRANSLATE_NOOP("TodayPage", "welcome and consent"),
    "matters": QT_TRANSLATE_NOOP("TodayPage", "what matters"),
    "areas": QT_TRANSLATE_NOOP("TodayPage", "life areas"),
    "goals": QT_TRANSLATE_NOOP("TodayPage", "goals"),
    "connections": QT_TRANSLATE_NOOP("TodayPage", "connections"),
    "wellbeing": QT_TRANSLATE_NOOP("TodayPage", "wellbeing check"),
    "agree": QT_TRANSLATE_NOOP("TodayPage", "agree the plan"),
    "finish": QT_TRANSLATE_NOOP("TodayPage", "finish"),
}


def _tr(text: str) -> str:
    return translate("TodayPage", text)


def days_text(days: int) -> str:
    # The main window's "%n day(s)" (self.tr there, so lupdate records its plural forms;
    # pyside6-lupdate takes no plural from a module-level translate()).
    return translate("MainWindow", "%n day(s)", None, days)


def _label(enum_type: type[FollowUpKind] | type[ConversationKind], value: str) -> str:
    try:
        return labels.label(enum_type(value))
    except ValueError:
        return value


def _who(name: str, preferred: str) -> str:
    return arg(translate("TodayPage", "%1 (%2)"), name, preferred) if preferred else name


def booking_cells(b: TodayBooking, section: str) -> tuple[str, str, str]:
    kind = _label(FollowUpKind, b.kind)
    detail = arg(translate("TodayPage", "%1, %2"), kind, b.venue) if b.venue else kind
    if section == "overdue":
        when = arg(
            translate("TodayPage", "%1 overdue, was %2"),
            days_text(b.days_overdue),
            format_date(b.due_on),
        )
    elif section == "this_week":
        when = arg(
            translate("TodayPage", "%1 %2"), weekday_name(b.due_on.weekday()), format_date(b.due_on)
        )
    else:
        when = translate("TodayPage", "Today")
    return _who(b.name, b.preferred_name), when, detail


def waiting_cells(w: WaitingReferral) -> tuple[str, str, str]:
    try:
        source = labels.label(ReferralSource(w.source))
    except ValueError:
        source = w.source
    when = arg(
        translate("TodayPage", "%1, received %2"),
        days_text(w.days_waiting),
        format_date(w.received_on),
    )
    return (
        _who(w.name, w.preferred_name),
        when,
        arg(translate("TodayPage", "Referred by %1"), source),
    )


def unfinished_cells(u: UnfinishedConversation) -> tuple[str, str, str]:
    step = STEP_NAMES.get(u.step)
    where = (
        arg(translate("TodayPage", "Resume at %1"), _tr(step))
        if step
        else translate("TodayPage", "Resume")
    )
    kind = _label(ConversationKind, u.kind)
    return (
        _who(u.name, u.preferred_name),
        format_date(u.held_on),
        arg(translate("TodayPage", "%1: %2"), kind, where),
    )


def not_contacted_cells(n: NotContacted) -> tuple[str, str, str]:
    if n.days_since is None or n.last_contact_on is None:
        when = translate("TodayPage", "Never contacted")
    else:
        when = arg(
            translate("TodayPage", "%1 since %2"),
            days_text(n.days_since),
            format_date(n.last_contact_on),
        )
    try:
        status = labels.label(ReferralStatus(n.status))
    except ValueError:
        status = n.status
    return _who(n.name, n.preferred_name), when, arg(translate("TodayPage", "Referral: %1"), status)


class _TodayTree(QTreeWidget):
    """Enter on a row asks for it to be opened (activated is not sent for Enter everywhere)."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class TodayPage(QWidget):
    """Signals ``open_person(person_id)``, ``open_conversation(person_id)`` (resume it) and
    ``record_outcome(follow_up_id)`` (the booking outcome dialog)."""

    open_person = Signal(str)
    open_conversation = Signal(str)
    record_outcome = Signal(str)
    shown = Signal()  # a view was put on screen (tests wait for it)

    def __init__(
        self,
        services: AppServices,
        *,
        ops: Operations,
        parent: QWidget | None = None,
        load: bool = True,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.view: TodayView | None = None
        self.shown_on: date | None = None
        self._generation = 0
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("todayTitle")
        self.title.setAccessibleName(self.tr("Today's date"))
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.refresh_button = QPushButton(self.tr("R&efresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh today's lists"))
        self.refresh_button.setToolTip(self.tr("Refresh (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)

        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.summary.setAccessibleName(self.tr("Summary of today"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.tree = _TodayTree()
        self.tree.setAccessibleName(self.tr("Today's lists"))
        self.tree.setAccessibleDescription(
            self.tr("Enter opens the person, or resumes an unfinished conversation")
        )
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Who"), self.tr("When"), self.tr("What")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        metrics = self.tree.fontMetrics()
        header.resizeSection(0, metrics.horizontalAdvance("Christopher Montgomery (Chris)") + 24)
        header.resizeSection(1, metrics.horizontalAdvance("140 days overdue, was 30 Sep 2026") + 24)
        self.tree.open_requested.connect(self.open_current)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.open_current())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setAccessibleName(self.tr("Open the chosen row"))
        self.open_button.setToolTip(self.tr("Open the person, or resume the conversation (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.person_button = QPushButton(self.tr("Show the &person"))
        self.person_button.setAccessibleName(self.tr("Show the person's record"))
        self.person_button.clicked.connect(self._open_person_of_current)
        self.outcome_button = QPushButton(self.tr("Record &what happened…"))
        self.outcome_button.setAccessibleName(self.tr("Record what happened at the meeting"))
        self.outcome_button.setToolTip(
            self.tr("Attended, did not attend, cancelled or rebooked (Ctrl+R)")
        )
        self.outcome_button.clicked.connect(self._record_outcome)
        for button in (self.open_button, self.person_button, self.outcome_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)
        outcome = QShortcut(QKeySequence("Ctrl+R"), self, self._record_outcome)
        outcome.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QWidget.setTabOrder(self.refresh_button, self.tree)
        QWidget.setTabOrder(self.tree, self.open_button)
        QWidget.setTabOrder(self.open_button, self.person_button)
        QWidget.setTabOrder(self.person_button, self.outcome_button)
        # No focus proxy: a proxied page left "Refresh", before the list, out of the Tab order.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.day_timer = QTimer(self)
        self.day_timer.setInterval(DAY_CHECK_MS)
        self.day_timer.timeout.connect(self.check_day)
        self.day_timer.start()
        self._set_title(services.clock.today())
        self.summary.setText(self.tr("Looking at today…"))
        self._update_buttons()
        if load:
            self.refresh()

    # -- filling -----------------------------------------------------------------------------

    def focus_first(self) -> None:
        """Put the focus on the list (where the day's work starts)."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> None:
        """Work the lists out again in the background; the newest answer wins."""
        if not self.services.is_open:
            return
        self._generation += 1
        generation = self._generation
        today = self.services.today
        self.ops.op(self, lambda _progress: today.view()).success(
            lambda view: self._show(view, generation)
        ).failure(self._failed).run()

    def check_day(self) -> None:
        """Refresh when the date has moved on since the lists were worked out."""
        shown = self.shown_on
        if shown is not None and self.services.is_open and self.services.clock.today() != shown:
            self.refresh()

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self._generation += 1
        self.day_timer.stop()
        self.tree.clear()
        self.view = None
        self.summary.clear()

    def _set_title(self, on: date) -> None:
        self.title.setText(arg(self.tr("Today, %1"), long_date(on)))

    def _failed(self, failure: Failure) -> None:
        self.summary.setText(
            arg(self.tr("Today's lists could not be worked out: %1"), failure.message)
        )

    def _show(self, view: TodayView, generation: int) -> None:
        """Show ``view``: the headings and the summary at once, the people under them
        ROWS_PER_STEP at a time, one step per turn of the event loop (``ops.in_slices``), then
        the chosen row and ``shown``. Built at once, 12,000 rows at 50,000 people held the
        window for ~0.4-1 s of CPU (issue 15); a newer refresh or a lock drops the rest."""
        if generation != self._generation:
            return  # a newer refresh is on its way
        chosen = self.current_row()
        self.view = view
        self.shown_on = view.on
        self._set_title(view.on)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        found: dict[str, QTreeWidgetItem] = {}  # the first row, and the row chosen before
        said = self.tr("%1: %2")
        accessible = Qt.ItemDataRole.AccessibleTextRole

        def add(head: QTreeWidgetItem, key: str, title: str, entries: list[Any]) -> None:
            if generation != self._generation:
                return
            items = []
            for entry in entries:
                row, cells = self._row(key, entry)
                item = QTreeWidgetItem(list(cells))
                item.setData(0, ROLE, row)
                item.setData(0, accessible, arg(said, title, ", ".join(cells)))
                items.append(item)
                if chosen is not None and row == chosen:
                    found["again"] = item
            head.addChildren(items)  # one insertion for the lot, not one per row
            found.setdefault("first", items[0])

        steps: list[Callable[[], object]] = []
        for key, heading, empty in _SECTIONS:
            entries = getattr(view, key)
            title = self.tr(heading, "", view.not_contacted_weeks)
            head = QTreeWidgetItem([arg(self.tr("%1 (%2)"), title, len(entries))])
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)
            if not entries:
                note = QTreeWidgetItem([self.tr(empty)])
                note.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.addChild(note)
                note.setFirstColumnSpanned(True)
            head.setExpanded(True)
            for first in range(0, len(entries), ROWS_PER_STEP):
                chunk = entries[first : first + ROWS_PER_STEP]
                steps.append(partial(add, head, key, title, chunk))
        counts = view.counts()
        if view.is_empty:
            self.summary.setText(
                self.tr("Nothing needs you today: nobody is due, overdue or waiting.")
            )
        else:
            self.summary.setText(
                arg(
                    self.tr(
                        "%1 due today, %2 overdue, %3 waiting for first contact, "
                        "%4 unfinished conversations."
                    ),
                    counts["due_today"],
                    counts["overdue"],
                    counts["waiting_first_contact"],
                    counts["unfinished_conversations"],
                )
            )

        def finish() -> None:
            if generation != self._generation:
                return
            target = found.get("again") or found.get("first")
            if target is not None:
                self.tree.setCurrentItem(target)
            self._update_buttons()
            self.shown.emit()

        self.ops.in_slices(self, [*steps, finish])

    @staticmethod
    def _row(
        key: str, entry: TodayBooking | WaitingReferral | UnfinishedConversation | NotContacted
    ) -> tuple[TodayRow, tuple[str, str, str]]:
        if isinstance(entry, TodayBooking):
            return (
                TodayRow(key, entry.person_id, follow_up_id=entry.follow_up_id),
                booking_cells(entry, key),
            )
        if isinstance(entry, WaitingReferral):
            return TodayRow(key, entry.person_id), waiting_cells(entry)
        if isinstance(entry, UnfinishedConversation):
            return (
                TodayRow(key, entry.person_id, conversation_id=entry.conversation_id),
                unfinished_cells(entry),
            )
        return TodayRow(key, entry.person_id), not_contacted_cells(entry)

    # -- rows --------------------------------------------------------------------------------

    def current_row(self) -> TodayRow | None:
        item = self.tree.currentItem()
        value = item.data(0, ROLE) if item is not None else None
        return value if isinstance(value, TodayRow) else None

    def rows(self) -> list[TodayRow]:
        """Every person row, top to bottom (tests and the keyboard walk)."""
        found: list[TodayRow] = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            assert head is not None
            for j in range(head.childCount()):
                child = head.child(j)
                value = child.data(0, ROLE) if child is not None else None
                if isinstance(value, TodayRow):
                    found.append(value)
        return found

    def select(self, row: TodayRow) -> bool:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            assert head is not None
            for j in range(head.childCount()):
                child = head.child(j)
                if child is not None and child.data(0, ROLE) == row:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.open_button.setEnabled(row is not None)
        self.person_button.setEnabled(row is not None)
        self.outcome_button.setEnabled(row is not None and bool(row.follow_up_id))
        if row is not None and row.conversation_id:
            self.open_button.setText(self.tr("Res&ume conversation"))
        else:
            self.open_button.setText(self.tr("&Open"))

    def open_current(self) -> None:
        """Enter: resume an unfinished conversation, else open the person."""
        row = self.current_row()
        if row is None:
            return
        if row.conversation_id:
            self.open_conversation.emit(row.person_id)
        else:
            self.open_person.emit(row.person_id)

    def _open_person_of_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_person.emit(row.person_id)

    def _record_outcome(self) -> None:
        row = self.current_row()
        if row is not None and row.follow_up_id:
            self.record_outcome.emit(row.follow_up_id)
