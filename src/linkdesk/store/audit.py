"""Append-only, hash-chained audit log: who did what, when. Never names or notes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock, utc_now
from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.models import AuditEntry

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

GENESIS = "0" * 64
_COLUMNS = "seq, at, actor, action, entity, entity_id, person_id, detail, prev_hash, hash"
_INSERT = (
    "INSERT INTO audit (at, actor, action, entity, entity_id, person_id, detail,"
    " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


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
    fields = (prev_hash, at, actor, action, entity, entity_id, person_id or "", detail)
    return hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(
        self, workspace: Workspace, actor: Callable[[], str], clock: Clock = SYSTEM_CLOCK
    ) -> None:
        self.ws = workspace
        self._actor = actor
        self._clock = clock
        # Set only inside batch(): the last hash and the actor, cached for bulk writes.
        self._batch_prev: str | None = None
        self._batch_actor = ""

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
            digest = entry_hash(prev, at, actor, what, entity, entity_id, person_id, detail)
            self.ws.execute(
                _INSERT, (at, actor, what, entity, entity_id, person_id, detail, prev, digest)
            )
            self._batch_prev = digest
            return
        with self.ws.transaction():
            prev = self._last_hash()
            at = utc_now(self._clock)
            actor = self._actor()
            digest = entry_hash(prev, at, actor, what, entity, entity_id, person_id, detail)
            self.ws.execute(
                _INSERT, (at, actor, what, entity, entity_id, person_id, detail, prev, digest)
            )

    def entries(self, where: str = "1", params: tuple[object, ...] = ()) -> list[AuditEntry]:
        rows = self.ws.query(f"SELECT {_COLUMNS} FROM audit WHERE {where} ORDER BY seq", params)
        return [AuditEntry(*row) for row in rows]

    def for_person(self, person_id: str) -> list[AuditEntry]:
        return self.entries("person_id = ?", (person_id,))

    def verify(self) -> int | None:
        """The seq of the first entry that breaks the chain, or None when intact.

        Reads the log in pages so memory stays flat on a large workspace.
        """
        prev, after = GENESIS, -1
        while True:
            rows = self.ws.query(
                f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT 5000", (after,)
            )
            page = [AuditEntry(*row) for row in rows]
            if not page:
                return None
            for e in page:
                expected = entry_hash(
                    prev, e.at, e.actor, e.action, e.entity, e.entity_id, e.person_id, e.detail
                )
                if e.prev_hash != prev or e.hash != expected:
                    return e.seq
                prev = e.hash
            after = page[-1].seq
