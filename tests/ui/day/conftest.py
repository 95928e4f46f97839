"""The day's screens on real encrypted workspaces, with a clock the tests move."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE, _drain_background_work
from tests.day.conftest import Clock


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def day(workspace_path, clock: Clock) -> Iterator[AppServices]:  # type: ignore[no-untyped-def]
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        yield AppServices(ws, clock=clock)
        _drain_background_work()  # nothing of a test runs on into a closed workspace


@pytest.fixture
def window(qtbot, day: AppServices) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(day, ops=ImmediateOps())
    qtbot.addWidget(win)
    return win
