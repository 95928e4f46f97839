"""The day's screens on real encrypted workspaces, with a clock the tests move."""

from __future__ import annotations

import pytest

from linkdesk.services.app_services import AppServices
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps
from tests.day import conftest as service_day

# The day's fixtures (a new workspace, the clock the test moves) are the service tests' own.
clock = service_day.clock
day = service_day.day


@pytest.fixture
def window(qtbot, day: AppServices) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(day, ops=ImmediateOps())
    qtbot.addWidget(win)
    return win
