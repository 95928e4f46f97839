"""Append-only, chained audit log: who did what, when. Never names or notes.

Each entry stores ``prev_hash`` (the hash of the entry before it) and ``hash``, a MAC over
``prev_hash`` and its own fields:

- entries from ``meta.audit_keyed_from`` on: HMAC-SHA256 (RFC 2104) keyed with
  ``meta.audit_chain_key``, 32 random bytes made when the workspace was created or upgraded;
- older entries (made before the ``audit_keyed_chain`` migration) keep their plain SHA-256
  links, which are still checked. They are not re-signed: that would itself rewrite history.

The chain shows an edit, a removal or a re-ordering unless the whole tail is recomputed with
the key. Recomputation and cutting the log short are caught by the anchors that
:mod:`linkdesk.store.audit_guard` keeps outside the table; it also restores the triggers.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock, utc_now
from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import AuditEntry

if TYPE_CHECKING:
    from linkdesk.store.audit_guard import Anchor
    from linkdesk.store.workspace import Workspace

GENESIS = "0" * 64
CHAIN_KEY = "audit_chain_key"
KEYED_FROM = "audit_keyed_from"
_COLUMNS = "seq, at, actor, action, entity, entity_id, person_id, detail, prev_hash, hash"
_INSERT = (
    "INSERT INTO audit (at, actor, action, entity, entity_id, person_id, detail,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_PAGE = 5000


def _message(fields: tuple[str, ...]) -> bytes:
    return "\x1f".join(fields).encode("utf-8")


def entry_hash(
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    person_id: str | None,
    detail: str,
) -> str:
    """The unkeyed SHA-256 link of entries made before the audit_keyed_chain migration."""
    fields = (prev_hash, at, actor, action, entity, entity_id, person_id or "", detail)
    return hashlib.sha256(_message(fields)).hexdigest()


def entry_mac(
    key: bytes,
    prev_hash: str,
    at: str,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    person_id: str | None,
    detail: str,
) -> str:
    """The keyed link (HMAC-SHA256, hex) of entries from ``audit_keyed_from`` on."""
    fields = (prev_hash, at, actor, action, entity, entity_id, person_id or "", detail)
    mac = _keyed(key).copy()  # the key's pads hashed once, not per entry (bulk writes)
    mac.update(_message(fields))
    return mac.hexdigest()


@functools.lru_cache(maxsize=8)
def _keyed(key: bytes) -> hmac.HMAC:
    return hmac.new(key, digestmod=hashlib.sha256)


@dataclass(frozen=True)
class ChainRules:
    """How to check one workspace's chain: its key, and where keyed entries begin."""

    key: bytes | None
    keyed_from: int

    def expected(self, e: AuditEntry, prev: str) -> str:
        args = (prev, e.at, e.actor, e.action, e.entity, e.entity_id, e.person_id, e.detail)
        if self.key is not None and e.seq >= self.keyed_from:
            return entry_mac(self.key, *args)
        return entry_hash(*args)


@dataclass(frozen=True)
class ChainBreak:
    """The first entry that does not fit the chain, and how."""

    seq: int
    kind: str  # "changed": its own hash is wrong; "unlinked": it does not follow the one before

    def sentence(self) -> str:
        if self.kind == "changed":
            return f"the audit log was changed at entry {self.seq}"
        return (
            f"the audit log was changed just before entry {self.seq} "
            "(an entry was removed, added or moved)"
        )


def chain_rules(workspace: Workspace) -> ChainRules:
    """The workspace's chain key and keyed-from point (none before ``audit_keyed_chain``)."""
    rows = dict(
        workspace.query("SELECT key, value FROM meta WHERE key IN (?, ?)", (CHAIN_KEY, KEYED_FROM))
    )
    key_hex = rows.get(CHAIN_KEY)
    try:
        key = bytes.fromhex(key_hex) if key_hex else None
        keyed_from = int(rows.get(KEYED_FROM) or 1)
    except ValueError:
        raise LinkDeskError(
            "The audit log's key in this workspace is damaged; run 'linkdesk check'."
        ) from None
    return ChainRules(key, keyed_from)


def walk_chain(
    workspace: Workspace,
    rules: ChainRules,
    *,
    after: int = 0,
    prev: str = GENESIS,
    resume: bool = False,
) -> Iterator[AuditEntry | ChainBreak]:
    """Every entry after seq ``after`` in order, each checked against the one before.

    A break is yielded as a :class:`ChainBreak` just before the entry itself; the walk then
    stops, or with ``resume`` carries on from that entry's stored hash (to find every break).
    Reads in pages of 5,000 so memory stays flat on a large workspace.
    """
    while True:
        rows = workspace.query(
            f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT {_PAGE}", (after,)
        )
        if not rows:
            return
        for row in rows:
            e = AuditEntry(*row)
            broken = None
            if e.prev_hash != prev:
                broken = ChainBreak(e.seq, "unlinked")
            elif not hmac.compare_digest(e.hash, rules.expected(e, prev)):
                broken = ChainBreak(e.seq, "changed")
            if broken is not None:
                yield broken
                if not resume:
                    return
            yield e
            prev = e.hash
        after = rows[-1][0]


class AuditLog:
    def __init__(
        self, workspace: Workspace, actor: Callable[[], str], clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.ws = workspace
        self._actor = actor
        self._clock = clock
        self._rules: ChainRules | None = None
        # Set only inside batch(): the last hash and the actor, cached for bulk writes.
        self._batch_prev: str | None = None
        self._batch_actor = ""

    @property
    def rules(self) -> ChainRules:
        if self._rules is None:
            self._rules = chain_rules(self.ws)
        return self._rules

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Bulk writing (demo data, imports) inside one outer transaction.

        The last hash and the actor are cached and no savepoint is taken per entry, which
        makes each entry about three statements cheaper. The chain stays exactly as
        :meth:`record` would build it. Rule: an exception raised inside the batch must abort
        the outer transaction (a caught one could leave the cached hash pointing at a
        rolled-back entry), so the cache is dropped whenever one passes through.
        """
        if not self.ws.conn.in_transaction:
            raise LinkDeskError("An audit batch must run inside a transaction.")
        if self._batch_prev is not None:  # nested batch: the outer one already caches
            yield
            return
        self._batch_prev = self._last_hash()
        self._batch_actor = self._actor()
        try:
            yield
        finally:
            self._batch_prev = None
            self._batch_actor = ""

    def _last_hash(self) -> str:
        return str(self.ws.scalar("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1") or GENESIS)

    def _digest(
        self,
        prev: str,
        at: str,
        actor: str,
        action: str,
        entity: str,
        entity_id: str,
        person_id: str | None,
        detail: str,
    ) -> str:
        key = self.rules.key
        args = (prev, at, actor, action, entity, entity_id, person_id, detail)
        return entry_hash(*args) if key is None else entry_mac(key, *args)

    def record(
        self,
        action: AuditAction,
        entity: str,
        entity_id: str,
        *,
        person_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Append one entry, chained to the one before it."""
        what = AuditAction(action).value  # stored (and hashed) as its plain value
        if self._batch_prev is not None:
            prev, at, actor = self._batch_prev, utc_now(self._clock), self._batch_actor
            digest = self._digest(prev, at, actor, what, entity, entity_id, person_id, detail)
            self.ws.execute(
                _INSERT, (at, actor, what, entity, entity_id, person_id, detail, prev, digest)
            )
            self._batch_prev = digest
            return
        with self.ws.transaction():
            prev = self._last_hash()
            at = utc_now(self._clock)
            actor = self._actor()
            digest = self._digest(prev, at, actor, what, entity, entity_id, person_id, detail)
            self.ws.execute(
                _INSERT, (at, actor, what, entity, entity_id, person_id, detail, prev, digest)
            )

    def entries(self, where: str = "1", params: tuple[object, ...] = ()) -> list[AuditEntry]:
        rows = self.ws.query(f"SELECT {_COLUMNS} FROM audit WHERE {where} ORDER BY seq", params)
        return [AuditEntry(*row) for row in rows]

    def for_person(self, person_id: str) -> list[AuditEntry]:
        return self.entries("person_id = ?", (person_id,))

    def first_break(self) -> ChainBreak | None:
        """The first entry that breaks the chain (and how), or None when it is intact."""
        for item in walk_chain(self.ws, self.rules):
            if isinstance(item, ChainBreak):
                return item
        return None

    def verify(self) -> int | None:
        """The seq of the first entry that breaks the chain, or None when intact."""
        broken = self.first_break()
        return None if broken is None else broken.seq

    def problems(
        self, extra: Iterable[tuple[str, Anchor]] = (), *, anchor_file: bool = True
    ) -> list[str]:
        """Every way the log fails its full check, one sentence each (empty when sound):
        the chain, the anchors outside the table (``extra``: labelled anchors such as backup
        manifests'), the triggers, and failures recorded at earlier opens. See
        :func:`linkdesk.store.audit_guard.full_check`."""
        from linkdesk.store.audit_guard import full_check

        return full_check(self.ws, self.rules, extra, anchor_file=anchor_file)
