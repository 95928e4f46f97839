"""The `linkdesk` command: no subcommand opens the GUI; subcommands serve IT staff and scripts.

Errors are one line on stderr. Exit codes: 1 operational, 2 usage, 3 could not unlock.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Sequence

from linkdesk import __version__
from linkdesk.commands.common import (
    PASSPHRASE_FILE_HELP,
    UsageError,
    has_surrogates,
    read_secret,
)
from linkdesk.domain.errors import LinkDeskError
from linkdesk.support.hardening import harden_process
from linkdesk.support.log import log_unexpected

# Each module has register(subparsers); a subcommand's handler is set with set_defaults(run=...).
COMMAND_MODULES = (
    "linkdesk.commands.core",
    "linkdesk.commands.demo",
    "linkdesk.commands.plan",
    "linkdesk.commands.report",
    "linkdesk.commands.directory",
    "linkdesk.commands.exchange",
    "linkdesk.commands.bench",
)


# Arguments that name files or folders: any bytes the OS allows are kept (surrogateescape).
# Every other text argument must be valid UTF-8 (it is searched for, stored or printed).
PATH_ARGUMENTS = frozenset(
    {
        "path",
        "dest",
        "newpath",
        "bundle",
        "sources",
        "out",
        "workspace",
        "passphrase_file",
        "bundle_passphrase_file",
        "new_passphrase_file",
        "backups",
    }
)


def one_line(text: str) -> str:
    """``text`` with line breaks, control characters and undecodable bytes written as escapes,
    so an error message stays on one line whatever a file name or argument holds."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see 'linkdesk --help')")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="linkdesk", description="LinkDesk for social prescribing link workers.")
    parser.add_argument("--version", action="version", version=f"linkdesk {__version__}")
    parser.add_argument("--workspace", metavar="PATH", help="the workspace to open in the GUI")
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a fresh demo workspace"
    )
    parser.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_FILE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments that were not UTF-8 on the command line (paths may be any bytes)."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and has_surrogates(v) for v in values):
            option = name.replace("_", "-")
            raise UsageError(f"The {option} argument is not valid text (it is not UTF-8).")


def _tolerant_stdout() -> None:
    """Paths that are not UTF-8 are printed as the bytes they were, not as a crash."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError, TypeError):
            reconfigure(errors="surrogateescape")


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # no core dumps of an unlocked workspace, whatever happens next
    argv = list(sys.argv[1:] if argv is None else argv)
    _tolerant_stdout()
    try:
        args = build_parser().parse_args(argv)
        check_text_arguments(args)
        if args.command is None:
            from linkdesk.app import run_gui  # Qt is imported only for the GUI

            passphrase = None
            if args.passphrase_file:  # read before any window opens: errors stay one line
                passphrase = read_secret(file=args.passphrase_file, env="", prompt="")
            return run_gui(workspace=args.workspace, demo=args.demo, passphrase=passphrase)
        return int(args.run(args) or 0)
    except LinkDeskError as exc:
        print(f"linkdesk: {one_line(str(exc))}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("linkdesk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `linkdesk people … | head`): not an error worth a line.
        # Point stdout at devnull so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"linkdesk: {one_line(f'{exc.strerror or exc}{where}')}.", file=sys.stderr)
        return 1
    except Exception as exc:  # the last guard: one line, never a traceback for a user
        if os.environ.get("LINKDESK_DEBUG"):
            raise
        log_unexpected(exc, "command")
        print(
            f"linkdesk: something went wrong ({type(exc).__name__}); your saved work is safe.",
            file=sys.stderr,
        )
        return 1
