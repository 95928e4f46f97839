"""The caseload list with sorting and filters, as one named query (domain/caseload.py).

Name order reads the ``person_name`` index and stops at the limit, so the everyday list and
search-as-you-type stay as fast as before; other orders work out the sort column for every
matching person (indexed lookups per person). Filters on bookings, needs and sources read their
own indexes first (``IN (SELECT ...)``). Query plans are checked in tests/store.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from linkdesk.domain.caseload import (
    OPEN_STATUSES,
    CaseloadEntry,
    CaseloadPage,
    CaseloadQuery,
    CaseloadSort,
    DueFilter,
)
from linkdesk.domain.enums import ReferralSource
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.today import week_end
from linkdesk.store.repositories import fts_prefix_query
from linkdesk.store.today_queries import NAME_SQL, is_current_referral

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

_STATUS_ORDER = {s.value: i for i, s in enumerate(ReferralStatus)}
_STATUS_RANK = (
    "CASE r.status "
    + " ".join(f"WHEN '{value}' THEN {rank}" for value, rank in _STATUS_ORDER.items())
    + " ELSE 99 END"
)
# Each computed column, by name: phase one works out only the ones its order and filters
# need for every matching person; phase two works out all of them for the page's rows alone.
_EXPRS = {
    "next_due": "(SELECT min(f.due_on) FROM follow_up f WHERE f.person_id = p.id"
    " AND f.status = 'booked')",
    "last_contact": "nullif(max(coalesce((SELECT max(c.held_on) FROM conversation c"
    " WHERE c.person_id = p.id AND c.held_on <= :on), ''),"
    " coalesce(CASE WHEN r.first_contact_on <= :on THEN r.first_contact_on END, '')), '')",
    "missed": "(SELECT count(*) FROM follow_up f WHERE f.person_id = p.id"
    " AND f.status = 'did_not_attend')",
    "status_rank": _STATUS_RANK,
    "source": "r.source",
    "received_on": "r.received_on",
}
_COLUMNS = (
    f"p.id AS person_id, {NAME_SQL} AS name, p.preferred_name, p.date_of_birth,"
    " r.id AS referral_id, r.status, r.source, r.received_on,"
    f" {_EXPRS['next_due']} AS next_due, {_EXPRS['last_contact']} AS last_contact,"
    f" {_EXPRS['missed']} AS missed"
)
_SORT_COLUMN = {
    CaseloadSort.NAME: "",  # the name columns are always there
    CaseloadSort.STATUS: "status_rank",
    CaseloadSort.SOURCE: "source",
    CaseloadSort.RECEIVED: "received_on",
    CaseloadSort.NEXT_FOLLOW_UP: "next_due",
    CaseloadSort.LAST_CONTACT: "last_contact",
    CaseloadSort.MISSED: "missed",
}
_NAME_ORDER = "family COLLATE NOCASE, given COLLATE NOCASE, person_id"
_SORT = {
    CaseloadSort.NAME: "",  # name order alone (below)
    CaseloadSort.STATUS: "status_rank",
    CaseloadSort.SOURCE: "source IS NULL, source",
    CaseloadSort.RECEIVED: "received_on IS NULL, received_on",
    CaseloadSort.NEXT_FOLLOW_UP: "next_due IS NULL, next_due",
    CaseloadSort.LAST_CONTACT: "last_contact IS NULL, last_contact",
    CaseloadSort.MISSED: "missed",
}


def _search_match(text: str) -> str:
    """The FTS5 query for typed text (as Repositories.caseload builds it)."""
    digits = text.replace(" ", "")
    if digits.isdigit() and len(digits) >= 3:
        return f'nhs_number : "{digits}"*'
    if any(c.isdigit() for c in text):
        return fts_prefix_query(text)
    words = fts_prefix_query(text)
    return f"{{given_name family_name preferred_name}} : ({words})" if words else ""


def _placeholders(prefix: str, values: list[str], params: dict[str, Any]) -> str:
    names = []
    for i, value in enumerate(values):
        params[f"{prefix}{i}"] = value
        names.append(f":{prefix}{i}")
    return ", ".join(names)


class CaseloadQueries:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def _where(self, q: CaseloadQuery, on: date) -> tuple[list[str], list[str], dict[str, Any]]:
        """(conditions on the person and referral, conditions on computed columns, params)."""
        params: dict[str, Any] = {"on": on.isoformat()}
        inner: list[str] = []
        outer: list[str] = []
        match = _search_match(q.search) if q.search.strip() else ""
        if match:
            params["match"] = match
            inner.append("p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match)")
        if q.statuses is None:
            inner.append(
                "(r.status IS NULL OR r.status IN ("
                + _placeholders("st", sorted(s.value for s in OPEN_STATUSES), params)
                + "))"
            )
        elif q.statuses:
            inner.append(
                "r.status IN ("
                + _placeholders("st", sorted(s.value for s in q.statuses), params)
                + ")"
            )
        else:
            inner.append("0")  # an empty set of statuses matches no one
        if q.sources:
            inner.append(
                "r.source IN ("
                + _placeholders("src", sorted(ReferralSource(s).value for s in q.sources), params)
                + ")"
            )
        if q.life_areas:
            inner.append(
                "p.id IN (SELECT n.person_id FROM need n WHERE n.area IN ("
                + _placeholders("area", sorted(q.life_areas), params)
                + "))"
            )
        if q.due != DueFilter.ANY:
            first = date.min if q.due != DueFilter.THIS_WEEK else on
            last = on - timedelta(days=1) if q.due == DueFilter.OVERDUE else week_end(on)
            params["due_first"], params["due_last"] = first.isoformat(), last.isoformat()
            inner.append(
                "p.id IN (SELECT f.person_id FROM follow_up f WHERE f.status = 'booked'"
                " AND f.due_on BETWEEN :due_first AND :due_last)"
            )
        if q.contacted_before is not None:
            params["before"] = q.contacted_before.isoformat()
            outer.append("(last_contact IS NULL OR last_contact < :before)")
        if q.contacted_since is not None:
            params["since"] = q.contacted_since.isoformat()
            outer.append("last_contact >= :since")
        return inner, outer, params

    def page(self, q: CaseloadQuery, on: date) -> CaseloadPage:
        inner, outer, params = self._where(q, on)
        join = f" LEFT JOIN referral r ON r.person_id = p.id AND {is_current_referral('r', 'p.id')}"
        where_inner = " WHERE " + " AND ".join(inner) if inner else ""
        needed = {"last_contact"} if outer else set()
        sort = _SORT[q.sort]
        if _SORT_COLUMN[q.sort]:
            needed.add(_SORT_COLUMN[q.sort])
        extra = "".join(f", {_EXPRS[name]} AS {name}" for name in sorted(needed))
        keys = "p.id AS person_id, p.family_name AS family, p.given_name AS given" + extra
        phase_one = f"SELECT {keys} FROM person p{join}{where_inner}"
        where_outer = " WHERE " + " AND ".join(outer) if outer else ""
        direction = " DESC" if q.descending else ""
        if sort:
            # Blank values (no referral, never contacted) stay last whichever way it sorts.
            keys_sql = ", ".join(
                k if k.endswith("IS NULL") else f"{k}{direction}" for k in sort.split(", ")
            )
            order = f"{keys_sql}, {_NAME_ORDER}"
        else:
            order = ", ".join(f"{k}{direction}" for k in _NAME_ORDER.split(", "))
        params["limit"] = max(0, int(q.limit))
        if sort and params["limit"]:
            # Every match is read and sorted anyway: its count comes from the same pass (a
            # window over the matches) instead of a second pass over them all.
            found = self.ws.query(
                f"SELECT person_id, count(*) OVER () FROM ({phase_one}){where_outer}"
                f" ORDER BY {order} LIMIT :limit",
                params,
            )
            ids = [row[0] for row in found]
            total = int(found[0][1]) if found else 0
            return CaseloadPage(self._rows(ids, join, on), total, q)
        ids = [
            row[0]
            for row in self.ws.query(
                f"SELECT person_id FROM ({phase_one}){where_outer} ORDER BY {order} LIMIT :limit",
                params,
            )
        ]
        if len(ids) < params["limit"]:
            total = len(ids)
        else:
            count_params = {k: v for k, v in params.items() if k != "limit"}
            total = int(
                self.ws.scalar(f"SELECT count(*) FROM ({phase_one}){where_outer}", count_params)
            )
        return CaseloadPage(self._rows(ids, join, on), total, q)

    def _rows(self, ids: list[str], join: str, on: date) -> list[CaseloadEntry]:
        """Every column for the page's people, in the order phase one found them."""
        by_id: dict[str, CaseloadEntry] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            params: dict[str, Any] = {"on": on.isoformat()}
            marks = _placeholders("id", chunk, params)
            for row in self.ws.query(
                f"SELECT {_COLUMNS} FROM person p{join} WHERE p.id IN ({marks})", params
            ):
                by_id[row[0]] = self._entry(row)
        return [by_id[i] for i in ids if i in by_id]

    @staticmethod
    def _entry(r: Any) -> CaseloadEntry:
        def day(text: str | None) -> date | None:
            return date.fromisoformat(text) if text else None

        return CaseloadEntry(
            person_id=r[0],
            name=r[1],
            preferred_name=r[2],
            date_of_birth=day(r[3]),
            referral_id=r[4],
            referral_status=ReferralStatus(r[5]) if r[5] else None,
            referral_source=ReferralSource(r[6]) if r[6] else None,
            received_on=day(r[7]),
            next_follow_up=day(r[8]),
            last_contact_on=day(r[9]),
            missed=int(r[10]),
        )
