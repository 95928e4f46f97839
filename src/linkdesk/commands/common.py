"""What every subcommand shares: reading passphrases and opening a workspace."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.filenames import display_path, has_surrogates
from linkdesk.fileio.passphrase_file import read_passphrase_file
from linkdesk.fileio.protected import WORKSPACE_FILE_SUFFIXES, is_workspace_file
from linkdesk.services.errors import is_database_error

if TYPE_CHECKING:  # imported when a workspace is opened: the GUI's start-up passes here too
    from linkdesk.services.app_services import AppServices


class UsageError(LinkDeskError):
    exit_code = 2


def whole_number(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number from ``low`` to ``high``: anything else
    ("1e23", "-5", 10**30, "ten") is a usage error naming the range."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip().replace("_", "").replace(",", ""), 10)
        except ValueError:
            value = None
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{text[:40]!r} is not a whole number from {low:,} to {high:,}"
            )
        return value

    parse.__name__ = "whole number"
    return parse


def _read_first_line(path: str) -> str:
    try:
        return read_passphrase_file(path)
    except LinkDeskError as exc:
        raise UsageError(str(exc)) from None


def read_secret(*, file: str | None, env: str, prompt: str, confirm: bool = False) -> str:
    """From a file, else the environment, else a terminal prompt (twice when confirming)."""
    if file:
        return _read_first_line(file)
    if os.environ.get(env):
        value = os.environ[env]
        if has_surrogates(value):
            raise UsageError(f"{env} is not valid text (it is not UTF-8).")
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"No passphrase given: use --passphrase-file or set {env}.")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise UsageError("The two passphrases are different.")
    return first


def workspace_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    return read_secret(
        file=getattr(args, "passphrase_file", None),
        env="LINKDESK_PASSPHRASE",
        prompt="Workspace passphrase: ",
        confirm=confirm,
    )


PASSPHRASE_FILE_HELP = (
    "read the passphrase from the first line of FILE (UTF-8 or UTF-16; "
    "given before or after the command)"
)


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: when not given here, the value given before the subcommand (the global
    # option `linkdesk --passphrase-file F COMMAND`) is kept instead of being reset to None.
    parser.add_argument(
        "--passphrase-file", metavar="FILE", default=argparse.SUPPRESS, help=PASSPHRASE_FILE_HELP
    )


@contextmanager
def open_services(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[AppServices]:
    """Unlock the workspace named by args.path, yield its services, always close it.

    ``passphrase``: already read (else it is read from the file, environment or terminal).
    """
    from linkdesk.services.app_services import AppServices

    path = Path(args.path)
    AppServices.check_looks_like_workspace(path)  # before prompting: nothing to unlock
    services = AppServices.open(path, passphrase or workspace_passphrase(args))
    try:
        yield services
    except Exception as exc:
        # A database error: say what happened. A full, read-only, failing or busy drive is
        # not damage; only a page check that fails (run now, on this connection) says
        # "damaged". Anything else goes on as it was raised.
        typed = services.storage_error(exc) if is_database_error(exc) else None
        if typed is None:
            raise
        raise typed from None
    finally:
        services.close()


def refuse_overwriting_workspace(workspace: str, out: Path) -> None:
    """Raise UsageError when ``out`` is the workspace file (or one of its companions) by any
    name: ``linkdesk plan W.pdf P --out W.pdf`` replaced the open workspace with a PDF.
    Checked before unlocking, so it is a usage error (exit 2); the atomic writer refuses the
    same for any open workspace (fileio/protected.py)."""
    if out.exists() and is_workspace_file(out, workspace, WORKSPACE_FILE_SUFFIXES):
        raise UsageError(
            f"{shown(out)} is the workspace itself (or one of its files): "
            "save to another name — nothing was written."
        )


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))


def shown(path: Path | str) -> str:
    """A path as printed: undecodable bytes as U+FFFD (see domain/filenames.py)."""
    return display_path(path)


def configure_output() -> None:
    """UTF-8 on every platform for output that goes to a file or a pipe; the console's own
    encoding on a console, with "?" for any character it cannot show. Never a crash or a
    file cut short at the first name the ANSI code page cannot encode.

    Windows writes redirected output through the ANSI code page (cp1252…) by default, and
    PYTHONIOENCODING can force any encoding: both are overridden for files and pipes, so
    ``linkdesk people WS > list.txt`` is the same UTF-8 file on every laptop. Python's own
    Windows console writer is Unicode already; elsewhere a console gets replacement rather
    than an exception. stderr follows the same rule, with backslash escapes.
    """
    for stream, errors in ((sys.stdout, "replace"), (sys.stderr, "backslashreplace")):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is None:  # replaced by a test harness or an embedding program
            continue
        try:
            console = stream.isatty()
        except (ValueError, OSError):
            continue
        try:
            if console:
                reconfigure(errors=errors)
            else:
                reconfigure(encoding="utf-8", errors=errors)
        except (ValueError, OSError, LookupError):  # already written to, or closed
            continue
