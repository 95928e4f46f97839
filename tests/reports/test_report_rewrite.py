"""The report read through covering indexes on a reader connection (issue 15) gives the
same report as the queries it replaced, on generated workspaces and every kind of period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.report_build import build_report
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.store.report_queries import ReportQueries
from tests.reports.old_report_queries import ReportQueries as OldReportQueries

PASSPHRASE = "report rewrite passphrase"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> AppServices:
    path = Path(tmp_path_factory.mktemp("rewrite")) / "w.linkdesk"
    services = AppServices.create(path, PASSPHRASE)
    generate_demo(services, people=400, seed=5)
    return services


def periods(today: date) -> list[tuple[date | None, date]]:
    return [
        (today - timedelta(days=365), today),  # the default: the last 12 months
        (None, today),  # all time
        (today - timedelta(days=90), today - timedelta(days=30)),
        (today - timedelta(days=30), today - timedelta(days=29)),  # two days
        (today + timedelta(days=1), today + timedelta(days=400)),  # nothing yet
    ]


def test_same_report_as_the_queries_it_replaced(generated: AppServices) -> None:
    today = generated.clock.today()
    workspace = generated._workspace
    with workspace.reader() as reader:
        new, old = ReportQueries(reader), OldReportQueries(reader)
        for start, end in periods(today):
            new_data, old_data = new.report_data(start, end), old.report_data(start, end)
            assert new_data.referrals == old_data.referrals
            assert sorted(new_data.conversations_per_person) == sorted(
                old_data.conversations_per_person
            )
            assert new_data.connection_categories == old_data.connection_categories
            assert build_report(new_data, today) == build_report(old_data, today)
        assert new.caseload_overview(today) == old.caseload_overview(today)
    everything = ReportQueries(workspace).report_data(None, today)
    assert everything.measures  # the data has wellbeing scores to compare
    assert build_report(everything, today).tables  # and a report with tables


def test_report_reads_indexes_not_rows_of_notes(generated: AppServices) -> None:
    """Each report query's plan reads covering indexes (no scan of a table's rows)."""
    workspace = generated._workspace
    with workspace.reader() as reader:
        plans: list[str] = []
        original = reader.query

        def explained(sql: str, params: object = ()) -> list[object]:
            if not sql.lstrip().upper().startswith("WITH"):
                plans.extend(str(row[3]) for row in original("EXPLAIN QUERY PLAN " + sql, params))
            return original(sql, params)  # type: ignore[arg-type]

        def explained_scalar(sql: str, params: object = ()) -> object:
            rows = explained(sql, params)
            return rows[0][0] if rows else None  # type: ignore[index]

        reader.query = explained  # type: ignore[method-assign]  # record each query's plan
        reader.scalar = explained_scalar  # type: ignore[method-assign]
        ReportQueries(reader).report_data(date(2020, 1, 1), generated.clock.today())
        ReportQueries(reader).caseload_overview(generated.clock.today())
    scans = [p for p in plans if p.startswith("SCAN") and "COVERING INDEX" not in p]
    # The directory's categories (a few thousand services) are read whole, by design.
    scans = [p for p in scans if not p.startswith(("SCAN s", "SCAN j VIRTUAL TABLE"))]
    assert plans
    assert scans == []
