"""Files no output may replace: every workspace open in this process, and its companions.

A plan, letter, export or report saved under the workspace's own name (by any spelling, a
hard link or a symlink) replaced the workspace and the whole caseload was lost. The store
registers each workspace while it is open (:func:`protect`, :func:`release`) and
:func:`refuse_if_protected`, called by the atomic writer before it replaces anything, refuses
such a target in one sentence, so the GUI, the CLI and every service are covered alike.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.filenames import display_path

# SQLite's companions of a workspace file and LinkDesk's lock file. (The audit anchor is
# written by the workspace itself through the atomic writer, so it is not listed.)
COMPANION_SUFFIXES = ("", "-wal", "-shm", "-journal", ".lock")
# The audit anchor beside the workspace (store/audit_guard.py writes it).
ANCHOR_SUFFIX = ".audit-anchor"
# Every file that belongs to a workspace: what an output must never be saved over, and what
# goes with a workspace when it is copied or discarded whole.
WORKSPACE_FILE_SUFFIXES = (*COMPANION_SUFFIXES, ANCHOR_SUFFIX)

_open: dict[str, int] = {}  # workspace path -> how many times it is open here
_guard = threading.Lock()


def protect(workspace: Path) -> None:
    """``workspace`` is open: outputs must not replace it or its companions."""
    key = os.fspath(workspace)
    with _guard:
        _open[key] = _open.get(key, 0) + 1


def release(workspace: Path) -> None:
    """``workspace`` was closed (once for each :func:`protect`)."""
    key = os.fspath(workspace)
    with _guard:
        left = _open.get(key, 0) - 1
        if left > 0:
            _open[key] = left
        else:
            _open.pop(key, None)


def refuse_if_protected(target: Path) -> None:
    """Raise :class:`LinkDeskError` when ``target`` exists and is an open workspace's file."""
    if not os.path.lexists(target):
        return
    with _guard:
        workspaces = list(_open)
    if any(is_workspace_file(target, workspace) for workspace in workspaces):
        raise LinkDeskError(
            f"{display_path(Path(target))} is the open workspace (or one of its "
            "files): save to another name — nothing was written."
        )


def is_workspace_file(
    target: Path | str, workspace: Path | str, suffixes: tuple[str, ...] = COMPANION_SUFFIXES
) -> bool:
    """True when ``target`` is ``workspace`` or one of its companions (``suffixes``), by any
    spelling, hard link or symlink."""
    for suffix in suffixes:
        try:
            if os.path.samefile(target, os.fspath(workspace) + suffix):
                return True
        except (OSError, ValueError):  # that companion does not exist now
            continue
    return False
