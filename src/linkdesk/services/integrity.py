"""`linkdesk check`: the file, its pages, its records and its audit log, each failure named.

The audit log is compared with every anchor LinkDesk can find: the one read at this open
(the file beside the workspace), and the ``audit`` field of each backup manifest of this
workspace in ``backups`` (by default the folder of the last backup). See
``store/audit_guard.py`` for what these anchors can and cannot prove.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from linkdesk.domain.errors import DamagedError, LinkDeskError
from linkdesk.exchange.manifest import MANIFEST_SUFFIX
from linkdesk.fileio.bounded import read_bounded
from linkdesk.store.audit import AuditLog
from linkdesk.store.audit_guard import Anchor, anchor_from_manifest, anchor_path
from linkdesk.store.repositories import Repositories
from linkdesk.store.workspace import DatabaseError, Workspace

MAX_MANIFESTS = 2000  # a shared folder of backups, newest first
MAX_MANIFEST_BYTES = 1 << 20


@dataclass
class IntegrityReport:
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    anchors_checked: int = 0
    damaged: bool = False  # the file's pages, b-trees or records fail (not only the log)

    @property
    def ok(self) -> bool:
        return not self.problems


def manifest_anchors(folder: Path, workspace_id: str) -> list[tuple[str, Anchor]]:
    """(label, anchor) from each readable manifest of ``workspace_id`` in ``folder``.

    Unreadable, oversized or foreign manifests are skipped: this is a cross-check, and a
    manifest that fails its own checks is reported when its backup is used.
    """
    if not folder.is_dir():
        return []
    try:
        names = sorted(folder.glob(f"*.ldbackup{MANIFEST_SUFFIX}"), reverse=True)[:MAX_MANIFESTS]
    except OSError:
        return []
    found: list[tuple[str, Anchor]] = []
    for path in names:
        try:
            raw = json.loads(read_bounded(path, MAX_MANIFEST_BYTES, what="manifest"))
        except (LinkDeskError, ValueError):
            continue
        if not isinstance(raw, dict) or raw.get("workspace_id") != workspace_id:
            continue
        anchor = anchor_from_manifest(raw.get("audit"), workspace_id)
        if anchor is not None:
            found.append((f"the backup manifest {path.name}", anchor))
    return found


def check_integrity(
    workspace: Workspace, audit: AuditLog, backups: Path | None = None
) -> IntegrityReport:
    """Every check, each failure one sentence; see the module notes."""
    report = IntegrityReport()
    report.problems.extend(workspace.integrity_problems())
    report.damaged = bool(report.problems)
    guard = workspace.audit_guard
    report.notes.extend(guard.notes + guard.unrecorded_notes)
    extra: list[tuple[str, Anchor]] = []
    if guard.opened_anchor is not None:
        extra.append((f"the anchor file {anchor_path(workspace.path).name}", guard.opened_anchor))
    if backups is not None:
        extra.extend(manifest_anchors(backups, workspace.workspace_id))
    report.anchors_checked = len(extra)
    try:
        report.problems.extend(audit.problems(extra, anchor_file=not guard.active))
    except DatabaseError:
        report.problems.append("the audit log cannot be read in full (the file is damaged)")
    return report


COUNTED = ("people", "referrals", "conversations", "goals", "connections", "measures", "services")


def check_report(
    workspace: Workspace, audit: AuditLog | None = None, backups: Path | None = None
) -> dict[str, object]:
    """Integrity and counts, in the shape `linkdesk check --json` prints (see
    :func:`check_workspace`)."""
    return check_workspace(workspace, audit, backups)[0]


def check_workspace(
    workspace: Workspace, audit: AuditLog | None = None, backups: Path | None = None
) -> tuple[dict[str, object], int]:
    """Integrity and counts, and the exit code `linkdesk check` ends with.

    The report: ``ok``, ``schema_version``, a count per kind of record (None when unreadable),
    ``problems`` (each failure, one sentence) and ``notes`` (worth knowing, not a failure).
    ``backups``: a folder of this workspace's backups whose manifests the audit log must
    match. The exit code: 0 when sound, 9 (:class:`DamagedError`) when the file itself is
    damaged, 1 when only the audit log failed. Works on a damaged workspace too: it is what
    `check` is for.
    """
    audit = audit or AuditLog(workspace, lambda: "LinkDesk")
    report = check_integrity(workspace, audit, backups)
    counts: dict[str, int | None]
    try:
        repos = Repositories(workspace)
        counts = dict(repos.counts())
        if repos.people.counted() != counts["people"]:
            report.problems.append(
                "the number of people the workspace keeps differs from the people it holds"
            )
        if repos.caseload_rows_wrong():
            report.problems.append(
                "the caseload list the workspace keeps differs from the records it holds"
            )
    except DatabaseError:  # a damaged page: the checks above say which
        counts = dict.fromkeys(COUNTED)
        report.problems.append("some records cannot be read, so they were not counted")
        report.damaged = True
    result: dict[str, object] = {
        "ok": report.ok,
        "schema_version": workspace.schema_version,
        **{key: counts[key] for key in COUNTED},
        "problems": report.problems,
        "notes": report.notes,
    }
    code = 0 if report.ok else DamagedError.exit_code if report.damaged else 1
    return result, code


def check_at(
    path: Path, passphrase: str, backups: Path | None = None
) -> tuple[dict[str, object], int]:
    """Unlock the workspace at ``path`` on its own and check it (see :func:`check_workspace`).

    Not through the services facade: a damaged settings page would stop the services from
    loading, and naming that damage is what a check is for.
    """
    with Workspace.open(path, passphrase, pages_first=True) as ws:  # a damaged file: read only
        return check_workspace(ws, backups=backups)
