"""Kind 6: forging the audit log with the passphrase in hand, and what LinkDesk then says.

Each forgery is done the way a user holding the key would: the workspace closed, a raw
SQLCipher connection, triggers dropped, rows deleted or edited, the chain recomputed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3

from linkdesk.cli import main
from linkdesk.domain.enums import AuditAction
from linkdesk.services.app_services import AppServices
from linkdesk.store.audit import GENESIS, entry_mac
from linkdesk.store.audit_guard import ANCHOR_SUFFIX, CHECK_FAILED
from linkdesk.store.keys import key_bytes
from linkdesk.store.schema import AUDIT_GUARD_TRIGGERS, AUDIT_KEYED_CHAIN, MIGRATIONS
from linkdesk.store.workspace import DatabaseError, Workspace
from tests.conftest import PASSPHRASE
from tests.exchange.helpers import add_person


@pytest.fixture
def logged(workspace_path: Path) -> Path:
    """A closed workspace whose audit log holds a few dozen entries, anchored at close."""
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        services = AppServices(ws)
        for name in ("Ann", "Bea", "Cy"):
            add_person(services, name)
    return workspace_path


@contextmanager
def forger(path: Path) -> Iterator[Any]:
    """A raw keyed connection: what someone with the passphrase and sqlcipher can do."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.set_key(key_bytes(PASSPHRASE))
        yield conn
    finally:
        conn.close()


def _drop_guards(conn: Any) -> None:
    for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name IN ('audit','meta')"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {name}")


def _recompute(conn: Any) -> None:
    """Rebuild every link with the chain key, as a careful forger would."""
    key = bytes.fromhex(
        conn.execute("SELECT value FROM meta WHERE key='audit_chain_key'").fetchone()[0]
    )
    prev = GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, person_id, detail FROM audit"
        " ORDER BY seq"
    ).fetchall()
    for seq, *fields in rows:
        digest = entry_mac(key, prev, *fields)
        conn.execute("UPDATE audit SET prev_hash=?, hash=? WHERE seq=?", (prev, digest, seq))
        prev = digest


def _check(path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    code = main(["check", str(path), "--json", *extra])
    out, _ = capsys.readouterr()
    report: dict[str, Any] = json.loads(out)
    assert code == (0 if report["ok"] else 1)
    return report


@pytest.fixture(autouse=True)
def _passphrase_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINKDESK_PASSPHRASE", PASSPHRASE)


def _count(path: Path) -> int:
    with forger(path) as conn:
        return int(conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_a_sound_log_checks_ok(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    report = _check(logged, capsys)
    assert report["ok"] is True
    assert report["problems"] == []


def test_dropped_triggers_are_restored_at_open_and_reported(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with forger(logged) as conn:
        _drop_guards(conn)
    with Workspace.open(logged, PASSPHRASE) as ws:
        with pytest.raises(DatabaseError, match="append-only"):
            ws.execute("DELETE FROM audit WHERE seq = 1")
        with pytest.raises(DatabaseError, match="cannot change"):
            ws.execute("UPDATE meta SET value = 'x' WHERE key = 'audit_chain_key'")
    report = _check(logged, capsys)
    assert report["ok"] is False
    assert any("safeguards were removed or altered" in p for p in report["problems"])


def test_a_trigger_that_silently_drops_new_entries_is_removed(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with forger(logged) as conn:
        conn.execute("CREATE TRIGGER quiet BEFORE INSERT ON audit BEGIN SELECT RAISE(IGNORE); END")
    before = _count(logged)
    with Workspace.open(logged, PASSPHRASE) as ws:
        add_person(AppServices(ws), "Dee")
    assert _count(logged) > before + 1  # the new person's entries were written
    report = _check(logged, capsys)
    assert any("quiet" in p for p in report["problems"])


def test_deleting_the_last_entries_is_caught(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _count(logged)
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq > ?", (last - 3,))
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit'", (last - 3,))
    report = _check(logged, capsys)
    assert report["ok"] is False
    assert any(
        f"shorter than its anchor records: entry {last} is missing" in p for p in report["problems"]
    ), report["problems"]


def test_deleting_the_last_entries_without_tidying_the_sequence_is_caught(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _count(logged)
    (logged.parent / (logged.name + ANCHOR_SUFFIX)).unlink()  # and the anchor file too
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq > ?", (last - 2,))
    report = _check(logged, capsys)
    assert any(f"entries {last - 1} to {last} are missing" in p for p in report["problems"]), (
        report["problems"]
    )


def test_a_deleted_entry_with_the_chain_recomputed_is_caught(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq = 5")
        _recompute(conn)
    report = _check(logged, capsys)
    assert report["ok"] is False
    problems = " | ".join(report["problems"])
    assert "entry 5 of the audit log is missing" in problems
    assert "no longer matches its anchor" in problems


def test_an_edited_entry_is_named(logged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("UPDATE audit SET action = 'viewed' WHERE seq = 7")
    code = main(["check", str(logged)])
    out, _ = capsys.readouterr()
    assert code == 1
    assert "the audit log was changed at entry 7" in out
    assert "integrity check failed" not in out


def test_a_rewritten_anchor_file_is_caught(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    anchor = logged.parent / (logged.name + ANCHOR_SUFFIX)
    body = json.loads(anchor.read_text())
    body["count"] -= 1  # without the chain key the MAC cannot be made again
    anchor.write_text(json.dumps(body))
    report = _check(logged, capsys)
    assert any("anchor file" in p and "altered" in p for p in report["problems"])


def test_failures_found_at_open_stay_in_the_log(
    logged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The next close re-anchors the log, but the failure is itself an audit entry."""
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq = 3")
        _recompute(conn)
    recorded = []
    for _ in range(2):  # the second open finds the (new) anchor sound: nothing more recorded
        Workspace.open(logged, PASSPHRASE).close()
        with forger(logged) as conn:
            recorded.append(
                conn.execute(
                    "SELECT count(*) FROM audit WHERE action = ?", (CHECK_FAILED,)
                ).fetchone()[0]
            )
    assert recorded[0] == recorded[1] == 2  # the triggers put back, and the anchor mismatch
    report = _check(logged, capsys)
    assert report["ok"] is False
    assert any("LinkDesk found that" in p for p in report["problems"])


def test_a_backup_manifest_catches_what_the_local_anchor_cannot(
    logged: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The forger cuts the log, recomputes it AND removes the anchor file: only a manifest
    kept elsewhere still shows it."""
    shared = tmp_path / "archive"
    shared.mkdir()
    with Workspace.open(logged, PASSPHRASE) as ws:
        AppServices(ws).exchange.backup(shared)
    keep = _count(logged) - 6
    with forger(logged) as conn:
        _drop_guards(conn)
        conn.execute("DELETE FROM audit WHERE seq > ?", (keep,))
        conn.execute("UPDATE sqlite_sequence SET seq = ? WHERE name = 'audit'", (keep,))
        _recompute(conn)
        for sql in AUDIT_GUARD_TRIGGERS.values():  # and puts the triggers back exactly
            conn.execute(sql)
    (logged.parent / (logged.name + ANCHOR_SUFFIX)).unlink()
    # The missing anchor file is only a note (a copied or restored workspace has none too):
    # locally it all looks sound...
    local = _check(logged, capsys)
    assert local["ok"] is True
    assert local["notes"]
    # ...but the manifest on the shared drive does not agree.
    against = _check(logged, capsys, "--backups", str(shared))
    assert against["ok"] is False
    assert any("backup manifest" in p for p in against["problems"]), against["problems"]


def test_replace_cannot_rewrite_an_entry_or_the_key(logged: Path) -> None:
    with Workspace.open(logged, PASSPHRASE) as ws:
        row = ws.query("SELECT seq, at, actor, action, entity, entity_id, prev_hash, hash "
                       "FROM audit WHERE seq = 2")[0]  # fmt: skip
        with pytest.raises(DatabaseError, match="append-only"):
            ws.execute(
                "INSERT OR REPLACE INTO audit (seq, at, actor, action, entity, entity_id,"
                " prev_hash, hash) VALUES (?, ?, ?, 'nothing', ?, ?, ?, ?)",
                (row[0], row[1], row[2], row[4], row[5], row[6], row[7]),
            )
        with pytest.raises(DatabaseError, match="cannot change"):
            ws.execute("INSERT OR REPLACE INTO meta VALUES ('audit_chain_key', '00')")


def test_an_upgraded_workspace_keeps_its_old_links_and_keys_new_ones(tmp_path: Path) -> None:
    path = tmp_path / "old.linkdesk"
    before_keyed = MIGRATIONS.index(AUDIT_KEYED_CHAIN)  # the schema just before keyed chains
    with Workspace.create(path, PASSPHRASE, version=before_keyed) as ws:
        # Entries written by the old schema's audit log itself: today's services write
        # records (columns, tables) that an old schema does not have yet.
        old_audit = AppServices(ws)._audit
        for n in range(8):
            old_audit.record(AuditAction.VIEWED, "person", f"old-{n}")
    with Workspace.open(path, PASSPHRASE) as ws:  # migrates
        services = AppServices(ws)
        audit = services._audit  # the log itself: what this test is about
        keyed_from = audit.rules.keyed_from
        old = audit.entries("seq < ?", (keyed_from,))
        add_person(services, "New")
        new = audit.entries("seq >= ?", (keyed_from,))
        assert len(old) > 5
        assert len(new) > 5
        assert audit.verify() is None
        assert services.check()["problems"] == []
    with forger(path) as conn:  # the old, unkeyed part is still checked
        _drop_guards(conn)
        conn.execute("UPDATE audit SET detail = 'x' WHERE seq = 2")
    with Workspace.open(path, PASSPHRASE) as ws:
        problems = AppServices(ws).check()["problems"]
        assert any("the audit log was changed at entry 2" in p for p in problems)  # type: ignore[attr-defined]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_kill_9_is_not_mistaken_for_tampering(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A crash leaves the anchor behind the log (never ahead): no false alarm."""
    from tests.reliability.test_kill9 import run_kill_cycles

    path = tmp_path / "kill.linkdesk"
    assert run_kill_cycles(path, cycles=20, seed=3) > 5
    report = _check(path, capsys)
    assert report["problems"] == []
    with forger(path) as conn:
        assert conn.execute(
            "SELECT count(*) FROM audit WHERE action = ?", (CHECK_FAILED,)
        ).fetchone() == (0,)
