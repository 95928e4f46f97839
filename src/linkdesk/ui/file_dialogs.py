"""Every file picker the shell uses, in one place, so tests can replace them.

Each function returns the chosen path, or None when the user cancels.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, translate

WORKSPACE_FILTER = QT_TRANSLATE_NOOP(
    "file_dialogs", "LinkDesk workspace (*.linkdesk);;All files (*)"
)

# The folder last chosen in any file dialog this session. Memory only: a folder's name can
# say whose files are in it, so it is never written to the settings.
_last_folder: Path | None = None


def starting_folder(start: Path | str | None = None) -> str:
    """Where a file dialog opens: ``start`` when it is (or is in) an existing folder, else the
    folder last used this session, else the user's Documents folder, else their home; never
    the program's own folder (the working directory Qt falls back to)."""
    for candidate in (Path(start) if start else None, _last_folder):
        if candidate is None:
            continue
        folder = candidate if candidate.is_dir() else candidate.parent
        if candidate.is_absolute() and folder.is_dir():
            return str(folder)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def starting_path(suggested: str) -> str:
    """A suggested file name in :func:`starting_folder` (a full path is kept as it is)."""
    path = Path(suggested)
    return suggested if path.is_absolute() else str(Path(starting_folder()) / path)


def remember(chosen: Path | None) -> Path | None:
    """Note the folder of what the user chose (a file or a folder); returns ``chosen``."""
    global _last_folder
    if chosen is not None:
        _last_folder = chosen if chosen.is_dir() else chosen.parent
    return chosen


CONTEXT = "file_dialogs"  # translation context of this module's words


def choose_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick an existing workspace file."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("file_dialogs", "Open a workspace"),
        starting_folder(start),
        translate(CONTEXT, WORKSPACE_FILTER),
    )
    return remember(Path(name)) if name else None


def choose_new_workspace(parent: QWidget | None, start: Path | None = None) -> Path | None:
    """Pick where a new workspace file goes (adds .linkdesk when missing)."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("file_dialogs", "Create a workspace"),
        str(start) if start and start.is_absolute() else starting_folder(start),
        translate(CONTEXT, WORKSPACE_FILTER),
    )
    if not name:
        return None
    path = remember(Path(name)) or Path(name)
    return path if path.suffix else path.with_suffix(".linkdesk")
