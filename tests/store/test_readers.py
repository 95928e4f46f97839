"""Reads of their own (issue 15): long reads on a reader connection, and reads that never wait
behind a long write started elsewhere. Events, not sleeps, hold the writer in place."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from linkdesk.domain.models import Person, Referral
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace
from tests.reports.dataset import build_known


@contextmanager
def writer_holding(workspace: Workspace, person: Person) -> Iterator[threading.Event]:
    """Another thread inside a write transaction (a person inserted, not committed) until the
    yielded event is set; the transaction then commits."""
    holding, release = threading.Event(), threading.Event()
    failed: list[BaseException] = []

    def write() -> None:
        try:
            with workspace.transaction():
                workspace.execute(
                    "INSERT INTO person (id, given_name, family_name, created_at, updated_at)"
                    " VALUES (?, ?, ?, '2026-01-01', '2026-01-01')",
                    (person.id, person.given_name, person.family_name),
                )
                holding.set()
                release.wait(timeout=60)
        except BaseException as exc:  # reported by the test, not lost in the thread
            failed.append(exc)
            holding.set()

    thread = threading.Thread(target=write)
    thread.start()
    assert holding.wait(timeout=60)
    try:
        yield release
    finally:
        release.set()
        thread.join(timeout=60)
    assert not failed, failed


def test_a_read_during_a_long_write_elsewhere_reads_what_is_committed(
    services: AppServices,
) -> None:
    workspace = services._workspace
    services.people.add_person(Person(given_name="Ann", family_name="Before"))
    with writer_holding(workspace, Person(given_name="Bea", family_name="Uncommitted")):
        # Answered at once on a connection of its own: the writer still holds the lock.
        names = [r.name for r in services.people.search("", limit=50)]
        assert names == ["Ann Before"]
        assert workspace.scalar("SELECT count(*) FROM person") == 1
        assert workspace._aside is not None
    assert [r.name for r in services.people.search("", limit=50)] == [
        "Ann Before",
        "Bea Uncommitted",
    ]


def test_a_temporary_table_of_the_shared_connection_is_not_read_aside(
    services: AppServices,
) -> None:
    workspace = services._workspace
    workspace.execute("CREATE TEMP TABLE scratch (x)")
    assert workspace._read_aside("SELECT count(*) FROM temp.scratch", ()) is None
    assert workspace.query("SELECT count(*) FROM temp.scratch") == [(0,)]  # the shared one


def test_reports_do_not_wait_for_a_long_write_and_see_only_commits(
    services: AppServices,
) -> None:
    build_known(services, date.today())
    before = services.reports.compute()
    workspace = services._workspace
    person = Person(given_name="Cal", family_name="Pending")
    with writer_holding(workspace, person):
        during = services.reports.compute()  # would hang here if it needed the lock
        overview = services.reports.overview()
    assert during == before
    assert overview.open_referrals == services.reports.overview().open_referrals
    services.people.add_referral(Referral(person_id=person.id, received_on=date.today()))
    assert services.reports.compute() != before  # and a reader sees what is committed later


def test_readers_open_with_the_derived_key_and_cannot_write(workspace_path: Path) -> None:
    with Workspace.create(workspace_path, "correct horse battery") as workspace:
        assert workspace.prepare_readers() is not None  # the raw key, derived once
        with workspace.reader() as reader:
            assert reader.scalar("SELECT count(*) FROM person") == 0
            with pytest.raises(Exception, match="readonly|read-only|query_only"):
                reader.query("INSERT INTO meta (key, value) VALUES ('x', 'y')")
        workspace.change_passphrase("another passphrase 42")
        with workspace.reader() as reader:  # keyed again after a passphrase change
            assert reader.scalar("SELECT count(*) FROM meta") >= 1


def test_the_aside_connection_has_a_small_cache_and_closes_once_idle(
    services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linkdesk.store import workspace as workspace_module

    workspace = services._workspace
    services.people.add_person(Person(given_name="Ann", family_name="Before"))
    with writer_holding(workspace, Person(given_name="Bea", family_name="Uncommitted")):
        assert workspace.scalar("SELECT count(*) FROM person") == 1  # read aside
        aside = workspace._aside
        assert aside is not None
        cache = aside.execute("PRAGMA cache_size").fetchone()[0]
        assert cache == -workspace_module.ASIDE_CACHE_KIB
    assert workspace.scalar("SELECT count(*) FROM person") == 2  # not idle long enough yet
    assert workspace._aside is not None
    monkeypatch.setattr(workspace_module, "ASIDE_IDLE_S", -1.0)
    assert workspace.scalar("SELECT count(*) FROM person") == 2
    assert workspace._aside is None  # closed, its page cache freed


def test_readers_take_the_cache_they_are_given(workspace_path: Path) -> None:
    from linkdesk.store.workspace import CACHE_KIB, READER_CACHE_KIB, SCAN_CACHE_KIB

    with Workspace.create(workspace_path, "correct horse battery") as workspace:
        assert workspace.scalar("PRAGMA cache_size") == -CACHE_KIB
        with workspace.reader() as reader:
            assert reader.scalar("PRAGMA cache_size") == -READER_CACHE_KIB
        conn = workspace.open_reader(SCAN_CACHE_KIB)
        try:
            assert conn.execute("PRAGMA cache_size").fetchone()[0] == -SCAN_CACHE_KIB
        finally:
            conn.close()


def test_a_reader_streams_the_same_rows_as_it_queries(
    workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from linkdesk.store import reader as reader_module

    monkeypatch.setattr(reader_module, "STREAM_BATCH", 7)  # several batches and a part one
    with Workspace.create(workspace_path, "correct horse battery") as workspace:
        sql = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50)"
        with workspace.reader() as reader:
            assert list(reader.stream(f"{sql} SELECT i FROM n")) == reader.query(
                f"{sql} SELECT i FROM n"
            )
            assert len(reader.query(f"{sql} SELECT i FROM n")) == 50
            assert list(reader.stream("SELECT 1 WHERE 0")) == []
        assert list(workspace.stream(f"{sql} SELECT i FROM n")) == workspace.query(
            f"{sql} SELECT i FROM n"
        )


class _CountingLock:
    """The workspace's lock, noting each timeout a read asked it for."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.timeouts: list[float] = []

    def acquire(self, blocking: bool = True, timeout: float = -1) -> bool:
        if threading.current_thread() is threading.main_thread():
            self.timeouts.append(timeout)
        return bool(self.inner.acquire(blocking, timeout))  # type: ignore[attr-defined]

    def release(self) -> None:
        self.inner.release()  # type: ignore[attr-defined]

    def __enter__(self) -> bool:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


def test_reads_right_after_one_went_aside_do_not_wait_again(services: AppServices) -> None:
    """One person's record is ~14 reads: behind a long hold (a commit's flush to a busy
    drive) each waited READ_WAIT_S before going aside. Now only the first waits; once the
    connection is free again, reads use it as before."""
    from linkdesk.store import workspace as workspace_module

    workspace = services._workspace
    person = services.people.add_person(Person(given_name="Ann", family_name="Before"))
    lock = _CountingLock(workspace._mutex)
    workspace._mutex = lock  # type: ignore[assignment]
    with writer_holding(workspace, Person(given_name="Bea", family_name="Uncommitted")):
        lock.timeouts.clear()
        record = services.people.record(person.id, audit=False)  # every read aside
        assert record.person.full_name == "Ann Before"
        assert lock.timeouts[0] == workspace_module.READ_WAIT_S
        assert len(lock.timeouts) > 3
        assert set(lock.timeouts[1:]) == {0}  # the rest went aside without waiting
    assert workspace.scalar("SELECT count(*) FROM person") == 2  # the shared one: committed


def test_preparing_readers_reads_the_categories_off_the_shared_connection(
    services: AppServices,
) -> None:
    """The directory's category list is read at unlock on a reader of its own: on the
    shared connection it held every query the UI made meanwhile (25-75 ms at 50,000)."""
    from linkdesk.domain.models import Service

    directory = services.directory
    directory.save(Service(name="Walk group", categories=["Walking", "social"]), new=True)
    directory.save(Service(name="Choir", categories=["Singing"]), new=True)
    workspace = services._workspace
    shared: list[str] = []
    real = workspace.query
    workspace.query = lambda sql, *a: shared.append(sql) or real(sql, *a)  # type: ignore[method-assign]
    services.prepare_readers()
    assert not [sql for sql in shared if "json_each" in sql]  # read on the reader
    listed = directory.categories()  # kept: the change key is the same on both connections
    assert not [sql for sql in shared if "json_each" in sql]
    workspace.query = real  # type: ignore[method-assign]
    directory._categories = None
    assert directory.categories() == listed  # as the shared connection reads it
    assert {"walking", "social", "singing"} <= set(listed)
