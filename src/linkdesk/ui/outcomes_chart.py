"""Outcomes over time on the person view: a small chart and the same numbers as a table.

``OutcomesPanel(parent).show_outcomes(PersonOutcomes)``. The chart is drawn with QPainter: one
small panel per score (ONS4 items 0-10, UCLA-3 total 3-9), each on its own scale, every
score a dot joined in date order, the value written by the dot. A charting library was not
added for five short lines: QtCharts/QtGraphs come as separate, larger Qt modules and
pyqtgraph brings numpy; QPainter draws this in well under a millisecond and prints crisply.
The table beside it carries every number in words for keyboard and screen-reader users.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.outcomes import PersonOutcomes, ScoreSeries
from linkdesk.ui.caseload import format_date
from linkdesk.ui.i18n import arg, day_short_month, translate

LINE = QColor("#1d70b8")  # GOV.UK blue: 4.5:1 and more on white
TEXT = QColor("#0b0c0c")
GRID = QColor("#b1b4b6")
PANEL_HEIGHT = 64


def short_label(label: str) -> str:
    """'Life satisfaction (ONS4)' -> 'Life satisfaction' (the table keeps the full words)."""
    return label.split(" (")[0]


class OutcomesChart(QWidget):
    """Small multiples, one row per score with at least one value."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: tuple[ScoreSeries, ...] = ()
        self.setAccessibleName(self.tr("Wellbeing scores over time, chart"))
        self.setAccessibleDescription(self.tr("The same numbers are in the table below"))
        self.setMinimumHeight(PANEL_HEIGHT)

    def set_series(self, series: tuple[ScoreSeries, ...]) -> None:
        self.series = tuple(s for s in series if s.points)
        self.setMinimumHeight(max(1, len(self.series)) * PANEL_HEIGHT)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return QSize(360, max(1, len(self.series)) * PANEL_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), QColor("white"))
        if not self.series:
            painter.setPen(TEXT)
            painter.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No wellbeing scores yet."),
            )
            painter.end()
            return
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        label_width = min(170.0, self.width() * 0.4)
        for row, series in enumerate(self.series):
            top = row * PANEL_HEIGHT
            self._panel(painter, series, QRectF(0, top, self.width(), PANEL_HEIGHT), label_width)
        painter.end()

    def _panel(
        self, painter: QPainter, series: ScoreSeries, box: QRectF, label_width: float
    ) -> None:
        kind = series.kind
        metrics = painter.fontMetrics()
        painter.setPen(TEXT)
        painter.drawText(
            QRectF(box.left() + 4, box.top() + 4, label_width - 8, box.height() - 8),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            | int(Qt.TextFlag.TextWordWrap),
            short_label(translate("ScoreKind", kind.label)),
        )
        plot = QRectF(
            box.left() + label_width + 24,
            box.top() + metrics.height() + 4,
            max(20.0, box.width() - label_width - 40),
            box.height() - 2 * metrics.height() - 8,
        )
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.topRight())
        painter.drawText(
            QRectF(plot.left() - 24, plot.top() - metrics.height() / 2, 20, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight),
            str(kind.high),
        )
        painter.drawText(
            QRectF(plot.left() - 24, plot.bottom() - metrics.height() / 2, 20, metrics.height()),
            int(Qt.AlignmentFlag.AlignRight),
            str(kind.low),
        )
        points = series.points
        span = max(1, kind.high - kind.low)
        step = plot.width() / max(1, len(points) - 1) if len(points) > 1 else 0.0
        where: list[QPointF] = []
        for index, point in enumerate(points):
            x = plot.left() + (index * step if len(points) > 1 else plot.width() / 2)
            share = (min(max(point.value, kind.low), kind.high) - kind.low) / span
            where.append(QPointF(x, plot.bottom() - share * plot.height()))
        painter.setPen(QPen(LINE, 2.5))
        for a, b in zip(where, where[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(LINE)
        for point, at in zip(points, where, strict=True):
            painter.setPen(QPen(LINE, 1))
            painter.drawEllipse(at, 4.0, 4.0)
            painter.setPen(TEXT)
            painter.drawText(QPointF(at.x() + 6, at.y() - 4), str(point.value))


class OutcomesPanel(QWidget):
    """The chart with a heading and the numbers as a table (each score: every value, change)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.chart = OutcomesChart()
        column.addWidget(self.chart)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Wellbeing scores over time"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("First to latest"), self.tr("Change")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        label = QLabel(self.tr("Wellbeing sc&ores:"))
        label.setBuddy(self.table)
        column.addWidget(label)
        column.addWidget(self.table)

    def show_outcomes(self, outcomes: PersonOutcomes) -> None:
        shown = tuple(s for s in outcomes.series if s.points)
        self.chart.set_series(shown)
        self.table.setRowCount(len(shown))
        for row, series in enumerate(shown):
            kind = series.kind
            full = translate("ScoreKind", kind.label)
            name = short_label(full)
            if kind.lower_is_better:
                name = arg(self.tr("%1 (lower is better)"), name)
            values = " → ".join(
                arg(self.tr("%1 (%2)"), p.value, day_short_month(p.on)) for p in series.points
            )
            spoken = "; ".join(
                f"{p.value} ({format_date(p.on)}, {p.timepoint.replace('_', ' ')})"
                for p in series.points
            )
            change = series.latest_change
            if change is None:
                change_text = self.tr("No follow-up yet")
            elif change == 0:
                change_text = self.tr("No change")
            else:
                better = (change < 0) == kind.lower_is_better
                change_text = arg(
                    self.tr("%1, better") if better else self.tr("%1, worse"), f"{change:+d}"
                )
            cells = ((name, full), (values, spoken), (change_text, change_text))
            for column, (text, said) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(said)
                item.setData(
                    Qt.ItemDataRole.AccessibleTextRole,
                    arg(self.tr("%1: %2"), full, said) if column else said,
                )
                self.table.setItem(row, column, item)
        self.table.setVisible(bool(shown))
        height = self.table.horizontalHeader().sizeHint().height() + 6
        height += sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setMinimumHeight(min(height, 260))
        self.table.setMaximumHeight(height)
