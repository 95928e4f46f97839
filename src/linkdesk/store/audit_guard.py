"""Keeps the audit log honest across opens: triggers, anchors outside the table, checks.

The chain inside the table (:mod:`linkdesk.store.audit`) shows edits, but whoever holds the
passphrase can recompute it, or simply cut the log short. So the chain's head is also kept
**outside** the table:

- in ``<workspace>.audit-anchor`` beside the workspace (0600, written atomically at every
  close): the workspace id, the number of entries, the last entry's seq and hash, and an
  HMAC of those under the chain key;
- in every backup manifest (``audit`` field), on the shared drive.

At every open (:meth:`AuditGuard.on_open`, cheap): the six guard triggers are compared with
their known text and re-created when dropped or altered; any other trigger on ``audit`` or
``meta`` is dropped; the entry the anchor names must still carry the anchored hash; only the
entries added since the anchor are walked; ``sqlite_sequence`` must not be ahead of the last
entry. What fails is recorded *in the log itself* as an ``audit_check_failed`` entry (no
personal data: entry numbers only), so the evidence survives the next anchor.

:func:`full_check` (``linkdesk check``) walks the whole chain, finds every break and gap, and
compares it with the anchor file, with backup manifests, and with failures recorded earlier.

What this cannot stop: someone with the passphrase, write access to the workspace folder,
and the knowledge of this format can rewrite the log, recompute the chain *and* the anchor
file. Only anchors they cannot reach (backup manifests kept by someone else) show that.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio.atomic import atomic_write_bytes
from linkdesk.fileio.bounded import read_bounded
from linkdesk.fileio.protected import ANCHOR_SUFFIX
from linkdesk.store.audit import GENESIS, AuditLog, ChainBreak, ChainRules, chain_rules, walk_chain
from linkdesk.store.drives import longest_name
from linkdesk.store.schema import AUDIT_GUARD_TRIGGERS
from linkdesk.support.log import get_logger

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

DatabaseError = sqlcipher3.dbapi2.DatabaseError

ANCHOR_FORMAT = "linkdesk-audit-anchor"
MAX_ANCHOR_BYTES = 4096
SYSTEM_ACTOR = "LinkDesk"
CHECK_FAILED = AuditAction.AUDIT_CHECK_FAILED
ANCHOR_STARTED = AuditAction.AUDIT_ANCHOR_STARTED
_GUARDED_TABLES = ("audit", "meta")
_log = get_logger("store.audit_guard")


@dataclass(frozen=True)
class Anchor:
    """The head of the chain: ``count`` entries, the last one ``seq`` with hash ``head``."""

    workspace_id: str
    count: int
    seq: int
    head: str

    def as_dict(self) -> dict[str, int | str]:
        return {"count": self.count, "seq": self.seq, "head": self.head}


def anchor_path(workspace_path: Path) -> Path:
    return workspace_path.with_name(workspace_path.name + ANCHOR_SUFFIX)


def _anchor_mac(key: bytes, a: Anchor) -> str:
    message = "\x1f".join((ANCHOR_FORMAT, a.workspace_id, str(a.count), str(a.seq), a.head))
    return hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()


def write_anchor(path: Path, key: bytes, anchor: Anchor) -> None:
    body = {
        "format": ANCHOR_FORMAT,
        "version": 1,
        "workspace_id": anchor.workspace_id,
        **anchor.as_dict(),
        "mac": _anchor_mac(key, anchor),
    }
    atomic_write_bytes(path, (json.dumps(body, sort_keys=True) + "\n").encode("utf-8"))


def read_anchor(path: Path, key: bytes, workspace_id: str) -> Anchor | str:
    """The anchor at ``path``, or why there is none: "missing", "foreign", "altered", or
    "unavailable" (the drive cannot hold that name, e.g. a workspace name near its limit)."""
    try:
        # Its temp name is never longer than its own (fileio.atomic.partial_name).
        longest, limit = longest_name(path, ())
        if longest > limit:
            return "unavailable"
        if not os.path.lexists(path):
            return "missing"
    except OSError:
        return "unavailable"
    try:
        raw = json.loads(read_bounded(path, MAX_ANCHOR_BYTES, what="audit anchor file"))
        anchor = Anchor(
            str(raw["workspace_id"]), int(raw["count"]), int(raw["seq"]), str(raw["head"])
        )
        mac = str(raw["mac"])
        if raw.get("format") != ANCHOR_FORMAT:
            return "altered"
    except (LinkDeskError, ValueError, KeyError, TypeError):
        return "altered"
    if anchor.workspace_id != workspace_id:
        return "foreign"
    if not hmac.compare_digest(mac, _anchor_mac(key, anchor)):
        return "altered"
    return anchor


def anchor_from_manifest(value: object, workspace_id: str) -> Anchor | None:
    """An anchor from a backup manifest's ``audit`` field (None when absent or malformed)."""
    if not isinstance(value, dict):
        return None
    try:
        count, seq, head = value["count"], value["seq"], value["head"]
    except KeyError:
        return None
    if not (isinstance(count, int) and isinstance(seq, int) and isinstance(head, str)):
        return None
    if isinstance(count, bool) or isinstance(seq, bool) or not re.fullmatch(r"[0-9a-f]{64}", head):
        return None
    return Anchor(workspace_id, count, seq, head)


def _squash(sql: str) -> str:
    return " ".join(sql.split())


def ensure_triggers(ws: Workspace) -> list[str]:
    """Re-create guard triggers that are missing or altered; drop strangers on audit/meta.

    Returns the names of the triggers that had to be put right (empty when all was well).
    """
    rows = ws.query(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN (?, ?)",
        _GUARDED_TABLES,
    )
    present = {str(name): str(sql or "") for name, sql in rows}
    strangers = [name for name in present if name not in AUDIT_GUARD_TRIGGERS]
    altered = [
        name
        for name, sql in AUDIT_GUARD_TRIGGERS.items()
        if _squash(present.get(name, "")) != _squash(sql)
    ]
    if not (strangers or altered):
        return []
    with ws.transaction():
        for name in strangers:
            ws.execute(f'DROP TRIGGER "{name.replace(chr(34), chr(34) * 2)}"')
        for name in altered:
            ws.execute(f"DROP TRIGGER IF EXISTS {name}")
            ws.execute(AUDIT_GUARD_TRIGGERS[name])
    return strangers + altered


def _workspace_id(ws: Workspace) -> str:
    return str(ws.scalar("SELECT value FROM meta WHERE key = 'workspace_id'") or "")


def _sequence_gap(ws: Workspace) -> str | None:
    """``sqlite_sequence`` remembers the highest seq ever given: ahead of the last entry
    means entries were removed from the end."""
    ever = ws.scalar("SELECT seq FROM sqlite_sequence WHERE name = 'audit'")
    last = ws.scalar("SELECT max(seq) FROM audit") or 0
    if ever is not None and int(ever) > int(last):
        return (
            f"the last entries of the audit log were removed "
            f"(entries {int(last) + 1} to {int(ever)} are missing)"
        )
    return None


class AuditGuard:
    """One open workspace's audit checks: :meth:`on_open` after unlocking (and migrating),
    :meth:`on_close` before the connection closes. ``problems`` and ``notes`` hold what the
    open found, one sentence each."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.problems: list[str] = []
        self.notes: list[str] = []
        self._rules: ChainRules | None = None
        self._verified: Anchor | None = None
        # The anchor file's anchor as read at open, when it matched (for `check` to count).
        self.opened_anchor: Anchor | None = None
        self.unrecorded_notes: list[str] = []  # said by `check`, not written into the log
        # A file whose pages fail their check (`linkdesk check` looks first): what is found is
        # said by `check`, and nothing is written into the file or beside it (no entries, no
        # triggers put back, no anchor), so a check never changes a damaged workspace.
        self.hands_off = False

    @property
    def active(self) -> bool:
        return self._rules is not None and self._rules.key is not None

    def start_new(self) -> None:
        """For a workspace just created: nothing to check, anchor from the beginning."""
        self._rules = chain_rules(self.ws)
        if self.active:
            self._verified = Anchor(_workspace_id(self.ws), 0, 0, GENESIS)

    def on_open(self) -> None:
        try:
            self._check_at_open()
        except DatabaseError:  # damaged pages: opening must still work, `check` names them
            self._verified = None
            self.problems.append("the audit log cannot be read in full (the file is damaged)")
            _log.warning("audit log unreadable at open")

    def _check_at_open(self) -> None:
        self._rules = rules = chain_rules(self.ws)
        if rules.key is None:  # made before the audit_keyed_chain migration (tests only)
            return
        ws_id = _workspace_id(self.ws)
        fixed = [] if self.hands_off else ensure_triggers(self.ws)
        if fixed:
            self.problems.append(
                "the audit log's safeguards were removed or altered "
                f"({', '.join(sorted(fixed))}); LinkDesk put them back"
            )
        found = read_anchor(anchor_path(self.ws.path), rules.key, ws_id)
        if isinstance(found, Anchor) and self._anchor_holds(found):
            self.opened_anchor = found
            self._verified = self._walk(found)  # only the entries since the last close
        else:
            if found == "altered":
                self.problems.append(
                    f"the audit anchor file {anchor_path(self.ws.path).name} was altered or damaged"
                )
            elif found == "missing":
                self.notes.append(
                    "no audit anchor file was found beside the workspace (a new copy, a "
                    "restore, or a first open since upgrading); anchoring starts again here"
                )
            elif found == "unavailable":
                self.unrecorded_notes.append(
                    "the audit anchor cannot be kept beside this workspace (its file name is too "
                    "long for the drive); only backup manifests anchor the audit log"
                )
            elif found == "foreign":
                self.notes.append(
                    "the audit anchor file beside the workspace belongs to another workspace; "
                    "anchoring starts again here"
                )
            # Nothing to check the chain against here; `check` walks it all (a walk of a
            # large log takes seconds, too long for every unlock).
            self._verified = Anchor(ws_id, 0, 0, GENESIS)
            self.current()
        gap = _sequence_gap(self.ws)
        if gap:
            self.problems.append(gap)
        self._record(ws_id)

    def _anchor_holds(self, anchor: Anchor) -> bool:
        """The entry the anchor names must still be there with the anchored hash."""
        if anchor.seq == 0:
            return True
        stored = self.ws.scalar("SELECT hash FROM audit WHERE seq = ?", (anchor.seq,))
        if stored is None:
            self.problems.append(
                f"the audit log is shorter than its anchor records: entry {anchor.seq} is "
                "missing (entries were removed, or an older copy of the workspace was put in "
                "its place)"
            )
            return False
        if not hmac.compare_digest(str(stored), anchor.head):
            self.problems.append(
                f"the audit log was rewritten: entry {anchor.seq} no longer matches its anchor "
                "(entries up to it were changed or removed and the chain recomputed)"
            )
            return False
        return True

    def _walk(self, start: Anchor) -> Anchor:
        """Walk from ``start`` to the end, noting every break as a problem; the head reached."""
        assert self._rules is not None
        count, seq, head = start.count, start.seq, start.head
        for item in walk_chain(self.ws, self._rules, after=start.seq, prev=start.head, resume=True):
            if isinstance(item, ChainBreak):
                self.problems.append(item.sentence())
                continue
            count, seq, head = count + 1, item.seq, item.hash
        return Anchor(start.workspace_id, count, seq, head)

    def _record(self, ws_id: str) -> None:
        if self.hands_off or not (self.problems or self.notes):
            return
        log = AuditLog(self.ws, lambda: SYSTEM_ACTOR)
        with self.ws.transaction():
            for problem in self.problems:
                _log.warning("audit check failed at open: %s", problem)
                log.record(CHECK_FAILED, "audit", ws_id, detail=problem)
            for note in self.notes:
                log.record(ANCHOR_STARTED, "audit", ws_id, detail=note)

    def current(self) -> Anchor | None:
        """The head now, or None if inactive. Cheap, with no walk: the entry checked at open
        must still carry its hash (else the last checked point is kept, so that the next
        open finds what changed); entries added since are counted, and the last one is the
        head. Whether they chain is checked at the next open (entries after the anchor are
        always walked) and by `check`."""
        if not self.active or self._verified is None:
            return None
        known = self._verified
        if known.seq:
            stored = self.ws.scalar("SELECT hash FROM audit WHERE seq = ?", (known.seq,))
            if stored != known.head:
                return known
        if known.seq:
            added, last = self.ws.query(
                "SELECT count(*), max(seq) FROM audit WHERE seq > ?", (known.seq,)
            )[0]
        else:  # all of it: count(*) without a WHERE reads the smallest index, not the table
            added = self.ws.scalar("SELECT count(*) FROM audit")
            last = self.ws.scalar("SELECT max(seq) FROM audit")
        if not added:
            return known
        head = str(self.ws.scalar("SELECT hash FROM audit WHERE seq = ?", (last,)))
        self._verified = Anchor(known.workspace_id, known.count + int(added), int(last), head)
        return self._verified

    def on_close(self) -> None:
        """Write the anchor file for the head reached; never raises (closing must succeed)."""
        if self.hands_off:
            return
        try:
            anchor = self.current()
            if anchor is not None and self._rules is not None and self._rules.key is not None:
                write_anchor(anchor_path(self.ws.path), self._rules.key, anchor)
        except Exception as exc:  # a read-only folder, a vanished drive...
            _log.warning("could not write the audit anchor: %s", type(exc).__name__)


def full_check(
    ws: Workspace,
    rules: ChainRules,
    extra: Iterable[tuple[str, Anchor]] = (),
    *,
    anchor_file: bool = True,
) -> list[str]:
    """Every problem with the audit log, one sentence each; empty when it is sound.

    Walks the whole chain (every break and every gap in the numbering), checks the guard
    triggers and ``sqlite_sequence``, compares the chain with the anchor file (unless
    ``anchor_file`` is False, e.g. when this open already did) and with ``extra`` anchors,
    each labelled with where it came from (e.g. "the backup manifest X.ldbackup.json").
    Failures recorded at earlier opens are listed too, with their date and entry.
    """
    if rules.key is None:
        broken = next((b for b in walk_chain(ws, rules) if isinstance(b, ChainBreak)), None)
        return [broken.sentence()] if broken else []
    problems: list[str] = []
    ws_id = _workspace_id(ws)
    for name, sql in AUDIT_GUARD_TRIGGERS.items():
        stored = ws.scalar("SELECT sql FROM sqlite_master WHERE type='trigger' AND name=?", (name,))
        if _squash(str(stored or "")) != _squash(sql):
            problems.append(f"the audit log's safeguard {name} is missing or altered")
    targets: list[tuple[str, Anchor]] = []
    if anchor_file:
        found = read_anchor(anchor_path(ws.path), rules.key, ws_id)
        if isinstance(found, Anchor):
            targets.append((f"the anchor file {anchor_path(ws.path).name}", found))
        elif found == "altered":
            problems.append(
                f"the audit anchor file {anchor_path(ws.path).name} was altered or damaged"
            )
    targets.extend((label, a) for label, a in extra if a.workspace_id == ws_id)
    problems.extend(_walk_problems(ws, rules, targets))
    gap = _sequence_gap(ws)
    if gap:
        problems.append(gap)
    recorded = [
        f"on {at[:10]} LinkDesk found that {detail} (entry {seq})"
        for seq, at, detail in ws.query(
            "SELECT seq, at, detail FROM audit WHERE action = ? ORDER BY seq", (CHECK_FAILED,)
        )
    ]
    fresh = [p for p in problems if not any(f"found that {p} (" in r for r in recorded)]
    return fresh + recorded


def _walk_problems(
    ws: Workspace, rules: ChainRules, targets: list[tuple[str, Anchor]]
) -> list[str]:
    problems: list[str] = []
    seen: dict[int, tuple[int, str]] = {}
    wanted = {a.seq for _, a in targets}
    count, last_seq = 0, 0
    pending: ChainBreak | None = None
    for item in walk_chain(ws, rules, resume=True):
        if isinstance(item, ChainBreak):
            pending = item
            continue
        count += 1
        if item.seq != last_seq + 1:  # numbers skipped: entries removed
            problems.append(
                f"entries {last_seq + 1} to {item.seq - 1} of the audit log are missing"
                if item.seq - last_seq > 2
                else f"entry {last_seq + 1} of the audit log is missing"
            )
            if pending is not None and pending.kind == "unlinked":
                pending = None  # the same removal, already named
        if pending is not None:
            problems.append(pending.sentence())
            pending = None
        last_seq = item.seq
        if item.seq in wanted:
            seen[item.seq] = (count, item.hash)
    for label, anchor in targets:
        if anchor.seq == 0:
            continue
        got = seen.get(anchor.seq)
        if got is None:
            problems.append(
                f"the audit log is shorter than {label} records: entry {anchor.seq} is missing"
            )
        elif got[1] != anchor.head:
            problems.append(
                f"the audit log does not match {label}: entry {anchor.seq} was rewritten"
            )
        elif got[0] != anchor.count:
            problems.append(
                f"the audit log does not match {label}: it held {anchor.count} entries up to "
                f"entry {anchor.seq}, now {got[0]}"
            )
    return problems
