"""The report counted in SQL on a reader connection (issue 15) gives the same report as the
per-record facts and queries it replaced, on generated workspaces, edge cases and every kind
of period."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from linkdesk.domain.enums import ReferralSource, Timepoint
from linkdesk.domain.models import Person, Referral
from linkdesk.domain.referral_rules import ReferralStatus
from linkdesk.domain.report_build import build_report
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.store.report_queries import ReportQueries
from tests.reports.old_report_build import build_report as old_build_report
from tests.reports.old_report_facts import aggregate, normalised
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


def assert_same_reports(services: AppServices, spans: list[tuple[date | None, date]]) -> None:
    today = services.clock.today()
    with services._workspace.reader() as reader:
        new, old = ReportQueries(reader), OldReportQueries(reader)
        for start, end in spans:
            new_data, old_data = new.report_data(start, end), old.report_data(start, end)
            assert normalised(new_data) == aggregate(old_data), (start, end)
            assert build_report(new_data, today) == old_build_report(old_data, today)
        assert new.caseload_overview(today) == old.caseload_overview(today)


def test_same_report_as_the_queries_it_replaced(generated: AppServices) -> None:
    today = generated.clock.today()
    assert_same_reports(generated, periods(today))
    everything = ReportQueries(generated._workspace).report_data(None, today)
    assert everything.wellbeing_pairs  # the data has wellbeing scores to compare
    assert sum(g.people for g in everything.wellbeing_pairs) > len(everything.wellbeing_pairs)
    assert build_report(everything, today).tables  # and a report with tables


def _referred(services: AppServices, i: int, received: date) -> str:
    person = services.people.add_person(
        Person(given_name=f"Edge{i}", family_name="Case"),
        Referral(person_id="", received_on=received, source=ReferralSource.GP),
    )
    return person.id


@pytest.fixture(scope="module")
def edges(tmp_path_factory: pytest.TempPathFactory) -> AppServices:
    """Few people, each an edge of the wellbeing pairs or the waits."""
    services = AppServices.create(Path(tmp_path_factory.mktemp("edges")) / "e.linkdesk", PASSPHRASE)
    cw, day = services.casework, services.clock.today() - timedelta(days=100)
    later = day + timedelta(days=30)
    _referred(services, 0, day)  # no measures at all
    one = _referred(services, 1, day)
    cw.record_measure(one, "ONS4", [5, 5, 5, 5], on=day)  # one measure, a baseline
    alone = _referred(services, 2, day)
    cw.record_measure(alone, "UCLA3", [2, 2, 2], timepoint=Timepoint.FOLLOW_UP, on=later)
    tied = _referred(services, 3, day)  # ties on a day: the score saved first wins
    cw.record_measure(tied, "ONS4", [1, 2, 3, 4], on=day)
    cw.record_measure(tied, "ONS4", [9, 9, 9, 9], on=day)
    cw.record_measure(tied, "ONS4", [4, 4, None, 4], timepoint=Timepoint.FOLLOW_UP, on=later)
    cw.record_measure(tied, "ONS4", [8, 8, 8, 8], timepoint=Timepoint.FOLLOW_UP, on=later)
    cw.record_measure(tied, "UCLA3", [3, 3, 3], on=day)
    cw.record_measure(tied, "UCLA3", [1, 1, 1], timepoint=Timepoint.FOLLOW_UP, on=later)
    before = _referred(services, 4, day)  # a follow-up before the first baseline
    cw.record_measure(before, "ONS4", [3, 3, 3, 3], timepoint=Timepoint.FOLLOW_UP, on=day)
    cw.record_measure(before, "ONS4", [6, 6, 6, 6], on=later)
    erased = _referred(services, 5, day)
    cw.record_measure(erased, "ONS4", [2, 2, 2, 2], on=day)
    cw.record_measure(erased, "ONS4", [7, 7, 7, 7], timepoint=Timepoint.EXIT, on=later)
    services.exchange.erase_person(erased)
    for i in range(6, 14):  # equal pairs, counted together; waits either side of receipt
        pid = _referred(services, i, day + timedelta(days=i))
        cw.record_measure(pid, "ONS4", [5, 6, 5, 6], on=day + timedelta(days=i))
        cw.record_measure(pid, "ONS4", [6, 7, 6, 2], timepoint=Timepoint.EXIT, on=later)
        cw.record_measure(pid, "UCLA3", [2, 3, 2], on=day)
        cw.record_measure(pid, "UCLA3", [2, 2, 2], timepoint=Timepoint.FOLLOW_UP, on=later)
        referral = services._repos.referrals.for_person(pid)[0]
        contact = day + timedelta(days=i + (i % 3) * 7 - (10 if i == 13 else 0))
        services.people.change_referral_status(referral.id, ReferralStatus.CONTACTED, on=contact)
    return services


def test_same_report_on_edge_cases(edges: AppServices) -> None:
    today = edges.clock.today()
    day = today - timedelta(days=100)
    later = day + timedelta(days=30)
    spans: list[tuple[date | None, date]] = [
        (None, today),
        (day, later),  # both ends on a score's day
        (later, later),  # one day: the follow-ups only
        (later + timedelta(days=1), today),  # after every score
        (day - timedelta(days=1), later - timedelta(days=1)),  # ends the day before follow-ups
        (day + timedelta(days=8), day + timedelta(days=9)),  # one referral's edges
    ]
    assert_same_reports(edges, spans)
    data = ReportQueries(edges._workspace).report_data(None, today)
    pairs = {(g.instrument, g.baseline, g.latest): g.people for g in data.wellbeing_pairs}
    assert pairs[("ONS4", (1, 2, 3, 4), (4, 4, None, 4))] == 1  # the first saved of each tie
    assert pairs[("ONS4", (5, 6, 5, 6), (6, 7, 6, 2))] == 8
    assert ("ONS4", (2, 2, 2, 2), (7, 7, 7, 7)) not in pairs  # erased
    assert sum(data.wellbeing_pairs[i].people for i in range(len(data.wellbeing_pairs))) == 18
    assert data.people_referred == 13
    assert any(g.wait_days is not None and g.wait_days < 0 for g in data.referrals)


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
    # Counts of counts pass over a subquery's few rows of results.
    scans = [p for p in scans if not p.startswith(("SCAN s", "SCAN j VIRTUAL TABLE", "SCAN (sub"))]
    assert plans
    assert scans == []
