"""The UI thread's waits for the GIL stay short while a worker thread runs Python.

Every Python call on the UI thread (a slot, the app-wide key filter, an overridden event
handler) first takes the GIL; a worker computing a report or a plan holds it until the
switch interval passes. LinkDesk's GUI sets that interval to 1 ms (Python's default is 5 ms),
so opening a view beside background work is not dozens of 5 ms waits."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from linkdesk.app import UI_SWITCH_INTERVAL_S, _configure_application


@pytest.fixture
def default_interval() -> Iterator[None]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    yield
    sys.setswitchinterval(before)


def test_the_gui_sets_a_short_gil_switch_interval(qapp: QApplication, default_interval) -> None:
    assert sys.getswitchinterval() == pytest.approx(0.005)
    _configure_application(qapp)
    assert UI_SWITCH_INTERVAL_S <= 0.001
    assert sys.getswitchinterval() == pytest.approx(UI_SWITCH_INTERVAL_S)
