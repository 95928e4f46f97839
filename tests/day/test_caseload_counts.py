"""The caseload's count and first page for every sort, filter and search, checked against the
whole list read without a limit (issue 15: a sorted page counts its matches in the same pass
as it sorts them; a name-ordered one stops at its limit and counts apart)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from linkdesk.domain.caseload import CaseloadQuery, CaseloadSort, DueFilter
from linkdesk.domain.clock import FixedClock
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

ON = date(2026, 6, 10)
QUERIES = [
    CaseloadQuery(),
    CaseloadQuery(search="s"),
    CaseloadQuery(search="zzzz"),  # nobody
    CaseloadQuery(statuses=frozenset(ReferralStatus)),
    CaseloadQuery(due=DueFilter.OVERDUE_OR_THIS_WEEK),
    CaseloadQuery(contacted_before=ON - timedelta(weeks=4)),
    CaseloadQuery(life_areas=frozenset({"money"})),
]


@pytest.fixture(scope="module")
def services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServices]:
    path = tmp_path_factory.mktemp("caseload") / "caseload.linkdesk"
    ws = Workspace.create(path, PASSPHRASE)
    services = AppServices(ws, clock=FixedClock(ON))
    generate(services, people=120, seed=5, today=ON)
    yield services
    ws.close()


def ids(page: Any) -> list[str]:
    return [row.person_id for row in page.rows]


@pytest.mark.parametrize("sort", list(CaseloadSort), ids=[s.value for s in CaseloadSort])
@pytest.mark.parametrize("descending", [False, True], ids=["up", "down"])
def test_count_and_page_match_the_whole_list(
    services: AppServices, sort: CaseloadSort, descending: bool
) -> None:
    seen_truncated = False
    for base in QUERIES:
        query = replace(base, sort=sort, descending=descending, on=ON)
        everyone = services.caseload.page(replace(query, limit=100_000))
        assert everyone.total == len(everyone.rows)
        for limit in (0, 1, 7, len(everyone.rows), len(everyone.rows) + 1):
            page = services.caseload.page(replace(query, limit=limit))
            assert page.total == everyone.total, (base, limit)
            assert ids(page) == ids(everyone)[:limit], (base, limit)
            assert page.rows == everyone.rows[:limit]
            seen_truncated |= page.truncated
    assert seen_truncated
