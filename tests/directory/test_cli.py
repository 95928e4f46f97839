from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkdesk.cli import main
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oruk"


@pytest.fixture
def ws_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "cli.linkdesk"
    Workspace.create(path, PASSPHRASE).close()
    return path


def test_import_search_export(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [str(FIXTURES / n) for n in ("service.json", "list_page.json", "package")]
    assert main(["directory", "import", str(ws_path), *sources]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Imported: 6 added, 0 updated, 0 unchanged, 3 rejected")
    assert "out of range" in out

    assert main(["directory", "search", str(ws_path), "walkng", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["name"] == "Leeds Walking for Health"
    assert found[0]["free"] is True

    assert main(["directory", "search", str(ws_path), "", "--free", "--day", "wed"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert {line.split("  ")[0] for line in lines} == {"Carers Cafe", "Money Matters Debt Advice"}

    dest = tmp_path / "export.csv"
    assert main(["directory", "export", str(ws_path), str(dest)]) == 0
    assert "Exported 6 services" in capsys.readouterr().out
    assert dest.read_text(encoding="utf-8-sig").startswith("name,organisation,")


def test_bad_input_exits_1_with_one_line_and_changes_nothing(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["directory", "import", str(ws_path), str(FIXTURES / "service.json")]) == 0
    capsys.readouterr()
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    code = main(["directory", "import", str(ws_path), str(FIXTURES / "list_page.json"), str(bad)])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1
    assert "not a text file" in err
    assert main(["directory", "search", str(ws_path), "", "--json"]) == 0
    assert [s["name"] for s in json.loads(capsys.readouterr().out)] == ["Leeds Walking for Health"]


def test_usage_errors_exit_2(ws_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["directory", "search", str(ws_path), "x", "--day", "someday"]) == 2
    assert main(["directory", "import", str(ws_path)]) == 2
    assert "linkdesk:" in capsys.readouterr().err


def test_search_output_strips_terminal_escapes(
    ws_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "evil.json"
    src.write_text(json.dumps({"id": "e", "name": "Evil \u001b[31mred"}), encoding="utf-8")
    assert main(["directory", "import", str(ws_path), str(src)]) == 0
    capsys.readouterr()
    assert main(["directory", "search", str(ws_path), "evil"]) == 0
    assert "\x1b" not in capsys.readouterr().out
