"""Benchmark figures for exchange costs that should follow the work (issue 15).

``merge_2000_s``: merging another laptop's backup of 2,000 people (made from a separate demo
workspace with its own seed, so every record is new here) into the benchmark workspace, all
the worker waits for: copy, checks, the merge itself (a benchmark of fewer than 2,000 people
merges that many; ``merge_2000_people`` says how many). ``merge_2000_checkpoint_s``: the
checkpoint the merge leaves for after its report (the GUI runs it in the background, not
waited for). ``reimport_own_backup_s``: merging the
workspace's own backup again (recognised, so it costs one read of the file). ``erase_one_s``:
erasing one person, with the proof-of-no-trace steps (no whole-file VACUUM any more).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace

Figures = dict[str, Any]
Generate = Callable[[Path, int, int, int], Figures]
OTHER_PEOPLE = 2_000


def measure(
    services: AppServices,
    people: int,
    tmp: Path,
    passphrase: str,
    generate_in_child: Generate,
    seed: int,
    say: Callable[[str], None],
) -> Figures:
    figures: Figures = {}
    shared = tmp / "exchange-shared"
    shared.mkdir()
    other_people = min(OTHER_PEOPLE, people)
    say(f"Making another laptop's workspace of {other_people:,} people to merge...")
    other_path = tmp / "other-laptop.linkdesk"
    generate_in_child(other_path, other_people, 62, seed + 1000)
    with Workspace.open(other_path, passphrase) as other:
        bundle = AppServices(other).exchange.backup(shared).bundle_path
    say("Timing the merge of its backup, and re-importing this workspace's own...")
    start = time.perf_counter()
    report = services.exchange.merge(bundle, bundle_passphrase=passphrase)
    figures["merge_2000_s"] = round(time.perf_counter() - start, 2)
    # The checkpoint the merge leaves for after its report (the GUI runs it in the background).
    start = time.perf_counter()
    services.exchange.finish_merge()
    figures["merge_2000_checkpoint_s"] = round(time.perf_counter() - start, 2)
    figures["merge_2000_people"] = other_people
    figures["merge_2000_records_added"] = report.added
    own = services.exchange.backup(shared).bundle_path
    start = time.perf_counter()
    services.exchange.merge(own, bundle_passphrase=passphrase)
    figures["reimport_own_backup_s"] = round(time.perf_counter() - start, 2)
    say("Timing the erasure of one person...")
    person = services.people.search("", limit=1)[0].person_id
    start = time.perf_counter()
    services.exchange.erase_person(person)
    figures["erase_one_s"] = round(time.perf_counter() - start, 3)
    return figures
