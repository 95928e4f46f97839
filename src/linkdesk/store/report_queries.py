"""The SQL behind the commissioner report and the caseload overview.

Only coded values and counts leave these queries: never names, notes, dates of birth,
postcodes, person ids or other free text.
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
    Answers,
    CaseloadOverview,
    ReferralGroup,
    ReportData,
    WellbeingPairs,
)

if TYPE_CHECKING:
    from linkdesk.store.reader import Reads

_EARLIEST = "0001-01-01"
_TOP_ROWID = 2**63 - 1  # SQLite's largest rowid: top - rowid is never negative

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


class _Answers:
    """Each distinct answers text decoded once (JSON lists of int or null)."""

    __slots__ = ("_found",)

    def __init__(self) -> None:
        self._found: dict[str, Answers] = {}

    def __call__(self, value: str | None) -> Answers:
        key = value or "[]"
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = tuple(json.loads(key))
        return found


class ReportQueries:
    """``workspace``: the workspace, or (as ReportService does) a Reader of its own."""

    def __init__(self, workspace: Reads) -> None:
        self.ws = workspace

    def report_data(self, start: date | None, end: date) -> ReportData:
        """The counts the report needs for referrals, contacts and outcomes in [start, end].

        Everything is counted in SQL: what comes back is a few hundred rows whatever the
        workspace's size (issue 15: a row per referral and per score was 11-33 MB of the GUI's
        peak at 50,000 people, and the report thread's Python held the GIL the UI waits for).
        """
        period = (start.isoformat() if start else _EARLIEST, end.isoformat())
        return ReportData(
            period_start=start,
            period_end=end,
            referrals=self._referrals(period),
            people_referred=int(
                self.ws.scalar(
                    "SELECT count(DISTINCT person_id) FROM referral"
                    " WHERE received_on BETWEEN ? AND ?",
                    period,
                )
            ),
            conversations_per_person=[
                (int(held), int(people))
                for held, people in self.ws.query(
                    "SELECT held, count(*) FROM (SELECT count(*) AS held FROM conversation"
                    "  WHERE held_on BETWEEN ? AND ? GROUP BY person_id) GROUP BY held",
                    period,
                )
            ],
            goal_statuses=[
                (str(status), int(n))
                for status, n in self.ws.query(
                    f"SELECT g.status, count(*) FROM goal g {_MADE_ON.format(t='g')}"
                    " GROUP BY g.status",
                    period,
                )
            ],
            **self._connections(period),
            wellbeing_pairs=self._wellbeing_pairs(period),
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
        statuses: Counter[str] = Counter()
        per_service: Counter[str] = Counter()
        not_from_directory = 0
        for status, service_id, n in self.ws.query(
            f"SELECT n.status, n.service_id, count(*) FROM connection n {_MADE_ON.format(t='n')}"
            " GROUP BY n.status, n.service_id",
            period,
        ):
            statuses[status] += n
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
            "connection_statuses": sorted(statuses.items()),
            "connection_categories": sorted(categories.items()),
            "connections_not_from_directory": not_from_directory,
        }

    def _referrals(self, period: tuple[str, str]) -> list[ReferralGroup]:
        # The wait in whole days (julianday of two dates differs by a whole number); NULL:
        # no first contact recorded and no conversation since. Counted here, not by a GROUP
        # BY: SQLite's sorter would take more memory than the few hundred keys.
        rows = self.ws.stream(
            "SELECT r.source, r.status, CAST(julianday(substr(coalesce(r.first_contact_on,"
            "  (SELECT min(c.held_on) FROM conversation c"
            "   WHERE c.person_id = r.person_id AND c.held_on >= r.received_on"
            "   AND (c.referral_id IS NULL OR c.referral_id = r.id))), 1, 10))"
            "  - julianday(substr(r.received_on, 1, 10)) AS INTEGER)"
            " FROM referral r WHERE r.received_on BETWEEN ? AND ?",
            period,
        )
        groups = Counter[tuple[str, str, int | None]](rows)
        return [ReferralGroup(*key, n) for key, n in groups.items()]

    def _wellbeing_pairs(self, period: tuple[str, str]) -> list[WellbeingPairs]:
        """For each person and instrument: the first baseline score up to the period's end
        and the latest follow-up (or exit) score in the period, if on or after that
        baseline's day, counted by their answers.

        One pass over the scores of the people followed up in the period, in SQL: each
        score becomes its day, a fixed-width rowid and its answers in one text, so ``min``
        picks the earliest baseline and ``max`` the latest follow-up, a tie on a day going to
        the score saved first (the lowest rowid) as the per-score facts before did."""
        rows = self.ws.stream(
            "SELECT instrument, substr(b, 30), substr(l, 30) FROM (SELECT instrument,"
            "  min(CASE WHEN timepoint = :baseline THEN"
            "   substr(taken_on, 1, 10) || printf('%019d', rowid) || answers END) AS b,"
            "  max(CASE WHEN timepoint <> :baseline AND taken_on >= :start THEN"
            "   substr(taken_on, 1, 10) || printf('%019d', :top - rowid) || answers END) AS l"
            " FROM measure WHERE taken_on <= :end AND person_id IN (SELECT person_id FROM measure"
            "  WHERE timepoint <> :baseline AND taken_on BETWEEN :start AND :end)"
            " GROUP BY person_id, instrument)"
            " WHERE substr(l, 1, 10) >= substr(b, 1, 10)",
            {
                "baseline": Timepoint.BASELINE.value,
                "start": period[0],
                "end": period[1],
                "top": _TOP_ROWID,
            },
        )
        answers = _Answers()
        pairs = Counter[tuple[str, str, str]](rows)
        return [
            WellbeingPairs(instrument, answers(before), answers(after), n)
            for (instrument, before, after), n in pairs.items()
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
