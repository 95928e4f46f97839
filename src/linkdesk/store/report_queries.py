"""The SQL behind the commissioner report and the caseload overview.

Only coded values, dates and counts leave these queries: never names, notes, dates of birth,
postcodes or other free text. Person ids are passed on only as grouping keys.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from linkdesk.domain.enums import FollowUpStatus, Timepoint
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.report import (
    WAIT_DAYS,
    CaseloadOverview,
    MeasureFact,
    ReferralFact,
    ReportData,
)

if TYPE_CHECKING:
    from linkdesk.store.reader import Reads

_EARLIEST = "0001-01-01"

# Goals and connections made in the period: on the day of their conversation, else the day
# they were saved. (A join, one lookup per row, is the cheapest way found on 60k rows.) Every
# query here reads a covering index (schema step report_indexes), never the rows of notes:
# the conversation's day comes from conversation_held, not from its row.
_MADE_ON = (
    "LEFT JOIN conversation c INDEXED BY conversation_held ON c.id = {t}.conversation_id"
    " WHERE coalesce(c.held_on, substr({t}.created_at, 1, 10)) BETWEEN ? AND ?"
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


class _Shared:
    """One object for each distinct value of a report's facts (issue 15: GUI memory).

    SQLite hands back a new string for every row: at 50,000 people a report's facts held
    hundreds of thousands of copies of the same person ids, codes, days and answer lists.
    Equal values are kept once; nothing about them changes.
    """

    __slots__ = ("_days", "_lists", "_values")

    def __init__(self) -> None:
        self._values: dict[Any, Any] = {}
        self._days: dict[str, date] = {}
        self._lists: dict[str, tuple[int | None, ...]] = {}

    def value(self, v: Any) -> Any:
        return self._values.setdefault(v, v)

    def day(self, value: str) -> date:
        found = self._days.get(value)
        if found is None:
            found = self._days[value] = date.fromisoformat(value[:10])
        return found

    def optional_day(self, value: str | None) -> date | None:
        return self.day(value) if value else None

    def answers(self, value: str | None) -> tuple[int | None, ...]:
        key = value or "[]"
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = tuple(json.loads(key))
        return found


class ReportQueries:
    """``workspace``: the workspace, or (as ReportService does) a Reader of its own."""

    def __init__(self, workspace: Reads) -> None:
        self.ws = workspace

    def report_data(self, start: date | None, end: date) -> ReportData:
        """Every fact the report needs for referrals, contacts and outcomes in [start, end]."""
        period = (start.isoformat() if start else _EARLIEST, end.isoformat())
        return ReportData(
            period_start=start,
            period_end=end,
            referrals=self._referrals(period),
            conversations_per_person=[
                int(r[0])
                for r in self.ws.query(
                    "SELECT count(*) FROM conversation WHERE held_on BETWEEN ? AND ?"
                    " GROUP BY person_id",
                    period,
                )
            ],
            goal_statuses=[
                status
                for status, n in self.ws.query(
                    f"SELECT g.status, count(*) FROM goal g {_MADE_ON.format(t='g')}"
                    " GROUP BY g.status",
                    period,
                )
                for _ in range(n)
            ],
            **self._connections(period),
            measures=self._measures(period),
            booking_outcomes=[
                (str(status), int(n))
                for status, n in self.ws.query(
                    "SELECT status, count(*) FROM follow_up WHERE due_on BETWEEN ? AND ?"
                    " GROUP BY status",
                    period,
                )
            ],
            safeguarding_people=int(
                self.ws.scalar(
                    "SELECT count(DISTINCT person_id) FROM conversation"
                    " WHERE safeguarding_concern = 1 AND held_on BETWEEN ? AND ?",
                    period,
                )
            ),
        )

    def _connections(self, period: tuple[str, str]) -> dict[str, Any]:
        """Statuses, categories and free-text count from one pass over the connections."""
        statuses: list[str] = []
        per_service: Counter[str] = Counter()
        not_from_directory = 0
        for status, service_id, n in self.ws.query(
            f"SELECT n.status, n.service_id, count(*) FROM connection n {_MADE_ON.format(t='n')}"
            " GROUP BY n.status, n.service_id",
            period,
        ):
            statuses += [status] * n
            if service_id is None:
                not_from_directory += n
            else:
                per_service[service_id] += n
        categories: Counter[str] = Counter()
        for service_id, category in self.ws.query(
            "SELECT DISTINCT s.id, lower(trim(j.value)) FROM service s, json_each(s.categories) j"
            " WHERE trim(j.value) <> ''"
        ):
            if service_id in per_service:
                categories[category] += per_service[service_id]
        return {
            "connection_statuses": statuses,
            "connection_categories": sorted(categories.items()),
            "connections_not_from_directory": not_from_directory,
        }

    def _referrals(self, period: tuple[str, str]) -> list[ReferralFact]:
        rows = self.ws.stream(
            "SELECT r.person_id, r.source, r.status, r.received_on,"
            " coalesce(r.first_contact_on, (SELECT min(c.held_on) FROM conversation c"
            "  WHERE c.person_id = r.person_id AND c.held_on >= r.received_on"
            "  AND (c.referral_id IS NULL OR c.referral_id = r.id)))"
            " FROM referral r WHERE r.received_on BETWEEN ? AND ?",
            period,
        )
        same = _Shared()
        v, day = same.value, same.day
        return [
            ReferralFact(v(r[0]), v(r[1]), v(r[2]), day(r[3]), same.optional_day(r[4]))
            for r in rows
        ]

    def _measures(self, period: tuple[str, str]) -> list[MeasureFact]:
        # Everyone with a follow-up or exit score in the period, with all their earlier scores.
        rows = self.ws.stream(
            "WITH followed AS (SELECT DISTINCT person_id FROM measure"
            "  WHERE timepoint <> ? AND taken_on BETWEEN ? AND ?)"
            " SELECT m.person_id, m.instrument, m.timepoint, m.taken_on, m.answers"
            " FROM followed f JOIN measure m ON m.person_id = f.person_id WHERE m.taken_on <= ?",
            (Timepoint.BASELINE.value, *period, period[1]),
        )
        same = _Shared()
        v, day, answers = same.value, same.day, same.answers
        return [MeasureFact(v(r[0]), v(r[1]), v(r[2]), day(r[3]), answers(r[4])) for r in rows]

    def earliest_referral(self) -> date | None:
        return _day(self.ws.scalar("SELECT min(received_on) FROM referral"))

    def caseload_overview(self, today: date) -> CaseloadOverview:
        open_statuses = [s for s in ReferralStatus if s.is_open]
        marks = ", ".join("?" for _ in open_statuses)
        counts = dict(
            self.ws.query(
                f"SELECT status, count(*) FROM referral WHERE status IN ({marks}) GROUP BY status",
                tuple(s.value for s in open_statuses),
            )
        )
        iso = today.isoformat()
        booked = FollowUpStatus.BOOKED.value
        return CaseloadOverview(
            open_by_status={s.value: int(counts.get(s.value, 0)) for s in open_statuses},
            follow_ups_overdue=int(
                self.ws.scalar(
                    "SELECT count(*) FROM follow_up WHERE status = ? AND due_on < ?", (booked, iso)
                )
            ),
            follow_ups_due_this_week=int(
                self.ws.scalar(
                    "SELECT count(*) FROM follow_up WHERE status = ? AND due_on BETWEEN ? AND ?",
                    (booked, iso, (today + timedelta(days=6)).isoformat()),
                )
            ),
            waiting_first_contact=int(
                self.ws.scalar(
                    "SELECT count(*) FROM referral r WHERE r.status = ?"
                    " AND r.first_contact_on IS NULL AND r.received_on < ?"
                    " AND NOT EXISTS (SELECT 1 FROM conversation c"
                    "  WHERE c.person_id = r.person_id AND c.held_on >= r.received_on)",
                    (
                        ReferralStatus.RECEIVED.value,
                        (today - timedelta(days=WAIT_DAYS)).isoformat(),
                    ),
                )
            ),
        )
