"""The exchange actions in the GUI: backup with progress, merge report, export warning, erase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from linkdesk.services.app_services import AppServices
from linkdesk.ui import exchange_actions
from linkdesk.ui.exchange_dialogs import EraseDialog, RetentionDialog
from linkdesk.ui.ops import ImmediateOps, Operations
from tests.exchange.helpers import add_person, files_in


def test_backup_runs_in_background_with_progress(
    qtbot, services: AppServices, tmp_path_factory, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path_factory.mktemp("drive") / "shared"  # not the workspace's own folder
    dest.mkdir()
    add_person(services, "Ann")
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: dest)
    ops = Operations()
    dialog = exchange_actions.backup(None, services, ops)
    qtbot.addWidget(dialog)
    saved: list[Path] = []
    dialog.backed_up.connect(saved.append)
    assert dialog.folder_edit.text() == ""  # no earlier backup: nothing offered
    assert not dialog.start_button.isEnabled()
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.folder_edit.text() == str(dest)
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    qtbot.keyClick(dialog.start_button, Qt.Key.Key_Space)
    assert ops.writing == ["the backup"]  # locking waits for it, quitting is refused
    dialog.reject()  # closing now would hide the result: refused while it runs
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.result_path is not None or bool(dialog.error), timeout=20000)
    assert dialog.error == ""
    assert saved == [dialog.result_path]
    assert dialog.progress.value() == 100
    assert any(0 < v < 100 for v in seen)  # intermediate progress was shown
    assert dialog.result_path is not None
    assert dialog.result_path.name in dialog.status.text()
    assert len(files_in(dest)) == 2
    # Next time, the last folder is offered.
    again = exchange_actions.backup(None, services, ImmediateOps())
    qtbot.addWidget(again)
    assert again.folder_edit.text() == str(dest)
    assert again.start_button.isEnabled()


def test_backup_error_is_one_sentence(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "unplugged"
    monkeypatch.setattr(exchange_actions, "pick_folder", lambda parent, title, start: gone)
    dialog = exchange_actions.backup(None, services, ImmediateOps())
    qtbot.addWidget(dialog)
    dialog.choose_folder()
    assert "There is no folder" in dialog.folder_error.text()  # said as it is chosen
    dialog.start()
    assert dialog.running is None  # nothing started
    assert "There is no folder" in dialog.folder_error.text()
    assert "\n" not in dialog.folder_error.text()
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
    erased: list[bool] = []
    running = exchange_actions.erase_person(
        None, services, ImmediateOps(), pid, on_erased=lambda: erased.append(True)
    )
    assert running is not None
    assert erased == [True]
    assert services.people.count() == 0


def test_erase_cancelled_keeps_the_person(qtbot, services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    pid = add_person(services, "Ann")
    monkeypatch.setattr(exchange_actions, "ask_erase", lambda parent, name: ("", False))
    assert exchange_actions.erase_person(None, services, ImmediateOps(), pid) is None
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
    ops = ImmediateOps()
    assert exchange_actions.export_person(None, services, ops, pid) is None
    assert "NOT encrypted" in asked[0]
    assert files_in(out) == []
    monkeypatch.setattr(exchange_actions, "confirm", lambda *a: True)
    exported: list[list[Path]] = []
    exchange_actions.export_person(None, services, ops, pid, on_exported=exported.append)
    (paths,) = exported
    assert sorted(p.suffix for p in paths) == [".json", ".pdf"]


def test_merge_shows_report(qtbot, services: AppServices, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "shared"
    dest.mkdir()
    add_person(services, "Ann")
    bundle = services.exchange.backup(dest).bundle_path
    monkeypatch.setattr(exchange_actions, "pick_bundle", lambda parent, title, start: bundle)
    merged: list[bool] = []
    run = exchange_actions.merge_bundle(
        None, services, ImmediateOps(), on_merged=lambda: merged.append(True)
    )
    assert run is not None
    assert merged == [True]
    assert run.report is not None
    assert run.report_dialog is not None
    qtbot.addWidget(run.report_dialog)
    assert "Added 0, updated 0" in run.report_dialog.text.toPlainText()


def test_retention_review_erases_ticked_records(qtbot, services: AppServices, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from linkdesk.domain.referral_rules import ReferralStatus

    pid = add_person(services, "Oldone")
    add_person(services, "Current")
    ref = services.people.record(pid, audit=False).referrals[0]
    services.people.change_referral_status(ref.id, ReferralStatus.DECLINED, on=date(2020, 1, 1))
    dialog = RetentionDialog(services, ImmediateOps(), lambda *a: True)
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


def test_merge_runs_in_the_background_then_shows_its_report(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """As the main window calls it: it returns at once, and no nested event loop waits for
    the merge; the report dialog follows, then the caller's callback."""
    from linkdesk.ui.exchange_dialogs import ReportDialog

    dest = tmp_path / "shared"
    dest.mkdir()
    add_person(services, "Ann")
    bundle = services.exchange.backup(dest).bundle_path
    monkeypatch.setattr(exchange_actions, "pick_bundle", lambda parent, title, start: bundle)
    ops = Operations()
    merged: list[bool] = []
    run = exchange_actions.merge_bundle(None, services, ops, on_merged=lambda: merged.append(True))
    assert run is not None
    assert not run.finished  # returned before the merge: nothing waited for it
    assert ops.writing == ["the merge"]
    qtbot.waitUntil(lambda: run.finished, timeout=20000)
    assert run.error == ""
    assert merged == [True]
    assert isinstance(run.report_dialog, ReportDialog)
    assert run.report_dialog.isVisible()
    assert "Added 0, updated 0" in run.report_dialog.text.toPlainText()
    run.report_dialog.reject()
