"""The caseload: everyone on the worker's list, searched as they type (FTS5, debounced),
sorted by any column (click a header, or "Sort by" from the keyboard) and filtered by status
(closed and declined hidden by default), referral source, life area, bookings due and last
contact, through ``services.caseload.page`` (docs/day.md); the count says how many match."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

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
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.caseload import (
    CaseloadEntry,
    CaseloadQuery,
    CaseloadSort,
    DueFilter,
)
from linkdesk.domain.caseload import (
    CaseloadPage as CaseloadResult,
)
from linkdesk.domain.enums import ReferralSource
from linkdesk.domain.life_areas import LIFE_AREAS
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.ui import labels
from linkdesk.ui.bidi import ltr
from linkdesk.ui.i18n import arg, number, short_date, translate
from linkdesk.ui.ops import Operations
from linkdesk.ui.widgets.flow import FlowLayout

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 500
NOT_SEEN_WEEKS = (4, 6, 8, 12, 26)  # the "last contact" filter's choices

Index = QModelIndex | QPersistentModelIndex


def format_date(value: date | None) -> str:
    """ "30 Sept 2026" in the UI language (CLDR), never from the machine's locale; kept left
    to right in right-to-left rows and layouts when it is written left to right (ui/bidi.py)."""
    return ltr(short_date(value))


def follow_up_text(due: date | None, today: date) -> str:
    """Overdue is said in words (colour is only a second cue)."""
    if due is None:
        return ""
    if due < today:
        return arg(translate("CaseloadModel", "Overdue since %1"), format_date(due))
    if due == today:
        return arg(translate("CaseloadModel", "Today, %1"), format_date(due))
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
            QT_TRANSLATE_NOOP("CaseloadModel", "Referred by"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Received"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Last contact"),
            QT_TRANSLATE_NOOP("CaseloadModel", "Missed"),
        )
    )
    # The service's sort for each column (None: the column does not sort).
    SORTS: tuple[CaseloadSort | None, ...] = (
        CaseloadSort.NAME,
        None,
        None,
        CaseloadSort.STATUS,
        CaseloadSort.NEXT_FOLLOW_UP,
        CaseloadSort.SOURCE,
        CaseloadSort.RECEIVED,
        CaseloadSort.LAST_CONTACT,
        CaseloadSort.MISSED,
    )

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[CaseloadEntry] = []
        self._today = today
        self.today = today()

    def set_rows(self, rows: list[CaseloadEntry]) -> None:
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

    def _is_overdue(self, row: CaseloadEntry) -> bool:
        return row.is_overdue(self.today)

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
                status = row.referral_status
                return labels.label(status) if status else self.tr("No referral")
            if column == 4:
                return follow_up_text(row.next_follow_up, self.today)
            if column == 5:
                return labels.label(row.referral_source) if row.referral_source else ""
            if column == 6:
                return format_date(row.received_on)
            if column == 7:
                return format_date(row.last_contact_on) or self.tr("Never")
            return str(row.missed) if row.missed else ""
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
    """Signals ``open_person(person_id)``, ``add_person()`` and ``shown()`` (rows are in)."""

    open_person = Signal(str)
    add_person = Signal()
    shown = Signal()

    def __init__(
        self,
        services: AppServices,
        parent: QWidget | None = None,
        *,
        load: bool = True,
        ops: Operations | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops  # given: queries run on the thread pool (a sort of 20,000 takes ~0.1 s)
        self.result: CaseloadResult | None = None
        self._generation = 0
        self._open_when_shown = False
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

        # The filters wrap onto more lines on a narrow window (a 1366-pixel screen at 150 %),
        # each label kept beside its list, instead of setting the window's minimum width.
        filters_row = QWidget()
        filters = FlowLayout(filters_row)
        self.status_filter = self._combo(self.tr("Status"))
        self.status_filter.addItem(self.tr("Open (closed hidden)"), None)
        for status in ReferralStatus:
            self.status_filter.addItem(labels.label(status), status.value)
        self.status_filter.addItem(self.tr("All, closed too"), "all")
        self.source_filter = self._combo(self.tr("Referred by"))
        self.source_filter.addItem(self.tr("Anyone"), None)
        for source in ReferralSource:
            self.source_filter.addItem(labels.label(source), source.value)
        self.area_filter = self._combo(self.tr("Life area"))
        self.area_filter.addItem(self.tr("Any"), None)
        for area in LIFE_AREAS:
            self.area_filter.addItem(labels.life_area(area.key), area.key)
        self.due_filter = self._combo(self.tr("Bookings"))
        for due in DueFilter:
            self.due_filter.addItem(labels.label(due), due.value)
        self.contact_filter = self._combo(self.tr("Last contact"))
        self.contact_filter.addItem(self.tr("Any time"), None)
        for weeks in NOT_SEEN_WEEKS:
            self.contact_filter.addItem(self.tr("Not for %n weeks or more", "", weeks), weeks)
        # The filters, in the order shown (``filtered`` asks whether any is off its first entry).
        self._filters = (
            self.status_filter,
            self.source_filter,
            self.area_filter,
            self.due_filter,
            self.contact_filter,
        )
        self.sort_choice = self._combo(self.tr("Sort by"))
        for sort in CaseloadSort:
            self.sort_choice.addItem(labels.label(sort), sort.value)
        self.descending = QCheckBox(self.tr("&Reverse order"))
        self.descending.setAccessibleName(self.tr("Reverse the order"))
        for text, widget in (
            (self.tr("S&tatus:"), self.status_filter),
            (self.tr("Referred &by:"), self.source_filter),
            (self.tr("&Life area:"), self.area_filter),
            (self.tr("Boo&kings:"), self.due_filter),
            (self.tr("Last &contact:"), self.contact_filter),
            (self.tr("S&ort by:"), self.sort_choice),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(widget)
            filters.addWidget(pair)
        filters.addWidget(self.descending)
        layout.addWidget(filters_row)

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
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        # Widths from the font (so they scale), wide enough for the header and typical values;
        # the name keeps room for a whole name (the table scrolls sideways on a small screen).
        metrics = self.table.fontMetrics()
        self.table.name_room = metrics.horizontalAdvance("Christopher Okafor-Ellison") + 24
        sample_day = date(2026, 9, 30)
        samples = (
            "",
            "Christopher",
            format_date(sample_day),
            translate("CaseloadModel", "No referral"),
            follow_up_text(sample_day, date(2026, 10, 1)),
            labels.label(ReferralSource.PRACTICE_NURSE),
            format_date(sample_day),
            format_date(sample_day),
            translate("CaseloadModel", "Missed"),
        )
        for column, sample in enumerate(samples[1:], start=1):
            bold_header = self.model.tr(self.model.HEADERS[column])
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(bold_header))
            header.resizeSection(column, width + 28)  # 28: padding and the sort arrow
        header.sectionClicked.connect(self._header_clicked)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.open_requested.connect(self._open_row)
        layout.addWidget(self.table, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        for combo in (*self._filters, self.sort_choice):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.descending.toggled.connect(lambda _on: self.refresh())
        # Down arrow from the search box moves into the results: keyboard-only flow.
        down = QShortcut(QKeySequence(Qt.Key.Key_Down), self.search, self._focus_results)
        down.setContext(Qt.ShortcutContext.WidgetShortcut)  # not the filters' arrows
        self.search.returnPressed.connect(self._open_first)
        order: list[QWidget] = [
            self.search,
            self.add_button,
            *self._filters,
            self.sort_choice,
            self.descending,
            self.table,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.setFocusProxy(self.search)
        if load:  # the main window fills it after its first paint instead
            self.refresh()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        # As wide as its longest choice, so the chosen one is never cut short ("Open (closed
        # hic…"): the filters wrap onto more rows (FlowLayout) on a narrow window instead.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        return combo

    # -- the query ---------------------------------------------------------------------------

    def query(self) -> CaseloadQuery:
        """The search, filters and order as chosen on screen."""
        chosen_status = self.status_filter.currentData()
        statuses: frozenset[ReferralStatus] | None
        if chosen_status is None:
            statuses = None
        elif chosen_status == "all":
            statuses = frozenset(ReferralStatus)
        else:
            statuses = frozenset({ReferralStatus(chosen_status)})
        source = self.source_filter.currentData()
        area = self.area_filter.currentData()
        weeks = self.contact_filter.currentData()
        today = self.services.clock.today()
        return CaseloadQuery(
            search=self.search.text().strip(),
            statuses=statuses,
            sources=frozenset({ReferralSource(source)}) if source else frozenset(),
            life_areas=frozenset({str(area)}) if area else frozenset(),
            due=DueFilter(self.due_filter.currentData() or DueFilter.ANY.value),
            contacted_before=today - timedelta(weeks=int(weeks)) if weeks else None,
            sort=CaseloadSort(self.sort_choice.currentData() or CaseloadSort.NAME.value),
            descending=self.descending.isChecked(),
            limit=RESULT_LIMIT,
            on=today,
        )

    def filtered(self) -> bool:
        """True when a filter narrows the list (beyond hiding closed referrals)."""
        return any(combo.currentIndex() != 0 for combo in self._filters)

    def _header_clicked(self, column: int) -> None:
        """A header click sorts by that column; a second click reverses it."""
        sort = self.model.SORTS[column]
        if sort is None:  # keep showing the order in force
            self._show_sort_indicator()
            return
        index = self.sort_choice.findData(sort.value)
        if index == self.sort_choice.currentIndex():
            self.descending.toggle()
        else:
            self.sort_choice.setCurrentIndex(index)

    def _show_sort_indicator(self) -> None:
        sort = CaseloadSort(self.sort_choice.currentData() or CaseloadSort.NAME.value)
        column = self.model.SORTS.index(sort) if sort in self.model.SORTS else 0
        order = (
            Qt.SortOrder.DescendingOrder
            if self.descending.isChecked()
            else Qt.SortOrder.AscendingOrder
        )
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def refresh(self) -> None:
        """Run the search now (the timer calls this after typing pauses)."""
        self._timer.stop()
        if not self.services.is_open:
            return
        query = self.query()
        caseload, people = self.services.caseload, self.services.people

        def work(_progress: object) -> tuple[CaseloadResult, int]:
            return caseload.page(query), people.count()

        self._generation += 1
        generation = self._generation
        if self.ops is None:
            self._show(work(None), query, generation)
            return
        self.ops.op(self, work).success(lambda found: self._show(found, query, generation)).failure(
            lambda failure: self.count_label.setText(failure.message)
        ).run()

    def _show(
        self, found: tuple[CaseloadResult, int], query: CaseloadQuery, generation: int
    ) -> None:
        if generation != self._generation:
            return  # typing or a filter moved on: a newer answer is coming
        result, everyone = found
        self.result = result
        rows = result.rows
        self.model.set_rows(rows)
        self._show_sort_indicator()
        shown = number(len(rows))
        if not query.search and not self.filtered():
            if result.truncated:
                message = arg(
                    self.tr(
                        "Showing the first %1 of %Ln people; type to find more.", "", result.total
                    ),
                    shown,
                )
            else:
                message = self.tr("%Ln people on the caseload.", "", result.total)
            hidden = everyone - result.total
            if hidden > 0:
                message += " " + self.tr("%Ln closed or declined hidden.", "", hidden)
        elif not rows:
            message = (
                self.tr("Nobody matches that search.")
                if query.search
                else self.tr("Nobody matches these filters.")
            )
        elif result.truncated:
            message = arg(
                self.tr(
                    "%Ln people match; showing the first %1. Narrow it down to see more.",
                    "",
                    result.total,
                ),
                shown,
            )
        else:
            message = arg(self.tr("%1 of %Ln people match.", "", everyone), shown)
        self.count_label.setText(message)
        if rows:
            self.table.selectRow(0)
        if self._open_when_shown:
            self._open_when_shown = False
            if rows:
                self._open_row(0)
        self.shown.emit()

    def clear(self) -> None:
        """Forget everything shown (used when locking)."""
        self._generation += 1  # an answer still on its way is dropped
        self._open_when_shown = False
        self._timer.stop()
        self.model.clear()
        self.search.clear()
        self._timer.stop()
        self.count_label.clear()
        self.result = None

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
        if self._timer.isActive():  # Enter before the search ran: open the first answer
            self._open_when_shown = True
            self.refresh()
            return
        if self.model.rowCount():
            row = self.table.currentIndex().row() if self.table.currentIndex().isValid() else 0
            self._open_row(row)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_person.emit(self.model.person_id(row))
