"""Screen readers: the real accessibility bus (issue 10).

Starts an X server, a D-Bus session with the AT-SPI bus and registry, a window manager and
the demo app (`linkdesk --demo`), moves through the main window's sections by keyboard
(xdotool), and after each has the system Python walk the accessible tree over the bus
(tests/a11y_walk.py, pyatspi): no focusable control may be unnamed, and any rating row (a
group of radio buttons) must be a named group with one chosen value. `.ci/run` installs what
it needs; the test skips, saying what is missing, only where those programs are not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WALKER = ROOT / "tests" / "a11y_walk.py"
LINKDESK = Path(os.environ.get("VIRTUAL_ENV", ROOT / ".venv")) / "bin" / "linkdesk"
SYSTEM_PYTHON = "/usr/bin/python3"
PROGRAMS = ("Xvfb", "dbus-launch", "xdotool", "openbox")
LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
REGISTRY = "/usr/libexec/at-spi2-registryd"


def _missing() -> list[str]:
    missing = [p for p in PROGRAMS if shutil.which(p) is None]
    missing += [p for p in (LAUNCHER, REGISTRY) if not Path(p).exists()]
    check = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if check.returncode:
        missing.append("python3-pyatspi")
    if not LINKDESK.exists():
        missing.append(str(LINKDESK))
    return missing


def _wait_until(condition, timeout: float, what: str):  # type: ignore[no-untyped-def]
    """Poll ``condition`` (an external process: no Qt signal to wait on) until it is truthy."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        pause.wait(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def desktop() -> Iterator[dict[str, str]]:
    missing = _missing()
    if missing:
        pytest.skip("no accessibility bus here (not installed: " + ", ".join(missing) + ")")
    home = tempfile.mkdtemp()
    display = f":{150 + os.getpid() % 100}"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(DISPLAY=display, HOME=home, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    procs: list[subprocess.Popen[bytes]] = []

    def start(*args: str) -> None:
        procs.append(
            subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )

    start("Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
    _wait_until(lambda: Path(f"/tmp/.X11-unix/X{display[1:]}").exists(), 20, "the X server")
    bus = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True)
    for line in bus.stdout.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            env["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            bus_pid = int(line.split("=", 1)[1].rstrip(";"))
    start(LAUNCHER, "--launch-immediately")
    start(REGISTRY)
    start("openbox")
    start(str(LINKDESK), "--demo")
    try:
        yield env
    finally:
        for proc in reversed(procs):
            proc.terminate()
            proc.wait(timeout=20)
        os.kill(bus_pid, 15)
        shutil.rmtree(home, ignore_errors=True)


def _walk(env: dict[str, str]) -> dict[str, list[str]]:
    done = subprocess.run(
        [SYSTEM_PYTHON, str(WALKER)], env=env, capture_output=True, text=True, timeout=120
    )
    return json.loads(done.stdout or "{}") if done.returncode == 0 else {}


def _keys(env: dict[str, str], *keys: str) -> None:
    for key in keys:
        subprocess.run(["xdotool", "key", "--delay", "80", key], env=env, check=True)


def test_every_main_screen_names_its_controls_on_the_bus(desktop: dict[str, str]) -> None:
    env = desktop
    problems: dict[str, list[str]] = {}
    ratings: list[str] = []

    def look(screen: str, window: str) -> None:
        tree = _wait_until(
            lambda: (
                (t := _walk(env)) and any(w.startswith(window) for w in t.get("windows", [])) and t
            ),
            90,
            screen,
        )
        found = tree["unnamed"] + tree["ratings_without_value"]
        ratings.extend(tree["ratings"])
        if found:
            problems[screen] = found

    look("caseload", "LinkDesk")  # the demo unlocks itself
    for keys, screen in (("ctrl+2", "directory"), ("ctrl+3", "reports"), ("ctrl+4", "settings")):
        _keys(env, keys)
        look(screen, "LinkDesk")
    _keys(env, "ctrl+0")
    look("Today", "LinkDesk")
    # The caseload's search has the focus: Down moves into the results, Enter opens a person.
    _keys(env, "ctrl+1", "Down", "Return")
    look("person view", "LinkDesk")
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())
    # Not yet driven here: the conversation window (Ctrl+Shift+C from the person view did
    # not bring it up on the bus within 90 s: not found why) and the day's dialogs; the
    # conversation's rating rows were walked by hand (docs/walkthrough.md).
