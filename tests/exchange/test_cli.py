"""linkdesk export / import / restore / erase, end to end through cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person


@pytest.fixture
def ws_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("LINKDESK_BUNDLE_PASSPHRASE", raising=False)
    path = tmp_path / "a.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        pid = add_person(AppServices(ws), "Ann")
    return path, pid


def test_backup_import_restore_erase(ws_file, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, pid = ws_file
    share = tmp_path / "share"
    share.mkdir()
    assert main(["export", str(path), str(share), "--kind", "backup"]) == 0
    bundle = next(share.glob("*.ldbackup"))
    assert "Backup saved and checked" in capsys.readouterr().out
    assert main(["import", str(path), str(bundle)]) == 0
    assert "Added 0, updated 0, deleted 0" in capsys.readouterr().out
    key_file = tmp_path / "key"
    key_file.write_text(PASSPHRASE + "\n")
    new = tmp_path / "restored.linkdesk"
    assert main(["restore", str(bundle), str(new), "--bundle-passphrase-file", str(key_file)]) == 0
    assert new.exists()
    assert main(["restore", str(bundle), str(new), "--bundle-passphrase-file", str(key_file)]) == 1
    assert "already a file" in capsys.readouterr().err
    assert main(["erase", str(path), pid]) == 2
    assert main(["erase", str(path), "Ann Tester", "--yes"]) == 0
    assert "Erased 11 records" in capsys.readouterr().out  # 9 kinds, the person, a history row


def test_person_export_warns_on_stderr(ws_file, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, pid = ws_file
    out = tmp_path / "out"
    out.mkdir()
    assert main(["export", str(path), str(out), "--kind", "person", "--person", "Ann"]) == 0
    captured = capsys.readouterr()
    assert "NOT encrypted" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]


def test_report_export_writes_csv_and_pdf(ws_file, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path, _ = ws_file
    out = tmp_path / "report"
    out.mkdir()
    assert main(["export", str(path), str(out), "--kind", "report"]) == 0
    assert sorted(p.suffix for p in out.iterdir()) == [".csv", ".pdf"]


def test_errors_are_one_line(ws_file, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, _ = ws_file
    assert main(["export", str(path), str(tmp_path / "gone"), "--kind", "backup"]) == 1
    assert main(["export", str(path), str(tmp_path / "gone"), "--kind", "report"]) == 1
    assert main(["export", str(path), str(tmp_path), "--kind", "person"]) == 2
    monkeypatch.setenv("LINKDESK_BUNDLE_PASSPHRASE", "short")
    assert main(["export", str(path), str(tmp_path), "--kind", "backup"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 4
    assert "not available (is the drive plugged in?)" in err[0]
    assert "not available (is the drive plugged in?)" in err[1]
    assert not (tmp_path / "gone").exists()
    assert "--person" in err[2]
    assert all(line.startswith("linkdesk: ") for line in err)


def test_import_into_a_workspace_open_elsewhere_is_refused(ws_file, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path, _ = ws_file
    share = tmp_path / "share"
    share.mkdir()
    assert main(["export", str(path), str(share), "--kind", "backup"]) == 0
    bundle = next(share.glob("*.ldbackup"))
    capsys.readouterr()
    with Workspace.open(path, PASSPHRASE):
        assert main(["import", str(path), str(bundle)]) == 4  # in use (WorkspaceInUseError)
    assert "already open in another LinkDesk window" in capsys.readouterr().err
