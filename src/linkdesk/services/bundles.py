"""Reading backup bundles safely: a verified private copy first, then restore from it.

Everything works on a local copy whose SHA-256 matched the manifest, so a shared drive that
vanishes, or a file changed after the check, cannot affect what is restored or merged.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from linkdesk.domain.errors import LinkDeskError
from linkdesk.exchange.atomic import CHUNK, describe_os_error, require_folder
from linkdesk.exchange.manifest import Manifest, manifest_path_for
from linkdesk.fileio.bounded import LimitedReader, TooLargeError, open_regular, read_bounded
from linkdesk.fileio.private import create_exclusive
from linkdesk.store.bundle import check_bundle, open_bundle_readonly, table_counts
from linkdesk.store.schema import LATEST_VERSION
from linkdesk.store.workspace import (
    DatabaseError,
    Workspace,
    check_passphrase_rules,
    fsync_file,
)

MAX_MANIFEST_BYTES = 1 << 20  # a manifest is about 1 KB; counts per table at most


@dataclass(frozen=True)
class VerifiedBundle:
    path: Path  # the private, verified copy
    manifest: Manifest
    schema_version: int


@dataclass(frozen=True)
class RestoreResult:
    path: Path
    counts: dict[str, int]


@contextmanager
def private_dir(near: Path, prefix: str) -> Iterator[Path]:
    """A hidden temporary folder beside ``near`` (local disk), removed afterwards."""
    try:
        folder = Path(tempfile.mkdtemp(prefix=prefix, dir=near))
    except OSError as exc:
        raise LinkDeskError(
            f"LinkDesk cannot make a temporary copy in {near} ({exc.strerror or exc})."
        ) from None
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_manifest(bundle: Path) -> Manifest:
    if not bundle.is_file():
        raise LinkDeskError(f"There is no backup at {bundle}.")
    manifest_path = manifest_path_for(bundle)
    if not manifest_path.exists() and not manifest_path.is_symlink():
        raise LinkDeskError(
            f"The manifest {manifest_path.name} is missing; copy it together with the backup."
        )
    # Bounded by bytes read: /dev/zero, a FIFO or a growing file is one sentence, no hang.
    data = read_bounded(manifest_path, MAX_MANIFEST_BYTES, what="manifest")
    manifest = Manifest.from_json(data, manifest_path)
    if manifest.schema_version > LATEST_VERSION:
        raise LinkDeskError(
            "This backup was made by a newer version of LinkDesk; update LinkDesk to use it."
        )
    return manifest


def _copy_and_hash(source: Path, target: Path, limit: int) -> tuple[str, int]:
    """Copy at most ``limit`` + 1 bytes (a file that grows while read stops there) into a new
    0600 file; the SHA-256 and size of what was copied."""
    digest = hashlib.sha256()
    size = 0
    try:
        with (
            open_regular(source, what="backup") as raw,
            LimitedReader(raw, limit + 1, name=source.name, what="backup") as src,
            os.fdopen(create_exclusive(target), "wb") as dst,
        ):
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
    except TooLargeError:
        return "", limit + 1  # it grew past its manifest's size: the caller says so
    except OSError as exc:
        raise LinkDeskError(describe_os_error(exc, target)) from None
    return digest.hexdigest(), size


def verified_copy(bundle: Path, folder: Path, key: str) -> VerifiedBundle:
    """Copy ``bundle`` into ``folder``; check hash, key, identity, version, integrity, counts."""
    manifest = read_manifest(bundle)
    copy = folder / "bundle.ldbackup"
    digest, size = _copy_and_hash(bundle, copy, manifest.bundle_size)
    if size != manifest.bundle_size:
        raise LinkDeskError(f"The backup {bundle.name} is cut short or has grown: it is damaged.")
    if digest != manifest.sha256:
        raise LinkDeskError(
            f"The backup {bundle.name} does not match its manifest: it is damaged or was changed."
        )
    conn = open_bundle_readonly(copy, key)
    try:
        version = check_bundle(conn, expected_counts=manifest.counts)
    finally:
        conn.close()
    return VerifiedBundle(copy, manifest, version)


def upgrade_copy(verified: VerifiedBundle, key: str) -> None:
    """Bring an older bundle's private copy up to this version's schema (in place)."""
    if verified.schema_version < LATEST_VERSION:
        Workspace.open(verified.path, key).close()


def _no_overwrite_move(source: Path, target: Path) -> None:
    """Move into place without ever replacing an existing file (a hard link is atomic)."""
    try:
        os.link(source, target)
    except FileExistsError:
        raise LinkDeskError(f"There is already a file at {target}; nothing was replaced.") from None
    except OSError:
        if target.exists():
            raise LinkDeskError(
                f"There is already a file at {target}; nothing was replaced."
            ) from None
        os.replace(source, target)
    else:
        source.unlink()


def restore_bundle(
    bundle: Path, target: Path, *, bundle_passphrase: str, new_passphrase: str | None = None
) -> RestoreResult:
    """A new workspace at ``target`` from a verified bundle; never overwrites anything."""
    bundle, target = Path(bundle), Path(target)
    require_folder(target.parent)
    for existing in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        if existing.exists():
            raise LinkDeskError(f"There is already a file at {existing}; choose a new name.")
    if new_passphrase is not None:
        check_passphrase_rules(new_passphrase)
    with private_dir(target.parent, ".linkdesk-restore-") as folder:
        verified = verified_copy(bundle, folder, bundle_passphrase)
        try:
            with Workspace.open(verified.path, bundle_passphrase) as ws:  # migrates when older
                if new_passphrase is not None:
                    ws.change_passphrase(new_passphrase)
                if not ws.integrity_ok():
                    raise LinkDeskError("The restored workspace failed its integrity check.")
                counts = table_counts(ws.conn)
        except DatabaseError as exc:
            raise LinkDeskError(f"Could not restore the backup: {exc}.") from None
        with suppress(OSError):  # best effort: the move below is what must not fail
            fsync_file(verified.path)
        try:
            _no_overwrite_move(verified.path, target)
        except OSError as exc:
            raise LinkDeskError(describe_os_error(exc, target)) from None
    return RestoreResult(target, counts)
