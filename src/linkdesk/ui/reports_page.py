"""Reports for coordinators: today's caseload and the anonymised commissioner report.

Entry point: ``ReportsPage(services, parent=None)``. Figures are worked out in the background
and refreshed whenever the page is shown; exports go to a folder picked through
:func:`choose_folder` (tests replace it).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.domain.errors import ValidationError
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.report import (
    WAIT_DAYS,
    CaseloadOverview,
    Report,
    ReportTable,
    financial_year,
)
from linkdesk.domain.suppression import SUPPRESSION_NOTE
from linkdesk.domain.worker_text import shown
from linkdesk.services.app_services import AppServices
from linkdesk.support import collector
from linkdesk.ui.file_dialogs import remember, starting_folder
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, translate
from linkdesk.ui.labels import label
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.report_table import ReportTableView, scaled_font
from linkdesk.ui.widgets.date_field import DateField
from linkdesk.ui.widgets.flow import FlowLayout, pair
from linkdesk.ui.widgets.scroll import ControlsScrollArea

PERIODS = (
    ("last12", QT_TRANSLATE_NOOP("ReportsPage", "Last 12 months")),
    ("this_fy", QT_TRANSLATE_NOOP("ReportsPage", "This financial year")),
    ("last_fy", QT_TRANSLATE_NOOP("ReportsPage", "Last financial year")),
    ("all", QT_TRANSLATE_NOOP("ReportsPage", "All time")),
    ("custom", QT_TRANSLATE_NOOP("ReportsPage", "Choose dates")),
)
# Tables shown across the full width; the rest sit two to a row.
_WIDE = {"summary", "wellbeing"}


def status_words(status: str) -> str:
    """A referral status's label in the UI language (lower case, as in "3 received")."""
    try:
        return label(ReferralStatus(status)).lower()
    except ValueError:
        return status


def choose_folder(parent: QWidget | None, title: str, start: Path | None) -> Path | None:
    """The one folder picker the page uses (tests replace this function)."""
    folder = QFileDialog.getExistingDirectory(parent, title, starting_folder(start))
    return remember(Path(folder)) if folder else None


def _year_before(day: date) -> date:
    """The day after the same date a year earlier: the first day of "the last 12 months"."""
    try:
        return day.replace(year=day.year - 1) + timedelta(days=1)
    except ValueError:  # 29 February
        return date(day.year - 1, 3, 1)


class ReportsPage(QWidget):
    def __init__(
        self, services: AppServices, *, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.report: Report | None = None
        self._loading = False
        self._pending = False
        self._exporting = False
        self._last_folder: Path | None = None
        self._views: dict[str, ReportTableView] = {}
        self._shown_period: tuple[date | None, date | None] | None = None
        self._columns = 2
        self._tables_generation = 0
        self._building: tuple[Report, Callable[[], None] | None] | None = None
        self._build()

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        # The whole page scrolls (a 768-pixel screen at 150 % shows under 450 pixels of it);
        # the tiles and controls wrap, and the tables go one to a row, on a narrow window.
        content = QWidget()
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(ControlsScrollArea(content))
        outer = QVBoxLayout(content)
        title = QLabel(self.tr("Reports"))
        title.setFont(scaled_font(self, 1.5))
        outer.addWidget(title)

        caseload = QGroupBox(self.tr("Caseload today"))
        tiles = FlowLayout(caseload)
        waiting = self.tr("Waiting more than %n weeks for first contact", "", WAIT_DAYS // 7)
        self.open_label = self._tile(tiles, self.tr("Open referrals"))
        self.open_detail = QLabel()
        self.open_detail.setWordWrap(True)
        tile = self.open_label.parentWidget()
        tile_layout = tile.layout() if tile is not None else None
        assert tile_layout is not None
        tile_layout.addWidget(self.open_detail)
        self.waiting_label = self._tile(tiles, waiting)
        self.overdue_label = self._tile(tiles, self.tr("Follow-ups overdue"))
        self.due_label = self._tile(tiles, self.tr("Follow-ups due in the next %n days", "", 7))
        outer.addWidget(caseload)

        outcomes = QGroupBox(self.tr("Outcomes for commissioners (anonymised)"))
        box = QVBoxLayout(outcomes)
        controls_row = QWidget()
        controls = FlowLayout(controls_row)
        self.period_combo = QComboBox()
        for key, text in PERIODS:
            self.period_combo.addItem(self.tr(text), key)
        self.period_combo.setAccessibleName(self.tr("Report period"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)
        today = self.services.clock.today()
        self.from_edit = self._date_edit(_year_before(today), self.tr("First day of the period"))
        self.to_edit = self._date_edit(today, self.tr("Last day of the period"))
        from_label = QLabel(self.tr("Fr&om:"))
        from_label.setBuddy(self.from_edit.edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_edit.edit)
        self.export_button = QPushButton(self.tr("&Export report…"))
        self.export_button.setAccessibleName(self.tr("Export report"))
        self.export_button.setToolTip(
            self.tr("Save the report as CSV and PDF in a folder (Ctrl+E)")
        )
        controls.addWidget(pair(period_label, self.period_combo))
        controls.addWidget(pair(from_label, self.from_edit))
        controls.addWidget(pair(to_label, self.to_edit))
        controls.addWidget(self.export_button)
        box.addWidget(controls_row)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Report status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status_label)
        note = QLabel(translate("Report", SUPPRESSION_NOTE))
        note.setWordWrap(True)
        box.addWidget(note)

        self.tables_host = QWidget()
        self.tables_grid = QGridLayout(self.tables_host)
        self.tables_grid.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tables_host, 1)
        outer.addWidget(outcomes, 1)

        self.period_combo.currentIndexChanged.connect(self._period_changed)
        for field in (self.from_edit, self.to_edit):
            field.editing_finished.connect(self._custom_date_changed)
            field.return_pressed.connect(self._custom_date_changed)
        self.export_button.clicked.connect(self.export_report)
        # Only while the focus is on this page: other pages may use the same keys.
        for keys, slot in (
            (QKeySequence("Ctrl+E"), self.export_report),
            (QKeySequence(QKeySequence.StandardKey.Refresh), self.refresh),
        ):
            shortcut = QShortcut(keys, self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.setTabOrder(self.period_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.export_button)
        self._period_changed()

    def _tile(self, row: FlowLayout, caption: str) -> QLabel:
        """A figure over its (translated) caption; returns the figure's label. Every tile is
        the same width, whatever its figures, so nothing moves when they arrive."""
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setFixedWidth(frame.fontMetrics().horizontalAdvance("M") * 14)
        layout = QVBoxLayout(frame)
        figure = QLabel("…")
        figure.setFont(scaled_font(self, 1.6))
        figure.setAccessibleName(caption)
        figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QLabel(caption)
        text.setWordWrap(True)
        layout.addWidget(figure)
        layout.addWidget(text)
        row.addWidget(frame)
        return figure

    def _date_edit(self, value: date, name: str) -> DateField:
        field = DateField(DateRule.PAST, self.services.clock.today, name=name)
        field.set_value(value)
        return field

    # -- period ------------------------------------------------------------------------------

    def period(self) -> tuple[date | None, date | None, bool]:
        """(start, end, all_time) for the chosen period."""
        key = self.period_combo.currentData()
        today = self.services.clock.today()
        if key == "this_fy":
            start, end = financial_year(today)
            return start, min(end, today), False
        if key == "last_fy":
            start, end = financial_year(today, previous=True)
            return start, end, False
        if key == "all":
            return None, today, True
        if key == "custom":
            return self._typed(self.from_edit), self._typed(self.to_edit), False
        return None, None, False  # the service's default: the last 12 months

    @staticmethod
    def _typed(field: DateField) -> date | None:
        """A custom period's date as typed (the field says what is wrong; None then)."""
        try:
            return field.value()
        except ValidationError:
            return None

    def _period_changed(self) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:  # show the dates a preset stands for (a starting point for custom ones)
            start, end, all_time = self.period()
            reports = self.services.reports
            start, end = reports.resolve_period(start, end, all_time=all_time)
            start = start or reports.earliest_referral() or end
            for edit, value in ((self.from_edit, start), (self.to_edit, end)):
                edit.blockSignals(True)
                edit.set_value(value)
                edit.blockSignals(False)
        if self.isVisible():
            self.refresh()

    def _custom_date_changed(self) -> None:
        """A typed date takes effect when it is left or Enter is pressed, once it is a date."""
        if self.period_combo.currentData() != "custom":
            return
        if self.from_edit.problem or self.to_edit.problem:
            return
        period = (self._typed(self.from_edit), self._typed(self.to_edit))
        if period != self._shown_period:
            self.refresh()

    # -- figures -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Work the figures out again in the background (one job at a time)."""
        if self._loading:
            self._pending = True
            return
        self._loading = True
        start, end, all_time = self.period()
        self._shown_period = (start, end) if self.period_combo.currentData() == "custom" else None
        reports = self.services.reports

        def work() -> tuple[CaseloadOverview, Report]:
            with collector.paused():  # no collection holds the GIL against typing meanwhile
                return reports.overview(), reports.compute(start, end, all_time=all_time)

        if not self._exporting:
            self.status_label.setText(self.tr("Working out the figures…"))
        self.ops.op(self, lambda _progress: work()).success(self._show_figures).failure(
            self._figures_failed
        ).run()

    def _finish_loading(self) -> None:
        self._loading = False
        if self._pending:
            self._pending = False
            self.refresh()

    def _show_figures(self, result: tuple[CaseloadOverview, Report]) -> None:
        overview, report = result
        by_status = ", ".join(
            arg(self.tr("%1 %2"), n, status_words(status))
            for status, n in overview.open_by_status.items()
        )
        self.open_label.setText(str(overview.open_referrals))
        self.open_label.setToolTip(by_status)
        self.open_label.setAccessibleDescription(by_status)
        self.open_detail.setText(by_status)
        self.waiting_label.setText(str(overview.waiting_first_contact))
        self.overdue_label.setText(str(overview.follow_ups_overdue))
        self.due_label.setText(str(overview.follow_ups_due_this_week))

        def shown_all() -> None:
            self.report = report
            if not self._exporting:
                self.status_label.setText(arg(self.tr("Figures for %1."), report.period_text))
            self._finish_loading()

        self._show_tables(report, then=shown_all)

    def _figures_failed(self, failure: Failure) -> None:
        self.status_label.setText(
            self._one_line(self.tr("Could not work out the figures"), failure)
        )
        self._finish_loading()

    def _show_tables(self, report: Report, then: Callable[[], None] | None = None) -> None:
        """Show ``report``'s tables, then call ``then``. New tables are built one per turn of
        the event loop (``ops.in_slices``): a dozen at once blocked the window for a few
        hundred ms at 50,000 people (issue 15); a newer call drops an older one's rest."""
        self._tables_generation += 1
        generation = self._tables_generation
        views = list(self._views.values())
        if len(views) == len(report.tables) and all(
            view.same_shape(table) for view, table in zip(views, report.tables, strict=True)
        ):
            for view, table in zip(views, report.tables, strict=True):
                view.show_values(table)  # the same tables with new figures: no rebuild
            if then is not None:
                then()
            return
        while self.tables_grid.count():
            item = self.tables_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._views = {}
        self._columns = self._table_columns()
        self._building = (report, then)  # a resize meanwhile builds it again, then goes on
        place = {"row": 0, "col": 0}

        def add(table: ReportTable) -> None:
            if generation != self._tables_generation:
                return  # a newer report's tables are being built
            row, col = place["row"], place["col"]
            block = QWidget()
            block_layout = QVBoxLayout(block)
            block_layout.setContentsMargins(0, 6, 0, 6)
            heading = QLabel(shown(table.title))
            heading.setFont(scaled_font(self, 1.15))
            view = ReportTableView(table)
            self._views[table.key] = view
            heading.setBuddy(view)
            block_layout.addWidget(heading)
            if table.note:
                note = QLabel(shown(table.note))
                note.setWordWrap(True)
                block_layout.addWidget(note)
            block_layout.addWidget(view)
            block_layout.addStretch(1)
            if table.key in _WIDE or self._columns == 1:
                if col:
                    row, col = row + 1, 0
                self.tables_grid.addWidget(block, row, 0, 1, 2)
                row += 1
            else:
                self.tables_grid.addWidget(block, row, col)
                row, col = (row, 1) if col == 0 else (row + 1, 0)
            place["row"], place["col"] = row, col

        def finish() -> None:
            if generation != self._tables_generation:
                return
            self.tables_grid.setRowStretch(place["row"] + 1, 1)
            self._building = None
            if then is not None:
                then()

        steps: list[Callable[[], object]] = [partial(add, table) for table in report.tables]
        self.ops.in_slices(self, [*steps, finish])

    def _table_columns(self) -> int:
        """Two tables to a row when there is room for them, else one."""
        em = self.fontMetrics().horizontalAdvance("M")
        return 2 if self.width() >= em * 56 else 1

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if self._table_columns() == self._columns:
            return
        if self._building is not None:  # tables still being built: again, at the new width
            self._show_tables(*self._building)
        elif self.report is not None:
            self._show_tables(self.report)

    def table_view(self, key: str) -> ReportTableView:
        return self._views[key]

    # -- export ------------------------------------------------------------------------------

    def export_report(self) -> None:
        if self._exporting:
            return
        folder = choose_folder(
            self, self.tr("Choose the folder to save the report in"), self._last_folder
        )
        if folder is None:
            return
        self._last_folder = folder
        start, end, all_time = self.period()
        reports = self.services.reports
        self._exporting = True
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving the report…"))
        self.ops.op(
            self,
            lambda _progress: reports.write_report(
                folder, period_start=start, period_end=end, all_time=all_time
            ),
        ).writes(self.tr("the report")).success(self._exported).failure(self._export_failed).run()

    def _exported(self, paths: list[Path]) -> None:
        self._end_export()
        names = " and ".join(p.name for p in paths)
        self.status_label.setText(arg(self.tr("Saved %1 in %2."), names, paths[0].parent))

    def _export_failed(self, failure: Failure) -> None:
        self._end_export()
        self.status_label.setText(self._one_line(self.tr("Could not save the report"), failure))

    def _end_export(self) -> None:
        self._exporting = False
        self.export_button.setEnabled(True)

    def _one_line(self, what: str, failure: Failure) -> str:
        reason = failure.message.splitlines()[0] if failure.message else ""
        return arg(self.tr("%1: %2"), what, reason.rstrip("."))
