"""The report's queries as they were before issue 15 (covering indexes),
kept as an oracle: the rewrite must give the same report on generated workspaces.

The SQL behind the commissioner report and the caseload overview.

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
from linkdesk.domain.report import WAIT_DAYS, CaseloadOverview
from tests.reports.old_report_facts import MeasureFact, ReferralFact, ReportData

if TYPE_CHECKING:
    from linkdesk.store.reader import Reads

_EARLIEST = "0001-01-01"

# Goals and connections made in the period: on the day of their conversation, else the day
# they were saved. (A join, one lookup per row, is the cheapest way found on 60k rows.)
_MADE_ON = (
    "LEFT JOIN conversation c ON c.id = {t}.conversation_id"
    " WHERE coalesce(c.held_on, substr({t}.created_at, 1, 10)) BETWEEN ? AND ?"
)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


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
            booking_outcomes=[  # added on main (the `day` branch) after this copy was taken
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
        rows = self.ws.query(
            "SELECT r.person_id, r.source, r.status, r.received_on,"
            " coalesce(r.first_contact_on, (SELECT min(c.held_on) FROM conversation c"
            "  WHERE c.person_id = r.person_id AND c.held_on >= r.received_on"
            "  AND (c.referral_id IS NULL OR c.referral_id = r.id)))"
            " FROM referral r WHERE r.received_on BETWEEN ? AND ?",
            period,
        )
        return [ReferralFact(r[0], r[1], r[2], date.fromisoformat(r[3]), _day(r[4])) for r in rows]

    def _measures(self, period: tuple[str, str]) -> list[MeasureFact]:
        # Everyone with a follow-up or exit score in the period, with all their earlier scores.
        rows = self.ws.query(
            "WITH followed AS (SELECT DISTINCT person_id FROM measure"
            "  WHERE timepoint <> ? AND taken_on BETWEEN ? AND ?)"
            " SELECT m.person_id, m.instrument, m.timepoint, m.taken_on, m.answers"
            " FROM followed f JOIN measure m ON m.person_id = f.person_id WHERE m.taken_on <= ?",
            (Timepoint.BASELINE.value, *period, period[1]),
        )
        return [
            MeasureFact(r[0], r[1], r[2], date.fromisoformat(r[3]), tuple(json.loads(r[4] or "[]")))
            for r in rows
        ]

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
