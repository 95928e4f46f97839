"""Upgrading stored workspaces from every past schema version; SQL and Python steps, each in
one transaction with its version bump; the verified copy kept before migrating."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.services.app_services import AppServices
from linkdesk.store.migrations import Migration, backup_path, run_migrations
from linkdesk.store.repositories import Repositories
from linkdesk.store.schema import LATEST_VERSION, MIGRATIONS
from linkdesk.store.workspace import Workspace
from tests.fixtures.make_fixture import PASSPHRASE
from tests.fixtures.make_fixture import main as make_fixture

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _stored() -> dict[int, Path]:
    found = {}
    for path in FIXTURES.glob("workspace_v*.linkdesk"):
        match = re.fullmatch(r"workspace_v(\d+)\.linkdesk", path.name)
        if match:
            found[int(match.group(1))] = path
    return found


def test_there_are_stored_workspaces() -> None:
    stored = _stored()
    assert 1 in stored
    assert max(stored) <= LATEST_VERSION


@pytest.mark.parametrize("version", range(1, LATEST_VERSION + 1))
def test_every_version_upgrades_with_its_copy_kept(tmp_path: Path, version: int) -> None:
    """The stored workspace of each version (built here if none is stored yet) opens at the
    latest version with its records intact, keeping an exact copy of the file as it was."""
    path = tmp_path / "old.linkdesk"
    stored = _stored().get(version)
    if stored is not None:
        shutil.copyfile(stored, path)
    else:  # no stored file yet for this version: the test still upgrades one
        make_fixture(path, version)
    original = path.read_bytes()
    with Workspace.open(path, PASSPHRASE) as ws:
        assert ws.schema_version == LATEST_VERSION
        assert ws.integrity_ok()
        person = AppServices(ws).people.get("p-1")
        assert (person.given_name, person.family_name) == ("Gwen", "Pritchard")
        assert person.pronouns == ("she/her" if version >= 2 else "")
        assert AppServices(ws).people.record("p-1", audit=False).referrals[0].id == "r-1"
        people = Repositories(ws).people  # the kept count (person_count) is seeded right
        assert people.count() == people.counted() == (2 if version >= 8 else 1)
    copy = backup_path(path, version)
    if version < LATEST_VERSION:
        assert copy.read_bytes() == original  # an encrypted copy, exactly as it was
        with Workspace.open(copy, PASSPHRASE) as old:  # and it still opens (and migrates)
            assert old.scalar("SELECT given_name FROM person WHERE id = 'p-1'") == "Gwen"
        leftovers = [p.name for p in tmp_path.iterdir() if "partial" in p.name]
        assert leftovers == []  # the copy went through the atomic helper
    else:
        assert not copy.exists()  # nothing to migrate, nothing copied


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import linkdesk.store.workspace as workspace_module

    path = tmp_path / "old.linkdesk"
    shutil.copyfile(FIXTURES / "workspace_v1.linkdesk", path)
    monkeypatch.setattr(workspace_module, "MIGRATIONS", ("", "ALTER TABLE nope ADD x;"))
    with pytest.raises(sqlcipher3.dbapi2.OperationalError):
        Workspace.open(path, PASSPHRASE)
    monkeypatch.undo()
    with Workspace.open(path, PASSPHRASE) as ws:  # still v1 before this open, now migrated
        assert ws.schema_version == LATEST_VERSION
        assert ws.scalar("SELECT count(*) FROM person") == 1


def _title_case(conn) -> None:  # type: ignore[no-untyped-def]
    """A data fix SQL alone could not say as simply: a step written in Python."""
    rows = conn.execute("SELECT id, given_name FROM person").fetchall()
    for person_id, given in rows:
        conn.execute("UPDATE person SET given_name = ? WHERE id = ?", (given.title(), person_id))


def test_a_python_step_runs_in_one_transaction_with_its_bump(workspace: Workspace) -> None:
    workspace.execute(
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES ('x', '', '', 'gwen')"
    )
    steps = [*MIGRATIONS, Migration("title-case given names", run=_title_case)]
    run_migrations(workspace.conn, LATEST_VERSION, LATEST_VERSION + 1, steps)
    assert workspace.schema_version == LATEST_VERSION + 1
    assert workspace.scalar("SELECT given_name FROM person WHERE id = 'x'") == "Gwen"


def test_a_failing_python_step_changes_nothing(workspace: Workspace) -> None:
    workspace.execute(
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES ('x', '', '', 'gwen')"
    )

    def half_then_fail(conn) -> None:  # type: ignore[no-untyped-def]
        _title_case(conn)
        raise RuntimeError("the step found something it cannot fix")

    steps = [*MIGRATIONS, Migration("breaks halfway", run=half_then_fail)]
    with pytest.raises(RuntimeError):
        run_migrations(workspace.conn, LATEST_VERSION, LATEST_VERSION + 1, steps)
    assert workspace.schema_version == LATEST_VERSION
    assert workspace.scalar("SELECT given_name FROM person WHERE id = 'x'") == "gwen"
    assert not workspace.conn.in_transaction


def test_sql_and_python_steps_mix(workspace: Workspace) -> None:
    steps = [
        *MIGRATIONS,
        Migration("a nickname column", sql="ALTER TABLE person ADD COLUMN nickname TEXT"),
        Migration("fill it", run=lambda conn: conn.execute("UPDATE person SET nickname = 'n'")),
        "CREATE INDEX person_nickname ON person (nickname);",  # a plain string is SQL too
    ]
    workspace.execute(
        "INSERT INTO person (id, created_at, updated_at, given_name) VALUES ('x', '', '', 'Ann')"
    )
    run_migrations(workspace.conn, LATEST_VERSION, LATEST_VERSION + 3, steps)
    assert workspace.schema_version == LATEST_VERSION + 3
    assert workspace.scalar("SELECT nickname FROM person") == "n"


def test_a_step_is_sql_or_python_never_both() -> None:
    with pytest.raises(ValueError, match="either sql or run"):
        Migration("both", sql="SELECT 1", run=lambda conn: None)
    with pytest.raises(ValueError, match="either sql or run"):
        Migration("neither")
