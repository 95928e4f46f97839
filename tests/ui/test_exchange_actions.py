"""The exchange actions in the GUI: backup with progress, merge report, export warning, erase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from linkdesk.services.app_services import AppServices
from linkdesk.ui import exchange_actions
from linkdesk.ui.exchange_dialogs import EraseDialog, RetentionDialog
from linkdesk.ui.tasks import ImmediateRunner, TaskRunner
from tests.exchange.helpers import add_person, files_in


def test_backup_runs_in_background_with_progress(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "shared"
    dest.mkdir()
    add_person(services, "Ann")
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: dest)
    dialog = exchange_actions.backup(None, services, runner=TaskRunner(), wait=False)
    qtbot.addWidget(dialog)
    assert dialog.folder_edit.text() == ""  # no earlier backup: nothing offered
    assert not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(dest)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.result_path is not None or bool(dialog.error), timeout=20000)
    assert dialog.error == ""
    assert dialog.progress.value() == 100
    assert any(0 < v < 100 for v in seen)  # intermediate progress was shown
    assert dialog.result_path is not None
    assert dialog.result_path.name in dialog.status.text()
    assert len(files_in(dest)) == 2
    # Next time, the last folder is offered.
    again = exchange_actions.backup(None, services, runner=ImmediateRunner(), wait=False)
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(dest)
    assert again.start_button.isEnabled()


def test_backup_error_is_one_sentence(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "unplugged"
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: gone)
    dialog = exchange_actions.backup(None, services, runner=ImmediateRunner(), wait=False)
    qtbot.addWidget(dialog)
    dialog.choose_folder()
    dialog.start()
    assert "not available" in dialog.status.text()
    assert dialog.start_button.isEnabled()


def test_erase_needs_the_typed_name(qtbot, services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    shown: list[EraseDialog] = []

    def drive(parent, name):  # type: ignore[no-untyped-def]
        dialog = EraseDialog(name, parent)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        qtbot.keyClicks(dialog.name_edit, "Ann Smith")
        assert not dialog.erase_button.isEnabled()
        dialog.name_edit.clear()
        qtbot.keyClicks(dialog.name_edit, "  ann   tester ")
        assert dialog.erase_button.isEnabled()
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
        return dialog.name_edit.text(), dialog.result() == EraseDialog.DialogCode.Accepted

    monkeypatch.setattr(exchange_actions, "ask_erase", drive)
    assert exchange_actions.erase_person(None, services, pid) is True
    assert services.people.count() == 0


def test_erase_cancelled_keeps_the_person(qtbot, services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    monkeypatch.setattr(exchange_actions, "ask_erase", lambda parent, name: ("", False))
    assert exchange_actions.erase_person(None, services, pid) is False
    assert services.people.count() == 1


def test_export_person_warns_before_writing(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    out = tmp_path / "out"
    out.mkdir()
    asked: list[str] = []
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: out)
    monkeypatch.setattr(exchange_actions, "show_message", lambda *a, **k: None)
    monkeypatch.setattr(
        exchange_actions, "confirm", lambda parent, title, text, label: asked.append(text) or False
    )
    assert exchange_actions.export_person(None, services, pid) is None
    assert "NOT encrypted" in asked[0]
    assert files_in(out) == []
    monkeypatch.setattr(exchange_actions, "confirm", lambda *a: True)
    paths = exchange_actions.export_person(None, services, pid)
    assert paths is not None
    assert sorted(p.suffix for p in paths) == [".json", ".pdf"]


def test_merge_shows_report(qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "shared"
    dest.mkdir()
    add_person(services, "Ann")
    bundle = services.exchange.backup(dest).bundle_path
    monkeypatch.setattr(exchange_actions, "pick_bundle", lambda parent, title, start: bundle)
    run = exchange_actions.merge_bundle(None, services, runner=ImmediateRunner(), wait=False)
    assert run is not None
    assert run.report is not None
    assert run.report_dialog is not None
    qtbot.addWidget(run.report_dialog)
    assert "Added 0, updated 0" in run.report_dialog.text.toPlainText()


def test_retention_review_erases_ticked_records(qtbot, services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from linkdesk.domain.referral_rules import ReferralStatus

    pid = add_person(services, "Oldone")
    add_person(services, "Current")
    ref = services.repos.referrals.for_person(pid)[0]
    services.people.change_referral_status(ref.id, ReferralStatus.DECLINED, on=date(2020, 1, 1))
    dialog = RetentionDialog(services, lambda *a: True)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "Oldone" in dialog.list.item(0).text()
    dialog.erase_selected()  # nothing ticked: nothing happens
    assert services.people.count() == 2
    qtbot.mouseClick(dialog.select_all, Qt.MouseButton.LeftButton)
    assert dialog.checked_ids() == [pid]
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    assert dialog.erased == 1
    assert [r.name for r in services.people.search("")] == ["Current Tester"]


@pytest.mark.parametrize("name", ["backup", "merge_bundle", "export_person", "erase_person"])
def test_entry_points_exist(name: str) -> None:
    assert callable(getattr(exchange_actions, name))


def test_merge_waits_for_the_background_job_and_the_report(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """As the main window calls it: returns only after the merge and its report are done."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from linkdesk.ui.exchange_dialogs import ReportDialog

    dest = tmp_path / "shared"
    dest.mkdir()
    add_person(services, "Ann")
    bundle = services.exchange.backup(dest).bundle_path
    monkeypatch.setattr(exchange_actions, "pick_bundle", lambda parent, title, start: bundle)
    closed: list[str] = []

    def close_modal() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, ReportDialog):
            closed.append(widget.text.toPlainText())
            widget.reject()

    timer = QTimer()
    timer.timeout.connect(close_modal)
    timer.start(20)
    try:
        run = exchange_actions.merge_bundle(None, services, runner=TaskRunner())
    finally:
        timer.stop()
    assert run is not None
    assert run.finished
    assert run.error == ""
    assert closed
    assert "Added 0, updated 0" in closed[0]
