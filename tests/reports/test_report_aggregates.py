"""The report's figures on a small hand-built caseload with known answers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.report import Report
from linkdesk.services.app_services import AppServices
from tests.reports.dataset import build_known


@pytest.fixture
def report(services: AppServices) -> Report:
    build_known(services, date.today())
    return services.reports.compute()


def test_default_period_is_the_last_twelve_months(report: Report) -> None:
    today = date.today()
    assert report.period_end == today
    assert report.period_start is not None
    assert 365 <= (today - report.period_start).days + 1 <= 366


def test_referrals_by_source_and_status(report: Report) -> None:
    assert report.value("summary", "Referrals received") == "8"  # the old one is outside
    assert report.value("summary", "People referred") == "8"
    # 1 + 1 suppressed would be 8 - 6 = 2, itself small: so 6 is hidden too.
    assert report.value("referrals_by_source", "GP") == "*"
    assert report.value("referrals_by_source", "Self-referral") == "<5"
    assert report.value("referrals_by_source", "Social care") == "<5"
    assert report.value("referrals_by_source", "Practice nurse") == "0"
    assert report.value("referrals_by_source", "Total") == "8"
    status = report.table("referrals_by_status")
    assert [r.values[0] for r in status.rows] == ["<5", "<5", "<5", "<5", "<5", "8"]
    assert status.row("Declined").snomed == "871711000000103"
    assert status.row("Total").snomed == "871731000000106"


def test_snomed_codes_with_counts(report: Report) -> None:
    snomed = report.table("snomed")
    assert [(r.snomed, r.values[0]) for r in snomed.rows] == [
        ("871731000000106", "8"),
        ("871711000000103", "<5"),
    ]


def test_time_to_first_contact(report: Report) -> None:
    # Waits of 0, 3, 10, 20 and 40 days: median 10, mean 14.6.
    # 5 is hidden: with the total of 8 it would give away the 3 not contacted yet.
    assert report.value("first_contact", "Referrals with a first contact") == "*"
    assert report.value("first_contact", "Median days to first contact") == "10.0"
    assert report.value("first_contact", "Average (mean) days to first contact") == "14.6"
    bands = report.table("first_contact_days")
    assert bands.row("More than 56 days").values == ("0",)
    assert bands.row("Not contacted yet").values == ("<5",)
    assert bands.row("Total").values == ("8",)


def test_conversations_per_person(report: Report) -> None:
    # 3, 2, 1, 1, 1 conversations.
    assert report.value("contacts", "People with at least one conversation") == "5"
    assert report.value("contacts", "Conversations held") == "8"
    assert report.value("contacts", "Median conversations per person") == "1.0"
    assert report.value("contacts", "Average (mean) conversations per person") == "1.6"


def test_goals_set_and_achieved(report: Report) -> None:
    # 6 achieved, 2 in progress, 1 not started, 1 stopped, 1 changed.
    assert report.value("goals", "Goals set") == "11"
    assert report.value("goals", "Goals achieved") == "6"
    assert report.value("goals", "Goals achieved (percentage)") == "55%"
    assert report.value("goals_by_status", "In progress") == "<5"
    assert report.value("goals_by_status", "Achieved") == "6"  # the small ones add up to 5


def test_connections_by_category_and_status(report: Report) -> None:
    categories = report.table("connections_by_category")
    assert [(r.label, r.values[0]) for r in categories.rows] == [
        ("Befriending", "5"),
        ("Social groups", "5"),  # "Social groups " typed with a trailing space, merged
        ("Other categories (fewer than 5 each)", "<5"),  # walking groups: 2
        ("Not from the directory", "<5"),
    ]
    assert report.value("connections_by_status", "Attending") == "5"
    assert report.value("connections_by_status", "Agreed") == "<5"
    assert report.value("connections_by_status", "Declined") == "<5"
    assert report.value("connections_by_status", "Total") == "10"


def test_wellbeing_change_from_baseline_to_latest_follow_up(report: Report) -> None:
    wellbeing = report.table("wellbeing")
    # Life satisfaction 3,4,5,6,2 -> 6,6,7,8,4 (person 1's earlier follow-up is replaced).
    assert wellbeing.rows[0].values == ("5", "4.0", "6.2", "2.2", "100%")
    # Person 5 skipped "worthwhile" at follow-up: 4 pairs, so nothing is shown.
    assert wellbeing.rows[1].values == ("<5", "n<5", "n<5", "n<5", "n<5")
    # Anxiety 6,7,5,8,6 -> 3,4,5,4,2: lower is better; 4 improved would reveal a small number.
    assert wellbeing.rows[3].values == ("5", "6.4", "3.6", "-2.8", "n<5")
    # UCLA-3 totals 7,8,6,9,5 -> 5,6,6,7,4: 4 improved, which would reveal a small number.
    assert wellbeing.rows[4].values == ("5", "7.0", "5.6", "-1.4", "n<5")


def test_safeguarding_is_a_suppressed_count_only(report: Report) -> None:
    assert report.value("summary", "People with a safeguarding concern noted") == "<5"


def test_all_time_includes_older_referrals(services: AppServices) -> None:
    build_known(services, date.today())
    report = services.reports.compute(all_time=True)
    assert report.period_start is None
    assert report.value("summary", "Referrals received") == "9"
    assert report.value("referrals_by_source", "Voluntary or community group") == "<5"


def test_an_empty_period_has_no_data(services: AppServices) -> None:
    build_known(services, date.today())
    today = date.today()
    report = services.reports.compute(today - timedelta(days=400), today - timedelta(days=300))
    assert report.value("summary", "Referrals received") == "0"
    assert report.value("first_contact", "Median days to first contact") == "no data"
    assert report.value("goals", "Goals achieved (percentage)") == "no data"


def test_a_period_that_ends_before_it_starts_is_refused(services: AppServices) -> None:
    with pytest.raises(LinkDeskError, match="starts after it ends"):
        services.reports.compute(date(2026, 5, 1), date(2026, 4, 1))


def test_caseload_overview(services: AppServices) -> None:
    build_known(services, date.today())
    overview = services.reports.overview()
    assert overview.open_by_status == {"received": 3, "contacted": 2, "active": 2}
    assert overview.open_referrals == 7
    assert overview.follow_ups_overdue == 1
    assert overview.follow_ups_due_this_week == 2  # today and in 6 days; not in 30
    assert overview.waiting_first_contact == 3  # people 7, 8 and the old referral


def test_the_report_reads_on_its_own_connection_with_a_small_cache(
    services: AppServices,
) -> None:
    """Issue 15: the GUI's memory peaks while a report runs; its reader keeps SQLite's usual
    2 MiB page cache, not the shared connection's (the same figures either way)."""
    from linkdesk.store.workspace import CACHE_KIB, SCAN_CACHE_KIB

    with services.reports._long_read() as queries:
        assert queries.ws.scalar("PRAGMA cache_size") == -SCAN_CACHE_KIB
    assert services._workspace.scalar("PRAGMA cache_size") == -CACHE_KIB


def test_a_report_gives_freed_memory_back_before_it_reads(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15 (GUI memory): malloc's free pages go back to the system before the report
    reads its tens of thousands of rows, so its memory comes on top of what is in use."""
    import linkdesk.services.reports as reports_module

    build_known(services, date.today())
    events: list[str] = []
    monkeypatch.setattr(reports_module, "release_free_memory", lambda: events.append("trim"))
    reader = services._workspace.reader

    def noting_reader(*args: object, **kwargs: object) -> object:
        events.append("read")
        return reader(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(services._workspace, "reader", noting_reader)
    report = services.reports.compute()
    assert events[:2] == ["trim", "read"]
    assert report.value("summary", "Referrals received") == "8"
