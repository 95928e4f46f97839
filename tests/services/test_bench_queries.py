"""The bench's query helpers that the warm and cold scripts share with ``linkdesk bench``
(services/bench_queries.py): what each keystroke is counted as, the typed sessions, and the
cold samples behind the cold ratios (with a counting timer: no time is measured here)."""

from __future__ import annotations

import itertools
import random

from linkdesk.services import bench_queries
from linkdesk.services.app_services import AppServices
from linkdesk.services.demo import generate
from linkdesk.store.plain_copy import export_plaintext, open_plaintext
from linkdesk.store.workspace import Workspace


def test_keystrokes_are_counted_by_kind_over_every_pass() -> None:
    typed = ["", "a", "ab", "abcdef", " 4 ", "4857"]
    times = [float(i) for i in range(len(typed) * 2)]  # two passes
    assert bench_queries.keystroke_kinds(times, typed) == {
        "empty_0": [0.0, 6.0],
        "letters_1": [1.0, 7.0],
        "letters_2": [2.0, 8.0],
        "letters_4": [3.0, 9.0],
        "digits_1": [4.0, 10.0],
        "digits_4": [5.0, 11.0],
    }


def test_typed_sessions_and_cold_samples(services: AppServices) -> None:
    generate(services, people=12, seed=5)
    ws: Workspace = services._workspace
    everyone, typed = bench_queries.caseload_typing(ws, random.Random(1))
    assert sorted(r.person_id for r in everyone) == sorted(
        r[0] for r in ws.query("SELECT id FROM person")
    )
    # The same sessions as the bench types from the same names, NHS numbers and postcodes.
    with_nhs = [p for p in services.people.repos.people_with_nhs_numbers(2000) if p.nhs_number]
    assert typed == bench_queries.caseload_sessions(
        [r.name for r in everyone],
        [p.nhs_number or "" for p in with_nhs],
        [p.postcode for p in with_nhs if p.postcode],
        random.Random(1),
    )

    plain_path = ws.path.with_name("plain.sqlite")
    export_plaintext(ws, plain_path)
    plain = open_plaintext(plain_path)
    try:
        ids = [r.person_id for r in everyone]
        ticks = itertools.count()
        samples = bench_queries.cold_samples(
            ws, plain, typed, bench_queries.directory_sessions(), ids, timer=lambda: next(ticks)
        )
        assert list(samples) == [
            "caseload_broad",
            "caseload_narrow",
            "open_person",
            "directory_search",
        ]
        for enc, pl in samples.values():
            assert 1 <= len(enc) == len(pl) <= 7
            assert set(enc) == set(pl) == {1000.0}  # one tick of the timer per query
        figures = bench_queries.measure_cold(
            ws, plain, typed, bench_queries.directory_sessions(), ids
        )
        assert set(figures) == {
            f"{prefix}{kind}{suffix}"
            for kind in samples
            for prefix, suffix in (("cold_", "_ms"), ("plain_cold_", "_ms"), ("cold_ratio_", ""))
        } | {"cold_ratio_max"}
    finally:
        plain.close()
