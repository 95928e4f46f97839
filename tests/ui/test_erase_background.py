"""Erasure from the GUI runs in the background (the VACUUM takes seconds on a big workspace)."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt

from linkdesk.domain.errors import LinkDeskError
from linkdesk.services.app_services import AppServices
from linkdesk.ui import exchange_actions
from linkdesk.ui.erase_run import EraseRun
from linkdesk.ui.tasks import TaskRunner
from tests.exchange.helpers import add_person


def test_erase_person_runs_off_the_ui_thread_and_returns_true_when_done(
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
    runner = TaskRunner()
    assert exchange_actions.erase_person(None, services, pid, runner=runner) is True
    qtbot.waitUntil(lambda: not runner.busy)
    assert threads
    assert threads[0] is not threading.main_thread()
    assert [r.name for r in services.people.search("")] == ["Bea Tester"]


def test_erasing_dialog_cannot_be_dismissed_halfway(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    run = EraseRun(None, services, [pid], TaskRunner()).start()
    dialog = run.progress
    assert dialog.isVisible()
    assert "Erasing" in dialog.labelText()
    assert not run.finished  # the result arrives through the event loop, not before
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: run.finished)
    assert run.ok
    assert run.erased >= 1
    assert services.people.count() == 0


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (LinkDeskError("The workspace file is read-only; nothing was erased."), "read-only"),
        (RuntimeError("disk I/O error\ndetails"), "Erasing did not finish (RuntimeError)"),
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
    runner = TaskRunner()
    assert exchange_actions.erase_person(None, services, pid, runner=runner) is False
    qtbot.waitUntil(lambda: not runner.busy)
    assert len(shown) == 1
    assert expected in shown[0]
    assert "\n" not in shown[0]
    assert services.people.get(pid).given_name == "Ann"
