"""What a folder's drive can do: a real test of SQLite's WAL there, its file system's name,
and its longest file name. Used only after something failed, to say what actually happened.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sys
from enum import Enum
from pathlib import Path

import sqlcipher3

from linkdesk.domain.errors import NameTooLongError
from linkdesk.domain.filenames import name_units

# Companion files SQLite and LinkDesk put beside a workspace (the longest decides the limit).
CREATE_SUFFIXES = (".lock", "-journal", "-wal", "-shm")
OPEN_SUFFIXES = (".lock", "-wal", "-shm")
DEFAULT_NAME_MAX = 255
# A full drive fails SQLite's -shm file with SQLITE_IOERR, not SQLITE_FULL: after a WAL
# failure the probe writes this much to tell "full" from "no WAL here". (Free space from
# statfs is no guide: FUSE drivers such as fusefat report none at all.)
PROBE_WRITE_BYTES = 64 * 1024

# Linux mount types (from /proc/self/mountinfo), in words a link worker or IT would know.
_FS_NAMES = {
    "vfat": "FAT32",
    "msdos": "FAT",
    "fat": "FAT",
    "fuse.fusefat": "FAT32",
    "exfat": "exFAT",
    "fuse.exfat": "exFAT",
    "fuseblk": "NTFS or exFAT",
    "ntfs": "NTFS",
    "ntfs3": "NTFS",
    "cifs": "a network share",
    "smb3": "a network share",
    "smbfs": "a network share",
    "nfs": "a network share",
    "nfs4": "a network share",
    "fuse.sshfs": "a network share",
    "9p": "a shared folder",
    "vboxsf": "a shared folder",
    "iso9660": "a CD or DVD",
    "udf": "a CD or DVD",
    "squashfs": "a read-only image",
}


class Probe(Enum):
    """What writing a small SQLite file in WAL mode into a folder showed."""

    OK = "ok"
    MISSING = "missing"
    READ_ONLY = "read-only"
    FULL = "full"
    NO_WAL = "no WAL"
    IO = "I/O error"


def _probe_os_error(exc: OSError) -> Probe:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return Probe.READ_ONLY
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return Probe.FULL
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Probe.MISSING
    return Probe.IO


def probe_folder(folder: Path) -> Probe:
    """Make, use and remove a tiny plain SQLite file in WAL mode in ``folder``.

    The file holds one integer and nothing else; it is hidden, named at random, and removed
    with its companions whatever happens. SQLite result codes read as: FULL -> FULL;
    READONLY -> READ_ONLY; IOERR, CANTOPEN or a journal mode other than WAL -> NO_WAL (the
    file itself could be made, so the folder is writable: only the WAL machinery failed),
    unless 64 KiB of zeros cannot be written there either, which makes it FULL.
    """
    if not folder.is_dir():
        return Probe.MISSING
    probe = folder / f".linkdesk-probe-{secrets.token_hex(6)}"
    companions = [Path(f"{probe}{s}") for s in ("", "-wal", "-shm", "-journal")]
    try:
        try:  # the plain OS answer first: its errno says read-only, full or missing
            os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            probe.unlink()
        except OSError as exc:
            return _probe_os_error(exc)
        result = _probe_wal(probe)
        if result is Probe.NO_WAL:  # a full drive can fail the -shm file with an I/O error
            return _write_probe(probe) or result
        return result
    finally:
        for leftover in companions:
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def _write_probe(probe: Path) -> Probe | None:
    """Write 64 KiB of zeros to ``probe`` (removed by the caller): FULL or READ_ONLY from its
    errno, None when it could be written."""
    for leftover in (probe, Path(f"{probe}-wal"), Path(f"{probe}-shm")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            left = memoryview(bytes(PROBE_WRITE_BYTES))
            while left:  # a nearly full drive takes part of it, then says ENOSPC
                left = left[os.write(fd, left) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        return _probe_os_error(exc)
    return None


def _probe_wal(probe: Path) -> Probe:
    from linkdesk.store.failures import SQLITE_FULL, SQLITE_READONLY, sqlite_code

    try:
        conn = sqlcipher3.connect(str(probe), isolation_level=None, timeout=0)
    except sqlcipher3.Error:
        return Probe.NO_WAL
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            return Probe.NO_WAL
        conn.execute("CREATE TABLE probe (x INTEGER)")
        conn.execute("INSERT INTO probe VALUES (1)")
        conn.execute("SELECT count(*) FROM probe").fetchone()
        return Probe.OK
    except sqlcipher3.Error as exc:
        code = sqlite_code(exc)
        if code == SQLITE_FULL:
            return Probe.FULL
        if code == SQLITE_READONLY:
            return Probe.READ_ONLY
        return Probe.NO_WAL
    except OSError as exc:
        return _probe_os_error(exc)
    finally:
        conn.close()


def filesystem_name(path: Path) -> str | None:
    """The drive's file system in plain words ("FAT32", "a network share"), or None.

    Linux: the mount that holds ``path`` in /proc/self/mountinfo. Windows: the volume's file
    system name (GetVolumeInformationW) or "a network share" for a remote drive. Elsewhere
    (macOS) None: the message then simply leaves it out.
    """
    try:
        if sys.platform.startswith("linux"):
            return _linux_fs(path)
        if os.name == "nt":
            return _windows_fs(path)
    except (OSError, ValueError):
        return None
    return None


def _linux_fs(path: Path) -> str | None:
    target = os.path.realpath(path if path.exists() else path.parent)
    best, best_type = "", None
    with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
        for line in fh:
            left, _, right = line.partition(" - ")
            fields = left.split()
            if len(fields) < 5 or not right:
                continue
            mount = fields[4].replace("\\040", " ")
            inside = target == mount or target.startswith(mount.rstrip("/") + "/")
            if inside and len(mount) >= len(best):
                best, best_type = mount, right.split()[0]
    if best_type is None:
        return None
    return _FS_NAMES.get(best_type, best_type if best_type.startswith("fuse.") else None)


def _windows_fs(path: Path) -> str | None:  # pragma: no cover - Windows only
    import ctypes

    root = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]  # exists on Windows only
    if kernel32.GetDriveTypeW(root) == 4:  # DRIVE_REMOTE
        return "a network share"
    name = ctypes.create_unicode_buffer(64)
    if not kernel32.GetVolumeInformationW(root, None, 0, None, None, None, name, 64):
        return None
    return str(name.value) or None


def name_max(folder: Path) -> int:
    """The longest file name the folder's drive allows (bytes on POSIX, UTF-16 units on
    Windows); 255 when the drive does not say."""
    if os.name == "nt" or not hasattr(os, "pathconf"):  # pragma: no cover - Windows
        return DEFAULT_NAME_MAX
    try:
        value = os.pathconf(folder if folder.is_dir() else folder.parent, "PC_NAME_MAX")
    except (OSError, ValueError):
        return DEFAULT_NAME_MAX
    return value if value and value > 0 else DEFAULT_NAME_MAX


def longest_name(path: Path, suffixes: tuple[str, ...]) -> tuple[int, int]:
    """(length of the longest name among ``path`` and its companions, the drive's limit)."""
    longest = max(name_units(path.name + suffix) for suffix in ("", *suffixes))
    return longest, name_max(path.parent)


def check_name_length(path: Path, suffixes: tuple[str, ...]) -> None:
    """Refuse, before anything is made, a name whose companion files the drive cannot hold
    (``<name>.lock``, ``<name>-journal``…): the name is too long, not the folder wrong."""
    longest, limit = longest_name(path, suffixes)
    if longest > limit:
        raise NameTooLongError.at(path, length=longest, limit=limit)


def companions(path: Path) -> list[Path]:
    """SQLite's companion files of ``path`` (``-wal``, ``-shm``, ``-journal``)."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]


def remove_new_companions(path: Path, existed: set[Path]) -> None:
    """After a failed open, remove the empty -wal/-shm SQLite made just now (never data)."""
    for companion in companions(path):
        if companion in existed:
            continue
        with contextlib.suppress(OSError):
            if companion.stat().st_size == 0 or companion.name.endswith("-shm"):
                companion.unlink()
