"""Qt's own command-line options reach the GUI; with a subcommand they are a usage error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk import cli
from linkdesk.qt_options import split_qt_options


@pytest.mark.parametrize(
    ("argv", "own", "qt"),
    [
        (["-reverse"], [], ["-reverse"]),
        (["--reverse"], [], ["--reverse"]),
        (["-style", "fusion"], [], ["-style", "fusion"]),
        (["-style=fusion", "--demo"], ["--demo"], ["-style=fusion"]),
        (["-platform", "offscreen", "-stylesheet", "a.qss"], [],
         ["-platform", "offscreen", "-stylesheet", "a.qss"]),
        (["--workspace", "-reverse", "-reverse"], ["--workspace", "-reverse"], ["-reverse"]),
        (["people", "WS", "-reverse"], ["people", "WS", "-reverse"], []),
        (["--demo", "--", "-reverse"], ["--demo", "--", "-reverse"], []),
    ],
)  # fmt: skip
def test_split(argv: list[str], own: list[str], qt: list[str]) -> None:
    assert split_qt_options(argv, ("--workspace", "--passphrase-file")) == (own, qt)


def test_qt_options_go_to_the_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, object] = {}

    def fake_run_gui(**kwargs: object) -> int:
        seen.update(kwargs)
        return 0

    import linkdesk.app

    monkeypatch.setattr(linkdesk.app, "run_gui", fake_run_gui)
    argv = ["-reverse", "-style", "fusion", "--workspace", "w.linkdesk", "-platform", "offscreen"]
    assert cli.main(argv) == 0
    seen.pop("log_setup")  # the support log's set-up, passed on to the GUI as well
    assert seen == {
        "workspace": "w.linkdesk",
        "demo": False,
        "qt_args": ["-reverse", "-style", "fusion", "-platform", "offscreen"],
        "passphrase": None,  # no --passphrase-file given
    }


@pytest.mark.parametrize(
    "argv", [["-reverse", "people", "WS"], ["people", "WS", "-reverse"], ["-style"], ["--bogus"]]
)
def test_usage_errors_stay_one_line_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("linkdesk: ")
    assert err.count("\n") == 1


def test_the_real_gui_starts_with_qt_options(tmp_path: Path) -> None:
    """The installed entry point, a real QApplication: unlock screen shown, then quits."""
    env = dict(os.environ, LINKDESK_BENCH_QUIT_AT_UNLOCK="1", HOME=str(tmp_path))
    env.pop("QT_QPA_PLATFORM", None)  # the platform comes from -platform below
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "-platform", "offscreen", "-reverse",
         "-style", "fusion", "--workspace", str(tmp_path / "new.linkdesk")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "unlock screen shown" in done.stdout
