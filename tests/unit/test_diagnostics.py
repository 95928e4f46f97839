"""linkdesk diagnostics: the report's keys, the last errors from the log, the CLI's output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from linkdesk import __version__
from linkdesk.cli import main
from linkdesk.services import diagnostics
from linkdesk.support import logfile
from linkdesk.support.diagnostics import last_errors

LINES = """\
2026-11-29T10:00:00.000Z INFO linkdesk.cli [10] start gui: linkdesk 0.1.0
2026-11-29T10:00:01.000Z WARNING linkdesk.cli [10] check failed: UnlockError (exit 3)
2026-11-29T10:00:02.000Z ERROR linkdesk.errors [10] unexpected: builtins.KeyError at a.py:1 in f
2026-11-29T10:00:03.000Z INFO linkdesk.cli [10] gui ended: exit 0
"""


def test_last_errors_are_the_warning_and_error_lines(tmp_path: Path) -> None:
    (tmp_path / "linkdesk.log.1").write_text("2026-11-28T09:00:00.000Z ERROR linkdesk.x [1] old\n")
    (tmp_path / "linkdesk.log").write_text(LINES)
    found = last_errors(tmp_path)
    assert found == [
        "2026-11-28T09:00:00.000Z ERROR linkdesk.x: old",
        "2026-11-29T10:00:01.000Z WARNING linkdesk.cli: check failed: UnlockError (exit 3)",
        "2026-11-29T10:00:02.000Z ERROR linkdesk.errors: unexpected: "
        "builtins.KeyError at a.py:1 in f",
    ]
    assert last_errors(tmp_path, limit=1) == found[-1:]
    assert last_errors(tmp_path / "missing") == []


def test_report_has_versions_folders_and_os(tmp_path: Path) -> None:
    report = diagnostics.collect(log_dir=tmp_path)
    assert report["version"] == __version__
    assert report["log_dir"] == str(tmp_path)
    assert report["data_dir"]
    for key in ("linkdesk", "python", "qt", "pyside6", "sqlcipher", "sqlite", "reportlab"):
        assert report["versions"][key] not in ("", "unknown"), key
    assert report["versions"]["sqlcipher"][0] == "4"
    assert report["os"]["system"]
    text = diagnostics.format_text(report)
    assert f"LinkDesk {__version__}" in text
    assert f"Log folder: {tmp_path}" in text


def test_cli_diagnostics_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diagnostics", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    for key in ("log_dir", "data_dir", "version", "versions", "os", "settings", "last_errors"):
        assert key in report
    assert report["log_dir"] == str(logfile.default_log_dir())


def test_cli_diagnostics_lists_a_failed_command_by_type_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "Łucja Secretname.linkdesk"
    secret.write_bytes(b"not a workspace at all" * 100)
    assert main(["check", str(secret), "--passphrase-file", str(secret)]) != 0
    capsys.readouterr()
    assert main(["diagnostics"]) == 0
    out = capsys.readouterr().out
    assert "check failed: " in out
    assert "Secretname" not in out
