"""Today: who needs the link worker on this day, the first screen after unlocking (issue 9).

Entry point: ``TodayPage(services, ops=ops)``. The lists come from ``services.today.view()``
(docs/day.md), computed on the thread pool through ``ops``; the page shows them as one list
(``today_model.TodayModel`` in a table view): a heading per list with its count, the people
under it. Enter (or double-click) on a row opens the person, or resumes an unfinished
conversation at its saved step. A timer notices when the day changes (a laptop left unlocked
overnight) and refreshes.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.today import TodayView
from linkdesk.services.app_services import AppServices
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, long_date
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.today_model import COLUMNS, Section, TodayModel, TodayRow

DAY_CHECK_MS = 60_000  # how often the page looks whether the date has changed


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


class _TodayTable(QTableView):
    """The lists, shown as a tree is: one row chosen at a time, always from its first
    column (a screen reader reads the row's whole text there). Enter on a row asks for it to
    be opened (activated is not sent for Enter everywhere); Home and End go to the first and
    last rows, as in a list; Tab leaves the table rather than walking its cells."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)

    def moveCursor(  # noqa: N802 (Qt name)
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        move = QAbstractItemView.CursorAction
        if action in (move.MoveLeft, move.MoveRight, move.MoveNext, move.MovePrevious):
            return self.currentIndex()  # one "cell" per row, as in a tree
        if action in (move.MoveHome, move.MoveEnd):
            modifiers = Qt.KeyboardModifier.ControlModifier
        index = super().moveCursor(action, modifiers)
        return index.siblingAtColumn(0) if index.isValid() else index


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
        self._stale = False  # a refresh was asked for while another page was shown
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

        self.model = TodayModel(self)
        self.model.headers = (self.tr("Who"), self.tr("When"), self.tr("What"))
        self.tree = _TodayTable()
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Today's lists"))
        self.tree.setAccessibleDescription(
            self.tr("Enter opens the person, or resumes an unfinished conversation")
        )
        self.tree.setShowGrid(False)
        self.tree.setWordWrap(False)
        self.tree.setTabKeyNavigation(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.tree.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # one height: nothing per row
        metrics = self.tree.fontMetrics()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(metrics.height() + 4)
        header = self.tree.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.resizeSection(0, metrics.horizontalAdvance("Christopher Montgomery (Chris)") + 24)
        header.resizeSection(1, metrics.horizontalAdvance("140 days overdue, was 30 Sep 2026") + 24)
        self.tree.open_requested.connect(self.open_current)
        self.tree.doubleClicked.connect(lambda _index: self.open_current())
        selection = self.tree.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._update_buttons())
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
        """Work the lists out again in the background; the newest answer wins.

        While another page is shown (the person, the caseload) the lists are only marked
        out of date and worked out when Today is shown again: every saved change asked for
        them, and at 50,000 people each answer is ~100 ms of the worker's CPU, some of it
        holding the interpreter while the worker opens a person or a conversation."""
        if not self.services.is_open:
            return
        explicit = self.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
        if self.isHidden() and explicit:  # put away by the main window's pages (not: never shown)
            self._stale = True
            return
        self._stale = False
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

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def clear(self) -> None:
        """Forget everything shown (locking)."""
        self._generation += 1
        self._stale = False
        self.day_timer.stop()
        self.model.clear()
        self.tree.clearSpans()
        self.view = None
        self.summary.clear()
        self._update_buttons()

    def _set_title(self, on: date) -> None:
        self.title.setText(arg(self.tr("Today, %1"), long_date(on)))

    def _failed(self, failure: Failure) -> None:
        self.summary.setText(
            arg(self.tr("Today's lists could not be worked out: %1"), failure.message)
        )

    def _show(self, view: TodayView, generation: int) -> None:
        """Show ``view``: one model reset (rows are worked out as the table asks for them),
        the headings spanning the row, the summary, the row chosen before chosen again (else
        the first person), then ``shown``. Built as 12,000 items at 50,000 people, the rows
        held the UI thread for ~0.4-1 s of CPU (issue 15)."""
        if generation != self._generation:
            return  # a newer refresh is on its way
        chosen = self.current_row()
        self.view = view
        self.shown_on = view.on
        self._set_title(view.on)
        bold = QFont(self.tree.font())
        bold.setBold(True)
        sections = []
        for key, heading, empty in _SECTIONS:
            entries = getattr(view, key)
            title = self.tr(heading, "", view.not_contacted_weeks)
            sections.append(
                Section(
                    key=key,
                    title=title,
                    heading=arg(self.tr("%1 (%2)"), title, len(entries)),
                    empty=self.tr(empty),
                    entries=entries,
                )
            )
        self.model.set_lists(sections, self.tr("%1: %2"), bold)
        self.tree.clearSpans()
        for row in (*self.model.heading_rows(), *self.model.note_rows()):
            self.tree.setSpan(row, 0, 1, COLUMNS)
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
        target = self.model.find(chosen) if chosen is not None else None
        if target is None:
            target = self.model.first_person_row()
        if target is not None:
            self.tree.setCurrentIndex(self.model.index(target, 0))
        self._update_buttons()
        self.shown.emit()

    # -- rows --------------------------------------------------------------------------------

    def current_row(self) -> TodayRow | None:
        index = self.tree.currentIndex()
        return self.model.today_row(index.row()) if index.isValid() else None

    def rows(self) -> list[TodayRow]:
        """Every person row, top to bottom (tests and the keyboard walk)."""
        return self.model.all_rows()

    def select(self, row: TodayRow) -> bool:
        found = self.model.find(row)
        if found is None:
            return False
        self.tree.setCurrentIndex(self.model.index(found, 0))
        return True

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
