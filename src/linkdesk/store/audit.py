"""Append-only, hash-chained audit log: who did what, when. Never names or notes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from linkdesk.domain.clock import utc_now
from linkdesk.domain.models import AuditEntry

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

GENESIS = "0" * 64
_COLUMNS = "seq, at, actor, action, entity, entity_id, person_id, detail, prev_hash, hash"


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
    def __init__(self, workspace: Workspace, actor: Callable[[], str]) -> None:
        self.ws = workspace
        self._actor = actor

    def record(
        self,
        action: str,
        entity: str,
        entity_id: str,
        *,
        person_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Append one entry, chained to the one before it."""
        with self.ws.transaction():
            prev = self.ws.scalar("SELECT hash FROM audit ORDER BY seq DESC LIMIT 1") or GENESIS
            at = utc_now()
            actor = self._actor()
            digest = entry_hash(prev, at, actor, action, entity, entity_id, person_id, detail)
            self.ws.execute(
                "INSERT INTO audit (at, actor, action, entity, entity_id, person_id, detail,"
                " prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (at, actor, action, entity, entity_id, person_id, detail, prev, digest),
            )

    def entries(self, where: str = "1", params: tuple[object, ...] = ()) -> list[AuditEntry]:
        rows = self.ws.query(f"SELECT {_COLUMNS} FROM audit WHERE {where} ORDER BY seq", params)
        return [AuditEntry(*row) for row in rows]

    def for_person(self, person_id: str) -> list[AuditEntry]:
        return self.entries("person_id = ?", (person_id,))

    def verify(self) -> int | None:
        """The seq of the first entry that breaks the chain, or None when intact."""
        prev = GENESIS
        for e in self.entries():
            expected = entry_hash(
                prev, e.at, e.actor, e.action, e.entity, e.entity_id, e.person_id, e.detail
            )
            if e.prev_hash != prev or e.hash != expected:
                return e.seq
            prev = e.hash
        return None
