"""Private working copies: one known folder beside each workspace, emptied at every start.

Every temporary copy LinkDesk makes of a workspace or of a bundle (a backup being made, a
bundle being checked and merged, a restore being prepared) lives in a folder of its own inside
``.<workspace file name>.linkdesk-work/`` beside the workspace (0700, whatever the umask). So
a run killed half-way (kill -9, a power cut) leaves its copy where LinkDesk will find it: the
next start removes it, and so does every erasure, because such a copy still holds the people
erased since. A backup also notes there which file it is writing on the shared drive, so a
half-written bundle (or one left without its manifest) is removed from there too.

Pre-migration copies (``<workspace>.v<N>-backup``) sit beside the workspace, encrypted with
the passphrase of their day and in an older schema: LinkDesk cannot erase inside them, so an
erasure removes them (see docs/exchange.md).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from glob import escape as glob_escape
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError, Place
from linkdesk.domain.filenames import display_path
from linkdesk.fileio.atomic import partial_glob
from linkdesk.fileio.private import create_exclusive
from linkdesk.store.failures import from_os_error
from linkdesk.support.log import get_logger

WORK_SUFFIX = ".linkdesk-work"
DESTINATION_NOTE = "writing-to"  # in an operation's folder: the shared-drive file it writes
PENDING_PREFIX = "pending-"  # at the folder's root: a destination not reachable last time

_active: set[Path] = set()  # operations running in this process: never removed under them
_active_lock = threading.Lock()
_log = get_logger("workfiles")


def work_folder(workspace: Path) -> Path:
    return workspace.with_name(f".{workspace.name}{WORK_SUFFIX}")


def _cannot_make(exc: OSError, folder: Path, place: Place) -> LinkDeskError:
    return from_os_error(exc, path=folder, place=place) or LinkDeskError(
        f"LinkDesk cannot make a private working folder in {display_path(folder.parent)} "
        f"({exc.strerror or exc})."
    )


def _private_folder(folder: Path, place: Place) -> Path:
    """Make (or check) ``folder`` as a real 0700 folder: never through a planted link."""
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        pass
    except OSError as exc:
        raise _cannot_make(exc, folder, place) from None
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise LinkDeskError(
            f"{display_path(folder)} should be LinkDesk's private folder but is something "
            "else; move it away and try again."
        )
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(folder, 0o700)
    return folder


@contextmanager
def working_folder(workspace: Path, purpose: str, place: Place = Place.WORKSPACE) -> Iterator[Path]:
    """A new private folder for one operation's copies, removed when it ends (or next start).

    The shared folder itself goes too once nothing else is in it. ``place`` says whose drive
    it is on, for the message when it cannot be made (full, read-only…).
    """
    with _active_lock:
        base = _private_folder(work_folder(workspace), place)
        try:
            folder = Path(tempfile.mkdtemp(prefix=f"{purpose}-", dir=base))
        except OSError as exc:
            raise _cannot_make(exc, base, place) from None
        _active.add(folder)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        with _active_lock:
            _active.discard(folder)
            with suppress(OSError):
                base.rmdir()  # only when empty


def note_destination(folder: Path, target: Path) -> None:
    """Record (in the operation's private folder) the shared-drive file being written."""
    _write_note(folder / DESTINATION_NOTE, target)


def _write_note(path: Path, target: Path) -> None:
    """A new 0600 file (never through a link) holding ``target``'s path."""
    fd = create_exclusive(path)
    with os.fdopen(fd, "wb") as fh:
        fh.write(os.fsencode(target))


def _unfinished_at(target: Path) -> bool:
    """Remove what an interrupted write of ``target`` left; False if the place is unreachable.

    Its temporary files (hidden names holding the target's name) go, and the target itself
    when the manifest that marks a bundle as finished never came.
    """
    folder = target.parent
    try:
        names = os.listdir(folder)
    except OSError:  # unplugged, or gone: try again next time
        return False
    for name in names:
        if name.startswith(".") and target.name in name:
            with suppress(OSError):
                (folder / name).unlink()
    manifest = target.with_name(target.name + ".json")
    if target.exists() and not manifest.exists():
        with suppress(OSError):
            target.unlink()
    return True


def _clean_destination(note: Path, base: Path) -> None:
    try:
        target = Path(os.fsdecode(note.read_bytes()))
    except OSError:
        return
    if not _unfinished_at(target):  # the drive is away: try again at the next start
        keep = base / f"{PENDING_PREFIX}{os.urandom(6).hex()}"
        with suppress(OSError):
            _write_note(keep, target)


def remove_leftovers(workspace: Path) -> int:
    """Remove every private copy an earlier, interrupted run left; how many went.

    Only copies of operations no longer running in this process are touched; the caller
    holds the workspace's instance lock, so no other LinkDesk is using them.
    """
    base = work_folder(workspace)
    removed = 0
    # A pre-migration copy cut short (atomic_write's temporary name for it).
    for stale in workspace.parent.glob(partial_glob(f"{glob_escape(workspace.name)}.v*-backup")):
        with suppress(OSError):
            stale.unlink()
            removed += 1
    try:
        entries = list(base.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return removed
    except OSError as exc:
        _log.warning("cannot list the private folder (%s)", type(exc).__name__)
        return removed
    with _active_lock:
        active = set(_active)
    for entry in entries:
        if entry in active:
            continue
        if entry.name.startswith(PENDING_PREFIX):
            try:
                target = Path(os.fsdecode(entry.read_bytes()))
            except OSError:
                continue
            if _unfinished_at(target):
                with suppress(OSError):
                    entry.unlink()
            continue
        note = entry / DESTINATION_NOTE
        if note.exists():
            _clean_destination(note, base)
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with suppress(OSError):
                entry.unlink()
        removed += 1
    with _active_lock, suppress(OSError):
        base.rmdir()  # only when empty
    return removed


def pre_migration_copies(workspace: Path) -> list[Path]:
    """The ``<workspace>.v<N>-backup`` copies made before schema upgrades."""
    return sorted(workspace.parent.glob(f"{glob_escape(workspace.name)}.v*-backup"))


def remove_pre_migration_copies(workspace: Path) -> int:
    removed = 0
    for copy in pre_migration_copies(workspace):
        with suppress(OSError):
            copy.unlink()
            removed += 1
    return removed
