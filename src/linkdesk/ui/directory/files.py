"""File and folder choosers behind one small class, so tests can replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.ui.file_dialogs import remember, starting_folder, starting_path


class FilePicker:
    """Asks the user for paths; returns None when they cancel."""

    def open_files(self, parent: QWidget | None, title: str, filters: str) -> list[Path] | None:
        names, _ = QFileDialog.getOpenFileNames(parent, title, starting_folder(), filters)
        if names:
            remember(Path(names[0]))
        return [Path(n) for n in names] or None

    def open_folder(self, parent: QWidget | None, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, title, starting_folder())
        return remember(Path(name)) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, suggested: str, filters: str
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, starting_path(suggested), filters)
        return remember(Path(name)) if name else None
