"""What every subcommand shares: reading passphrases and opening a workspace."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.services.errors import DatabaseError


class UsageError(LinkDeskError):
    exit_code = 2


def _read_first_line(path: str) -> str:
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.readline().rstrip("\r\n")
    except OSError as exc:
        raise UsageError(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise UsageError(f"The passphrase file {path} is not text.") from None


def read_secret(*, file: str | None, env: str, prompt: str, confirm: bool = False) -> str:
    """From a file, else the environment, else a terminal prompt (twice when confirming)."""
    if file:
        return _read_first_line(file)
    if os.environ.get(env):
        return os.environ[env]
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


def add_passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )


@contextmanager
def open_services(args: argparse.Namespace, passphrase: str | None = None) -> Iterator[AppServices]:
    """Unlock the workspace named by args.path, yield its services, always close it.

    ``passphrase``: already read (else it is read from the file, environment or terminal).
    """
    path = Path(args.path)
    AppServices.check_looks_like_workspace(path)  # before prompting: nothing to unlock
    services = AppServices.open(path, passphrase or workspace_passphrase(args))
    try:
        yield services
    except DatabaseError:
        # A page that fails its check (a damaged or tampered file): say so in one line.
        raise LinkDeskError(
            f"The workspace {path.name} is damaged and cannot be read in full; "
            "restore it from a backup copy."
        ) from None
    finally:
        services.close()


def print_json(value: Any) -> None:
    print(json.dumps(value, indent=2, ensure_ascii=False, default=str))
