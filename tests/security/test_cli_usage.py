"""Kind 12: usage errors are one line and exit 2, whatever the argument.

Numbers that overflow (``--limit 1e23``, 10**30), text that is not UTF-8 (Python hands it
over with surrogate escapes), line breaks inside arguments; then hypothesis throws whole
command lines at the parser, and argument values at a real workspace.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import linkdesk.app
from linkdesk.cli import main
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

NOT_UTF8 = os.fsdecode(b"caf\xe9")  # Latin-1 bytes on a UTF-8 system: 'caf\udce9'


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "ws.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
    return path


@pytest.fixture(autouse=True)
def no_gui(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linkdesk.app, "run_gui", lambda **kwargs: 0)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as done:  # --help and --version print and exit 0, as argparse does
        code = int(done.code or 0)
        assert code == 0
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_clean_line(code: int, err: str) -> None:
    assert code in (0, 1, 2, 3), code
    assert err.count("\n") <= 1, err
    assert "something went wrong" not in err, err
    assert "Traceback" not in err


@pytest.mark.usefixtures("env")
@pytest.mark.parametrize(
    "argv",
    [
        ["people", "{ws}", "--limit", "1e23"],
        ["people", "{ws}", "--limit", "100000000000000000000000"],
        ["people", "{ws}", "--limit", "9" * 5000],  # past Python's int string limit
        ["people", "{ws}", "--limit", "-5"],
        ["people", "{ws}", "--limit", "0"],
        ["people", "{ws}", "--limit", "NaN"],
        ["directory", "search", "{ws}", "x", "--limit", "1e23"],
        ["demo", "{new}", "--people", "1e23"],
        ["demo", "{new}", "--seed", "10000000000000000000000"],
        ["bench", "--people", "-1"],
        ["plan", "{ws}", NOT_UTF8, "--out", "{new}.pdf"],
        ["erase", "{ws}", NOT_UTF8, "--yes"],
        ["people", "{ws}", "--search", NOT_UTF8],
        ["directory", "search", "{ws}", NOT_UTF8],
        ["directory", "search", "{ws}", "x", "--category", NOT_UTF8],
        ["export", "{ws}", "{dir}", "--kind", "person", "--person", NOT_UTF8],
        ["report", "{ws}", "--from", "0001-01-01\n2"],
        ["report", "{ws}", "--to", "0001-01-01"],
        ["report", "{ws}", "--from", "9999-12-31"],
        ["plan", "{ws}", "   ", "--out", "{new}.pdf"],
        ["no-such-command\nwith a break"],
        ["people", "{ws}", "--no-such-option\rx"],
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    argv: list[str], made: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled = [
        a.format(ws=made, new=tmp_path / "new.linkdesk", dir=tmp_path) if "{" in a else a
        for a in argv
    ]
    code, _, err = _run(capsys, filled)
    _assert_one_clean_line(code, err)
    assert code == 2, err


def test_paths_that_are_not_utf8_still_work(tmp_path: Path) -> None:
    """A PATH may be any bytes the file system allows: used as is, printed as is."""
    folder = os.fsencode(tmp_path) + b"/caf\xe9"
    os.mkdir(folder)
    workspace = folder + b"/w.linkdesk"
    env = {**os.environ, "LINKDESK_PASSPHRASE": PASSPHRASE}
    made = subprocess.run(
        [sys.executable, "-m", "linkdesk", "init", workspace], env=env, capture_output=True,
        check=False,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert "caf\ufffd/w.linkdesk".encode() in made.stdout  # shown readably (display_path)
    assert os.path.exists(workspace)  # and made where it was asked, byte for byte
    checked = subprocess.run(
        [sys.executable, "-m", "linkdesk", "check", workspace], env=env, capture_output=True,
        check=False,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stderr


# -- fuzzing -------------------------------------------------------------------------------

COMMANDS = [
    ["init"], ["check"], ["passwd"], ["people"], ["plan"], ["report"],
    ["directory", "import"], ["directory", "search"], ["directory", "export"],
    ["export"], ["import"], ["restore"], ["erase"], ["demo"], ["bench"], [],
]  # fmt: skip
OPTIONS = [
    "--limit", "--search", "--json", "--people", "--seed", "--services", "--kind", "--person",
    "--out", "--from", "--to", "--all-time", "--large-print", "--easy-read", "--category",
    "--day", "--free", "--accessible", "--yes", "--passphrase-file", "--bundle-passphrase-file",
    "--new-passphrase-file", "--workspace", "--demo", "--backups", "--version", "-h", "--",
]  # fmt: skip
VALUES = st.one_of(
    st.text(max_size=30),
    st.integers().map(str),
    st.integers(min_value=10**18, max_value=10**40).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.binary(max_size=12).map(os.fsdecode),  # whatever bytes a shell could pass
    st.sampled_from(
        ["1e23", "-0", "0x10", "٣", "2026-02-30", "0001-01-01", "9999-12-31", "mon", "\n", ""]
    ),
)


@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    command=st.sampled_from(COMMANDS),
    rest=st.lists(st.one_of(st.sampled_from(OPTIONS), VALUES), max_size=6),
)
def test_fuzzed_command_lines_never_crash(
    command: list[str], rest: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """No passphrase is set and the workspace does not exist: every line ends at parsing or
    at the first check, with one line and a documented exit code."""
    monkeypatch.delenv("LINKDESK_PASSPHRASE", raising=False)
    monkeypatch.chdir(tmp_path)
    if command in (["bench"], ["demo"]) and not any(r in ("-h", "--version") for r in rest):
        rest = [*rest, "--people", "-1"]  # never run a real benchmark or demo here
    code, _, err = _run(capsys, [*command, "missing.linkdesk", *rest])
    _assert_one_clean_line(code, err)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    which=st.sampled_from(
        [
            ["people", "{ws}", "--search", "{v}"],
            ["people", "{ws}", "--limit", "{v}"],
            ["directory", "search", "{ws}", "{v}"],
            ["directory", "search", "{ws}", "", "--day", "{v}"],
            ["directory", "search", "{ws}", "", "--category", "{v}"],
            ["report", "{ws}", "--from", "{v}"],
            ["report", "{ws}", "--to", "{v}"],
            ["plan", "{ws}", "{v}", "--out", "{out}"],
        ]
    ),
    value=VALUES,
)
def test_fuzzed_values_against_a_real_workspace(
    which: list[str], value: str, made: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    argv = [
        a.replace("{ws}", str(made)).replace("{v}", value).replace("{out}", str(tmp_path / "p.pdf"))
        for a in which
    ]
    code, _, err = _run(capsys, argv)
    _assert_one_clean_line(code, err)
