"""Kind 9: `check` and backup agree: what a backup would refuse, check reports by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person


@pytest.fixture
def made(workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
    return workspace_path


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, object]]:
    code = main(["check", str(path), "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_stray_bytes_appended_fail_check_as_they_fail_backup(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with made.open("ab") as fh:
        fh.write(b"appended by something else")
    code, report = _check(made, capsys)
    assert code == 9  # damaged (the file itself, not only its audit log)
    assert report["ok"] is False
    problems = " | ".join(report["problems"])  # type: ignore[arg-type]
    assert "26 stray bytes at its end" in problems
    assert "encrypted pages" in problems  # SQLCipher's own page check agrees
    shared = tmp_path / "shared"
    shared.mkdir()
    with Workspace.open(made, PASSPHRASE) as ws, pytest.raises(LinkDeskError):
        AppServices(ws).exchange.backup(shared)  # and backup refuses the same file


def test_a_damaged_page_is_named_by_check(made: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = bytearray(made.read_bytes())
    page = 4096
    data[3 * page + 100] ^= 0xFF  # one byte in page 4 (an index or table page)
    made.write_bytes(bytes(data))
    code = main(["check", str(made)])
    out, err = capsys.readouterr()
    assert code == 9
    assert err == ""
    assert "PROBLEM: 1 problem(s) in the workspace file's encrypted pages" in out
    assert "HMAC verification failed for page 4" in out  # the page is named


def test_a_sound_workspace_passes_every_page_check(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, report = _check(made, capsys)
    assert (code, report["ok"], report["problems"]) == (0, True, [])
