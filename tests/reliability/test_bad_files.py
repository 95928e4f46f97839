"""Wrong passphrases and damaged files: one clear line, the right exit code, nothing changed."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.errors import UnlockError
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _state(path: Path) -> tuple[str | None, ...]:
    """The workspace file and its WAL and shared-memory companions, byte for byte."""
    return tuple(_digest(Path(f"{path}{suffix}")) for suffix in ("", "-wal", "-shm"))


@pytest.fixture
def filled(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        services = AppServices(ws)
        for i in range(30):
            services.people.add_person(Person(given_name="Ada", family_name=f"Filled{i}"))
    return workspace_path


def _check(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    code = main(["check", str(path), *extra])
    err = capsys.readouterr().err
    return code, err


def _assert_one_line(err: str) -> None:
    assert err.startswith("linkdesk: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err


def test_wrong_passphrases_leave_the_file_byte_identical(filled: Path) -> None:
    before = _state(filled)
    assert before[1:] == (None, None)  # closed cleanly: no WAL or shared memory left
    for attempt in range(10):
        with pytest.raises(UnlockError, match="Wrong passphrase"):
            Workspace.open(filled, f"wrong passphrase {attempt}")
    assert _state(filled) == before
    with Workspace.open(filled, PASSPHRASE) as ws:  # and the right one still works
        assert AppServices(ws).people.count() == 30


def test_wrong_passphrase_on_the_command_line_exits_3(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _state(filled)
    monkeypatch.setenv("LINKDESK_PASSPHRASE", "not the passphrase")
    code, err = _check(filled, capsys)
    assert code == 3
    _assert_one_line(err)
    assert "Wrong passphrase" in err
    assert _state(filled) == before


def _damage(kind: str, good: bytes, rng: random.Random) -> bytes:
    if kind == "truncated":
        return good[: len(good) // 2]
    if kind == "cut_short":
        return good[:700]
    if kind == "empty":
        return b""
    if kind == "random":
        return bytes(rng.randrange(256) for _ in range(len(good)))
    if kind == "plain_sqlite":
        return b"SQLite format 3\x00" + bytes(4096 - 16)
    damaged = bytearray(good)  # "corrupted": scribble over two pages in the middle
    pages = len(good) // 4096
    # Where the damage lands decides what an open reads: vary it (the audit log's pages, the
    # records' pages...); none may lead `check` to write into the damaged file.
    hit = (pages // 3, pages // 2) if kind == "corrupted_elsewhere" else (3, pages - 2)
    for page in hit:
        start = page * 4096 + 100
        damaged[start : start + 64] = bytes(rng.randrange(256) for _ in range(64))
    return bytes(damaged)


@pytest.mark.parametrize(
    ("kind", "exit_code"),
    [
        ("truncated", 3),
        ("cut_short", 3),
        ("empty", 3),
        ("random", 3),
        ("plain_sqlite", 3),
        ("corrupted", 9),  # DamagedError: its page check fails
        ("corrupted_elsewhere", 9),
    ],
)
def test_damaged_files_get_one_clear_line_and_are_never_changed(
    filled: Path,
    tmp_path: Path,
    kind: str,
    exit_code: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bad = tmp_path / f"{kind}.linkdesk"
    bad.write_bytes(_damage(kind, filled.read_bytes(), random.Random(kind)))
    before = _state(bad)
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    code = main(["check", str(bad), "--json"])
    out, err = capsys.readouterr()
    assert code == exit_code
    if kind.startswith("corrupted"):  # it unlocks: check reports each damaged page, by number
        report = json.loads(out)
        assert report["ok"] is False
        assert any("encrypted pages" in p for p in report["problems"])
        assert err == ""
    else:
        _assert_one_line(err)
    assert _state(bad) == before


def test_check_on_a_missing_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    before = sorted(tmp_path.iterdir())
    code, err = _check(tmp_path / "nothing-here.linkdesk", capsys)
    assert code == 1
    _assert_one_line(err)
    assert "There is no workspace" in err
    assert sorted(tmp_path.iterdir()) == before


def test_a_folder_is_not_a_workspace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, err = _check(tmp_path, capsys)
    assert code == 1
    _assert_one_line(err)
    assert "folder" in err


def test_second_instance_is_told_clearly(filled: Path) -> None:
    """A second process on an open workspace: one clear line, exit 4 (in use), nothing changed."""
    with Workspace.open(filled, PASSPHRASE):
        done = subprocess.run(
            [sys.executable, "-m", "linkdesk", "check", str(filled)],
            env={"LINKDESK_PASSPHRASE": PASSPHRASE, "PATH": "/usr/bin:/bin"},
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 4
        _assert_one_line(done.stderr)
        assert "already open" in done.stderr
        assert done.stdout == ""
    with Workspace.open(filled, PASSPHRASE) as ws:  # released when the first one closed
        assert ws.integrity_ok()
