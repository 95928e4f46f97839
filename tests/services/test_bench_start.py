"""The bench's start-to-unlock-screen hook: the GUI reports its unlock screen and quits."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk import app
from linkdesk.services import bench


def test_hook_strings_match_the_gui() -> None:
    assert bench.QUIT_AT_UNLOCK_ENV == app.QUIT_AT_UNLOCK_ENV
    assert bench.UNLOCK_SHOWN_MARKER == app.UNLOCK_SHOWN_MARKER


def test_gui_child_reaches_the_unlock_screen_and_quits(tmp_path: Path) -> None:
    figures = bench.measure_start_to_unlock_screen(tmp_path / "new.linkdesk", runs=1)
    assert 0 < figures["start_to_unlock_screen_ms"] <= figures["start_to_unlock_screen_max_ms"]
    assert figures["start_to_unlock_screen_ms"] < 30_000
    assert not (tmp_path / "new.linkdesk").exists()  # showing the screen creates nothing


def test_gui_children_use_bytecode_as_an_installed_app_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A developer's PYTHONDONTWRITEBYTECODE would make every timed start compile from source.
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = bench._child_env(tmp_path)
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert env["XDG_CONFIG_HOME"] == str(tmp_path / "config")
