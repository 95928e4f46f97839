"""One LinkDesk instance per workspace, through an OS file lock beside the workspace."""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout

from linkdesk.domain.errors import LinkDeskError, Place, WorkspaceInUseError
from linkdesk.domain.filenames import display_path
from linkdesk.store.failures import from_os_error


class InstanceLock:
    """Held while a workspace is open. The OS drops it if the process dies (flock/msvcrt)."""

    def __init__(self, workspace_path: Path) -> None:
        self.path = workspace_path.with_name(workspace_path.name + ".lock")
        # Not thread-local: the GUI unlocks on a worker thread and locks again on the UI thread.
        self._lock = FileLock(str(self.path), timeout=0, thread_local=False)

    def acquire(self, place: Place = Place.WORKSPACE) -> None:
        """Take the lock; a drive that cannot hold the lock file is said as what it is
        (read-only, full, name too long…), about the workspace, not its folder."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise WorkspaceInUseError(
                "This workspace is already open in another LinkDesk window; close it there first."
            ) from None
        except OSError as exc:
            workspace = self.path.with_name(self.path.name[: -len(".lock")])
            typed = from_os_error(exc, path=workspace, place=place)
            if typed is not None:
                raise typed from None
            raise LinkDeskError(
                f"Cannot use the folder {display_path(self.path.parent)} ({exc.strerror or exc})."
            ) from None

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release(force=True)
