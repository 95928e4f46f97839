"""Kind 8: every read of an outside file is bounded by the bytes actually read.

``/dev/zero`` (size 0 by stat, endless by read), a FIFO nobody writes to (an open that would
block), and a file that grows while it is read: as an import source, a manifest, a
passphrase file and a workspace. Each is one clear line and an exit code: no hang, no
unbounded memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pytest

from linkdesk.cli import main
from linkdesk.domain.errors import LinkDeskError
from linkdesk.fileio import bounded
from linkdesk.fileio.bounded import LimitedReader, TooLargeError, open_regular, read_bounded
from linkdesk.fileio.passphrase_file import read_passphrase_file
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person

pytestmark = pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero, FIFOs")


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


@pytest.fixture
def made(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Ann")
    return workspace_path


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    _, err = capsys.readouterr()
    return code, err


def _one_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert "something went wrong" not in err
    return lines[0]


# -- the helper itself ---------------------------------------------------------------------


def test_dev_zero_is_refused_where_a_file_is_expected() -> None:
    with pytest.raises(LinkDeskError, match="is a device"):
        read_bounded(Path("/dev/zero"), 1000, what="manifest")


def test_dev_zero_as_a_stream_stops_at_the_limit() -> None:
    with pytest.raises(TooLargeError, match="larger than 1 KB"):
        read_bounded(Path("/dev/zero"), 1024, what="passphrase file", allow_stream=True)


def test_a_fifo_is_refused_without_blocking(fifo: Path) -> None:
    with pytest.raises(LinkDeskError, match="pipe"):
        read_bounded(fifo, 1000, what="import file")
    with pytest.raises(LinkDeskError, match="pipe"):
        open_regular(fifo, what="import file")


def test_a_file_that_grows_while_read_is_cut_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "growing.json"
    path.write_bytes(b"[" + b" " * 500)  # small when checked...
    real = bounded._blocking

    def grow_then_read(fd: int) -> None:
        with path.open("ab") as fh:  # ...and growing right after
            fh.write(b" " * 5000)
        real(fd)

    monkeypatch.setattr(bounded, "_blocking", grow_then_read)
    with pytest.raises(TooLargeError):
        read_bounded(path, 1000, what="import file")


def test_a_limited_reader_stops_a_stream_at_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 10_000)
    with LimitedReader(open_regular(path), 4096, name=path.name) as reader:
        assert len(reader.read(4096)) == 4096
        with pytest.raises(TooLargeError):
            reader.read(1)


# -- where LinkDesk reads outside files ----------------------------------------------------


@pytest.mark.usefixtures("env_passphrase")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_import_sources(
    made: Path, fifo: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = "/dev/zero" if kind == "dev-zero" else str(fifo)
    code, err = _run(capsys, "directory", "import", str(made), source)
    assert code == 1
    assert "not an ordinary file" in _one_line(err)


@pytest.mark.usefixtures("env_passphrase")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo", "huge"])
def test_manifests(
    made: Path, tmp_path: Path, fifo: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    with Workspace.open(made, PASSPHRASE) as ws:
        result = AppServices(ws).exchange.backup(shared)
    manifest = result.manifest_path
    manifest.unlink()
    if kind == "dev-zero":
        manifest.symlink_to("/dev/zero")
    elif kind == "fifo":
        manifest.symlink_to(fifo)
    else:
        with manifest.open("wb") as fh:
            fh.truncate(200 * 1024 * 1024)  # sparse: claims 200 MB
    code, err = _run(capsys, "import", str(made), str(result.bundle_path))
    assert code == 1
    line = _one_line(err)
    assert "manifest" in line
    code, err = _run(
        capsys, "restore", str(result.bundle_path), str(tmp_path / "r.linkdesk"),
        "--bundle-passphrase-file", str(_secret(tmp_path)),
    )  # fmt: skip
    assert code == 1
    assert "manifest" in _one_line(err)


def _secret(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(PASSPHRASE + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_passphrase_files(
    made: Path, fifo: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = "/dev/zero" if kind == "dev-zero" else str(fifo)
    code, err = _run(capsys, "people", str(made), "--passphrase-file", source)
    assert code == 2
    line = _one_line(err)
    assert ("larger than 64 KB" if kind == "dev-zero" else "no program is writing") in line


def test_a_passphrase_from_a_pipe_still_works(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--passphrase-file <(pass show linkdesk)` hands LinkDesk a pipe: that must work."""
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, PASSPHRASE.encode() + b"\n")  # the writer stays open
        assert read_passphrase_file(f"/dev/fd/{read_end}") == PASSPHRASE
    finally:
        os.close(read_end)
        os.close(write_end)


@pytest.mark.usefixtures("env_passphrase")
@pytest.mark.parametrize("kind", ["dev-zero", "fifo"])
def test_workspace_paths(fifo: Path, kind: str, capsys: pytest.CaptureFixture[str]) -> None:
    target = "/dev/zero" if kind == "dev-zero" else str(fifo)
    code, err = _run(capsys, "check", target)
    assert code == 1
    assert "not an ordinary file" in _one_line(err)


def test_a_fifo_as_import_source_does_not_hang_the_real_command(
    made: Path, fifo: Path, tmp_path: Path
) -> None:
    """The whole command in its own process (a hang would fail here, not freeze the suite)."""
    done = subprocess.run(
        [sys.executable, "-m", "linkdesk", "directory", "import", str(made), str(fifo)],
        env={**os.environ, "LINKDESK_PASSPHRASE": PASSPHRASE},
        capture_output=True,
        text=True,
        timeout=120,  # a guard against a hang, not a speed figure
        check=False,
    )
    assert done.returncode == 1
    assert "not an ordinary file" in _one_line(done.stderr)


def test_an_import_file_that_keeps_growing_stops_at_its_size_when_opened(tmp_path: Path) -> None:
    from linkdesk.directory.textfile import open_binary

    path = tmp_path / "services.csv"
    path.write_bytes(b"name\n" + b"x\n" * 1000)
    with open_binary(path) as raw:
        with path.open("ab") as writer:  # another program keeps appending
            writer.write(b"y\n" * 100_000)
        with pytest.raises(LinkDeskError, match="changed while LinkDesk was reading it"):
            _read_all(raw)


def _read_all(raw: IO[bytes]) -> None:
    while raw.read(65536):
        pass
