"""Reading backup bundles safely: a verified private copy first, then restore from it.

Everything works on a local copy whose SHA-256 matched the manifest, so a shared drive that
vanishes, or a file changed after the check, cannot affect what is restored or merged. The
copy lives in the workspace's private working folder (store/workfiles.py), so a run killed
half-way leaves nothing that the next start or an erasure does not remove.

Every refusal names the file at fault: the bundle, or its manifest, never the workspace.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from linkdesk.domain.errors import (
    DiskFullError,
    DriveError,
    FileBusyError,
    LinkDeskError,
    Place,
    ReadOnlyError,
    StorageError,
    UnlockError,
    UnsupportedDriveError,
)
from linkdesk.domain.filenames import display_path
from linkdesk.exchange.atomic import CHUNK, require_folder, write_error
from linkdesk.exchange.manifest import MAX_MANIFEST_BYTES, Manifest, manifest_path_for
from linkdesk.exchange.policy import ahead_of, describe_ahead
from linkdesk.fileio.bounded import (
    LimitedReader,
    TooLargeError,
    open_regular,
    read_bounded,
    refuse_unless_regular,
)
from linkdesk.fileio.private import create_exclusive
from linkdesk.store.bundle import (
    bundle_workspace_id,
    check_bundle,
    check_schema,
    open_bundle_readonly,
    table_counts,
)
from linkdesk.store.drives import (
    CREATE_SUFFIXES,
    Probe,
    check_name_length,
    filesystem_name,
    probe_folder,
)
from linkdesk.store.keys import key_bytes
from linkdesk.store.reader import raw_key_from_salt
from linkdesk.store.schema import LATEST_VERSION
from linkdesk.store.workfiles import remove_leftovers, working_folder
from linkdesk.store.workspace import (
    Connection,
    DatabaseError,
    Workspace,
    check_passphrase_rules,
    fsync_file,
    storage_error,
)


@dataclass(frozen=True)
class VerifiedBundle:
    path: Path  # the private, verified copy
    manifest: Manifest
    schema_version: int
    name: str  # the bundle's own file name, for messages
    # SQLCipher's raw-key form of the key that opened the copy (``x'key‖salt'``), so the
    # merge attaches it without another key derivation; None: attach with the passphrase.
    raw_key: str | None = field(default=None, repr=False)
    # The full integrity_check, when it still runs on a thread of its own (see checked()).
    pending: IntegrityCheck | None = field(default=None, repr=False)

    def checked(self) -> None:
        """Wait for the copy's full integrity check if it still runs; LinkDeskError naming
        the bundle when it failed. Call it before committing anything read from the copy."""
        if self.pending is not None:
            self.pending.passed()

    def settle(self) -> None:
        """Wait for a running check to end, whatever it finds (before the copy goes)."""
        if self.pending is not None:
            self.pending.settle()


class IntegrityCheck:
    """SQLite's full ``integrity_check`` of a verified copy on a connection and thread of its
    own, while the merge reads the copy inside a transaction that it commits only after
    :meth:`passed` (so a damaged bundle still changes nothing): the merge's statements and
    the check run on two cores instead of one after the other."""

    def __init__(self, copy: Path, key: str, raw_key: str | None, name: str) -> None:
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="bundle-check")
        self._future = pool.submit(_full_check, copy, key, raw_key, name)
        pool.shutdown(wait=False)

    def passed(self) -> None:
        """Wait for the check; LinkDeskError (or UnlockError) naming the bundle if it failed."""
        self._future.result()

    def settle(self) -> None:
        futures.wait([self._future])


def _full_check(copy: Path, key: str, raw_key: str | None, name: str) -> None:
    conn, _ = _open_copy(copy, key, raw_key)
    try:
        check_bundle(conn, name=name, integrity="full")
    finally:
        conn.close()


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    counts: dict[str, int]
    warnings: list[str] = field(default_factory=list)


def read_manifest(bundle: Path) -> Manifest:
    """The manifest beside ``bundle``, read (at most MAX_MANIFEST_BYTES) and checked."""
    refuse_unless_regular(bundle, "backup")  # /dev/zero or a FIFO: say so, not "no backup"
    if not bundle.is_file():
        raise LinkDeskError(f"There is no backup at {display_path(bundle)}.")
    manifest_path = manifest_path_for(bundle)
    if not manifest_path.exists() and not manifest_path.is_symlink():
        raise LinkDeskError(
            f"The manifest {display_path(manifest_path.name)} is missing; copy it together "
            "with the backup."
        )
    # Bounded by bytes read: /dev/zero, a FIFO or a growing file is one sentence, no hang.
    try:
        data = read_bounded(manifest_path, MAX_MANIFEST_BYTES, what="manifest", os_errors=True)
    except OSError as exc:
        raise write_error(exc, manifest_path, Place.SOURCE) from None
    manifest = Manifest.from_json(data, manifest_path)
    if manifest.schema_version > LATEST_VERSION:
        raise LinkDeskError(
            f"The backup {display_path(bundle.name)} was made by a newer version of LinkDesk; "
            "update LinkDesk to use it."
        )
    return manifest


def _copy_and_hash(
    source: Path,
    target: Path,
    limit: int,
    about: Path,
    place: Place,
    first: Callable[[bytes], None] | None = None,
) -> tuple[str, int]:
    """Copy ``source`` (on a shared drive) to the private ``target``, a new 0600 file; at most
    ``limit`` + 1 bytes are read (a file that grows while read stops there). A read failure is
    about the source's drive, a write failure about the drive of ``about`` (the workspace, or
    the new workspace being restored, beside which the private copy is made). ``first`` is
    called with the first block read (the key derivation's salt is in it)."""
    digest = hashlib.sha256()
    size = 0
    try:
        raw = open_regular(source, what="backup", os_errors=True)
    except OSError as exc:
        raise write_error(exc, source, Place.SOURCE) from None
    with LimitedReader(raw, limit + 1, name=source.name, what="backup") as src:
        try:
            dst = os.fdopen(create_exclusive(target), "wb")
        except OSError as exc:
            raise write_error(exc, about, place) from None
        with dst:
            while size <= limit:
                try:
                    chunk = src.read(CHUNK)
                except TooLargeError:
                    return "", limit + 1  # it grew past its manifest's size: the caller says so
                except OSError as exc:
                    raise write_error(exc, source, Place.SOURCE) from None
                if not chunk:
                    break
                if first is not None and size == 0:
                    first(chunk)
                digest.update(chunk)
                size += len(chunk)
                try:
                    dst.write(chunk)
                except OSError as exc:
                    raise write_error(exc, about, place) from None
    return digest.hexdigest(), size


def same_as_manifest(bundle: Path, manifest: Manifest) -> bool:
    """True when ``bundle`` has exactly the size and SHA-256 its manifest gives (read in place,
    never more than that size)."""
    digest = hashlib.sha256()
    size = 0
    try:
        with open_regular(bundle, what="backup", os_errors=True) as src:
            while size <= manifest.bundle_size:
                chunk = src.read(min(CHUNK, manifest.bundle_size + 1 - size))
                if not chunk:
                    break
                digest.update(chunk)
                size += len(chunk)
    except (OSError, LinkDeskError):  # unreadable, or not an ordinary file (a FIFO...)
        return False
    return size == manifest.bundle_size and digest.hexdigest() == manifest.sha256


def verified_copy(
    bundle: Path,
    folder: Path,
    key: str,
    *,
    about: Path | None = None,
    place: Place = Place.WORKSPACE,
    kdf: tuple[str, int] | None = None,
    check_meanwhile: bool = False,
) -> VerifiedBundle:
    """Copy ``bundle`` into ``folder``; check hash, key, identity, schema, integrity, counts.

    ``kdf``: the key derivation the bundle probably uses (``store.reader.kdf_settings``, e.g.
    the workspace's own): the raw key is then derived on a second thread while the bundle is
    copied, and opens the copy (and the merge's attachment) with no further derivation; when
    it does not open it, the passphrase is used as before. ``check_meanwhile``: SQLite's full
    ``integrity_check`` of a current-version bundle runs on a thread of its own after this
    returns (:class:`IntegrityCheck`): the caller must call ``checked()`` before it commits
    anything read from the copy, and ``settle()`` before the copy is removed. Every other
    check is done before this returns.

    The manifest must agree with the bundle it describes: same workspace id, same schema
    version, same tables and counts. ``about``/``place``: whose drive ``folder`` is on, for
    the message when the copy cannot be written (the workspace merging it, or the new
    workspace a restore makes).
    """
    manifest = read_manifest(bundle)
    name = display_path(bundle.name)
    copy = folder / "bundle.ldbackup"
    with ThreadPoolExecutor(max_workers=1) as pool:
        deriving: list[Future[str | None]] = []

        def derive(head: bytes) -> None:  # on a second core while the copy is read and hashed
            if kdf is not None:
                deriving.append(pool.submit(_raw_key, kdf, head, key))

        digest, size = _copy_and_hash(
            bundle, copy, manifest.bundle_size, about or copy, place, derive
        )
        raw_key = deriving[0].result() if deriving else None
    if size != manifest.bundle_size:
        raise LinkDeskError(f"The backup {name} is cut short or has grown: it is damaged.")
    if digest != manifest.sha256:
        raise LinkDeskError(
            f"The backup {name} does not match its manifest: it is damaged or was changed."
        )
    try:
        conn, raw_key = _open_copy(copy, key, raw_key)
    except UnlockError:
        raise UnlockError(f"Wrong backup passphrase, or {name} is not a LinkDesk backup.") from None
    try:
        later = "none" if check_meanwhile else "full"
        version = check_bundle(conn, name=name, expected_counts=manifest.counts, integrity=later)
        if check_meanwhile and version < LATEST_VERSION:  # it is upgraded in place next
            check_bundle(conn, name=name, integrity="full")
            check_meanwhile = False
        try:
            workspace_id = bundle_workspace_id(conn, name)
        except DatabaseError:
            raise LinkDeskError(f"The backup {name} is damaged: it cannot be read.") from None
    finally:
        conn.close()
    if version != manifest.schema_version or workspace_id != manifest.workspace_id:
        raise LinkDeskError(
            f"The manifest {display_path(manifest_path_for(bundle).name)} does not describe "
            f"the backup {name} beside it (another workspace or version); it was not used."
        )
    pending = IntegrityCheck(copy, key, raw_key, name) if check_meanwhile else None
    return VerifiedBundle(copy, manifest, version, name, raw_key, pending)


def _raw_key(kdf: tuple[str, int], head: bytes, key: str) -> str | None:
    """The raw key of a file starting with ``head`` under ``key``'s normal form, or None."""
    try:
        return raw_key_from_salt(kdf, head, key_bytes(key))
    except (LinkDeskError, ValueError):
        return None


def _open_copy(copy: Path, key: str, raw_key: str | None) -> tuple[Connection, str | None]:
    """The verified copy opened read-only: with ``raw_key`` when it opens it (no key
    derivation), else with ``key``'s forms. Returns the connection and the raw key used."""
    if raw_key is not None:
        with suppress(UnlockError):
            return open_bundle_readonly(copy, key, raw_key=raw_key.encode("ascii")), raw_key
    return open_bundle_readonly(copy, key), None


def upgrade_copy(verified: VerifiedBundle, key: str) -> bool:
    """Bring an older bundle's private copy up to this version's schema (in place), and check
    the result is exactly this version's schema. True when it was upgraded (and re-keyed to
    the passphrase's normal form: its raw key may no longer open it)."""
    if verified.schema_version >= LATEST_VERSION:
        return False
    try:
        Workspace.open(verified.path, key).close()
        conn = open_bundle_readonly(verified.path, key)
        try:
            check_schema(conn, LATEST_VERSION, verified.name)
        finally:
            conn.close()
    except StorageError:
        raise
    except DatabaseError:
        raise LinkDeskError(
            f"The backup {verified.name} is damaged: it could not be brought up to date."
        ) from None
    return True


def _no_overwrite_move(source: Path, target: Path) -> None:
    """Move into place without ever replacing an existing file (a hard link is atomic)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise LinkDeskError(
            f"There is already a file at {display_path(target)}; nothing was replaced."
        ) from None
    except OSError:  # no hard links here (FAT, some shares): check, then rename
        if target.exists():
            raise LinkDeskError(
                f"There is already a file at {display_path(target)}; nothing was replaced."
            ) from None
        os.replace(source, target)
    else:
        source.unlink()


def restore_bundle(
    bundle: Path, target: Path, *, bundle_passphrase: str, new_passphrase: str | None = None
) -> RestoreResult:
    """A new workspace at ``target`` from a verified bundle; never overwrites anything."""
    bundle, target = Path(bundle), Path(target)
    check_name_length(target, CREATE_SUFFIXES)
    require_folder(target.parent)
    for existing in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        if existing.exists():
            raise LinkDeskError(
                f"There is already a file at {display_path(existing)}; choose a new name."
            )
    if new_passphrase is not None:
        check_passphrase_rules(new_passphrase)
    # Before copying anything: can the target's drive hold a workspace at all?
    probe = probe_folder(target.parent)
    if probe is Probe.NO_WAL:
        raise UnsupportedDriveError.at(target, Place.NEW_FILE, fs=filesystem_name(target.parent))
    remove_leftovers(target)  # an earlier restore to this name that was interrupted
    with working_folder(target, "restore", Place.NEW_FILE) as folder:
        verified = verified_copy(
            bundle, folder, bundle_passphrase, about=target, place=Place.NEW_FILE
        )
        try:
            with Workspace.open(verified.path, bundle_passphrase) as ws:  # migrates when older
                if new_passphrase is not None:
                    ws.change_passphrase(new_passphrase)
                if not ws.integrity_ok():
                    raise LinkDeskError(
                        f"The backup {verified.name} is damaged: the restored copy failed its "
                        "integrity check, so nothing was restored."
                    )
                counts = table_counts(ws.conn)
        except LinkDeskError as exc:
            raise _about_target(exc, target) from None
        except (DatabaseError, OSError) as exc:
            typed = storage_error(exc, target, Place.NEW_FILE)
            if typed is None:
                raise LinkDeskError(
                    f"The backup {verified.name} is damaged: it does not open as a workspace, "
                    "so nothing was restored."
                ) from None
            raise typed from None
        with suppress(OSError):  # best effort: the move below is what must not fail
            fsync_file(verified.path)
        try:
            _no_overwrite_move(verified.path, target)
        except OSError as exc:
            raise write_error(exc, target, Place.NEW_FILE) from None
    return RestoreResult(target, counts, future_warnings(verified, datetime.now(UTC)))


def future_warnings(verified: VerifiedBundle, now: datetime) -> list[str]:
    """A sentence when the bundle says it was made in the future (the making laptop's clock
    was wrong): shown, never taken as a real date."""
    ahead = ahead_of(verified.manifest.created_at, now)
    if ahead is None:
        return []
    return [
        f"The backup {verified.name} says it was made {describe_ahead(ahead)} in the future: "
        "the clock of the laptop that made it is wrong. Check its date and time."
    ]


def _about_target(exc: LinkDeskError, target: Path) -> LinkDeskError:
    """A drive error met on the private copy beside ``target`` is about ``target``'s drive:
    say it with the new workspace's name and "nothing was created", not the copy's name."""
    if not isinstance(exc, StorageError):
        return exc
    for kind in (DiskFullError, ReadOnlyError, DriveError):
        if type(exc) is kind:
            return kind.at(target, Place.NEW_FILE)
    if type(exc) is UnsupportedDriveError:
        return UnsupportedDriveError.at(target, Place.NEW_FILE, fs=filesystem_name(target.parent))
    if isinstance(exc, FileBusyError):
        return FileBusyError.at(target)
    return exc
