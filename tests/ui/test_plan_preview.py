"""The plan preview: the same PDF, from memory, printed and saved without temp files."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from linkdesk.services.app_services import AppServices
from linkdesk.ui import plan_preview
from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.plan_preview import PlanPreviewDialog
from tests.plan import people
from tests.plan.pdfcheck import font_sizes, reader, text_of


@pytest.fixture
def empty_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every temp-file API at an empty folder, to prove nothing is written there."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    for var in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.setenv(var, str(folder))
    return folder


def _dialog(qtbot, services: AppServices, pid: str) -> PlanPreviewDialog:  # type: ignore[no-untyped-def]
    dialog = PlanPreviewDialog(services, pid, ops=ImmediateOps())
    qtbot.addWidget(dialog)
    return dialog


def test_preview_print_and_save_write_no_temp_file(
    qtbot, services: AppServices, tmp_path: Path, empty_tmp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)
    dialog = _dialog(qtbot, services, pid)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.page_count > 0)
    expected_pages = len(reader(services.plans.build_pdf(pid)).pages)
    assert dialog.page_count == expected_pages
    assert dialog.print_button.isEnabled()

    asked: list[QPrinter] = []
    monkeypatch.setattr(plan_preview, "ask_printer", lambda parent, p: asked.append(p) or True)
    out_dir = tmp_path / "printed"
    out_dir.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out_dir / "printed.pdf"))
    assert dialog.print_plan(printer) is True
    assert asked == [printer]
    assert len(reader((out_dir / "printed.pdf").read_bytes()).pages) == expected_pages

    monkeypatch.setattr(plan_preview, "choose_save_path", lambda parent, s: out_dir / "saved.pdf")
    assert dialog.save_plan() == out_dir / "saved.pdf"
    assert reader((out_dir / "saved.pdf").read_bytes()).pages

    dialog.close()
    assert list(empty_tmp.iterdir()) == []
    actions = [e.action for e in services._audit.for_person(pid) if e.entity == "plan"]
    assert actions == ["printed", "exported"]


def test_large_print_rebuilds_the_preview(qtbot, services: AppServices, empty_tmp: Path) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)
    dialog = _dialog(qtbot, services, pid)
    regular_pages = dialog.page_count
    regular_pdf = dialog.pdf_bytes
    dialog.large_print.setChecked(True)
    qtbot.waitUntil(lambda: dialog.pdf_bytes != regular_pdf)
    assert dialog.page_count > regular_pages
    assert min(font_sizes(dialog.pdf_bytes)) >= 16
    assert dialog.status.text() == f"{dialog.page_count} pages"
    dialog.easy_read.setChecked(True)
    qtbot.waitUntil(lambda: "What I want to do" in text_of(dialog.pdf_bytes))
    assert dialog.page_count == len(reader(dialog.pdf_bytes).pages)
    assert list(empty_tmp.iterdir()) == []


def test_cancelled_dialogs_do_nothing(
    qtbot, services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)
    dialog = _dialog(qtbot, services, pid)
    monkeypatch.setattr(plan_preview, "ask_printer", lambda parent, p: False)
    monkeypatch.setattr(plan_preview, "choose_save_path", lambda parent, s: None)
    assert dialog.print_plan() is False
    assert dialog.save_plan() is None
    assert [e for e in services._audit.for_person(pid) if e.entity == "plan"] == []


def test_widgets_have_accessible_names_and_the_persons_needs_preset(
    qtbot, services: AppServices
) -> None:  # type: ignore[no-untyped-def]
    from linkdesk.domain.models import Person

    person = services.people.add_person(
        Person(given_name="Ann", communication_needs=["large_print"])
    )
    dialog = _dialog(qtbot, services, person.id)
    assert dialog.large_print.isChecked()
    assert not dialog.easy_read.isChecked()
    for widget in (
        dialog.large_print,
        dialog.easy_read,
        dialog.view,
        dialog.print_button,
        dialog.save_button,
        dialog.close_button,
    ):
        assert widget.accessibleName()
    assert dialog.page_count >= 1


def test_show_plan_for_a_missing_person_warns_instead_of_raising(
    qtbot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    warned: list[str] = []
    monkeypatch.setattr(plan_preview, "warn", lambda parent, title, text: warned.append(text))
    plan_preview.show_plan(None, services, ImmediateOps(), "no-such-person")
    assert len(warned) == 1
    assert "no longer exists" in warned[0]


def test_preview_builds_on_the_thread_pool(qtbot, services: AppServices, empty_tmp: Path) -> None:  # type: ignore[no-untyped-def]
    pid = people.make_person(services)
    dialog = PlanPreviewDialog(services, pid, ops=Operations())  # a real worker thread
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()  # nothing to print until the pages are there
    qtbot.waitUntil(lambda: dialog.page_count > 0, timeout=10_000)
    assert dialog.print_button.isEnabled()
    assert dialog.page_count == len(reader(dialog.pdf_bytes).pages)
    assert list(empty_tmp.iterdir()) == []
