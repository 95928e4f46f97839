"""Paths that are not valid UTF-8, and CLI output in any encoding: complete and readable.

A Latin-1 folder name (``caf\\xe9``, as old Windows shares hand out over SMB) is made from
bytes; stdout is forced to a legacy code page (PYTHONIOENCODING=cp1252, as Windows does for
redirected output) in a real subprocess writing to a real file, or is a real terminal (pty).
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from linkdesk.domain.filenames import display_path, has_surrogates, name_units
from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from linkdesk.store.settings import to_stored
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import stored_settings

LATIN1_FOLDER = os.fsdecode(b"Caf\xe9 share")  # "Café share" in Latin-1: not valid UTF-8
# Names no single Windows code page holds, and one that cp1252 does.
NAMES = [
    ("Zdrowa", "Głowa"),
    ("Thị", "Nguyễn"),
    ("محمد", "علي"),
    ("芳", "王"),
    ("Ann", "Sunflower 🌻"),
    ("Zoë", "Brontë"),
]


@pytest.fixture
def latin1_dir(tmp_path: Path) -> Path:
    folder = tmp_path / LATIN1_FOLDER
    folder.mkdir()
    assert has_surrogates(str(folder))
    return folder


@pytest.fixture
def named_workspace(workspace_path: Path) -> Path:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        services = AppServices(ws)
        for given, family in NAMES:
            services.people.add_person(Person(given_name=given, family_name=family))
    return workspace_path


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "LC_", "LANG"))}
    env.update(LINKDESK_PASSPHRASE=PASSPHRASE, **extra)
    return env


def _linkdesk(*args: str | bytes) -> list[str | bytes]:
    return [sys.executable, "-m", "linkdesk", *args]


# -- paths that are not valid UTF-8 ---------------------------------------------------------


def test_display_path_and_name_units() -> None:
    assert display_path(LATIN1_FOLDER) == "Caf\ufffd share"
    assert display_path(b"/mnt/Caf\xe9") == "/mnt/Caf\ufffd"
    assert display_path("plain/ascii") == "plain/ascii"
    assert name_units("é" * 10) == (20 if os.name != "nt" else 10)
    stored = to_stored(str(Path("/srv") / LATIN1_FOLDER))
    stored.encode("utf-8")  # storable: no lone surrogates left
    assert json.loads(stored) == str(Path("/srv") / LATIN1_FOLDER)  # and exactly reversible


def test_backup_into_a_latin1_folder_is_written_and_recorded(
    services: AppServices, latin1_dir: Path
) -> None:
    services.people.add_person(Person(given_name="Ada", family_name="Lovelace"))
    first = services.exchange.backup(latin1_dir)
    assert first.bundle_path.parent == latin1_dir
    settings = stored_settings(services)
    assert settings.last_backup_dir == str(latin1_dir)  # byte for byte the same folder
    assert settings.last_backup_at == first.manifest.created_at
    assert not services.exchange.backup_due()  # the reminder is satisfied
    entries = [e for e in services._audit.entries() if e.action == "backup"]
    assert len(entries) == 1
    # The folder offered next time is the same one; a retry makes one more, not a failure.
    second = services.exchange.backup(Path(services.settings.current.last_backup_dir))
    assert second.bundle_path != first.bundle_path
    assert len([e for e in services._audit.entries() if e.action == "backup"]) == 2


def test_workspace_and_restore_in_latin1_folders(latin1_dir: Path, tmp_path: Path) -> None:
    """The workspace itself on such a path, a backup with its own key (ATTACH … KEY, a URI),
    and a restore into such a folder."""
    path = latin1_dir / "caseload.linkdesk"
    with Workspace.create(path, PASSPHRASE) as ws:
        services = AppServices(ws)
        services.people.add_person(Person(given_name="Ada", family_name="Lovelace"))
        bundle = services.exchange.backup(latin1_dir, bundle_passphrase="a team key for tests")
        assert services.check()["ok"] is True
    restored = latin1_dir / "restored.linkdesk"
    ExchangeService.restore(
        bundle.bundle_path, restored, bundle_passphrase="a team key for tests",
        new_passphrase=PASSPHRASE,
    )  # fmt: skip
    with Workspace.open(restored, PASSPHRASE) as ws:
        assert AppServices(ws).people.count() == 1


def test_cli_backup_into_a_latin1_folder(named_workspace: Path, latin1_dir: Path) -> None:
    done = subprocess.run(
        _linkdesk(
            b"export", os.fsencode(named_workspace), os.fsencode(latin1_dir), b"--kind", b"backup"
        ),
        env=_env(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")  # UTF-8, readable, the odd byte shown as U+FFFD
    assert "Caf\ufffd share" in out
    assert len(list(latin1_dir.glob("*.ldbackup"))) == 1
    with Workspace.open(named_workspace, PASSPHRASE) as ws:
        assert AppServices(ws).settings.current.last_backup_dir == str(latin1_dir)


# -- output encodings -----------------------------------------------------------------------


@pytest.mark.parametrize("json_flag", [[], ["--json"]])
def test_people_to_a_file_through_a_legacy_code_page_is_complete_utf8(
    named_workspace: Path, tmp_path: Path, json_flag: list[str]
) -> None:
    """Windows' `linkdesk people WS > list.txt` (ANSI code page): every name, in UTF-8."""
    listing = tmp_path / "list.txt"
    with listing.open("wb") as out:
        done = subprocess.run(
            _linkdesk("people", str(named_workspace), *json_flag),
            env=_env(PYTHONIOENCODING="cp1252"),
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    text = listing.read_bytes().decode("utf-8")  # strict: the file is whole, valid UTF-8
    for given, family in NAMES:
        assert f"{given} {family}" in text
    if json_flag:
        assert len(json.loads(text)) == len(NAMES)
    else:
        assert len(text.splitlines()) == len(NAMES)


def test_a_console_that_cannot_show_a_name_gets_replacement_not_a_crash(
    named_workspace: Path,
) -> None:
    """A real terminal (pty) whose encoding is ASCII: '?' for what it cannot show, every line."""
    main_fd, child_fd = pty.openpty()
    try:
        child = subprocess.Popen(
            _linkdesk("people", str(named_workspace)),
            env=_env(PYTHONIOENCODING="ascii"),
            stdin=subprocess.DEVNULL,
            stdout=child_fd,
            stderr=subprocess.PIPE,
        )
        os.close(child_fd)
        chunks = []
        while True:
            try:
                chunk = os.read(main_fd, 65536)
            except OSError:  # EIO: the child closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        assert child.wait(timeout=120) == 0
        assert child.stderr is not None
        assert child.stderr.read() == b""
    finally:
        os.close(main_fd)
    text = b"".join(chunks).decode("ascii")
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == len(NAMES)
    assert "Zo? Bront?" in text
    assert "Zdrowa G?owa" in text


def test_every_error_quoting_an_odd_name_is_readable(latin1_dir: Path) -> None:
    from linkdesk.directory.batch import Skipped
    from linkdesk.domain.errors import LinkDeskError

    assert str(LinkDeskError(f"There is no workspace at {latin1_dir}.")).endswith(
        "Caf\ufffd share."
    )
    assert "Caf\ufffd" in str(Skipped(f"{LATIN1_FOLDER}/services.csv row 2", "no name"))
    done = subprocess.run(
        _linkdesk(b"check", os.fsencode(latin1_dir / "missing.linkdesk")),
        env=_env(PYTHONIOENCODING="cp1252"),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.decode("utf-8").startswith("linkdesk: There is no workspace at ")
    assert "Caf\ufffd share" in done.stderr.decode("utf-8")
