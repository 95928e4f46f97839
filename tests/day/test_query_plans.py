"""Today and the caseload read indexes, never whole tables of bookings, conversations or needs.

EXPLAIN QUERY PLAN of each named query on a real workspace: a SCAN of a big child table would
grow with the whole workspace instead of with the answer.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort, DueFilter
from linkdesk.domain.clock import FixedClock
from linkdesk.domain.enums import ReferralSource
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

ON = date(2026, 6, 10)
BIG_TABLES = ("follow_up", "conversation", "need", "referral", "measure")


def plans(ws: Workspace, run: Any) -> list[str]:
    """Run ``run`` with every query it makes explained instead of executed."""
    seen: list[str] = []
    real = ws.query

    def explain(sql: str, params: Any = ()) -> list[Any]:
        if sql.lstrip().upper().startswith("SELECT") or sql.lstrip().upper().startswith("WITH"):
            seen.extend(str(r[-1]) for r in real(f"EXPLAIN QUERY PLAN {sql}", params))
        return real(sql, params)

    ws.query = explain  # type: ignore[method-assign]
    try:
        run()
    finally:
        ws.query = real  # type: ignore[method-assign]
    return seen


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A small generated workspace, so the planner sees real tables."""
    path = tmp_path_factory.mktemp("plans") / "plans.linkdesk"
    ws = Workspace.create(path, PASSPHRASE)
    services = AppServices(ws, clock=FixedClock(ON))
    generate(services, people=80, seed=3, today=ON)
    yield services
    ws.close()


def full_scans(lines: list[str]) -> list[str]:
    return [
        line
        for line in lines
        if line.startswith("SCAN ")
        and line.split()[1] in BIG_TABLES
        and "USING" not in line  # an index or covering index scan names it
    ]


def test_today_uses_indexes(services: AppServices) -> None:
    lines = plans(services._workspace, lambda: services.today.view(ON))
    assert lines
    assert full_scans(lines) == []
    joined = "\n".join(lines)
    for index in ("follow_up_booked", "referral_received", "conversation_unfinished",
                  "referral_open", "person_names"):  # fmt: skip
        assert index in joined


@pytest.mark.parametrize(
    "query",
    [
        CaseloadQuery(),
        CaseloadQuery(search="sm"),
        CaseloadQuery(due=DueFilter.OVERDUE),
        CaseloadQuery(due=DueFilter.THIS_WEEK, sort=CaseloadSort.NEXT_FOLLOW_UP),
        CaseloadQuery(life_areas=frozenset({"loneliness"})),
        CaseloadQuery(sources=frozenset({ReferralSource.GP}), sort=CaseloadSort.MISSED),
        CaseloadQuery(contacted_before=ON, sort=CaseloadSort.LAST_CONTACT, descending=True),
    ],
)
def test_caseload_queries_use_indexes(services: AppServices, query: CaseloadQuery) -> None:
    lines = plans(services._workspace, lambda: services.caseload.page(query))
    assert full_scans(lines) == []
    joined = "\n".join(lines)
    narrow = query.search or query.due != DueFilter.ANY or query.life_areas
    if query.sort == CaseloadSort.NAME and not narrow:
        assert "person_name" in joined  # read in name order, stopping at the limit
    if query.due != DueFilter.ANY:
        assert "follow_up_due" in joined
    if query.life_areas:
        assert "need_area" in joined
