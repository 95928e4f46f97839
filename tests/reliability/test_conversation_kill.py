"""SIGKILL a process mid-conversation: everything autosaved before the kill is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.reliability.conversation_kill_child import chunk

CHILD = Path(__file__).with_name("conversation_kill_child.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [3, 6])
def test_kill_mid_conversation_loses_nothing_autosaved(tmp_path: Path, kill_after: int) -> None:
    path = tmp_path / "kill.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        person_id = AppServices(ws).people.add_person(Person(given_name="Kim")).id

    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "src")])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path), PASSPHRASE, person_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    last = -1
    try:
        assert child.stdout is not None
        while last < kill_after:
            line = child.stdout.readline()
            assert line, f"child ended early: {child.stderr.read() if child.stderr else ''}"
            if line.startswith("SAVED "):
                last = int(line.split()[1])
    finally:
        child.send_signal(signal.SIGKILL)  # mid-typing of the next chunk, or mid-save
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL

    with Workspace.open(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        assert ws.integrity_ok()
        (conversation,) = services._repos.conversations.for_person(person_id)
        expected_words = "".join(chunk(n) for n in range(0, last + 1, 2))
        expected_goal = "".join(chunk(n) for n in range(1, last + 1, 2))
        assert conversation.what_matters.startswith(expected_words)
        (goal,) = services._repos.goals.for_person(person_id)
        assert goal.text.startswith(expected_goal.strip())
        assert conversation.current_step in ("matters", "goals")
