"""Subject access: everything held about one person, in a stable, documented JSON shape.

See docs/subject-access.md. Top-level keys are exactly :data:`TOP_LEVEL_KEYS`; dates are ISO
text, coded values are their stored codes, timestamps are ISO-8601 UTC.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from linkdesk.domain.measures import INSTRUMENTS, score
from linkdesk.domain.models import (
    AuditEntry,
    Connection,
    Consent,
    Conversation,
    FollowUp,
    Goal,
    GoalProgress,
    Letter,
    Measure,
    Need,
    Person,
    Record,
    Referral,
    StatusChange,
)

TOP_LEVEL_KEYS = (
    "person",
    "referrals",
    "consent",
    "conversations",
    "needs",
    "goals",
    "connections",
    "measures",
    "follow_ups",
    "audit",
)


@dataclass
class SubjectRecord:
    """The inputs: one person's records as the repositories return them."""

    person: Person
    referrals: Sequence[Referral] = ()
    consents: Sequence[Consent] = ()
    conversations: Sequence[Conversation] = ()
    needs: Sequence[Need] = ()
    goals: Sequence[Goal] = ()
    goal_progress: Sequence[GoalProgress] = ()
    connections: Sequence[Connection] = ()
    measures: Sequence[Measure] = ()
    follow_ups: Sequence[FollowUp] = ()
    audit: Sequence[AuditEntry] = ()
    service_names: dict[str, str] = field(default_factory=dict)
    # Schema step link_workers_day, nested so the top-level keys stay as DESIGN §6 lists them:
    # each referral carries its status history and the letters made about it; each booking its
    # outcomes.
    status_changes: Sequence[StatusChange] = ()
    letters: Sequence[Letter] = ()


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def record_dict(record: Record) -> dict[str, Any]:
    """A record's fields in declaration order, JSON-ready."""
    return {f.name: _plain(getattr(record, f.name)) for f in dataclasses.fields(record)}


def _measure_dict(measure: Measure) -> dict[str, Any]:
    out = record_dict(measure)
    if measure.instrument in INSTRUMENTS:
        try:
            lines = score(measure.instrument, measure.answers)
        except ValueError:
            lines = []
        out["scores"] = [{"label": s.label, "value": s.value, "meaning": s.meaning} for s in lines]
    else:
        out["scores"] = []
    return out


def _audit_dict(entry: AuditEntry) -> dict[str, Any]:
    return {
        "at": entry.at,
        "actor": entry.actor,
        "action": entry.action,
        "entity": entry.entity,
        "entity_id": entry.entity_id,
        "detail": entry.detail,
    }


def _referral_dict(referral: Referral, record: SubjectRecord) -> dict[str, Any]:
    item = record_dict(referral)
    item["status_history"] = [
        record_dict(c) for c in record.status_changes if c.referral_id == referral.id
    ]
    item["letters"] = [record_dict(x) for x in record.letters if x.referral_id == referral.id]
    return item


def build(record: SubjectRecord) -> dict[str, Any]:
    """The subject-access document (plain dicts and lists, ready for ``json.dumps``)."""
    progress: dict[str, list[dict[str, Any]]] = {}
    for p in record.goal_progress:
        progress.setdefault(p.goal_id, []).append(record_dict(p))
    goals = []
    for g in record.goals:
        item = record_dict(g)
        item["progress"] = progress.get(g.id, [])
        goals.append(item)
    connections = []
    for c in record.connections:
        item = record_dict(c)
        item["service_name"] = record.service_names.get(c.service_id or "", "")
        connections.append(item)
    doc: dict[str, Any] = {
        "person": {
            **record_dict(record.person),
            "letters_without_referral": [
                record_dict(x) for x in record.letters if x.referral_id is None
            ],
        },
        "referrals": [_referral_dict(r, record) for r in record.referrals],
        "consent": [record_dict(c) for c in record.consents],
        "conversations": [record_dict(c) for c in record.conversations],
        "needs": [record_dict(n) for n in record.needs],
        "goals": goals,
        "connections": connections,
        "measures": [_measure_dict(m) for m in record.measures],
        "follow_ups": [
            {
                **record_dict(f),
                "history": [
                    record_dict(c) for c in record.status_changes if c.follow_up_id == f.id
                ],
            }
            for f in record.follow_ups
        ],
        "audit": [_audit_dict(a) for a in record.audit],
    }
    assert tuple(doc) == TOP_LEVEL_KEYS
    return doc


def to_json_bytes(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def shape(value: Any) -> Any:
    """The JSON shape of a document: every leaf replaced by its type name (for golden tests)."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items()}
    if isinstance(value, list):
        return [shape(value[0])] if value else []
    return type(value).__name__
