"""Bundles and manifests made to deceive (issue 14, kind 7): one test per hostile bundle.

Each is a real backup changed by someone who holds its passphrase, with its manifest's
SHA-256 and size recomputed, so it passes the hash check and must be caught by the checks
behind it. Every refusal names the file at fault, never the healthy workspace, never prints
an SQL error, leaves the workspace (and its audit log) as it was, and creates nothing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3

from linkdesk.cli import main
from linkdesk.domain.errors import LinkDeskError
from linkdesk.services import bundles as bundles_module
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import ExchangeService
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person, private_leftovers, record_rows

Tamper = Callable[[Path, dict[str, object]], None]
SQL_WORDS = ("sqlite", "syntax", "no such", 'near "', "malformed", "constraint")


def _sql(*statements: str) -> Tamper:
    def run(bundle: Path, manifest: dict[str, object]) -> None:
        conn = sqlcipher3.connect(str(bundle), isolation_level=None)
        try:
            conn.set_key(PASSPHRASE.encode())
            for statement in statements:
                conn.execute(statement)
        finally:
            conn.close()

    return run


def _index_out_of_step(bundle: Path, manifest: dict[str, object]) -> None:
    """``person_name`` rebuilt over other columns, its schema text put back: every page and
    the schema still check, only SQLite's full integrity_check sees the index is wrong."""
    conn = sqlcipher3.connect(str(bundle), isolation_level=None)
    try:
        conn.set_key(PASSPHRASE.encode())
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'person_name'").fetchone()
        conn.execute("DROP INDEX person_name")
        conn.execute("CREATE INDEX person_name ON person (id)")
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'person_name'", sql)
    finally:
        conn.close()


def _manifest(**changes: object) -> Tamper:
    def run(bundle: Path, manifest: dict[str, object]) -> None:
        manifest.update(changes)

    return run


CASES: dict[str, tuple[Tamper, str]] = {
    # Objects in the bundle that LinkDesk does not make: never restored or merged.
    "extra trigger": (
        _sql(
            "CREATE TRIGGER keep_quiet AFTER INSERT ON conversation "
            "BEGIN DELETE FROM conversation WHERE id = new.id; END"
        ),
        r"changed outside LinkDesk \(1 trigger LinkDesk does not make\)",
    ),  # fmt: skip
    "table named with a quote": (
        _sql('CREATE TABLE "x"" FROM person; --" (a)'),
        r"changed outside LinkDesk \(1 table LinkDesk does not make\)",
    ),
    "extra view": (
        _sql("CREATE VIEW everyone AS SELECT * FROM person"),
        r"changed outside LinkDesk \(1 view LinkDesk does not make\)",
    ),
    "extra index": (
        _sql("CREATE INDEX person_phone ON person (phone)"),
        r"changed outside LinkDesk \(1 index LinkDesk does not make\)",
    ),
    "dropped trigger": (
        _sql("DROP TRIGGER audit_no_delete"),
        r"changed outside LinkDesk \(1 missing trigger\)",
    ),
    "extra column": (
        _sql("ALTER TABLE person ADD COLUMN secret TEXT"),
        r"changed outside LinkDesk \(1 table changed\)",
    ),
    "negative schema version in the file": (
        _sql("PRAGMA user_version = -3"),
        r"is damaged: it has no schema version",
    ),
    "no workspace id in the file": (
        _sql("UPDATE meta SET value = 'x'' OR 1=1; --' WHERE key = 'workspace_id'"),
        r"is damaged: it does not say which workspace",
    ),
    # Damage only the full integrity check finds (it runs beside the merge's statements).
    "an index out of step with its table": (
        _index_out_of_step,
        r"is damaged: its integrity check failed",
    ),
    # Manifests that lie about the bundle beside them, or are not what they claim.
    "manifest of another workspace": (
        _manifest(workspace_id="0b7c4e7e-1d5e-4c1b-9d1c-2f8d1c0f5a11"),
        r"The manifest .*\.json does not describe the backup",
    ),
    "manifest with a negative schema version": (
        _manifest(schema_version=-1),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
    "manifest with true as its format version": (
        _manifest(format_version=True),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
    "manifest with true as its schema version": (
        _manifest(schema_version=True),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
    "manifest with an older schema version than its bundle": (
        _manifest(schema_version=1),
        r"The manifest .*\.json does not describe the backup",
    ),
    "manifest whose workspace id would forge the audit log": (
        _manifest(workspace_id="abc\ndetail=erased everything"),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
    "manifest with a quote in a table name": (
        _manifest(counts={'person"; DROP TABLE person; --': 1}),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
    "manifest with a negative count": (
        _manifest(counts={"person": -1}),
        r"The manifest .*\.json is unreadable or not a LinkDesk manifest",
    ),
}


def _hostile_bundle(services: AppServices, dest: Path, tamper: Tamper) -> Path:
    result = services.exchange.backup(dest)
    manifest = json.loads(result.manifest_path.read_text())
    tamper(result.bundle_path, manifest)
    data = result.bundle_path.read_bytes()
    manifest.setdefault("sha256", "")
    if manifest.get("bundle_size") != -1:
        manifest["sha256"] = hashlib.sha256(data).hexdigest()
        manifest["bundle_size"] = len(data)
    result.manifest_path.write_text(json.dumps(manifest))
    return result.bundle_path


def _assert_one_sentence_about_the_bundle(message: str, bundle: Path) -> None:
    assert "\n" not in message
    assert "restore it from a backup" not in message
    assert not any(word in message.lower() for word in SQL_WORDS), message
    assert bundle.name in message or f"{bundle.name}.json" in message


@pytest.mark.parametrize("case", list(CASES))
def test_hostile_bundle_is_refused_for_merge_and_restore(
    services: AppServices, make_services, dest: Path, tmp_path: Path, case: str
) -> None:  # type: ignore[no-untyped-def]
    tamper, expected = CASES[case]
    other = make_services("laptop_b")
    add_person(other, "Mallory")
    bundle = _hostile_bundle(other, dest, tamper)
    add_person(services, "Alice")
    before = record_rows(services)
    audit_before = len(services._audit.entries())
    with pytest.raises(LinkDeskError, match=expected) as merge_error:
        services.exchange.merge(bundle, bundle_passphrase=PASSPHRASE)
    _assert_one_sentence_about_the_bundle(str(merge_error.value), bundle)
    assert record_rows(services) == before
    assert len(services._audit.entries()) == audit_before  # nothing from it was written
    assert private_leftovers(services._workspace.path) == []
    target = tmp_path / "restored.linkdesk"
    with pytest.raises(LinkDeskError, match=expected) as restore_error:
        ExchangeService.restore(bundle, target, bundle_passphrase=PASSPHRASE)
    _assert_one_sentence_about_the_bundle(str(restore_error.value), bundle)
    assert not target.exists()
    assert private_leftovers(target) == []


def test_cli_blames_the_bundle_not_the_workspace(
    services: AppServices, make_services, dest: Path, tmp_path: Path, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The reported case: a table name with a quote; import and restore both say one line."""
    other = make_services("laptop_b")
    bundle = _hostile_bundle(other, dest, CASES["table named with a quote"][0])
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("LINKDESK_BUNDLE_PASSPHRASE", PASSPHRASE)
    path = services._workspace.path
    services._workspace.close()
    assert main(["import", str(path), str(bundle)]) == 1
    err = capsys.readouterr().err.strip()
    _assert_one_sentence_about_the_bundle(err, bundle)
    assert "workspace" not in err.split(":", 1)[1].lower() or "changed outside" in err
    assert main(["restore", str(bundle), str(tmp_path / "new.linkdesk")]) == 1
    err = capsys.readouterr().err.strip()
    _assert_one_sentence_about_the_bundle(err, bundle)
    assert main(["check", str(path)]) == 0  # the workspace was never at fault


def test_an_oversized_manifest_is_not_read_whole(services: AppServices, dest: Path) -> None:
    result = services.exchange.backup(dest)
    with result.manifest_path.open("ab") as fh:
        fh.write(b" " * (2 << 20))
    with pytest.raises(LinkDeskError, match="manifest .* is larger than 64 KB"):
        services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)


def test_a_bundle_that_grew_is_read_no_further_than_its_manifest_says(
    services: AppServices, make_services, dest: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    other = make_services("laptop_b")
    result = other.exchange.backup(dest)
    size = result.bundle_path.stat().st_size
    with result.bundle_path.open("ab") as fh:
        fh.write(b"\0" * (8 << 20))
    read: list[int] = []
    real_open = bundles_module.open_regular

    def counting_open(path: Path, **kwargs):  # type: ignore[no-untyped-def]
        fh = real_open(path, **kwargs)
        if Path(path) == result.bundle_path:
            real_read = fh.read

            def read_counted(n: int = -1) -> bytes:
                data = real_read(n)
                read.append(len(data))
                return data

            fh.read = read_counted  # type: ignore[method-assign]
        return fh

    monkeypatch.setattr(bundles_module, "open_regular", counting_open)
    with pytest.raises(LinkDeskError, match="cut short or has grown"):
        services.exchange.merge(result.bundle_path, bundle_passphrase=PASSPHRASE)
    # Its manifest's size and a byte or two more (to see that it grew), never the 8 MB.
    assert size < sum(read) <= size + 2
