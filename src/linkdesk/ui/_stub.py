"""Placeholder used by entry points whose capability is still being built."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QVBoxLayout, QWidget


def not_ready(parent: QWidget | None, what: str) -> None:
    QMessageBox.information(parent, "Not ready yet", f"{what} is not available in this version.")


class PlaceholderPage(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
