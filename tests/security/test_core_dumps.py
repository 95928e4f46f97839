"""Kind 4: a crash while a workspace is unlocked writes no core file (passphrase, names)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

CRASH_WHILE_UNLOCKED = """
import os, resource, sys
# As if the system allowed core dumps (the soft limit raised to the hard one).
hard = resource.getrlimit(resource.RLIMIT_CORE)[1]
resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
from linkdesk.cli import main
from linkdesk.store.workspace import Workspace
from linkdesk.support.hardening import is_dumpable
code = main(["people", sys.argv[1], "--json"])  # unlocks, lists, closes: hardened first
assert code == 0, code
ws = Workspace.open(sys.argv[1], os.environ["LINKDESK_PASSPHRASE"])  # unlocked now
print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable(), flush=True)
os.abort()  # a crash with the key and records in memory
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux core dump controls")
def test_a_crash_while_unlocked_leaves_no_core_file(workspace_path: Path, tmp_path: Path) -> None:
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("this machine already forbids core dumps outright")
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Crash")
    crash_dir = tmp_path / "cwd"
    crash_dir.mkdir()
    done = subprocess.run(
        [sys.executable, "-c", CRASH_WHILE_UNLOCKED, str(workspace_path)],
        cwd=crash_dir,
        env={**os.environ, "LINKDESK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == -signal.SIGABRT
    assert done.stdout.splitlines()[-1] == "(0, 0) False"
    assert list(crash_dir.iterdir()) == []  # core_pattern "core" would have put one here


HARDEN_TWICE = """
from linkdesk.support.hardening import harden_process, is_dumpable
first, second = harden_process(), harden_process()
print(first == second, "core dumps off (RLIMIT_CORE 0)" in first, is_dumpable())
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX resource limits")
def test_hardening_is_idempotent_and_says_what_it_did() -> None:
    done = subprocess.run(  # in a child: hardening is for good, not for the test runner
        [sys.executable, "-c", HARDEN_TWICE], capture_output=True, text=True, check=True
    )
    same, said, dumpable = done.stdout.split()
    assert (same, said) == ("True", "True")
    assert dumpable == ("False" if sys.platform.startswith("linux") else "None")
