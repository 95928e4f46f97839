"""The caseload: everyone on the worker's list, searched as they type (FTS5, debounced)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.models import CaseloadRow
from linkdesk.services.app_services import AppServices

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 500

Index = QModelIndex | QPersistentModelIndex


def format_date(value: date | None) -> str:
    return f"{value.day} {value:%b %Y}" if value else ""


def follow_up_text(due: date | None, today: date) -> str:
    """Overdue is said in words (colour is only a second cue)."""
    if due is None:
        return ""
    if due < today:
        return f"Overdue since {format_date(due)}"
    if due == today:
        return f"Today, {format_date(due)}"
    return format_date(due)


class CaseloadModel(QAbstractTableModel):
    HEADERS: tuple[str, ...] = tuple(
        str(h)  # QT_TRANSLATE_NOOP marks them for translation and returns them unchanged
        for h in (
            QT_TRANSLATE_NOOP("CaseloadModel", "Name"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Preferred name"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Date of birth"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Referral status"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Next follow-up"),
        )
    )

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadRow] = []
        self._today = today
        self.today = today()

    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = self._today()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802 (Qt name)
        self, section: int, orientation: Qt.Orientation, role: int = 0
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def person_id(self, row: int) -> str:
        return self.rows[row].person_id

    def _is_overdue(self, row: CaseloadRow) -> bool:
        return row.next_follow_up is not None and row.next_follow_up < self.today

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return row.name
            if column == 1:
                return row.preferred_name
            if column == 2:
                return format_date(row.date_of_birth)
            if column == 3:
                return row.referral_status.label if row.referral_status else self.tr("No referral")
            return follow_up_text(row.next_follow_up, self.today)
        if role == Qt.ItemDataRole.FontRole and column == 4 and self._is_overdue(row):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return row.person_id
        return None


class _ResultsView(QTableView):
    """Enter opens the selected person (activated is not sent for Enter on every platform)."""

    open_requested = Signal(int)
    name_room = 0  # the name column's least width (logical pixels): whole names, never "Ama …"

    def fit_name_column(self) -> None:
        """The name column takes what the other columns leave, but never less than
        :attr:`name_room`: on a narrow window (150 % scaling) the table scrolls sideways
        rather than cut names down to first names (issue 18)."""
        header = self.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, header.count()))
        header.resizeSection(0, max(self.viewport().width() - others, self.name_room))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.fit_name_column()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)


class CaseloadPage(QWidget):
    """Signals ``open_person(person_id)`` and ``add_person()``."""

    open_person = Signal(str)
    add_person = Signal()

    def __init__(
        self, services: AppServices, parent: QWidget | None = None, *, load: bool = True
    ) -> None:
        super().__init__(parent)
        self.services = services
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        search_label = QLabel(self.tr("Find a &person:"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, NHS number or postcode"))
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setClearButtonEnabled(True)
        search_label.setBuddy(self.search)
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.add_button.setToolTip(self.tr("Add a person (Ctrl+N)"))
        self.add_button.setAccessibleName(self.tr("Add a person"))
        self.add_button.clicked.connect(self.add_person)
        top.addWidget(search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.count_label.setAccessibleName(self.tr("Number of people shown"))
        layout.addWidget(self.count_label)

        self.model = CaseloadModel(services.clock.today, self)
        self.table = _ResultsView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        # Widths from the font (so they scale), wide enough for the header and typical values.
        metrics = self.table.fontMetrics()
        self.table.name_room = metrics.horizontalAdvance("Christopher Okafor-Ellison") + 24
        samples = ("", "Christopher", "30 Sep 2026", "No referral", "Overdue since 30 Sep 2026")
        for column, sample in enumerate(samples[1:], start=1):
            bold_header = self.model.HEADERS[column]
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(bold_header))
            header.resizeSection(column, int(width * 1.15) + 24)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        # Down arrow from the search box moves into the results: keyboard-only flow.
        QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_results)
        self.search.returnPressed.connect(self._open_first)
        QWidget.setTabOrder(self.search, self.add_button)
        QWidget.setTabOrder(self.add_button, self.table)
        self.setFocusProxy(self.search)
        if load:  # the main window fills it after its first paint instead
            self.refresh()

    def refresh(self) -> None:
        """Run the search now (the timer calls this after typing pauses)."""
        self._timer.stop()
        if not self.services.is_open:  # a search typed just before quitting or locking
            return
        text = self.search.text().strip()
        rows = self.services.people.search(text, limit=RESULT_LIMIT)
        self.model.set_rows(rows)
        total = self.services.people.count()
        if not text:
            if len(rows) < total:
                message = self.tr("Showing the first {shown} of {total} people; type to find more.")
            else:
                message = self.tr("{total} people on the caseload.")
        elif len(rows) >= RESULT_LIMIT:
            message = self.tr("More than {shown} people match; keep typing to narrow it down.")
        elif not rows:
            message = self.tr("Nobody matches that search.")
        else:
            message = self.tr("{shown} of {total} people match.")
        self.count_label.setText(message.format(shown=f"{len(rows):,}", total=f"{total:,}"))
        if rows:
            self.table.selectRow(0)

    def clear(self) -> None:
        """Forget everything shown (used when locking)."""
        self._timer.stop()
        self.model.clear()
        self.search.clear()
        self._timer.stop()
        self.count_label.clear()

    def current_person_id(self) -> str | None:
        """The person chosen in the list (None when the list is empty)."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.person_id(index.row())
        return self.model.person_id(0) if self.model.rowCount() == 1 else None

    def _focus_results(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()
            if not self.table.currentIndex().isValid():
                self.table.selectRow(0)

    def _open_first(self) -> None:
        if self._timer.isActive():
            self.refresh()
        if self.model.rowCount():
            row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_person.emit(self.model.person_id(row))
