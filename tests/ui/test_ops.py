"""The one background-operation helper: results, failures, progress, cancel, the busy count,
and locking and quitting that respect running work."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QWidget

from linkdesk.domain.errors import Cancelled, LinkDeskError
from linkdesk.ui.ops import Failure, ImmediateOps, Operations, Progress


def test_success_arrives_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[int, bool]] = []
    worker: list[threading.Thread] = []

    def work(_progress: Progress) -> int:
        worker.append(threading.current_thread())
        return 42

    ops.op(parent, work).success(
        lambda value: seen.append((value, threading.current_thread() is threading.main_thread()))
    ).run()
    assert ops.busy
    qtbot.waitUntil(lambda: not ops.busy)
    assert seen == [(42, True)]
    assert worker[0] is not threading.main_thread()


def test_default_failure_shows_the_mapped_message(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = ImmediateOps()
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail(_progress: Progress) -> None:
        raise LinkDeskError("The folder is not available (is the drive plugged in?).")

    ops.op(parent, fail).error_box_title("Backup not done").run()
    assert ops.messages == ["The folder is not available (is the drive plugged in?)."]
    box = ops.last_box
    assert isinstance(box, QMessageBox)
    assert box.isVisible()
    assert box.windowTitle() == "Backup not done"
    box.close()


def test_unexpected_failure_is_logged_without_its_message(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    ops = ImmediateOps()
    failures: list[Failure] = []

    def fail(_progress: Progress) -> None:
        raise RuntimeError("Gwen Pritchard's notes")  # messages may quote personal data

    with caplog.at_level(logging.ERROR, logger="linkdesk"):
        ops.op(None, fail).failure(failures.append).run()
    (failure,) = failures
    assert failure.message == "Something went wrong (RuntimeError). Your saved work is safe."
    assert not failure.expected
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "RuntimeError" in logged
    assert "test_ops.py" in logged  # the frames are there
    assert "Gwen" not in logged


def test_expected_failure_is_not_logged(qtbot, caplog) -> None:  # type: ignore[no-untyped-def]
    ops = ImmediateOps()
    failures: list[Failure] = []

    def fail(_progress: Progress) -> None:
        raise LinkDeskError("That person is not in this workspace.")

    with caplog.at_level(logging.ERROR, logger="linkdesk"):
        ops.op(None, fail).failure(failures.append).run()
    assert failures[0].message == "That person is not in this workspace."
    assert failures[0].expected
    assert caplog.records == []


def test_progress_reaches_the_ui_thread_in_order(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()
    seen: list[tuple[int, int]] = []

    def work(progress: Progress) -> str:
        for done in range(1, 4):
            progress(done, 3)
        return "done"

    results: list[str] = []
    ops.op(None, work).progress(lambda d, t: seen.append((d, t))).success(results.append).run()
    qtbot.waitUntil(lambda: results == ["done"])
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()
    started, steps = threading.Event(), []
    pace = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        for i in range(10**6):
            steps.append(i)
            progress(i, 10**6)
            pace.wait(0.002)  # a slow job (never set: the wait is the pace)

    failures: list[Failure] = []
    running = ops.op(None, work).cancellable().failure(failures.append).run()
    qtbot.waitUntil(started.is_set)
    running.cancel()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert failures[0].cancelled
    assert isinstance(failures[0].exception, Cancelled)
    assert len(steps) < 10**6
    assert running.finished


def test_work_that_cannot_be_cancelled_ignores_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = ImmediateOps()
    results: list[int] = []

    def work(progress: Progress) -> int:
        progress(1, 2)
        return 7

    running = ops.op(None, work).success(results.append).run()
    running.cancel()
    assert results == [7]


def test_results_for_a_deleted_page_are_dropped(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()
    gate = threading.Event()
    parent = QWidget()
    calls: list[str] = []
    ops.op(parent, lambda _p: gate.wait(10)).success(lambda _v: calls.append("success")).finally_(
        lambda: calls.append("finally")
    ).run()
    shiboken6.delete(parent)  # the page is locked away while the work runs
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy)
    assert calls == []


def test_busy_count_and_write_labels(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()
    gate = threading.Event()
    changes: list[int] = []
    ops.busy_changed.connect(lambda: changes.append(ops.running))
    ops.op(None, lambda _p: gate.wait(10)).writes("the backup").run()
    ops.op(None, lambda _p: gate.wait(10)).run()
    assert ops.running == 2
    assert ops.writing == ["the backup"]
    assert ops.describe_running() == "the backup"
    idle: list[bool] = []
    ops.when_idle(lambda: idle.append(True))
    assert idle == []
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy)
    assert idle == [True]
    assert changes[:2] == [1, 2]
    assert changes[-1] == 0


def test_now_runs_at_once_on_the_ui_thread(qtbot) -> None:  # type: ignore[no-untyped-def]
    ops = Operations()  # even the real runner: .now() is for small writes
    threads: list[threading.Thread] = []
    results: list[int] = []
    ops.op(None, lambda _p: threads.append(threading.current_thread()) or 5).success(
        results.append
    ).now()
    assert results == [5]
    assert threads == [threading.main_thread()]
    assert not ops.busy


def test_progress_dialog_stays_until_the_work_ends(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from linkdesk.ui.ops import ProgressDialog

    ops = Operations()
    gate = threading.Event()
    ops.op(None, lambda _p: gate.wait(10)).with_progress_dialog("Merging…", "Merge").run()
    (dialog,) = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog) and w.isVisible()
    ]
    dialog.reject()  # Escape: no cancel button, nothing happens
    dialog.close()
    assert dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: not ops.busy)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())


# -- locking and quitting respect running work -------------------------------------------------


@pytest.fixture
def unlocked(qtbot, workspace_path: Path):  # type: ignore[no-untyped-def]
    from linkdesk.app import AppController
    from linkdesk.services.app_services import AppServices
    from tests.conftest import PASSPHRASE

    AppServices.create(workspace_path, PASSPHRASE).close()
    controller = AppController(ops=Operations(), path=workspace_path)
    controller.unlock_screen.open_passphrase.setText(PASSPHRASE)
    controller.unlock_screen.submit_open()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=15_000)
    yield controller
    controller.shutdown()
    for widget in (controller.window, controller.unlock_screen):
        if widget is not None and shiboken6.isValid(widget):
            widget.hide()
            widget.deleteLater()


def test_lock_waits_for_a_running_write_then_locks(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    window = unlocked.window
    unlocked.ops.op(window, lambda _p: gate.wait(10)).writes("the backup").run()
    unlocked.lock()  # Ctrl+L, or the auto-lock, while the backup is written
    assert not unlocked.is_locked
    assert unlocked.lock_pending
    assert "Locking as soon as the backup has finished" in window.banner.text()
    gate.set()
    qtbot.waitUntil(lambda: unlocked.is_locked, timeout=10_000)
    assert not unlocked.lock_pending


def test_quit_is_refused_while_the_workspace_is_written(qtbot, unlocked) -> None:  # type: ignore[no-untyped-def]
    gate = threading.Event()
    window = unlocked.window
    unlocked.ops.op(window, lambda _p: gate.wait(10)).writes("the merge").run()
    window.close()  # File > Quit
    assert window.isVisible()
    assert "still writing the merge" in window.banner.text()
    gate.set()
    qtbot.waitUntil(lambda: not unlocked.ops.busy)
    window.close()
    assert not window.isVisible()


def test_long_work_gives_freed_memory_back_and_short_work_does_not(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch
) -> None:
    from linkdesk.ui import ops as ops_module

    trims: list[str] = []
    monkeypatch.setattr(
        ops_module, "release_free_memory", lambda: trims.append(threading.current_thread().name)
    )
    ops = ImmediateOps()
    results: list[int] = []
    ops.op(None, lambda _p: 1).success(results.append).run()
    assert results == [1]
    assert trims == []  # short work: not worth the allocator's walk
    monkeypatch.setattr(ops_module, "TRIM_AFTER_S", 0.0)
    ops.op(None, lambda _p: 2).success(results.append).run()
    failures: list[Failure] = []
    ops.op(None, _fail).failure(failures.append).run()
    assert results == [1, 2]
    assert len(failures) == 1
    assert len(trims) == 2  # after the result and after the failure alike


def _fail(_progress: Progress) -> int:
    raise LinkDeskError("no")
