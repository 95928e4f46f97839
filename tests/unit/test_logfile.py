"""The support log file: private folder and files, rotation, faulthandler, and no crash when
the folder cannot be written."""

from __future__ import annotations

import faulthandler
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from linkdesk.support import logfile
from linkdesk.support.log import get_logger, log_unexpected

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "state" / "LinkDesk" / "log"
    yield folder
    logfile.teardown_logging()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_folder_is_0700_and_files_0600(logs: Path) -> None:
    setup = logfile.setup_logging("test", logs)
    assert setup.problem == ""
    assert setup.log_file == logs / logfile.LOG_NAME
    get_logger("test").info("event happened: id %s", "abc123")
    assert _mode(logs) == 0o700
    assert _mode(logs / logfile.LOG_NAME) == 0o600
    assert _mode(logs / logfile.CRASH_NAME) == 0o600
    text = (logs / logfile.LOG_NAME).read_text(encoding="utf-8")
    assert "start test: linkdesk " in text
    assert "event happened: id abc123" in text


@posix_only
def test_loose_permissions_are_tightened(logs: Path) -> None:
    logs.mkdir(parents=True, mode=0o755)
    logs.chmod(0o755)
    (logs / logfile.LOG_NAME).write_text("old\n")
    (logs / logfile.LOG_NAME).chmod(0o644)
    logfile.setup_logging("test", logs)
    assert _mode(logs) == 0o700
    assert _mode(logs / logfile.LOG_NAME) == 0o600


@posix_only
def test_rotated_files_are_private_too(logs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logfile, "MAX_BYTES", 2000)
    logfile.setup_logging("test", logs)
    log = get_logger("test")
    for number in range(200):
        log.info("event %05d %s", number, "x" * 40)
    rotated = sorted(logs.glob(f"{logfile.LOG_NAME}.*"))
    assert rotated, "nothing rotated"
    assert len(rotated) <= logfile.BACKUPS
    assert all(_mode(p) == 0o600 for p in rotated)


def test_faulthandler_writes_to_the_crash_file(logs: Path) -> None:
    setup = logfile.setup_logging("test", logs)
    assert faulthandler.is_enabled()
    assert setup.crash_file is not None
    faulthandler.dump_traceback(file=open(setup.crash_file, "a"))  # noqa: SIM115
    assert "test_faulthandler_writes_to_the_crash_file" in setup.crash_file.read_text()


def test_unwritable_folder_gives_one_line_and_no_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    setup = logfile.setup_logging("test", blocker / "log")
    assert setup.log_file is None
    assert "cannot write its support log" in setup.problem
    assert "\n" not in setup.problem
    get_logger("test").warning("still fine")  # no handler: nothing raised, nothing printed
    logfile.teardown_logging()


def test_log_unexpected_reaches_the_file_without_the_message(logs: Path) -> None:
    logfile.setup_logging("test", logs)
    try:
        raise KeyError("Ada Lovelace, 12 Secret Road")
    except KeyError as exc:
        log_unexpected(exc, "saving")
    for handler in logging.getLogger("linkdesk").handlers:
        handler.flush()
    text = (logs / logfile.LOG_NAME).read_text(encoding="utf-8")
    assert "unexpected saving: builtins.KeyError at test_logfile.py:" in text
    assert "Lovelace" not in text


def test_a_command_runs_without_a_log_and_says_so_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from linkdesk.cli import main

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(logfile.LOG_DIR_ENV, str(blocker / "log"))
    assert main(["diagnostics"]) == 0
    out, err = capsys.readouterr()
    assert err == ""  # diagnostics reports it in its own output instead
    assert out.count("cannot write its support log") == 1
    secret = tmp_path / "p.txt"
    secret.write_text("a passphrase for this test")
    assert main(["init", str(tmp_path / "w.linkdesk"), "--passphrase-file", str(secret)]) == 0
    out, err = capsys.readouterr()
    assert "Created an empty workspace" in out
    assert err.count("cannot write its support log") == 1
    assert err.count("\n") == 1
