from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The support log of every CLI and GUI run in the tests (in-process or child) goes to one
# private folder of this session, never to the user's own log folder.
_TEST_LOGS = tempfile.mkdtemp(prefix="linkdesk-test-logs-")
os.environ.setdefault("LINKDESK_LOG_DIR", _TEST_LOGS)


def pytest_sessionfinish() -> None:
    shutil.rmtree(_TEST_LOGS, ignore_errors=True)


from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.store.workspace import Workspace  # noqa: E402

PASSPHRASE = "correct horse battery"


@pytest.fixture(autouse=True)
def _test_runner_stays_debuggable(monkeypatch: pytest.MonkeyPatch) -> None:
    """`cli.main` switches core dumps off for good (hard limit 0, not dumpable): tests that
    call it in this process must not do that to the test runner and every child it starts.
    tests/security/test_core_dumps.py proves the real thing in child processes."""
    import linkdesk.cli

    monkeypatch.setattr(linkdesk.cli, "harden_process", lambda: [])


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "test.linkdesk"


@pytest.fixture
def workspace(workspace_path: Path) -> Iterator[Workspace]:
    ws = Workspace.create(workspace_path, PASSPHRASE)
    yield ws
    _drain_background_work()
    ws.close()


def _drain_background_work() -> None:
    """Let background work a GUI test started finish before its workspace closes, so none
    of it runs on into the next test."""
    import sys

    if "PySide6.QtCore" in sys.modules:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)


@pytest.fixture
def services(workspace: Workspace) -> AppServices:
    return AppServices(workspace)
