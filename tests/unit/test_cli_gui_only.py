"""A command line that only opens the GUI is parsed without the subcommands (cli.gui_only).

Building every subcommand's parser imports their modules and the services behind them; the
GUI's start-up skips that (issue 15: start to unlock). The result must be the one the whole
parser gives, and anything else must still reach the whole parser.
"""

from __future__ import annotations

import argparse

import pytest

from linkdesk.cli import build_parser, gui_only
from linkdesk.commands.common import UsageError

GUI_LINES = [
    [],
    ["--workspace", "w.linkdesk"],
    ["--workspace=w.linkdesk"],
    ["--workspace="],
    ["--demo"],
    ["--passphrase-file", "secret.txt", "--workspace", "w.linkdesk"],
    ["--passphrase-file=secret.txt", "--demo", "--workspace", "some place/w.linkdesk"],
]
OTHER_LINES = [
    ["people", "w.linkdesk"],
    ["--workspace", "w.linkdesk", "check", "w.linkdesk"],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--self-test"],
    ["--work", "w.linkdesk"],  # argparse's abbreviation: the whole parser decides
    ["--workspace"],  # no value: the whole parser says so
    ["--workspace", "--demo"],
    ["--", "w.linkdesk"],
    ["w.linkdesk"],
]


@pytest.mark.parametrize("line", GUI_LINES)
def test_a_gui_line_parses_as_the_whole_parser_parses_it(line: list[str]) -> None:
    assert gui_only(line)
    light = build_parser(commands=False).parse_args(line)
    whole = build_parser().parse_args(line)
    assert vars(light) == vars(whole)
    assert light.command is None


@pytest.mark.parametrize("line", OTHER_LINES)
def test_anything_else_goes_to_the_whole_parser(line: list[str]) -> None:
    assert not gui_only(line)


def test_the_whole_parser_still_knows_every_subcommand() -> None:
    parser = build_parser()
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    assert {"check", "people", "erase", "diagnostics", "bench"} <= set(subparsers[0].choices)
    with pytest.raises(UsageError):
        build_parser(commands=False).parse_args(["check", "w.linkdesk"])
