"""The parent side of the conversation crash tests (and the autosave benchmark): start the
child that types into the real window, follow what it reports, kill it with SIGKILL after a
chosen key, and read back what the workspace holds. No sleeps: the parent only reads the
child's lines (with a generous per-line timeout so a hung child fails the test)."""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.reliability.conversation_kill_child import SCRIPT

CHILD = Path(__file__).with_name("conversation_kill_child.py")
ROOT = Path(__file__).resolve().parents[2]
LINE_TIMEOUT_S = 60  # a child that says nothing for this long is hung: fail, do not wait on
TOTAL_KEYS = sum(len(f.text) for f in SCRIPT)


def keys_from(start: str) -> int:
    """Keys the script types from field ``start`` to its end."""
    names = [f.name for f in SCRIPT]
    return sum(len(f.text) for f in SCRIPT[names.index(start) :])


@dataclass
class Key:
    at: float
    field: str
    text: str  # the field's text on screen just after this key


def covers(stored: str, shown: str) -> bool:
    """Whether ``stored`` holds all of ``shown`` (services trim spaces at the ends of some
    fields, such as a goal's words, so those are compared trimmed)."""
    return stored.strip().startswith(shown.strip())


@dataclass
class Run:
    """What the child reported, what the workspace holds after it died, and when."""

    keys: list[Key] = field(default_factory=list)
    saves: list[tuple[float, dict[str, str]]] = field(default_factory=list)
    done_at: float | None = None
    killed_at: float | None = None
    stored: dict[str, str] = field(default_factory=dict)
    integrity_ok: bool = False

    @property
    def last_saved(self) -> dict[str, str]:
        """What the indicator last showed as saved (field -> text on screen then)."""
        return self.saves[-1][1] if self.saves else {}

    def broken_promises(self) -> list[str]:
        """Fields whose text shown as saved is not all in the workspace (must be none)."""
        return [
            f"{name}: shown as saved {shown!r}, stored {self.stored.get(name, '')!r}"
            for name, shown in self.last_saved.items()
            if not covers(self.stored.get(name, ""), shown)
        ]

    def unsaved_at_kill(self) -> tuple[int, float]:
        """(characters on screen but not in the workspace, seconds since the first key not in
        the workspace was typed) at the moment of the kill."""
        assert self.killed_at is not None
        last: dict[str, str] = {}
        for key in self.keys:
            last[key.field] = key.text
        lost = 0
        for name, text in last.items():
            stored = self.stored.get(name, "").strip()
            common = len(os.path.commonprefix([stored, text.strip()]))
            lost += len(text.strip()) - common
        first = next(
            (k.at for k in self.keys if not covers(self.stored.get(k.field, ""), k.text)), None
        )
        return lost, (self.killed_at - first) if first is not None else 0.0

    def worst_unsaved_window(self) -> float:
        """The longest any key stayed typed but not committed, in seconds (from the child's
        own reports: a key is committed at the first "Saved" whose text holds it)."""
        worst = 0.0
        for key in self.keys:
            for at, shown in self.saves:
                if at >= key.at and covers(shown.get(key.field, ""), key.text):
                    worst = max(worst, at - key.at)
                    break
            else:
                end = self.killed_at or self.done_at or key.at
                worst = max(worst, end - key.at)
        return worst


def make_workspace(path: Path) -> str:
    with Workspace.create(path, PASSPHRASE) as ws:
        return AppServices(ws).people.add_person(Person(given_name="Kim")).id


def read_back(path: Path, person_id: str) -> tuple[dict[str, str], bool]:
    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        conv = services.conversation
        conversation = conv.unfinished(person_id)
        stored: dict[str, str] = {}
        if conversation is not None:
            drafts = conversation.drafts
            goals = conv.goals(person_id)
            connections = conv.connections(person_id)
            needs = {n.area: n.words for n in services.people.record(person_id).needs}
            stored = {
                "venue": conversation.venue,
                "what_matters": conversation.what_matters,
                "consent_on": drafts.get("consent.on", ""),
                "area_words": needs.get("loneliness", ""),
                "goal_text": goals[0].text if goals else "",
                "goal_why": goals[0].why if goals else drafts.get("goal.new.why", ""),
                "connection": connections[0].name if connections else "",
                "notes": conversation.notes,
                "finish_venue": drafts.get("booking.venue", ""),
            }
        return stored, ws.integrity_ok()


def run_child(
    tmp: Path,
    seed: int,
    *,
    kill_after_keys: int | None,
    profile: str = "human",
    start: str = SCRIPT[0].name,
) -> Run:
    """Type the script from field ``start`` at ``profile`` speed; SIGKILL the child right
    after key number ``kill_after_keys`` is reported (None: when the script is done)."""
    path = tmp / f"typing-{seed}.linkdesk"
    person_id = make_workspace(path)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), PASSPHRASE, person_id, str(seed), profile, start],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=tmp,
    )
    run = Run()
    assert child.stdout is not None
    selector = selectors.DefaultSelector()
    selector.register(child.stdout, selectors.EVENT_READ)
    try:
        while True:
            if not selector.select(timeout=LINE_TIMEOUT_S):
                raise AssertionError("the typing child went quiet: hung?")
            line = child.stdout.readline()
            if not line:
                raise AssertionError(
                    f"child ended early: {child.stderr.read() if child.stderr else ''}"
                )
            _take(run, line)
            if run.done_at is not None:
                break
            if kill_after_keys is not None and len(run.keys) >= kill_after_keys:
                child.send_signal(signal.SIGKILL)  # mid-typing, mid-save, or between
                run.killed_at = time.monotonic()
                break
        if run.killed_at is None:
            child.send_signal(signal.SIGKILL)
            run.killed_at = time.monotonic()
        for line in child.stdout.read().splitlines():  # written before it died
            _take(run, line)
    finally:
        selector.close()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=30)
        if child.stderr is not None:
            child.stderr.close()
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    run.stored, run.integrity_ok = read_back(path, person_id)
    return run


def _take(run: Run, line: str) -> None:
    kind, at, rest = (line.rstrip("\n").split(" ", 2) + [""])[:3]
    if kind == "K":
        name, text = json.loads(rest)
        run.keys.append(Key(float(at), name, text))
    elif kind == "S":
        run.saves.append((float(at), json.loads(rest)))
    elif kind == "D":
        run.done_at = float(at)
