"""One table of the commissioner report, read-only and as tall as its rows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from linkdesk.domain.report import ReportTable
from linkdesk.domain.worker_text import shown

# The enums whose labels are a report's rows (their catalogue context is the class name).
ROW_CONTEXTS = ("ReferralStatus", "ReferralSource", "GoalStatus", "ConnectionStatus",
                "FollowUpStatus", "ScoreKind")  # fmt: skip


def scaled_font(widget: QWidget, factor: float, bold: bool = True) -> QFont:
    """The widget's font, scaled (never a fixed size, so the user's font size is kept)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    return font


class ReportTableView(QTableWidget):
    """One report table, read-only and sized to its rows (the page scrolls, not the table)."""

    def __init__(self, table: ReportTable, parent: QWidget | None = None) -> None:
        # The report is built in English (its CSV and PDF are for the commissioner); its words
        # are shown in the worker's language (domain/worker_text; the record's data as it is).
        headings = [shown(c) for c in table.columns]
        if table.has_snomed:
            headings.insert(1, self.tr("SNOMED CT code"))
        super().__init__(len(table.rows), len(headings), parent)
        self.table = table
        self.setObjectName(f"table_{table.key}")
        self.setAccessibleName(shown(table.title))
        self.setAccessibleDescription(shown(table.note))
        for c, heading in enumerate(headings):
            head = QTableWidgetItem(heading)
            align = Qt.AlignmentFlag.AlignLeft if c == 0 else Qt.AlignmentFlag.AlignRight
            if table.has_snomed and c == 1:
                align = Qt.AlignmentFlag.AlignLeft
            head.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
            self.setHorizontalHeaderItem(c, head)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control, arrows move inside
        self.setWordWrap(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for r, row in enumerate(table.rows):
            said = shown(row.label, *ROW_CONTEXTS)
            cells = [said, *([row.snomed] if table.has_snomed else []), *row.values]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c > (1 if table.has_snomed else 0):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.label == "Total":
                    item.setFont(scaled_font(self, 1.0))
                self.setItem(r, c, item)
        header = self.horizontalHeader()
        # Room either side of short headings such as "People" (padding, not a text size).
        header.setStyleSheet("QHeaderView::section { padding: 2px 8px; }")
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, len(headings)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fitted: tuple[int, str] | None = None  # (width, font) of the last fit
        self._fit_height()

    def same_shape(self, table: ReportTable) -> bool:
        """Whether ``table`` has this one's rows and columns (a refresh of the same report)."""
        old = self.table
        return (old.key, old.title, old.note, old.columns, old.has_snomed) == (
            table.key,
            table.title,
            table.note,
            table.columns,
            table.has_snomed,
        ) and [(r.label, r.snomed) for r in old.rows] == [(r.label, r.snomed) for r in table.rows]

    def show_values(self, table: ReportTable) -> None:
        """Put a refreshed table's values in place (same shape: see :meth:`same_shape`);
        cheaper than building the view again, which stalled the UI on every refresh."""
        first = 2 if table.has_snomed else 1
        changed = False
        for r, row in enumerate(table.rows):
            for c, text in enumerate(row.values, start=first):
                item = self.item(r, c)
                if item is not None and item.text() != text:
                    item.setText(text)
                    changed = True
        self.table = table
        if changed:
            self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough for every row at the current font and width (rows may wrap)."""
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()))
        height = self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
        self._fitted = (self.width(), self.font().key())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        """Fitted again only if the width or font changed since the last fit: going back to
        Reports refitted all 15 tables (~40 ms of the UI thread at every visit, issue 15's
        "typing during a report" stall); values changed meanwhile were fitted then."""
        super().showEvent(event)
        if self._fitted != (self.width(), self.font().key()):
            self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_height()

    def text_at(self, label: str, column: int = -1) -> str:
        """The text in row ``label`` (column -1: the last one)."""
        column = column if column >= 0 else self.columnCount() + column
        for r in range(self.rowCount()):
            first, cell = self.item(r, 0), self.item(r, column)
            if first is not None and cell is not None and first.text() == label:
                return cell.text()
        raise KeyError(label)
