"""The UI thread's waits for the GIL stay short while a worker thread runs Python.

Every Python call on the UI thread (a slot, the app-wide key filter, an overridden event
handler) first takes the GIL; a worker computing a report or a plan holds it until the
switch interval passes. LinkDesk's GUI sets that interval to 1 ms (Python's default is 5 ms),
so opening a view beside background work is not dozens of 5 ms waits."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from linkdesk.app import SERIAL_PAINTING_ENV, UI_SWITCH_INTERVAL_S, _configure_application


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


_PAINT_BIG_WIDGET = """
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QGroupBox, QScrollBar, QVBoxLayout, QWidget
app = QApplication([])
if sys.argv[1] == "configured":
    from linkdesk.app import _configure_application
    _configure_application(app)
else:
    app.setStyle("Fusion")
widget = QWidget()
box = QGroupBox("Details")
QVBoxLayout(box).addWidget(QScrollBar())
QVBoxLayout(widget).addWidget(box)
widget.resize(900, 700)
widget.grab()
tasks = Path("/proc/self/task")
print(sum("pooled" in (tasks / t / "comm").read_text() for t in os.listdir(tasks)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="threads named in /proc")
@pytest.mark.parametrize(("mode", "pooled"), [("plain", True), ("configured", False)])
def test_the_gui_paints_on_its_own_thread(mode: str, pooled: bool) -> None:
    """Qt's raster engine hands large fills to a thread pool and waits for it, unless
    QT_NO_GUI_THREADPOOL is set (read at the first such fill): the GUI sets it, so a paint
    never waits for pool threads to be scheduled on a busy laptop. A fresh process each,
    as Qt reads the variable once; the plain one shows the pool would be used."""
    env = {k: v for k, v in os.environ.items() if k != SERIAL_PAINTING_ENV}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-c", _PAINT_BIG_WIDGET, mode],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    threads = int(done.stdout.strip().splitlines()[-1])
    assert (threads > 0) is pooled
