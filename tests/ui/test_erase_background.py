"""Erasure from the GUI runs in the background (the VACUUM takes seconds on a big workspace)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.ui import exchange_actions
from linkdesk.ui.erase_run import start_erase
from linkdesk.ui.ops import Operations, ProgressDialog
from tests.exchange.helpers import add_person


def test_erase_person_runs_off_the_ui_thread_and_calls_back_when_done(
    qtbot, services: AppServices, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    add_person(services, "Bea")
    threads: list[threading.Thread] = []
    real = services.exchange.erase_people

    def erase_people(ids):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(ids)

    monkeypatch.setattr(services.exchange, "erase_people", erase_people)
    monkeypatch.setattr(exchange_actions, "ask_erase", lambda parent, name: (name, True))
    ops = Operations()
    erased: list[bool] = []
    running = exchange_actions.erase_person(
        None, services, ops, pid, on_erased=lambda: erased.append(True)
    )
    assert running is not None
    assert ops.writing == ["the erasure"]  # locking waits for it, quitting is refused
    qtbot.waitUntil(lambda: not ops.busy)
    assert erased == [True]
    assert threads
    assert threads[0] is not threading.main_thread()
    assert [r.name for r in services.people.search("")] == ["Bea Tester"]


def test_erasing_dialog_cannot_be_dismissed_halfway(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    ops = Operations()
    done: list[int] = []
    running = start_erase(None, services, ops, [pid], on_erased=done.append, on_failed=print)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, ProgressDialog)]
    (dialog,) = [d for d in dialogs if d.isVisible()]
    assert "Erasing" in dialog.labelText()
    assert not running.finished  # the result arrives through the event loop, not before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: running.finished)
    assert len(done) == 1
    assert done[0] >= 1
    assert services.people.count() == 0


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (LinkDeskError("The workspace file is read-only; nothing was erased."), "read-only"),
        (RuntimeError("disk I/O error\ndetails"), "Something went wrong (RuntimeError)"),
    ],
)
def test_failed_erase_shows_one_line_and_keeps_the_person(
    qtbot, services: AppServices, monkeypatch, exc: BaseException, expected: str
) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    shown: list[str] = []

    def fail(ids):  # type: ignore[no-untyped-def]
        raise exc

    monkeypatch.setattr(services.exchange, "erase_people", fail)
    monkeypatch.setattr(exchange_actions, "ask_erase", lambda parent, name: (name, True))
    monkeypatch.setattr(
        exchange_actions, "show_message", lambda parent, title, text, **k: shown.append(text)
    )
    ops = Operations()
    erased: list[bool] = []
    exchange_actions.erase_person(None, services, ops, pid, on_erased=lambda: erased.append(True))
    qtbot.waitUntil(lambda: not ops.busy)
    assert erased == []
    assert len(shown) == 1
    assert expected in shown[0]
    assert "\n" not in shown[0]
    assert "disk I/O" not in shown[0]  # the exception's own text may quote data: never shown
    assert services.people.get(pid).given_name == "Ann"
