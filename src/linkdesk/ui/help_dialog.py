"""Help › Keyboard shortcuts (F1): every shortcut, grouped by where it works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from linkdesk.ui.shortcuts import SHORTCUTS, translated
from linkdesk.ui.windows import fit_to_screen


class ShortcutsDialog(QDialog):
    """A read-only table (keys, what they do, where), read by screen readers cell by cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Everything in LinkDesk can be done from the keyboard. Press Tab to move, "
                "Enter to press a button, and Alt with an underlined letter to jump to a field."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What they do"), self.tr("Where")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        for row, shortcut in enumerate(translated(s) for s in SHORTCUTS):
            for column, text in enumerate((shortcut.keys, shortcut.action, shortcut.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        label = QLabel(self.tr("&Shortcuts:"))
        label.setBuddy(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setText(self.tr("&Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 820, 640)
        self.table.setFocus()
