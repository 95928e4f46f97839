"""The `linkdesk` command: no subcommand opens the GUI; subcommands serve IT staff and scripts.

Errors are one line on stderr. Exit codes: 1 operational, 2 usage, 3 could not unlock.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from linkdesk import __version__
from linkdesk.commands.common import UsageError
from linkdesk.domain.errors import LinkDeskError

# Each module has register(subparsers); a subcommand's handler is set with set_defaults(run=...).
COMMAND_MODULES = (
    "linkdesk.commands.core",
    "linkdesk.commands.demo",
    "linkdesk.commands.plan",
    "linkdesk.commands.today",
    "linkdesk.commands.letter",
    "linkdesk.commands.report",
    "linkdesk.commands.directory",
    "linkdesk.commands.exchange",
    "linkdesk.commands.bench",
)


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
    parser.add_argument(
        "--passphrase-file", metavar="FILE", help="read the passphrase from the first line of FILE"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from linkdesk.app import run_gui  # Qt is imported only for the GUI

            return run_gui(workspace=args.workspace, demo=args.demo)
        return int(args.run(args) or 0)
    except LinkDeskError as exc:
        print(f"linkdesk: {exc}", file=sys.stderr)
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
        print(f"linkdesk: {exc.strerror or exc}{where}.", file=sys.stderr)
        return 1
    except Exception as exc:  # the last guard: one line, never a traceback for a user
        if os.environ.get("LINKDESK_DEBUG"):
            raise
        print(f"linkdesk: something went wrong ({type(exc).__name__}: {exc}).", file=sys.stderr)
        return 1
