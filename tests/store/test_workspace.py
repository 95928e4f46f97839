"""The encrypted workspace on real SQLCipher files."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.errors import LinkDeskError, UnlockError, WorkspaceInUseError
from linkdesk.domain.models import Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.store.schema import LATEST_VERSION
from linkdesk.store.workspace import Workspace
from tests.conftest import PASSPHRASE

CANARY = "Zebedee-Canary-7f3a"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_encrypted_and_canary_never_in_plaintext(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        services = AppServices(ws)
        services.people.add_person(Person(given_name=CANARY, family_name="Smith"))
        assert services.people.search(CANARY[:6])[0].name.startswith(CANARY)
        # Read the raw files while open (WAL) and after close.
        for f in workspace_path.parent.iterdir():
            raw = f.read_bytes()
            assert CANARY.encode() not in raw
            assert CANARY.encode("utf-16-le") not in raw
    raw = workspace_path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert CANARY.encode() not in raw


def test_cipher_version_and_pragmas(workspace: Workspace) -> None:
    assert workspace.scalar("PRAGMA cipher_version")
    assert workspace.scalar("PRAGMA journal_mode") == "wal"
    assert workspace.scalar("PRAGMA foreign_keys") == 1
    assert workspace.scalar("PRAGMA secure_delete") == 1
    assert workspace.scalar("PRAGMA synchronous") == 2  # FULL
    assert workspace.schema_version == LATEST_VERSION


def test_wrong_passphrase_leaves_file_identical(workspace_path: Path) -> None:
    Workspace.create(workspace_path, PASSPHRASE).close()
    before = _digest(workspace_path)
    with pytest.raises(UnlockError, match="Wrong passphrase"):
        Workspace.open(workspace_path, "not the passphrase")
    assert _digest(workspace_path) == before
    Workspace.open(workspace_path, PASSPHRASE).close()  # the lock was released


def test_rekey(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        AppServices(ws).people.add_person(Person(given_name="Ada"))
        ws.change_passphrase("a brand new passphrase")
    with pytest.raises(UnlockError):
        Workspace.open(workspace_path, PASSPHRASE)
    with Workspace.open(workspace_path, "a brand new passphrase") as ws:
        assert AppServices(ws).people.count() == 1
        assert ws.integrity_ok()


def test_second_instance_is_refused(workspace: Workspace, workspace_path: Path) -> None:
    with pytest.raises(WorkspaceInUseError, match="already open"):
        Workspace.open(workspace_path, PASSPHRASE)


@pytest.mark.parametrize(
    "content", [b"", b"\x00" * 10, b"SQLite format 3\x00" + b"\x00" * 4096, bytes(range(256)) * 64]
)
def test_bad_files_get_a_sentence_and_stay_unchanged(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.linkdesk"
    path.write_bytes(content)
    with pytest.raises(LinkDeskError) as info:
        Workspace.open(path, PASSPHRASE)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == content


def test_truncated_workspace_is_refused(workspace_path: Path, tmp_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        AppServices(ws).people.add_person(Person(given_name="Ada"))
    cut = tmp_path / "cut.linkdesk"
    cut.write_bytes(workspace_path.read_bytes()[:700])
    with pytest.raises(UnlockError):
        Workspace.open(cut, PASSPHRASE)


def test_missing_path_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(LinkDeskError, match="no workspace"):
        Workspace.open(tmp_path / "nope.linkdesk", PASSPHRASE)
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_existing_file_and_short_passphrase(tmp_path: Path) -> None:
    existing = tmp_path / "x.linkdesk"
    existing.write_bytes(b"keep me")
    with pytest.raises(LinkDeskError, match="already a file"):
        Workspace.create(existing, PASSPHRASE)
    assert existing.read_bytes() == b"keep me"
    with pytest.raises(LinkDeskError, match="at least"):
        Workspace.create(tmp_path / "y.linkdesk", "short")


def test_transaction_is_all_or_nothing(services: AppServices) -> None:
    def add_then_fail() -> None:
        with services._workspace.transaction():
            services.people.add_person(Person(given_name="Kept?"))
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        add_then_fail()
    assert services.people.count() == 0


def test_newer_schema_is_refused(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, PASSPHRASE) as ws:
        ws.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(LinkDeskError, match="newer version"):
        Workspace.open(workspace_path, PASSPHRASE)


def test_people_and_referrals_round_trip(services: AppServices) -> None:
    person = services.people.add_person(
        Person(
            given_name="Siân",
            family_name="Llywelyn",
            nhs_number="943 476 5919",
            date_of_birth=date(1950, 3, 1),
            communication_needs=["large_print"],
        ),
        Referral(person_id="", received_on=date(2026, 11, 1), reason="Lonely since bereavement"),
    )
    record = services.people.record(person.id)
    assert record.person.nhs_number == "9434765919"
    assert record.person.date_of_birth == date(1950, 3, 1)
    assert record.person.communication_needs == ["large_print"]
    assert record.current_referral is not None
    assert record.current_referral.snomed_code == "871731000000106"
    assert [r.name for r in services.people.search("sian lly")] == ["Siân Llywelyn"]
    assert [r.name for r in services.people.search("943476")] == ["Siân Llywelyn"]
    assert services._audit.verify() is None
