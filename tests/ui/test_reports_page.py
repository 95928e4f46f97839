from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from linkdesk.services.app_services import AppServices
from linkdesk.ui import reports_page
from linkdesk.ui.ops import ImmediateOps, Operations
from linkdesk.ui.reports_page import ReportsPage
from linkdesk.ui.widgets.date_field import DateField
from tests.reports.dataset import build_known


@pytest.fixture
def page(qtbot, services: AppServices) -> ReportsPage:  # type: ignore[no-untyped-def]
    build_known(services, date.today())
    widget = ReportsPage(services, ops=ImmediateOps())
    qtbot.addWidget(widget)
    widget.show()  # refreshes when shown
    return widget


def test_shows_caseload_and_outcome_figures(page: ReportsPage) -> None:
    assert page.open_label.text() == "7"
    assert page.open_detail.text() == "3 received, 2 contacted, 2 active"
    assert page.waiting_label.text() == "3"
    assert page.overdue_label.text() == "1"
    assert page.due_label.text() == "2"
    assert page.table_view("first_contact").text_at("Median days to first contact") == "10.0"
    assert page.table_view("goals").text_at("Goals achieved (percentage)") == "55%"
    assert page.table_view("referrals_by_source").text_at("Self-referral") == "<5"
    snomed = page.table_view("snomed")
    assert snomed.text_at("Social prescribing declined", 1) == "871711000000103"
    assert snomed.accessibleName() == "Coded events (SNOMED CT)"


def test_a_refresh_of_the_same_tables_updates_them_in_place(page: ReportsPage) -> None:
    """Building a dozen table views on every refresh stalled the UI (issue 15): a refresh
    whose tables have the same rows keeps the views and changes only their figures."""
    summary = page.table_view("summary")
    assert summary.text_at("Referrals received") == "8"
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    assert page.table_view("summary") is summary  # kept, not built again
    assert summary.text_at("Referrals received") == "9"


def test_every_control_has_an_accessible_name(page: ReportsPage) -> None:
    for widget in (page.period_combo, page.from_edit, page.to_edit, page.export_button):
        assert widget.accessibleName()
        control = widget.focusProxy() or widget  # a date field is focused in its line
        assert control.focusPolicy() != Qt.FocusPolicy.NoFocus


def test_changing_the_period_refreshes_the_figures(page: ReportsPage) -> None:
    assert page.table_view("summary").text_at("Referrals received") == "8"
    page.period_combo.setCurrentIndex(page.period_combo.findData("all"))
    assert page.table_view("summary").text_at("Referrals received") == "9"
    oldest = date.today() - timedelta(days=500)
    assert page.from_edit.value() == oldest  # the dates the preset stands for
    assert not page.from_edit.isEnabled()
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    assert page.from_edit.isEnabled()


def test_export_saves_both_files_in_the_picked_folder(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    dest = tmp_path / "drive"
    dest.mkdir()
    monkeypatch.setattr(reports_page, "choose_folder", lambda *args: dest)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    stem = f"{date.today().isoformat()}_linkdesk-report"
    assert sorted(p.name for p in dest.iterdir()) == [f"{stem}.csv", f"{stem}.pdf"]
    assert page.status_label.text().startswith(f"Saved {stem}.csv and {stem}.pdf")
    assert page.export_button.isEnabled()


def test_export_to_a_missing_folder_says_so_in_one_line(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_page, "choose_folder", lambda *args: tmp_path / "gone")
    page.export_report()
    text = page.status_label.text()
    assert text.startswith("Could not save the report: The folder")
    assert "\n" not in text
    assert not (tmp_path / "gone").exists()


def test_cancelling_the_picker_writes_nothing(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reports_page, "choose_folder", lambda *args: None)
    before = page.status_label.text()
    page.export_report()
    assert page.status_label.text() == before


def test_background_refresh_with_the_real_runner(qtbot, services: AppServices) -> None:  # type: ignore[no-untyped-def]
    build_known(services, date.today())
    widget = ReportsPage(services, ops=Operations())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report is not None and not widget.ops.busy, timeout=5000)
    assert widget.table_view("summary").text_at("Referrals received") == "8"


def test_figures_refresh_when_the_page_is_shown_again(
    page: ReportsPage, services: AppServices
) -> None:
    from linkdesk.domain.models import Person, Referral

    page.hide()
    services.people.add_person(
        Person(given_name="Later"), Referral(person_id="", received_on=date.today())
    )
    page.show()
    assert page.table_view("summary").text_at("Referrals received") == "9"
    assert page.open_label.text() == "8"


def test_keyboard_order_and_shortcut(
    page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:  # type: ignore[no-untyped-def]
    def next_tab_stop(widget):  # type: ignore[no-untyped-def]
        widget = widget.nextInFocusChain()
        tab = Qt.FocusPolicy.TabFocus.value
        while not (widget.focusPolicy().value & tab and widget.isEnabled()):
            widget = widget.nextInFocusChain()
        return widget

    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    stops = [page.period_combo]
    for _ in range(5):
        stops.append(next_tab_stop(stops[-1]))
    # A date edit and its inner line edit are one control to the person using Tab.
    owners: list[object] = []
    for w in stops:
        owner = w.parent() if isinstance(w.parent(), DateField) else w
        if not owners or owners[-1] is not owner:
            owners.append(owner)
    assert owners[:4] == [page.period_combo, page.from_edit, page.to_edit, page.export_button]
    monkeypatch.setattr(reports_page, "choose_folder", lambda *args: tmp_path)
    page.activateWindow()
    page.period_combo.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert page.status_label.text().startswith("Saved ")


def test_custom_dates_and_a_back_to_front_period(page: ReportsPage) -> None:
    page.period_combo.setCurrentIndex(page.period_combo.findData("custom"))
    today = date.today()

    def type_date(field: DateField, value: date) -> None:
        field.setText(value.strftime("%d/%m/%Y"))
        field.editing_finished.emit()

    type_date(page.to_edit, today.replace(year=today.year - 2))
    type_date(page.from_edit, today.replace(year=today.year - 3))
    assert page.table_view("summary").text_at("Referrals received") == "0"
    type_date(page.from_edit, today.replace(year=today.year - 1))  # now after the end
    assert page.status_label.text() == (
        "Could not work out the figures: "
        "The report period starts after it ends; pick the dates again"
    )
