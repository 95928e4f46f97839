"""The named queries behind a link worker's day (domain/today.py defines each list).

Each list is one indexed query: bookings by (status, due_on), received referrals by status,
unfinished conversations by a partial index, and the current referral of each open case.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from linkdesk.domain.today import (
    NotContacted,
    TodayBooking,
    UnfinishedConversation,
    WaitingReferral,
    week_end,
)

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

# The person's name as lists show it, and their newest open referral (else their newest).
NAME_SQL = "p.given_name || CASE WHEN p.family_name <> '' THEN ' ' || p.family_name ELSE '' END"
_OPEN = "('received', 'contacted', 'active')"


def is_current_referral(r: str, person: str) -> str:
    """SQL: referral ``r`` is the current one of ``person``'s referrals (their newest open
    one, else their newest), as an index probe rather than a sort per person."""
    r2 = f"{r}_newer"
    return (
        f"NOT EXISTS (SELECT 1 FROM referral {r2} WHERE {r2}.person_id = {person}"
        f" AND {r2}.id <> {r}.id AND ("
        f"({r2}.status IN {_OPEN}) > ({r}.status IN {_OPEN})"
        f" OR (({r2}.status IN {_OPEN}) = ({r}.status IN {_OPEN}) AND ("
        f"{r2}.received_on > {r}.received_on OR ({r2}.received_on = {r}.received_on AND"
        f" ({r2}.created_at > {r}.created_at OR ({r2}.created_at = {r}.created_at"
        f" AND {r2}.id > {r}.id)))))))"
    )


# Last contact: the latest conversation held on or before :on, else the referral's first contact.
LAST_CONTACT_SQL = (
    "max(coalesce((SELECT max(c.held_on) FROM conversation c"
    " WHERE c.person_id = p.id AND c.held_on <= :on), ''),"
    " coalesce(CASE WHEN r.first_contact_on <= :on THEN r.first_contact_on END, ''))"
)

_BOOKINGS = (
    f"SELECT f.person_id, {NAME_SQL}, p.preferred_name, f.id, f.due_on, f.kind, f.venue"
    " FROM follow_up f INDEXED BY follow_up_booked"
    " JOIN person p INDEXED BY person_names ON p.id = f.person_id"
    " WHERE f.status = 'booked' AND f.due_on BETWEEN :first AND :last"
    " ORDER BY f.due_on, p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, f.id"
)


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


class TodayQueries:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def bookings(self, first: date, last: date, on: date) -> list[TodayBooking]:
        """Bookings still booked with first <= due date <= last (``on`` gives days overdue)."""
        rows = self.ws.query(_BOOKINGS, {"first": first.isoformat(), "last": last.isoformat()})
        return [
            TodayBooking(r[0], r[1], r[2], r[3], due, r[5], r[6], max(0, (on - due).days))
            for r in rows
            if (due := date.fromisoformat(r[4]))
        ]

    def due_today(self, on: date) -> list[TodayBooking]:
        return self.bookings(on, on, on)

    def overdue(self, on: date) -> list[TodayBooking]:
        return self.bookings(date.min, on - timedelta(days=1), on)

    def this_week(self, on: date) -> list[TodayBooking]:
        if on.weekday() == 6:
            return []
        return self.bookings(on + timedelta(days=1), week_end(on), on)

    def waiting_first_contact(self, on: date) -> list[WaitingReferral]:
        rows = self.ws.query(
            f"SELECT r.person_id, {NAME_SQL}, p.preferred_name, r.id, r.received_on, r.source"
            " FROM referral r INDEXED BY referral_received"
            " JOIN person p INDEXED BY person_names ON p.id = r.person_id"
            " WHERE r.status = 'received' AND r.received_on <= :on"
            " ORDER BY r.received_on, p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE,"
            " r.id",
            {"on": on.isoformat()},
        )
        return [
            WaitingReferral(r[0], r[1], r[2], r[3], got, r[5], (on - got).days)
            for r in rows
            if (got := date.fromisoformat(r[4]))
        ]

    def unfinished_conversations(self, on: date) -> list[UnfinishedConversation]:
        rows = self.ws.query(
            f"SELECT c.person_id, {NAME_SQL}, p.preferred_name, c.id, c.held_on, c.kind,"
            " c.current_step FROM conversation c INDEXED BY conversation_unfinished"
            " JOIN person p INDEXED BY person_names ON p.id = c.person_id"
            " WHERE c.completed = 0 AND c.held_on <= :on"
            " ORDER BY c.held_on DESC, c.created_at DESC, c.id",
            {"on": on.isoformat()},
        )
        return [
            UnfinishedConversation(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5], r[6])
            for r in rows
        ]

    def not_contacted(self, on: date, weeks: int) -> list[NotContacted]:
        """Open cases (one covering index) with no contact after the cutoff (a probe of the
        person's conversations by date, and the referral's first contact), nothing booked and
        whose referral is current (index probes), cheapest test first; then their last
        contact, worked out for those few only; ordered here, names last."""
        cutoff = on - timedelta(weeks=weeks)
        iso = on.isoformat()
        rows = self.ws.query(
            "SELECT r.person_id, r.id, r.status, r.first_contact_on,"
            " (SELECT max(c.held_on) FROM conversation c"
            "  WHERE c.person_id = r.person_id AND c.held_on <= :on)"
            " FROM referral r INDEXED BY referral_open"
            " WHERE r.status IN ('contacted', 'active') AND r.received_on <= :on"
            " AND NOT (coalesce(r.first_contact_on, '') > :cutoff"
            "  AND r.first_contact_on <= :on)"
            " AND NOT EXISTS (SELECT 1 FROM conversation c"
            "  WHERE c.person_id = r.person_id AND c.held_on > :cutoff AND c.held_on <= :on)"
            " AND NOT EXISTS (SELECT 1 FROM follow_up f"
            "  WHERE f.person_id = r.person_id AND f.status = 'booked')"
            f" AND {is_current_referral('r', 'r.person_id')}",
            {"on": iso, "cutoff": cutoff.isoformat()},
        )
        due: list[tuple[Any, ...]] = []
        for pid, rid, status, first, talked in rows:
            dates = [d for d in (talked, first if first and first <= iso else None) if d]
            last = date.fromisoformat(max(dates)) if dates else None
            if last is None or last <= cutoff:  # as the SQL chose (kept: the rule in one place)
                due.append((pid, rid, status, last))
        names = self._names([row[0] for row in due])
        found = []
        for pid, rid, status, last in due:
            name, preferred, family, given = names[pid]
            days = (on - last).days if last else None
            key = (last or date.min, family.casefold(), given.casefold(), pid)
            found.append((key, NotContacted(pid, name, preferred, rid, status, last, days)))
        return [item for _, item in sorted(found, key=lambda x: x[0])]

    def _names(self, person_ids: list[str]) -> dict[str, tuple[str, str, str, str]]:
        """(name, preferred name, family name, given name) by id, in chunks of 500."""
        out: dict[str, tuple[str, str, str, str]] = {}
        for start in range(0, len(person_ids), 500):
            chunk = person_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.ws.query(
                f"SELECT p.id, {NAME_SQL}, p.preferred_name, p.family_name, p.given_name"
                f" FROM person p INDEXED BY person_names WHERE p.id IN ({marks})",
                tuple(chunk),
            ):
                out[row[0]] = (row[1], row[2], row[3], row[4])
        return out
