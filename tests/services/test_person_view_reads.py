"""The person view reads a person once (issue 15): the timeline and the wellbeing outcomes
made from the record already read are the same as those read afresh, for every person of a
generated workspace and for one with every kind of entry."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate_demo
from linkdesk.services.outcomes import OutcomeService

PASSPHRASE = "person view reads passphrase"


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> AppServices:
    path = Path(tmp_path_factory.mktemp("reads")) / "w.linkdesk"
    services = AppServices.create(path, PASSPHRASE)
    generate_demo(services, people=150, seed=11)
    return services


def test_timeline_and_outcomes_from_the_record_match_fresh_reads(generated: AppServices) -> None:
    people = generated.people.search("", limit=1_000)
    assert len(people) == 150
    kinds = set()
    with_measures = 0
    for row in people:
        pid = row.person_id
        record = generated.people.record(pid, audit=False)
        fresh = generated.timeline.for_person(pid)
        assert generated.timeline.for_record(record) == fresh
        kinds |= {e.kind for e in fresh}
        outcomes = generated.outcomes.for_person(pid)
        assert OutcomeService.from_measures(pid, record.measures) == outcomes
        with_measures += any(series.points for series in outcomes.series)
    assert len(kinds) >= 8  # the comparison covered most kinds of entry
    assert with_measures > 10


def test_one_read_of_a_persons_rows_is_what_each_reader_read_table_by_table(
    generated: AppServices,
) -> None:
    """``Repositories.person_record`` serves the record, the timeline and subject access:
    each gets exactly what it read table by table before (the oracle below is that code)."""
    r = generated.people.repos  # the services' own repositories
    people = generated.people.search("", limit=1_000)
    with_rows = 0
    for row in people:
        pid = row.person_id
        tables = {
            "referrals": r.referrals,
            "consents": r.consents,
            "conversations": r.conversations,
            "needs": r.needs,
            "goals": r.goals,
            "goal_progress": r.goal_progress,
            "connections": r.connections,
            "measures": r.measures,
            "follow_ups": r.follow_ups,
        }
        oldest = {name: t.for_person(pid) for name, t in tables.items()}
        read = r.person_record(pid)
        assert read.person == r.people.get(pid)
        assert {name: getattr(read, name) for name in tables} == oldest
        with_rows += all(oldest[name] for name in ("referrals", "conversations", "needs"))

        record = generated.people.record(pid, audit=False)
        assert record.person == read.person
        assert record.referrals == r.referrals.for_person(pid, newest_first=True)
        assert record.conversations == r.conversations.for_person(pid, newest_first=True)
        assert record.needs == sorted(oldest["needs"], key=lambda n: -n.importance)
        for name in ("consents", "goals", "goal_progress", "connections", "measures"):
            assert getattr(record, name) == oldest[name]
        assert record.follow_ups == oldest["follow_ups"]

        subject = generated.exchange.subject_record(pid)
        assert subject.person == read.person
        for name, rows in oldest.items():
            assert list(getattr(subject, name)) == rows
        assert list(subject.status_changes) == r.status_changes.for_person(pid)
        assert list(subject.letters) == r.letters.for_person(pid)
    assert with_rows > 10  # the comparison covered people with rows in the ordered tables
