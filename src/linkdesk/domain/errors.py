"""Errors that carry a one-line message fit to show a link worker, and an exit code.

Exit codes (the CLI's contract; README "Command line" lists them too):

==  ===========================  ===============================================================
 1  LinkDeskError                 anything else that went wrong (the message says what)
 2  UsageError (commands/)        the command line itself is wrong
 3  UnlockError                   wrong passphrase, or the file is not a LinkDesk workspace
 4  FileBusyError                 another program (or LinkDesk window) is using the file
 5  DiskFullError                 the drive is full
 6  ReadOnlyError                 the drive or folder cannot be written (read-only, no permission)
 7  UnsupportedDriveError         the drive's file system cannot hold an open workspace (FAT32…)
 8  DriveError                    the drive failed to read or write (I/O error, unplugged)
 9  DamagedError                  the file really is damaged: a page check failed
10  NameTooLongError              a file name is longer than the drive allows
==  ===========================  ===============================================================

Every drive problem (4-8, 10) is a :class:`StorageError`: it says what happened, what to do,
and whether anything was changed. Only :class:`DamagedError` ever advises restoring a backup.
The store classifies SQLite and OS errors into these (``linkdesk.store.failures``); other
layers raise them directly with the constructors below so the wording stays the same.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from linkdesk.domain.filenames import display_path, readable_text

ON_OWN_DRIVE = "copy the workspace to the laptop's own drive and open it from there"


class LinkDeskError(Exception):
    """Base class: ``str(error)`` is a plain-English sentence for the user.

    A message that quotes a file name with undecodable bytes (a Latin-1 folder) is made
    readable here, once for every error: U+FFFD for the odd bytes, never a lone surrogate that
    a UTF-8 stream refuses or a Qt label cuts the sentence short at.
    """

    exit_code = 1

    def __init__(self, message: object = "", *args: object) -> None:
        if isinstance(message, str):
            message = readable_text(message)
        super().__init__(message, *args)


class UnlockError(LinkDeskError):
    """Wrong passphrase, or the file is not a LinkDesk workspace."""

    exit_code = 3


class ValidationError(LinkDeskError):
    """Input that breaks a rule; ``field`` names the offending field when known."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LinkDeskError):
    """A record that was asked for does not exist."""


class Place(Enum):
    """Whose file a drive problem is about; it decides the advice."""

    WORKSPACE = "workspace"  # the open (or opening) workspace and its companion files
    NEW_FILE = "new file"  # a workspace being created or restored
    DESTINATION = "destination"  # a folder LinkDesk writes to (backups, exports)
    SOURCE = "source"  # a file LinkDesk reads (a bundle, an import)
    OTHER = "other"  # not known (the last guard): the message claims nothing about changes


def _short(text: str, most: int = 64) -> str:
    """A very long name keeps its start and its end (the extension) around an ellipsis."""
    return text if len(text) <= most else f"{text[: most - 20]}…{text[-19:]}"


def _name(path: Path | str | None) -> str:
    return _short(display_path(Path(path).name)) if path else "the file"


def _folder(path: Path | str | None) -> str:
    return display_path(Path(path).parent) if path else "the folder"


def _on(fs: str | None) -> str:
    return f" ({fs})" if fs else ""


class StorageError(LinkDeskError):
    """The drive or file system, not the user's data or passphrase, stopped the work.

    ``path``: the file concerned (None when unknown); ``changed``: whether anything was
    written before it stopped (False means the workspace is exactly as it was); ``cause``
    (a class attribute) is the reason in a few words, for sentences that add their own advice.
    """

    cause = "the drive could not be used"

    def __init__(
        self, message: str, *, path: Path | str | None = None, changed: bool = False
    ) -> None:
        super().__init__(message)
        self.path = None if path is None else Path(path)
        self.changed = changed


class FileBusyError(StorageError):
    """Another program holds a lock on the file past the busy timeout."""

    cause = "another program is using the file"

    exit_code = 4

    @classmethod
    def at(cls, path: Path | str | None, *, seconds: float | None = None) -> FileBusyError:
        waited = f" (it stayed locked for {seconds:g} seconds)" if seconds else ""
        return cls(
            f"Another program is using {_name(path)}{waited}: close the other program "
            "(a backup, sync or antivirus tool, or a database browser), then try again — "
            "nothing was changed.",
            path=path,
        )


class WorkspaceInUseError(FileBusyError):
    """The workspace is already open in another LinkDesk window."""


class DiskFullError(StorageError):
    """No space left on the drive (SQLITE_FULL, ENOSPC, EDQUOT)."""

    cause = "the drive is full"

    exit_code = 5

    @classmethod
    def at(cls, path: Path | str | None, place: Place = Place.WORKSPACE) -> DiskFullError:
        if place is Place.DESTINATION:
            message = (
                f"There is not enough space on the drive for {_name(path)} in "
                f"{_folder(path)}: free some space or choose another folder — nothing was "
                "written."
            )
        elif place is Place.NEW_FILE:
            message = (
                f"There is not enough space on the drive for {_name(path)}: free some space "
                "or choose another folder — nothing was created."
            )
        elif place is Place.OTHER:
            message = f"The drive holding {_name(path)} is full: free some space, then try again."
        else:
            message = (
                f"The drive holding {_name(path)} is full: free some space, then try again — "
                "nothing was changed."
            )
        return cls(message, path=path)


class ReadOnlyError(StorageError):
    """The drive is read-only or the folder may not be written (SQLITE_READONLY, EROFS…)."""

    cause = "the drive or folder cannot be written"

    exit_code = 6

    @classmethod
    def at(cls, path: Path | str | None, place: Place = Place.WORKSPACE) -> ReadOnlyError:
        if place is Place.WORKSPACE:
            message = (
                f"The workspace {_name(path)} is on a drive or in a folder LinkDesk cannot "
                f"write to (read-only, or not allowed): {ON_OWN_DRIVE} — nothing was changed."
            )
        elif place is Place.SOURCE:
            message = f"LinkDesk is not allowed to read {_name(path)}."
        elif place is Place.OTHER:
            message = f"LinkDesk is not allowed to write to {_folder(path)} (it may be read-only)."
        else:
            message = (
                f"LinkDesk is not allowed to write to {_folder(path)} (it may be read-only): "
                "choose another folder — nothing was written."
            )
        return cls(message, path=path)


class UnsupportedDriveError(StorageError):
    """The file system cannot do what SQLite's WAL needs (a shared-memory index, locks)."""

    cause = "the drive cannot hold a workspace"

    exit_code = 7

    @classmethod
    def at(
        cls, path: Path | str | None, place: Place = Place.WORKSPACE, *, fs: str | None = None
    ) -> UnsupportedDriveError:
        if place is Place.NEW_FILE:
            advice = "choose a folder on the laptop's own drive — nothing was created"
        else:
            advice = f"{ON_OWN_DRIVE} — nothing was changed"
        return cls(
            f"The drive holding {_name(path)}{_on(fs)} cannot keep a LinkDesk workspace "
            "(it cannot hold SQLite's shared log, as on FAT32 or exFAT USB sticks and "
            f"network drives): {advice}.",
            path=path,
        )


class DriveError(StorageError):
    """The drive failed to read or write (SQLITE_IOERR, EIO), or went away."""

    cause = "the drive failed to read or write"

    exit_code = 8

    @classmethod
    def at(cls, path: Path | str | None, place: Place = Place.WORKSPACE) -> DriveError:
        if place is Place.DESTINATION:
            message = (
                f"The folder {_folder(path)} is not available (was the drive unplugged?) — "
                "nothing was written."
            )
        elif place is Place.SOURCE:
            message = (
                f"{_name(path)} could not be read from its drive (was it unplugged?): "
                "plug it back in, or copy the file to the laptop, then try again."
            )
        elif place is Place.OTHER:
            message = (
                f"The drive holding {_name(path)} failed to read or write (was it "
                "unplugged, or is it failing?): check the drive, then try again."
            )
        else:
            message = (
                f"The drive holding {_name(path)} failed to read or write (was it "
                "unplugged, or is it failing?): check the drive, then try again — nothing "
                "was changed."
            )
        return cls(message, path=path)


class NameTooLongError(StorageError):
    """A file name is longer than the drive allows (ENAMETOOLONG, or found before trying)."""

    cause = "a file name is too long for the drive"

    exit_code = 10

    @classmethod
    def at(
        cls, path: Path | str | None, *, length: int | None = None, limit: int | None = None
    ) -> NameTooLongError:
        sizes = f" ({length} bytes with its companion files; at most {limit})" if length else ""
        return cls(
            f"The file name {_name(path)} is too long for this drive{sizes}: choose a shorter "
            "name — nothing was created.",
            path=path,
        )


class DamagedError(LinkDeskError):
    """The file really is damaged: SQLite's or SQLCipher's page check failed on it."""

    exit_code = 9

    @classmethod
    def at(cls, path: Path | str | None) -> DamagedError:
        return cls(
            f"The workspace {_name(path)} is damaged (its page check failed): restore it from "
            "a backup copy, and keep this file for support."
        )


class Cancelled(LinkDeskError):
    """The worker stopped a long job (an import, a demo being made) before it finished."""

    def __init__(self, message: str = "Stopped: nothing was changed.") -> None:
        super().__init__(message)
