"""Every file picker the shell uses, in one place, so tests can replace them.

Each function returns the chosen path, or None when the user cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

WORKSPACE_FILTER = "LinkDesk workspace (*.linkdesk);;All files (*)"


def _tr(text: str) -> str:
    return QCoreApplication.translate("file_dialogs", text)


def choose_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick an existing workspace file."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr("Open a workspace"), str(start or ""), _tr(WORKSPACE_FILTER)
    )
    return Path(name) if name else None


def choose_new_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick where a new workspace file goes (adds .linkdesk when missing)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Create a workspace"), str(start or ""), _tr(WORKSPACE_FILTER)
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".linkdesk")
