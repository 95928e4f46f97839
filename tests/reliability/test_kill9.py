"""kill -9 during writes: every edit reported as saved survives, and the file stays sound.

A forked child unlocks the workspace and adds and edits people in a loop, printing each id
only after its transaction committed. The parent SIGKILLs it at random points (also during
unlock and WAL recovery), cycle after cycle, then checks every printed id and edit is there.
"""

from __future__ import annotations

import os
import random
import signal
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.models import Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (Linux, macOS)")


def _child(path: Path, write_fd: int, seed: int) -> None:
    """Runs in the forked process; never returns (os._exit)."""
    try:
        out = os.fdopen(write_fd, "w", buffering=1)
        ws = Workspace.open(path, PASSPHRASE)
        services = AppServices(ws)
        print("ready", file=out)
        rng = random.Random(seed)
        made: list[Person] = []
        for n in range(5000):
            person = services.people.add_person(
                Person(given_name=f"Kill{seed}", family_name=f"Added{n}"),
                Referral(person_id="", received_on=date.today(), reason="kill test"),
            )
            made.append(person)
            print(f"A {person.id}", file=out)
            if rng.random() < 0.5:
                target = rng.choice(made)
                target.family_name = f"Edited{seed}x{n}"
                services.people.update_person(target)
                print(f"E {target.id} {target.family_name}", file=out)
    finally:
        os._exit(0)


def _cycle(
    path: Path, seed: int, rng: random.Random, added: set[str], edits: dict[str, str]
) -> None:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_fd)
        _child(path, write_fd, seed)
    os.close(write_fd)
    with os.fdopen(read_fd, "r") as reader:
        if rng.random() >= 0.1:  # else: kill at once, during unlock or WAL recovery
            wanted = rng.randint(-1, 6)  # -1: kill right after unlocking
            for line in reader:  # "ready", then one line per committed write
                if line.startswith(("A ", "E ")):
                    _note(line, added, edits)
                    wanted -= 1
                if wanted < 0:
                    break
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        for line in reader:  # committed lines still in the pipe count too
            if line.endswith("\n"):
                _note(line, added, edits)


def _note(line: str, added: set[str], edits: dict[str, str]) -> None:
    parts = line.split()
    if parts[0] == "A":
        added.add(parts[1])
    elif parts[0] == "E" and len(parts) == 3:
        edits[parts[1]] = parts[2]


def _same_or_later(person: Person, printed: str) -> bool:
    """The printed edit, or a later one the child committed but was killed before printing."""
    if person.family_name == printed:
        return True
    seed, _, n = printed.removeprefix("Edited").partition("x")
    stored_seed, _, stored_n = person.family_name.removeprefix("Edited").partition("x")
    return (
        person.family_name.startswith("Edited") and stored_seed == seed and int(stored_n) > int(n)
    )


def _verify(path: Path, added: set[str], edits: dict[str, str]) -> None:
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        stored = {p.id: p for p in services._repos.people.find()}
        missing = added - stored.keys()
        assert not missing, f"{len(missing)} saved people were lost"
        wrong = [pid for pid, name in edits.items() if not _same_or_later(stored[pid], name)]
        assert not wrong, f"{len(wrong)} saved edits were lost"
        assert ws.integrity_ok()
        assert services._audit.verify() is None


def run_kill_cycles(path: Path, cycles: int, seed: int = 7) -> int:
    Workspace.create(path, PASSPHRASE).close()
    rng = random.Random(seed)
    added: set[str] = set()
    edits: dict[str, str] = {}
    for cycle in range(cycles):
        _cycle(path, seed * 10_000 + cycle, rng, added, edits)
        if cycle % 40 == 39:
            _verify(path, added, edits)
    _verify(path, added, edits)
    return len(added)


def test_kill9_during_writes_loses_nothing_saved(tmp_path: Path) -> None:
    saved = run_kill_cycles(tmp_path / "kill.linkdesk", cycles=100)
    assert saved > 50  # the child really was writing when it was killed


@pytest.mark.slow
def test_kill9_many_cycles(tmp_path: Path) -> None:
    saved = run_kill_cycles(tmp_path / "kill.linkdesk", cycles=400, seed=11)
    assert saved > 200
