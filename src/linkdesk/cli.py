"""The `linkdesk` command: no subcommand opens the GUI; subcommands serve IT staff and scripts.

Errors are one line on stderr. Exit codes (domain/errors.py has the table): 1 operational,
2 usage, 3 could not unlock, 4 file in use, 5 disk full, 6 read-only, 7 unsupported drive,
8 drive I/O error, 9 damaged, 10 file name too long. Output to a file or pipe is UTF-8.
Qt's own options (``-reverse``, ``-style fusion``, ``-platform offscreen``…) go to the GUI.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from linkdesk import __version__
from linkdesk.commands.common import (
    PASSPHRASE_FILE_HELP,
    UsageError,
    configure_output,
    read_secret,
)
from linkdesk.domain.filenames import has_surrogates
from linkdesk.qt_options import split_qt_options
from linkdesk.services.errors import describe
from linkdesk.support.hardening import harden_process
from linkdesk.support.log import get_logger
from linkdesk.support.logfile import setup_logging

# LinkDesk's global options that take a value (their value is never a Qt option).
GLOBAL_WITH_VALUE = ("--workspace", "--passphrase-file")

# The options that may come without a subcommand to open the GUI. When the command line holds
# only these, the subcommands' parsers are not built, so opening the GUI imports none of their
# modules (and none of the services they use) before the unlock screen (issue 15: start-up).
GUI_FLAGS = ("--demo",)


def command_modules() -> tuple[Any, ...]:
    """Each module has register(subparsers); a subcommand's handler is set with
    set_defaults(run=...). Plain imports, not importlib by name: a frozen bundle's import
    analysis must see them all."""
    from linkdesk.commands import (
        bench,
        core,
        demo,
        directory,
        exchange,
        letter,
        plan,
        report,
        support,
        today,
    )

    return (core, demo, plan, today, letter, report, directory, exchange, bench, support)


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


def check_text_arguments(args: argparse.Namespace) -> None:
    """Refuse text arguments that were not UTF-8 on the command line (paths may be any bytes)."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        values = value if isinstance(value, list) else [value]
        if any(isinstance(v, str) and has_surrogates(v) for v in values):
            option = name.replace("_", "-")
            raise UsageError(f"The {option} argument is not valid text (it is not UTF-8).")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see 'linkdesk --help')")


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False`` leaves the subcommands out (for a command
    line that only opens the GUI: see :func:`gui_only`)."""
    parser = _Parser(prog="linkdesk", description="LinkDesk for social prescribing link workers.")
    parser.add_argument("--version", action="version", version=f"linkdesk {__version__}")
    parser.add_argument("--workspace", metavar="PATH", help="the workspace to open in the GUI")
    parser.add_argument(
        "--demo", action="store_true", help="open the GUI on a fresh demo workspace"
    )
    parser.add_argument("--passphrase-file", metavar="FILE", help=PASSPHRASE_FILE_HELP)
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation works (workspace, plan PDF, fonts, Qt) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in command_modules() if commands else ():
        module.register(sub)
    return parser


def gui_only(own: Sequence[str]) -> bool:
    """True when ``own`` (LinkDesk's arguments, Qt's taken out) holds only the options that
    open the GUI, each complete: parsing it needs no subcommand. Anything else (a subcommand,
    ``--help``, ``--version``, ``--self-test``, an abbreviated or unknown option, an option
    missing its value) goes to the whole parser, which says what is wrong."""
    rest = iter(own)
    for arg in rest:
        if arg in GUI_FLAGS or any(arg.startswith(f"{o}=") for o in GLOBAL_WITH_VALUE):
            continue
        if arg in GLOBAL_WITH_VALUE:
            value = next(rest, None)
            if value is None or value.startswith("-"):
                return False
            continue
        return False
    return True


def _what(args: argparse.Namespace) -> str:
    """What ran, for the log: the command's name only, never its arguments (they name people)."""
    if args.self_test:
        return "self-test"
    if args.command is None:
        return "gui"
    return " ".join(p for p in (args.command, getattr(args, "directory_command", None)) if p)


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our arguments parsed, and Qt's own options (kept for QApplication) when no
    subcommand is given; Qt options with a subcommand are a usage error."""
    try:
        own, qt = split_qt_options(argv, GLOBAL_WITH_VALUE)
    except ValueError as exc:
        raise UsageError(f"the Qt option {exc} needs a value (see 'linkdesk --help')") from None
    args = build_parser(commands=not gui_only(own)).parse_args(own)
    check_text_arguments(args)
    if qt and args.command is not None:
        raise UsageError(
            f"{qt[0]} is an option of the GUI; leave it out of 'linkdesk {args.command}'"
        )
    return args, qt


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # no core dumps of an unlocked workspace, whatever happens next
    argv = list(sys.argv[1:] if argv is None else argv)
    _give_windowed_streams()
    configure_output()
    log = get_logger("cli")
    what = "linkdesk"
    try:
        args, qt_args = _parse(argv)
        what = _what(args)
        logs = setup_logging(what)
        if logs.problem:  # said once: here for a command; the GUI, the self-test and
            from linkdesk.commands import support  # diagnostics each show it their own way

            support.LOG_PROBLEM.append(logs.problem)
            if args.command not in (None, "diagnostics") and not args.self_test:
                print(f"linkdesk: {logs.problem}", file=sys.stderr)
        if args.self_test:
            from linkdesk.commands.self_test import run_self_test

            code = run_self_test(log_setup=logs)
        elif args.command is None:
            from linkdesk.app import run_gui  # Qt is imported only for the GUI

            passphrase = None
            if args.passphrase_file:  # read before any window opens: errors stay one line
                passphrase = read_secret(file=args.passphrase_file, env="", prompt="")
            code = run_gui(
                workspace=args.workspace,
                demo=args.demo,
                log_setup=logs,
                qt_args=qt_args,
                passphrase=passphrase,
            )
        else:
            code = int(args.run(args) or 0)
        log.info("%s ended: exit %d", what, code)
        return code
    except KeyboardInterrupt:
        print("linkdesk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `linkdesk people … | head`): not an error worth a line.
        # Point stdout at devnull so the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:  # one line, never a traceback: the same sentences as the GUI
        report = describe(exc, context=what)  # logs an unexpected fault (type and frames)
        if report.expected:
            errno = f" errno {exc.errno}" if isinstance(exc, OSError) else ""
            log.warning(
                "%s failed: %s%s (exit %d)", what, type(exc).__name__, errno, report.exit_code
            )
        elif os.environ.get("LINKDESK_DEBUG"):
            raise
        print(f"linkdesk: {one_line(report.message)}", file=sys.stderr)
        return report.exit_code


def _give_windowed_streams() -> None:
    """A windowed Windows build (LinkDesk.exe) starts with no stdout/stderr (None): point them
    at the null device so a stray print, argparse's --help or faulthandler cannot fail."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
