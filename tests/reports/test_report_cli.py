from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.reports.dataset import CANARIES, build_known


@pytest.fixture
def filled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "cli.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        build_known(AppServices(ws), date.today())
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    return path


def test_report_json(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(filled), "--json"]) == 0
    out = capsys.readouterr().out
    data = json.loads(out)
    summary = next(t for t in data["tables"] if t["key"] == "summary")
    assert summary["rows"][1] == {
        "label": "Referrals received",
        "values": ["8"],
        "snomed_code": "871731000000106",
    }
    assert not any(c in out for c in CANARIES)


def test_report_text_all_time(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(filled), "--all-time"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Commissioner report, the first record to ")
    assert "Referrals received" in out
    assert "[SNOMED 871711000000103]" in out


def test_bad_dates_are_usage_errors(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", str(filled), "--from", "yesterday"]) == 2
    assert main(["report", str(filled), "--from", "2026-05-01", "--to", "2026-04-01"]) == 1
    err = capsys.readouterr().err
    assert "starts after it ends" in err
    assert len(err.strip().splitlines()) == 2
