"""One Table per record type, plus the caseload queries the list views need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from linkdesk.domain.models import (
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
    Referral,
    Service,
    StatusChange,
)
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.store.mapper import Table

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace


@dataclass(frozen=True, slots=True)
class CaseloadRow:
    person_id: str
    name: str
    preferred_name: str
    date_of_birth: date | None
    referral_status: ReferralStatus | None
    next_follow_up: date | None


# Above this many matches the caseload is read in name order (see Repositories.caseload).
BROAD_MATCH = 1000


def fts_prefix_query(text: str) -> str:
    """Turn typed words into an FTS5 query where every word is a quoted prefix."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    return " AND ".join(f'"{w}"*' for w in words)


class Repositories:
    """Every table of the record, built once per open workspace."""

    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace
        self.people = Table(workspace, Person, "person")
        self.referrals = Table(workspace, Referral, "referral")
        self.consents = Table(workspace, Consent, "consent")
        self.conversations = Table(workspace, Conversation, "conversation")
        self.needs = Table(workspace, Need, "need")
        self.goals = Table(workspace, Goal, "goal")
        self.goal_progress = Table(workspace, GoalProgress, "goal_progress")
        self.connections = Table(workspace, Connection, "connection")
        self.measures = Table(workspace, Measure, "measure")
        self.follow_ups = Table(workspace, FollowUp, "follow_up")
        self.services = Table(workspace, Service, "service")
        self.status_changes = Table(workspace, StatusChange, "status_change")
        self.letters = Table(workspace, Letter, "letter")

    def caseload(self, search: str = "", limit: int = 500) -> list[CaseloadRow]:
        """People matching the typed text (names, NHS number, postcode), by surname."""
        base = (
            "SELECT p.id, p.given_name || CASE WHEN p.family_name <> '' THEN ' ' || p.family_name"
            " ELSE '' END, p.preferred_name, p.date_of_birth,"
            " (SELECT status FROM referral r WHERE r.person_id = p.id"
            "  ORDER BY r.received_on DESC LIMIT 1),"
            " (SELECT min(due_on) FROM follow_up f"
            "  WHERE f.person_id = p.id AND f.status = 'booked')"
            " FROM person p"
        )
        order = " ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE LIMIT ?"
        digits = search.replace(" ", "")
        if digits.isdigit() and len(digits) >= 3:
            match = f'nhs_number : "{digits}"*'
        elif any(c.isdigit() for c in search):
            match = fts_prefix_query(search)  # e.g. a postcode: "LS8 2"
        else:
            # Letters only: names. (Most postcodes in one area start alike, so "L" would
            # otherwise match everyone in Leeds.)
            words = fts_prefix_query(search)
            match = f"{{given_name family_name preferred_name}} : ({words})" if words else ""
        if match:
            # A broad match (one typed letter, or the first digits of many NHS numbers) is
            # fastest read in name order, stopping at the limit; a narrow one is fastest
            # fetched by rowid and sorted. Counting the matches first is cheap (FTS only).
            hits = self.ws.scalar(
                "SELECT count(*) FROM person_fts WHERE person_fts MATCH ?", (match,)
            )
            hint = " INDEXED BY person_name" if hits > BROAD_MATCH else ""
            sql = (
                f"{base}{hint} WHERE p.rowid IN"
                f" (SELECT rowid FROM person_fts WHERE person_fts MATCH ?){order}"
            )
            params: tuple[object, ...] = (match, limit)
        else:
            sql, params = base + order, (limit,)
        return [
            CaseloadRow(
                r[0],
                r[1],
                r[2],
                date.fromisoformat(r[3]) if r[3] else None,
                ReferralStatus(r[4]) if r[4] else None,
                date.fromisoformat(r[5]) if r[5] else None,
            )
            for r in self.ws.query(sql, params)
        ]

    def counts(self) -> dict[str, int]:
        tables = {
            "people": "person",
            "referrals": "referral",
            "conversations": "conversation",
            "needs": "need",
            "goals": "goal",
            "connections": "connection",
            "measures": "measure",
            "follow_ups": "follow_up",
            "services": "service",
            "consents": "consent",
        }
        return {key: int(self.ws.scalar(f"SELECT count(*) FROM {t}")) for key, t in tables.items()}
