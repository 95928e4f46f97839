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
from typing import Any

from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio.passphrase_file import read_passphrase_file
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import DatabaseError, Workspace


class UsageError(LinkDeskError):
    exit_code = 2


def has_surrogates(text: str) -> bool:
    """True for text decoded from bytes that were not UTF-8 (Python's surrogateescape)."""
    return any("\udc80" <= ch <= "\udcff" for ch in text)


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
def open_services(args: argparse.Namespace) -> Iterator[AppServices]:
    """Unlock the workspace named by args.path, yield its services, always close it."""
    path = Path(args.path)
    Workspace.check_looks_like_workspace(path)  # before prompting: nothing to unlock
    with Workspace.open(path, workspace_passphrase(args)) as ws:
        try:
            yield AppServices(ws)
        except DatabaseError:
            # A page that fails its check (a damaged or tampered file): say so in one line.
            raise LinkDeskError(
                f"The workspace {path.name} is damaged and cannot be read in full; "
                "restore it from a backup copy."
            ) from None


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))
