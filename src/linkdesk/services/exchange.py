"""Exchange with the shared drive: backups, restores, merges, subject access and erasure."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from concurrent import futures
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from linkdesk import __version__
from linkdesk.domain.clock import SYSTEM_CLOCK, Clock, short_id, stamp
from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import LinkDeskError, StorageError, UnlockError
from linkdesk.domain.filenames import display_path
from linkdesk.domain.hlc import Hlc
from linkdesk.exchange import subject_access
from linkdesk.exchange.atomic import CHUNK, atomic_write, atomic_write_bytes, require_folder
from linkdesk.exchange.manifest import Manifest, bundle_name, manifest_path_for
from linkdesk.exchange.merge_report import MergeReport
from linkdesk.exchange.policy import (
    BackupReminder,
    ahead_of,
    backup_reminder,
    describe_ahead,
    retention_cutoff,
)
from linkdesk.exchange.subject_access_pdf import build_pdf
from linkdesk.plan.language import ENGLISH, catalogue
from linkdesk.services.bundles import (
    RestoreResult,
    VerifiedBundle,
    future_warnings,
    read_manifest,
    restore_bundle,
    same_as_manifest,
    upgrade_copy,
    verified_copy,
)
from linkdesk.services.settings import SettingsService
from linkdesk.store.attach import attached_bundle
from linkdesk.store.audit import AuditLog
from linkdesk.store.bundle import (
    SourceReadError,
    check_bundle,
    copy_checked_pages,
    export_encrypted,
    held_snapshot,
    in_rollback_mode,
    open_bundle_readonly,
    table_counts,
)
from linkdesk.store.cipher_pages import PageError, PageFormat, page_format
from linkdesk.store.erasure import (
    RetentionCandidate,
    delete_person_rows,
    retention_candidates,
    scrub,
)
from linkdesk.store.merge import (
    checkpoint,
    knows_bundle,
    merge_attached,
    merge_cache,
    remember_bundle,
    waiting_for_decision,
)
from linkdesk.store.reader import kdf_settings
from linkdesk.store.repositories import Repositories
from linkdesk.store.workfiles import (
    note_destination,
    remove_leftovers,
    remove_pre_migration_copies,
    working_folder,
)
from linkdesk.store.workspace import (
    SCAN_CACHE_KIB,
    Connection,
    DatabaseError,
    Workspace,
    check_passphrase_rules,
    storage_error,
)

__all__ = ["BackupResult", "ExchangeService", "FolderProblem", "MergeReport", "RestoreResult"]

Progress = Callable[[int, int], None]
STEPS = 100  # progress is reported as (done, 100)


def changes_only(progress: Progress | None) -> Progress:
    """``progress``, called only when the figure it is given changes (None: nothing).

    A backup's copy reports after every 2 MiB chunk (~620 times at 50,000 people) while its
    bar moves ~80 steps: each report is a queued signal that wakes the UI thread to run
    Python, which first waits for the GIL the backup's own threads pass between them, so
    a report that changes nothing is not sent (issue 15)."""
    if progress is None:
        return lambda done, total: None
    last: list[tuple[int, int]] = [(-1, -1)]

    def tick(done: int, total: int) -> None:
        if (done, total) != last[0]:
            last[0] = (done, total)
            progress(done, total)

    return tick


class FolderProblem(StrEnum):
    """Why a typed backup folder cannot hold a backup (``backup_folder_problem``)."""

    BLANK = "blank"
    NOT_WHOLE_PATH = "not a whole path"
    MISSING = "missing"  # not there: an unplugged drive, a typing mistake
    NOT_A_FOLDER = "not a folder"
    NOT_WRITABLE = "not writable"
    WORKSPACE_FOLDER = "the workspace's own folder"  # or inside it: lost with the workspace


@dataclass(frozen=True)
class BackupResult:
    bundle_path: Path
    manifest_path: Path
    manifest: Manifest
    seconds: float


class ExchangeService:
    def __init__(
        self,
        workspace: Workspace,
        repos: Repositories,
        audit: AuditLog,
        settings: SettingsService,
        *,
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        self.ws = workspace
        self.repos = repos
        self.audit = audit
        self.settings = settings
        self.clock = clock

    # -- backup ------------------------------------------------------------------------------

    def backup(
        self,
        dest_dir: Path,
        *,
        bundle_passphrase: str | None = None,
        progress: Progress | None = None,
        thorough: bool = False,
    ) -> BackupResult:
        """An encrypted, verified copy of the whole workspace in ``dest_dir`` (which must exist).

        The workspace's own key: its encrypted pages streamed from a held read snapshot
        straight to the destination, every page's HMAC checked on the way (:meth:`_stream_backup`).
        Another ``bundle_passphrase``: exported privately beside the workspace, then copied.
        Either way written atomically (exclusive temp file, fsync, rename, folder fsync,
        SHA-256 read back), re-opened at the destination with its key and checked (SQLite's
        full integrity_check and the counts too when ``thorough``), and only then given its
        manifest. Raises LinkDeskError (typed drive errors: store/failures.py), leaving no
        bundle behind.
        """
        started = time.perf_counter()
        tick = changes_only(progress)
        dest = require_folder(Path(dest_dir))
        if bundle_passphrase is not None:
            check_passphrase_rules(bundle_passphrase)
        key = bundle_passphrase or self.ws.passphrase
        workspace_id = self.ws.workspace_id
        # The audit log's head before the copy: both the bundle and this workspace hold it.
        anchor = self.ws.audit_guard.current()
        name = self._free_name(dest, workspace_id, self.clock.now())
        bundle_path = dest / name
        manifest_path = manifest_path_for(bundle_path)
        tick(0, STEPS)
        with self.ws.transaction():  # the bundle carries this laptop's clock (domain/hlc.py)
            clock = self.ws.stamp()
            self.ws.save_clock()
        # The private copy, and a note of the file being written on the shared drive, live in
        # the workspace's private folder until the manifest is written: a run killed on the
        # way leaves nothing the next start does not clear (store/workfiles.py).
        with working_folder(self.ws.path, "backup") as folder:
            note_destination(folder, bundle_path)
            raw_key: bytes | None = None
            streamed: tuple[str, dict[str, int], int] | None = None
            try:
                # Its reads pass over every row once: no large cache left behind (issue 15).
                reader = self.ws.open_reader(SCAN_CACHE_KIB)
                try:
                    if key == self.ws.passphrase:
                        # Same key: the encrypted file itself, streamed to the destination
                        # inside a held snapshot (no private copy, no re-encryption).
                        raw_key = self.ws.prepare_readers()
                        pages = page_format(reader, raw_key) if raw_key is not None else None
                        if pages is not None and raw_key is not None:
                            streamed = self._stream_backup(
                                reader, pages, raw_key, bundle_path, tick, thorough=thorough
                            )
                    if streamed is None:
                        raw_key = None  # another key, or a fresh export: its own salt
                        local = folder / name
                        counts = export_encrypted(reader, local, key)
                finally:
                    reader.close()
            except (DatabaseError, OSError) as exc:
                # The private copy is made beside the workspace: a full or failing drive
                # there is the workspace's drive (nothing was written to the destination).
                typed = storage_error(exc, self.ws.path)
                if typed is None:
                    raise LinkDeskError(f"Could not make the backup copy: {exc}.") from None
                raise typed from None
            if streamed is not None:
                sha, counts, size = streamed
            else:
                tick(35, STEPS)
                sha, size = self._place_export(local, bundle_path, key, counts, tick, thorough)
            try:
                tick(90, STEPS)
                manifest = Manifest(
                    workspace_id=workspace_id,
                    created_at=stamp(self.clock.now()),
                    schema_version=self.ws.schema_version,
                    app_version=__version__,
                    bundle_file=name,
                    bundle_size=size,
                    sha256=sha,
                    counts=counts,
                    clock=clock,
                    audit=anchor.as_dict() if anchor is not None else None,
                )
                atomic_write_bytes(manifest_path, manifest.to_json(), overwrite=False)
            except BaseException:
                bundle_path.unlink(missing_ok=True)  # a bundle without its manifest is unfinished
                raise
        try:
            with self.ws.transaction():
                self.settings.record_backup(manifest.created_at, str(dest))
                remember_bundle(self.ws, sha)
                self.audit.record(AuditAction.BACKUP, "workspace", workspace_id, detail=name)
        except StorageError as exc:
            # The backup itself is complete and checked: keep it, and say exactly that.
            raise type(exc)(
                f"The backup {name} was saved and checked in {display_path(dest)}, but LinkDesk "
                f"could not note it in the workspace because {exc.cause}; the backup reminder "
                "may show until the next backup.",
                path=exc.path,
                changed=True,
            ) from exc
        tick(STEPS, STEPS)
        return BackupResult(bundle_path, manifest_path, manifest, time.perf_counter() - started)

    def _stream_backup(
        self,
        reader: Connection,
        pages: PageFormat,
        raw_key: bytes,
        bundle_path: Path,
        tick: Progress,
        *,
        thorough: bool,
    ) -> tuple[str, dict[str, int], int] | None:
        """The same-key backup (issue 15): inside one held read snapshot, the workspace's
        encrypted pages are read once and written straight to the destination's exclusive
        temp file (hashed on the way), every page's HMAC checked on a second thread meanwhile
        and page 1 switched to rollback-journal mode (store/cipher_pages.py); the counts
        are read from the same snapshot at the same time. Then fsync, rename, folder fsync,
        the SHA-256 read back and, at the same time, the bundle opened with its key at the
        destination (identity, schema, rollback mode; ``thorough``: SQLite's full
        integrity_check and the counts). ``(sha256, counts, size)``, or None when a writer
        got in first (the caller exports instead)."""
        with held_snapshot(reader, self.ws.path) as page_count:
            if page_count is None:
                return None
            # The checkpoint above restarted the WAL: the shared connection's cache is stale
            # and would be dropped at its next read; free it before the copy, not after.
            self.ws.release_cache()
            size = page_count * pages.page_size
            counted: Future[dict[str, int]] = Future()

            def copy(fh: BinaryIO) -> None:
                def done(n: int, total: int) -> None:
                    tick(5 + int(80 * n / max(total, 1)), STEPS)

                try:
                    copy_checked_pages(self.ws.path, fh.write, pages, page_count, done)
                except PageError:
                    raise LinkDeskError(
                        f"The backup {bundle_path.name} could not be made: the workspace does "
                        "not check under its key; nothing was saved. Run Check workspace."
                    ) from None
                except SourceReadError as exc:  # reading the workspace, not writing the bundle
                    raise storage_error(exc.error, self.ws.path) or LinkDeskError(
                        f"Could not read the workspace for the backup: {exc.error}."
                    ) from None

            def verify(placed: Path) -> None:
                # The bytes are the snapshot's, proven by the SHA-256 read back meanwhile, and
                # every page was HMAC-checked on the way; SQLCipher itself opens page 1 here,
                # once its header says rollback journal (a WAL-mode file opened read-only
                # would make -wal and -shm files beside it).
                try:
                    with placed.open("rb") as fh:
                        versions = pages.header_versions(fh.read(pages.page_size))
                except (OSError, PageError):
                    versions = b""
                if versions != b"\x01\x01":
                    raise LinkDeskError(
                        f"The backup {placed.name} did not read back correctly; nothing was saved."
                    )
                expected = counted.result() if thorough else None
                self._verify_at_destination(
                    placed, "", expected, thorough=thorough, raw_key=raw_key, pages_checked=True
                )

            with ThreadPoolExecutor(max_workers=1) as pool:
                writing = pool.submit(
                    atomic_write, bundle_path, copy, overwrite=False, check_placed=verify
                )
                try:
                    counts = table_counts(reader)
                except BaseException as exc:
                    counted.set_exception(exc)
                    futures.wait([writing])
                    if writing.exception() is None:
                        bundle_path.unlink(missing_ok=True)
                    raise
                counted.set_result(counts)
                return writing.result(), counts, size

    def _place_export(
        self,
        local: Path,
        bundle_path: Path,
        key: str,
        counts: dict[str, int],
        tick: Progress,
        thorough: bool,
    ) -> tuple[str, int]:
        """Copy an exported bundle (another key, or a writer got in first) from the private
        folder to the destination, checked there page by page; ``(sha256, size)``."""
        size = local.stat().st_size

        def copy(fh: BinaryIO) -> None:
            done = 0
            with local.open("rb") as src:
                while chunk := src.read(CHUNK):
                    fh.write(chunk)
                    done += len(chunk)
                    tick(35 + int(45 * done / max(size, 1)), STEPS)

        def verify(placed: Path) -> None:
            self._verify_at_destination(placed, key, counts, thorough=thorough)

        sha = atomic_write(bundle_path, copy, overwrite=False, check_placed=verify)
        local.unlink()
        return sha, size

    @staticmethod
    def _free_name(dest: Path, workspace_id: str, now: datetime) -> str:
        for attempt in range(1000):
            name = bundle_name(workspace_id, now, attempt)
            if not (dest / name).exists() and not manifest_path_for(dest / name).exists():
                return name
        raise LinkDeskError(f"Too many backups with the same name in {dest}.")

    @staticmethod
    def _verify_at_destination(
        bundle: Path,
        key: str,
        counts: dict[str, int] | None,
        *,
        thorough: bool,
        raw_key: bytes | None = None,
        pages_checked: bool = False,
    ) -> None:
        """Re-open the bundle at its destination and check it (see :meth:`backup`);
        ``raw_key`` opens a byte copy of the workspace without a key derivation;
        ``pages_checked``: every page's HMAC is proven elsewhere (:meth:`_check_pages`)."""
        integrity = "full" if thorough else "none" if pages_checked else "pages"
        try:
            conn = open_bundle_readonly(bundle, key, raw_key=raw_key)
            try:
                check_bundle(conn, name=bundle.name, expected_counts=counts, integrity=integrity)
                # One self-contained file: opened read-only anywhere, no -wal/-shm made beside.
                if not in_rollback_mode(conn):
                    raise LinkDeskError(f"The backup {bundle.name} is still in WAL mode.")
            finally:
                conn.close()
        except (DatabaseError, LinkDeskError, OSError):
            raise LinkDeskError(
                f"The backup {bundle.name} did not read back correctly; nothing was saved."
            ) from None

    def backup_folder_problem(self, typed: str) -> tuple[Path | None, FolderProblem | None]:
        """A backup folder typed or pasted by the worker: ``(folder, None)`` when a backup can
        go there, else ``(None, why not)`` (:class:`FolderProblem`; the GUI says it in words).
        Quotes and spaces around a pasted path are dropped; ``~`` means the home folder. The
        workspace's own folder, or one inside it, is refused: a backup there is lost with
        the workspace."""
        text = typed.strip().strip('"').strip("'")
        if not text:
            return None, FolderProblem.BLANK
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            return None, FolderProblem.NOT_WHOLE_PATH
        if not folder.exists():
            return None, FolderProblem.MISSING
        if not folder.is_dir():
            return None, FolderProblem.NOT_A_FOLDER
        if not os.access(folder, os.W_OK | os.X_OK):
            return None, FolderProblem.NOT_WRITABLE
        home = self.ws.path.resolve().parent
        here = folder.resolve()
        if here == home or home in here.parents:
            return None, FolderProblem.WORKSPACE_FOLDER
        return folder, None

    def backup_reminder(self, now: datetime | None = None) -> BackupReminder:
        """Whether a backup is due and what to tell the worker (a future date is due)."""
        s = self.settings.current
        return backup_reminder(
            now or self.clock.now(), s.last_backup_at, s.backup_reminder_days,
            display_path(s.last_backup_dir) if s.last_backup_dir else "",
        )  # fmt: skip

    def backup_due(self, now: datetime | None = None) -> bool:
        return self.backup_reminder(now).due

    # -- restore and merge -------------------------------------------------------------------

    @staticmethod
    def restore(
        bundle_path: Path,
        target_path: Path,
        *,
        bundle_passphrase: str,
        new_passphrase: str | None = None,
    ) -> RestoreResult:
        return restore_bundle(
            bundle_path,
            target_path,
            bundle_passphrase=bundle_passphrase,
            new_passphrase=new_passphrase,
        )

    def merge(
        self,
        bundle_path: Path,
        *,
        bundle_passphrase: str | None = None,
        progress: Progress | None = None,
    ) -> MergeReport:
        """Bring another laptop's records in: all or nothing, in one transaction.

        Costs what the bundle changed (store/merge.py). People the other laptop erased are
        erased here too, and no trace of them is left in the file or its WAL.
        ``bundle_passphrase`` defaults to this workspace's own (UnlockError when it does not
        open the bundle: ask for the bundle's own passphrase then).
        """
        tick = progress or (lambda done, total: None)
        if bundle_passphrase is None:
            bundle_passphrase = self.ws.passphrase
        name = display_path(Path(bundle_path).name)
        known = self._already_merged(Path(bundle_path), bundle_passphrase)
        if known is not None:
            tick(STEPS, STEPS)
            return known
        with working_folder(self.ws.path, "merge") as folder:
            # Checked on its own connection (the slow part), so the workspace's connection is
            # busy only for the merge itself; an older bundle is upgraded in its private copy.
            # The bundle's key is derived once, while it is copied; its full integrity check
            # runs beside the merge, which commits only once it passed.
            verified = verified_copy(
                Path(bundle_path), folder, bundle_passphrase, about=self.ws.path,
                kdf=kdf_settings(self.ws.conn), check_meanwhile=True,
            )  # fmt: skip
            try:
                report = self._merge_verified(verified, bundle_passphrase, name, tick)
            finally:
                verified.settle()
        if report.people_erased:
            scrub(self.ws)
        tick(STEPS, STEPS)
        return report

    def finish_merge(self) -> bool:
        """Copy what the last merge wrote from the WAL into the workspace file: the checkpoint
        a merge leaves for later, so the worker does not wait for it (the merge was durable
        when it returned). Call it after the report is shown, off the UI thread; it takes
        the workspace's connection for a second or so at 50,000 people. True when done."""
        return checkpoint(self.ws)

    def _merge_verified(
        self, verified: VerifiedBundle, key: str, name: str, tick: Progress
    ) -> MergeReport:
        upgraded = upgrade_copy(verified, key)  # and so re-keyed: its raw key may not open it
        tick(10, STEPS)
        raw_key = None if upgraded else verified.raw_key
        with attached_bundle(self.ws, verified.path, key, name, raw_key=raw_key) as schema:
            try:
                check_bundle(self.ws.conn, name=name, schema=schema, integrity="none")

                def table_tick(done: int, total: int) -> None:
                    tick(10 + int(85 * done / total), STEPS)

                with merge_cache(self.ws), self.ws.transaction():
                    report = merge_attached(self.ws, verified.manifest.workspace_id, table_tick)
                    verified.checked()  # a damaged bundle: refused, the transaction rolled back
                    report.warnings += self._clock_warnings(verified, report)
                    remember_bundle(self.ws, verified.manifest.sha256)
                    self.audit.record(
                        AuditAction.MERGED, "workspace", verified.manifest.workspace_id,
                        detail=report.summary(),
                    )  # fmt: skip
            except DatabaseError as exc:
                verified.checked()  # a damaged bundle is said to be damaged, not "not merged"
                typed = storage_error(exc, self.ws.path)
                if typed is not None:
                    raise typed from None
                raise LinkDeskError(
                    f"The backup {name} could not be merged; nothing was changed."
                ) from None
        return report

    def _already_merged(self, bundle: Path, key: str) -> MergeReport | None:
        """A report of nothing new, when this very bundle was made or merged here before.

        Merges order versions by their clock readings, so merging a bundle whose every version
        is already here (or superseded here) changes nothing: re-importing a workspace's own
        backup costs reading it once to check its SHA-256, not a merge.
        """
        manifest = read_manifest(bundle)
        if not knows_bundle(self.ws, manifest.sha256) or not same_as_manifest(bundle, manifest):
            return None
        try:  # the passphrase must still be the bundle's
            open_bundle_readonly(bundle, key).close()
        except UnlockError:
            raise UnlockError(
                f"Wrong backup passphrase, or {display_path(bundle.name)} is not a LinkDesk backup."
            ) from None
        except DatabaseError:
            return None  # let the full checks say what is wrong with it
        report = MergeReport(manifest.workspace_id, already_merged=True)
        report.erasures_to_decide = waiting_for_decision(self.ws)
        self.audit.record(
            AuditAction.MERGED, "workspace", manifest.workspace_id,
            detail=f"{report.summary()} already_merged=1",
        )  # fmt: skip
        return report

    def _clock_warnings(self, verified: VerifiedBundle, report: MergeReport) -> list[str]:
        """Plain sentences about clock readings from the future in the bundle."""
        now, name = self.clock.now(), verified.name
        out = future_warnings(verified, now)
        changed = ahead_of(report.latest_stamp, now)
        reading = None
        if report.latest_reading:
            reading = ahead_of(Hlc.parse(report.latest_reading).wall, now)
        if changed is not None or reading is not None:
            out.append(
                f"Some changes in {name} are dated up to "
                f"{describe_ahead(max(d for d in (changed, reading) if d is not None))} in the "
                "future (a laptop's clock was wrong); they were merged in the order they were "
                "made, not by those dates."
            )
        return out

    def erasures_to_decide(self) -> list[str]:
        """Ids of people erased on another laptop but changed here since (see merge)."""
        return waiting_for_decision(self.ws)

    # -- subject access ----------------------------------------------------------------------

    def subject_record(self, person_id: str) -> subject_access.SubjectRecord:
        r = self.repos
        record = r.person_record(person_id)
        ids = {c.service_id for c in record.connections if c.service_id}
        services = (r.services.find_by_id(sid) for sid in ids)
        service_names = {s.id: s.name for s in services if s is not None}
        return subject_access.SubjectRecord(
            person=record.person,
            referrals=record.referrals,
            consents=record.consents,
            conversations=record.conversations,
            needs=record.needs,
            goals=record.goals,
            goal_progress=record.goal_progress,
            connections=record.connections,
            measures=record.measures,
            follow_ups=record.follow_ups,
            audit=self.audit.for_person(person_id),
            service_names=service_names,
            status_changes=r.status_changes.for_person(person_id),
            letters=r.letters.for_person(person_id),
        )

    def export_person(self, person_id: str, dest_dir: Path) -> list[Path]:
        """JSON and PDF of everything held about one person (NOT encrypted: say so first)."""
        dest = require_folder(Path(dest_dir))
        doc = subject_access.build(self.subject_record(person_id))
        now = self.clock.now().astimezone()
        # UTC in the name (like backups), so files sort in the order they were made.
        stem = f"{now.astimezone(UTC):%Y-%m-%d_%H-%M-%S}Z_{short_id(person_id)}_subject-access"
        json_path, pdf_path = dest / f"{stem}.json", dest / f"{stem}.pdf"
        # CLDR through Babel, never strftime's %B: the GUI sets the machine's locale.
        pdf = build_pdf(doc, generated_on=catalogue(ENGLISH).short_date(now.date()))
        atomic_write_bytes(json_path, subject_access.to_json_bytes(doc), overwrite=False)
        try:
            atomic_write_bytes(pdf_path, pdf, overwrite=False)
        except BaseException:
            json_path.unlink(missing_ok=True)  # both files or neither
            raise
        self.audit.record(
            AuditAction.EXPORTED, "person", person_id, person_id=person_id, detail="subject access"
        )
        return [json_path, pdf_path]

    # -- erasure and retention ---------------------------------------------------------------

    def erase_person(self, person_id: str) -> int:
        """Erase one person for good; returns how many records went."""
        return self.erase_people([person_id])

    def erase_people(self, person_ids: Iterable[str]) -> int:
        """Hard delete (secure_delete on), tombstones by id, audit without personal data.

        Then no trace is left: deleted cells and freed pages are zeroed and the name index
        drops their words as they go (store/erasure.py), the WAL is checkpointed and emptied,
        and every private copy LinkDesk made earlier (an interrupted backup's or merge's, the
        pre-migration copies) is removed, since those still hold them. Costs what is erased,
        not the size of the workspace.
        """
        ids = list(dict.fromkeys(person_ids))
        if not ids:
            return 0
        total = 0
        with self.ws.transaction():
            for person_id in ids:
                erased = delete_person_rows(self.ws, person_id)
                total += erased
                self.audit.record(
                    AuditAction.ERASED, "person", person_id, detail=f"records={erased}"
                )
        remove_leftovers(self.ws.path)
        remove_pre_migration_copies(self.ws.path)
        try:
            scrub(self.ws)
        except StorageError as exc:
            # The erasure is committed and the pages are already wiped; only emptying the WAL
            # (its old copies of those pages) failed. That runs again at close and at the end
            # of every erasure, so it finishes then.
            raise type(exc)(
                f"The erasure is done ({total} record{'' if total == 1 else 's'}), but the "
                "last step, clearing old copies of the erased pages from the workspace's "
                f"journal (WAL), could not finish because {exc.cause}; it runs again when "
                "LinkDesk closes the workspace and with the next erasure.",
                path=exc.path,
                changed=True,
            ) from exc
        return total

    def retention_candidates(self, today: date | None = None) -> list[RetentionCandidate]:
        months = self.settings.current.retention_months
        cutoff = retention_cutoff(today or self.clock.today(), months)
        return retention_candidates(self.ws, cutoff)
