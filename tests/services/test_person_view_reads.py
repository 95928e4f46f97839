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
