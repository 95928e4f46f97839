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
from linkdesk.domain.errors import LinkDeskError
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


# -- the same through the services, as the GUI saves (plan preview, letter, directory, reports)


def _saves(services: AppServices, pid: str) -> dict[str, object]:
    from linkdesk.domain.enums import LetterRecipient

    return {
        "plan": lambda path: services.plans.save_pdf(pid, path),
        "letter": lambda path: services.letters.save_pdf(pid, LetterRecipient.GP, path),
        "directory": lambda path: services.directory.export_csv(path),
    }


@pytest.mark.parametrize("kind", ["plan", "letter", "directory"])
@pytest.mark.parametrize("spelling", ["same", "dotted", "hard link", "symlink", "wal"])
def test_no_service_saves_over_the_open_workspace(tmp_path: Path, kind: str, spelling: str) -> None:
    path = tmp_path / "work.pdf"  # a workspace may have any name, even a PDF's
    if spelling == "wal" and kind != "directory":
        pytest.skip("a PDF is only ever saved to a .pdf name")
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        pid = add_person(services, "Ann")
        ws.execute("PRAGMA wal_checkpoint(PASSIVE)")
        target = {
            "same": path,
            "dotted": tmp_path / "sub" / ".." / path.name,
            "hard link": tmp_path / "linked.pdf",
            "symlink": tmp_path / "pointer.pdf",
            "wal": Path(f"{path}-wal"),
        }[spelling]
        (tmp_path / "sub").mkdir()
        if spelling == "hard link":
            os.link(path, target)
        elif spelling == "symlink":
            target.symlink_to(path)
        if not target.exists():
            pytest.skip("no WAL file at this moment")
        before = path.read_bytes()
        save = _saves(services, pid)[kind]
        with pytest.raises(LinkDeskError, match="is the open workspace"):
            save(target)  # type: ignore[operator]
        assert path.read_bytes() == before
        assert services.people.count() == 1
    with Workspace.open(path, PASSPHRASE) as ws:
        assert AppServices(ws).people.count() == 1


def test_after_closing_the_name_is_free_again(tmp_path: Path) -> None:
    path = tmp_path / "old.pdf"
    with Workspace.create(path, PASSPHRASE) as ws:
        pid = add_person(AppServices(ws), "Ann")
    with Workspace.create(tmp_path / "other.linkdesk", PASSPHRASE) as ws:
        services = AppServices(ws)
        other = add_person(services, "Bea")
        services.plans.save_pdf(other, path)  # the user asked to replace a closed file
    assert path.read_bytes().startswith(b"%PDF-")
    assert pid
