"""The one error-to-message mapper: what each kind of error becomes, on screen and in the CLI."""

from __future__ import annotations

import errno
import logging

import pytest
import sqlcipher3

from linkdesk.commands.common import UsageError
from linkdesk.domain.errors import (
    Cancelled,
    LinkDeskError,
    NotFoundError,
    UnlockError,
    ValidationError,
    WorkspaceInUseError,
)
from linkdesk.services.errors import describe, message_for

# (error, message, exit code, expected)
TABLE: list[tuple[BaseException, str, int, bool]] = [
    (LinkDeskError("The folder X is not available."), "The folder X is not available.", 1, True),
    (UnlockError("Wrong passphrase, or not a workspace."), "Wrong passphrase, or not a workspace.",
     3, True),
    (UsageError("--people must be between 0 and 100."), "--people must be between 0 and 100.",
     2, True),
    (ValidationError("Write the goal first.", "text"), "Write the goal first.", 1, True),
    (NotFoundError("That person record no longer exists."),
     "That person record no longer exists.", 1, True),
    (WorkspaceInUseError("Already open in another window."), "Already open in another window.",
     4, True),
    (Cancelled(), "Stopped: nothing was changed.", 1, True),
    # Drive, lock and full-disk problems are classified (store/failures.py) and said as such.
    (OSError(errno.ENOSPC, "No space left on device"),
     "The drive holding the file is full: free some space, then try again.", 5, True),
    (PermissionError(errno.EACCES, "Permission denied"),
     "LinkDesk is not allowed to write to the folder (it may be read-only).", 6, True),
    (sqlcipher3.dbapi2.OperationalError("disk I/O error"),
     "The drive holding the file failed to read or write (was it unplugged, or is it "
     "failing?): check the drive, then try again.", 8, True),
    # Other OS errors in plain words, with the file they are about.
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/media/x.csv"),
     "No such file or directory (/media/x.csv).", 1, True),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "Is a directory.", 1, True),
    # Database faults that are not the drive's: logged, and said without their SQL.
    (sqlcipher3.dbapi2.IntegrityError("UNIQUE constraint failed: person.id"),
     "The workspace could not be read or written just now (IntegrityError). "
     "What was saved before is safe.", 1, False),
    # Anything else: a fault nobody expected, named by its kind only.
    (RuntimeError("boom"), "Something went wrong (RuntimeError). Your saved work is safe.", 1,
     False),
    (KeyError("Gwen"), "Something went wrong (KeyError). Your saved work is safe.", 1, False),
]  # fmt: skip


@pytest.mark.parametrize(("exc", "message", "code", "expected"), TABLE)
def test_each_kind_of_error_becomes_one_sentence(
    exc: BaseException, message: str, code: int, expected: bool
) -> None:
    report = describe(exc)
    assert report.message == message
    assert report.exit_code == code
    assert report.expected is expected
    assert "\n" not in report.message
    assert message_for(exc) == message


def test_only_unexpected_faults_are_logged_and_never_their_message(caplog) -> None:  # type: ignore[no-untyped-def]
    def raise_it(exc: BaseException) -> BaseException:
        try:
            raise exc
        except BaseException as caught:
            return caught

    with caplog.at_level(logging.DEBUG, logger="linkdesk"):
        describe(raise_it(LinkDeskError("Gwen Pritchard is not here.")), context="test")
        assert caplog.records == []
        describe(raise_it(ValueError("Gwen Pritchard, 12 Elm Road")), context="test mapper")
    (record,) = caplog.records
    text = record.getMessage()
    assert "builtins.ValueError" in text
    assert "test mapper" in text
    assert "test_error_messages.py" in text  # where it happened
    assert "Gwen" not in text
    assert "Elm" not in text


def test_the_cli_uses_the_same_mapper(capsys, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from linkdesk import cli
    from linkdesk.commands import core

    def explode(args):  # type: ignore[no-untyped-def]
        raise RuntimeError("Gwen Pritchard")

    monkeypatch.delenv("LINKDESK_DEBUG", raising=False)
    monkeypatch.setattr(core, "cmd_check", explode)
    assert cli.main(["check", str(tmp_path / "x.linkdesk")]) == 1
    err = capsys.readouterr().err
    assert err == f"linkdesk: {describe(RuntimeError('x')).message}\n"
    assert "Gwen" not in err
    missing = tmp_path / "missing.linkdesk"
    monkeypatch.setenv("LINKDESK_PASSPHRASE", "correct horse battery")
    assert cli.main(["people", str(missing)]) == 1
    assert capsys.readouterr().err == f"linkdesk: There is no workspace at {missing}.\n"
    assert "Integrity" not in err
