"""An output path that is the workspace (by any name) is refused: it would replace it.

``linkdesk plan W.pdf PERSON --out W.pdf`` wrote the plan over the open workspace, and
``linkdesk directory export W W`` the CSV: the caseload was gone. Every command that writes
to a path the user names checks it first, before anything is unlocked or written.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "caseload.pdf"  # a workspace may have any name
    with Workspace.create(path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
    return path


def _commands(ws: Path, out: Path) -> list[list[str]]:
    return [
        ["plan", str(ws), "Ann", "--out", str(out)],
        ["letter", str(ws), "Ann", "--to", "gp", "--out", str(out)],
        ["directory", "export", str(ws), str(out)],
    ]


@pytest.mark.parametrize("which", ["itself", "other-spelling", "hard-link", "audit-anchor"])
def test_no_output_replaces_the_workspace(
    made: Path, which: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if which == "itself":
        out = made
    elif which == "other-spelling":
        out = made.parent / "." / made.name
    elif which == "hard-link":
        out = made.parent / "linked.pdf"
        os.link(made, out)
    else:
        out = Path(f"{made}.audit-anchor")
        assert out.exists()
    before = out.read_bytes()
    for argv in _commands(made, out):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "is the workspace itself" in err
        assert err.count("\n") == 1
        assert out.read_bytes() == before
    with Workspace.open(made, PASSPHRASE) as ws:  # still opens, still holds Ann
        assert [row.name for row in AppServices(ws).people.search("")] == ["Ann Tester"]


def test_other_outputs_are_still_written(
    made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i, argv in enumerate(_commands(made, tmp_path / "out.pdf")):
        target = tmp_path / f"out{i}.pdf"
        argv[argv.index(str(tmp_path / "out.pdf"))] = str(target)
        assert main(argv) == 0, capsys.readouterr().err
        assert target.stat().st_size > 0
