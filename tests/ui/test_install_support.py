"""A second launch on the same workspace, Help > Copy diagnostic details, and the GUI's
check for missing system libraries."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from linkdesk import app
from linkdesk.app import AppController
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from linkdesk.ui import single_instance
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.ops import ImmediateOps
from tests.conftest import PASSPHRASE

ASK = (
    "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication; "
    "from linkdesk.ui.single_instance import ask_running_instance as ask; "
    "app = QCoreApplication([]); print(ask(Path(sys.argv[1])))"
)


def _second_launch(path: Path) -> subprocess.Popen[str]:
    """The second launch is another process (it blocks while this one's event loop answers)."""
    return subprocess.Popen(
        [sys.executable, "-c", ASK, str(path)], stdout=subprocess.PIPE, text=True
    )


def _answer(qtbot, launch: subprocess.Popen[str]) -> str:
    qtbot.waitUntil(lambda: launch.poll() is not None, timeout=20_000)
    assert launch.stdout is not None
    return launch.stdout.read().strip()


def test_second_launch_brings_the_window_forward(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "Ünïcode folder" / "work space.linkdesk"
    path.parent.mkdir()
    beacon = single_instance.InstanceBeacon()
    assert beacon.listen(path)
    with qtbot.waitSignal(beacon.raise_requested, timeout=20_000):
        launch = _second_launch(path)
    assert _answer(qtbot, launch) == "True"
    other = _second_launch(tmp_path / "another.linkdesk")  # a different workspace: no one
    assert _answer(qtbot, other) == "False"
    beacon.close()


def test_server_name_hides_the_path() -> None:
    name = single_instance.server_name(Path("/home/ada/Ada Lovelace caseload.linkdesk"))
    assert name.startswith("linkdesk-")
    assert "Ada" not in name
    assert "caseload" not in name
    assert name == single_instance.server_name(Path("/home/ada/Ada Lovelace caseload.linkdesk"))


def test_stale_socket_is_taken_over(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "w.linkdesk"
    first = single_instance.InstanceBeacon()
    assert first.listen(path)
    second = single_instance.InstanceBeacon()  # as after a crash: the name is taken
    assert second.listen(path)
    with qtbot.waitSignal(second.raise_requested, timeout=20_000):
        launch = _second_launch(path)
    assert _answer(qtbot, launch) == "True"
    first.close()
    second.close()


def test_controller_comes_forward_and_listens_on_its_workspace(qtbot, workspace_path) -> None:
    Workspace.create(workspace_path, PASSPHRASE).close()
    controller = AppController(ops=ImmediateOps(), path=workspace_path)
    controller.show()
    qtbot.addWidget(controller.unlock_screen)
    controller.unlock_screen.showMinimized()
    controller.beacon.raise_requested.emit()
    assert not controller.unlock_screen.isMinimized()
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    assert controller.window is not None
    qtbot.addWidget(controller.window)
    assert controller.beacon.name == single_instance.server_name(workspace_path)
    controller.shutdown()


def test_help_copies_diagnostic_details(qtbot, services: AppServices, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[1]))
    window = MainWindow(services, ops=ImmediateOps())
    qtbot.addWidget(window)
    help_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"
    )
    action = next(
        a for a in help_menu.actions() if a.text().replace("&", "") == "Copy diagnostic details"
    )
    action.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("LinkDesk ")
    assert "Log folder: " in text
    assert "sqlcipher: 4" in text
    assert shown == ["Diagnostic details copied"]


def test_missing_system_libraries_are_named(monkeypatch, capsys) -> None:
    monkeypatch.setattr(app, "will_use_xcb", lambda: True)
    monkeypatch.setattr(app, "missing_packages", lambda: ["libxcb-cursor0", "libxcb-icccm4"])
    assert app.run_gui() == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4" in err


def test_no_xcb_check_offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    from linkdesk.support import system_packages

    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert not system_packages.will_use_xcb()
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_packages.will_use_xcb() == __import__("sys").platform.startswith("linux")
