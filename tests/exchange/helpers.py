"""Shared helpers for the exchange tests: realistic records made through the services."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from linkdesk.domain.enums import ConsentScope, GoalStatus, ServiceSource
from linkdesk.domain.models import (
    Connection,
    FollowUp,
    Goal,
    Need,
    Person,
    Referral,
    Service,
)
from linkdesk.domain.settings import WorkspaceSettings, settings_from_stored
from linkdesk.services.app_services import AppServices
from linkdesk.store.bundle import table_counts
from linkdesk.store.cipher_pages import PageFormat, page_format
from linkdesk.store.merge import MERGE_TABLES
from linkdesk.store.settings import SettingsStore

RECORD_TABLES = MERGE_TABLES
ZERO = timedelta(0)


def add_person(services: AppServices, given: str, family: str = "Tester") -> str:
    """A person with one of every kind of record; returns the person id."""
    person = services.people.add_person(
        Person(given_name=given, family_name=family, phone="07700 900123"),
        Referral(person_id="", received_on=date(2026, 1, 5), reason=f"Lonely {given}"),
    )
    pid = person.id
    services.people.record_consent(pid, ConsentScope.STORE, True)
    conv = services.casework.start_conversation(pid, held_on=date(2026, 1, 10), venue="Library")
    conv.what_matters = f"My garden, says {given}"
    services.casework.save_conversation(conv)
    services.casework.save_need(
        Need(person_id=pid, conversation_id=conv.id, area="loneliness", importance=3), new=True
    )
    goal = services.casework.save_goal(
        Goal(person_id=pid, conversation_id=conv.id, text=f"Join a choir ({given})"), new=True
    )
    services.casework.record_goal_progress(goal.id, GoalStatus.IN_PROGRESS, note="went once")
    service = services._repos.services.find("source_id = 'choir-1'")
    if service:
        service_id = service[0].id
    else:
        svc = Service(
            name="Community choir", source=ServiceSource.OPEN_REFERRAL, source_id="choir-1"
        )
        services._repos.services.insert(svc)
        service_id = svc.id
    services.casework.save_connection(
        Connection(person_id=pid, goal_id=goal.id, service_id=service_id, conversation_id=conv.id),
        new=True,
    )
    services.casework.record_measure(pid, "UCLA3", [2, 3, 2], conversation_id=conv.id)
    services.people.book_follow_up(
        FollowUp(
            person_id=pid, due_on=services.clock.today() + timedelta(days=14), note="Check choir"
        )
    )
    return pid


def people_page_format(services: AppServices, people: int) -> PageFormat:
    """Add ``people`` people (``Person 0``, ``Person 1``, ...), checkpoint the workspace into
    its file, and return the format its pages are checked with (the backup's page copy)."""
    for n in range(people):
        add_person(services, f"Person {n}")
    ws = services._workspace
    reader = ws.open_reader()
    try:
        reader.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = page_format(reader, ws.prepare_readers() or b"")
    finally:
        reader.close()
    assert pages is not None
    return pages


def record_rows(services: AppServices) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every record table, sorted: compare two workspaces' content."""
    out = {}
    for table in RECORD_TABLES:
        cols = [r[1] for r in services._workspace.query(f"PRAGMA table_info({table})")]
        out[table] = sorted(
            tuple(r) for r in services._workspace.query(f"SELECT {', '.join(cols)} FROM {table}")
        )
    return out


def stored_settings(services: AppServices) -> WorkspaceSettings:
    """The settings as stored in the file now (not the owner's copy in memory)."""
    values, _unreadable = SettingsStore(services._workspace).load()
    return settings_from_stored(values)[0]


def counts(services: AppServices) -> dict[str, int]:
    return table_counts(services._workspace.conn)


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def private_leftovers(workspace: Path) -> list[Path]:
    """Hidden files beside the workspace and anything inside its private working folder."""
    from linkdesk.store.workfiles import work_folder

    work = work_folder(workspace)
    hidden = [p for p in workspace.parent.iterdir() if p.name.startswith(".") and p != work]
    inside = list(work.rglob("*")) if work.exists() else []
    return hidden + inside


# -- reading a SQLCipher 4 file page by page (default settings), to look inside freed space ----

PAGE_SIZE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 at the end of every page


def _decrypt(page: bytes, key: bytes, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = 16 if first else 0
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE_SIZE - RESERVE]) + dec.finalize()


def decrypted_pages(db: Path, passphrase: str) -> list[bytes]:
    """Every page of the workspace file and of its WAL, decrypted (free space included)."""
    import hashlib

    raw = db.read_bytes()
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), raw[:16], 256_000, 32)
    pages = [_decrypt(raw[i : i + PAGE_SIZE], key, i == 0) for i in range(0, len(raw), PAGE_SIZE)]
    wal = Path(f"{db}-wal")
    if wal.exists():
        data = wal.read_bytes()
        frame = 24 + PAGE_SIZE
        for off in range(32, len(data) - frame + 1, frame):
            pgno = int.from_bytes(data[off : off + 4], "big")
            pages.append(_decrypt(data[off + 24 : off + frame], key, pgno == 1))
    return pages


def contains_text(blobs: list[bytes], text: str) -> bool:
    needles = (text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"))
    return any(n in b for b in blobs for n in needles)


class ShiftedClock:
    """A clock for tests (``domain.clock.Clock``): ``base()`` (real time unless given) moved
    by ``offset``, which a test may change, to play a laptop whose clock is wrong."""

    def __init__(self, base: Callable[[], datetime] | None = None, offset: timedelta = ZERO):
        self.base = base or (lambda: datetime.now(UTC))
        self.offset = offset

    def now(self) -> datetime:
        return self.base() + self.offset

    def today(self) -> date:
        return self.now().date()


def with_clock(services: AppServices, clock: ShiftedClock) -> AppServices:
    """The same workspace's use cases, reading the time from ``clock``."""
    return AppServices(services._workspace, clock=clock)
