"""Every file picker the shell uses, in one place, so tests can replace them.

Each function returns the chosen path, or None when the user cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

WORKSPACE_FILTER = QT_TRANSLATE_NOOP(
    "file_dialogs", "LinkDesk workspace (*.linkdesk);;All files (*)"
)


CONTEXT = "file_dialogs"  # translation context of this module's words


def choose_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick an existing workspace file."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("file_dialogs", "Open a workspace"),
        str(start or ""),
        translate(CONTEXT, WORKSPACE_FILTER),
    )
    return Path(name) if name else None


def choose_new_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick where a new workspace file goes (adds .linkdesk when missing)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("file_dialogs", "Create a workspace"),
        str(start or ""),
        translate(CONTEXT, WORKSPACE_FILTER),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(".linkdesk")
