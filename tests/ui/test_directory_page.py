from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from linkdesk.domain.models import Service
from linkdesk.services.app_services import AppServices
from linkdesk.ui.directory.dialog import ServiceDialog
from linkdesk.ui.directory.picker import ServicePicker
from linkdesk.ui.directory_page import DirectoryPage
from linkdesk.ui.ops import ImmediateOps, Operations
from tests.fixtures.sample_services import demo_services

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "oruk"


class FakeFiles:
    def __init__(self) -> None:
        self.open: list[Path] | None = None
        self.folder: Path | None = None
        self.save: Path | None = None

    def open_files(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self.open

    def open_folder(self, parent, title):  # type: ignore[no-untyped-def]
        return self.folder

    def save_file(self, parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        return self.save


@pytest.fixture
def filled(services: AppServices) -> AppServices:
    services.directory.import_services(demo_services(seed=2))
    return services


@pytest.fixture
def page(qtbot, filled: AppServices) -> DirectoryPage:  # type: ignore[no-untyped-def]
    widget = DirectoryPage(filled, ops=ImmediateOps(), files=FakeFiles())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_names(page: DirectoryPage) -> list[str]:
    return [s.name for s in page.results.services()]


def test_search_as_you_type_and_open_card(qtbot, page: DirectoryPage) -> None:  # type: ignore[no-untyped-def]
    assert len(shown_names(page)) == 60
    qtbot.keyClicks(page.search, "knit")
    qtbot.waitUntil(lambda: shown_names(page)[:1] == ["Knit and Natter"])
    assert page.count_label.text() == "1 service"  # plural forms from the catalogue
    page.results.setCurrentRow(0)
    text = page.card.toPlainText()
    assert "Knit and Natter" in text
    assert "Bring your knitting" in text
    page.search.clear()
    qtbot.keyClicks(page.search, "fod bnk")  # typos forgiven
    qtbot.waitUntil(lambda: any("Food Bank" in n for n in shown_names(page)))
    assert page.count_label.text().startswith("No exact match")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.results.hasFocus()


def test_edits_that_land_together_run_one_search(
    qtbot, page: DirectoryPage, filled: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    searched: list[str] = []
    real = filled.directory.search

    def spy(text="", *a, **k):  # type: ignore[no-untyped-def]
        searched.append(text)
        return real(text, *a, **k)

    monkeypatch.setattr(filled.directory, "search", spy)
    page.search.setText("zzz")
    page.search.clear()  # a clear, then keys, before the event loop runs again
    qtbot.keyClicks(page.search, "knit")
    assert searched == []  # nothing yet: one search for all of it, on the next pass
    qtbot.waitUntil(lambda: searched == ["knit"])
    assert shown_names(page) == ["Knit and Natter"]
    assert page.current().name == "Knit and Natter"  # the card follows the new results


def test_down_or_enter_before_the_search_ran_goes_to_its_results(
    qtbot, page: DirectoryPage
) -> None:  # type: ignore[no-untyped-def]
    page.search.setFocus()
    qtbot.keyClicks(page.search, "knit")
    qtbot.keyClick(page.search, Qt.Key.Key_Down)  # in the same pass as the keys
    assert page.results.hasFocus()
    assert shown_names(page) == ["Knit and Natter"]
    assert page.current().name == "Knit and Natter"
    page.search.setFocus()
    page.search.clear()
    qtbot.keyClicks(page.search, "food")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.results.hasFocus()
    assert shown_names(page)
    assert all("food" in repr(s).lower() for s in page.results.services())


def test_typing_searches_on_a_worker_and_shows_only_the_latest_answer(
    qtbot, filled: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """What is typed is searched off the UI thread (issue 15: 15-30 ms a key at 5,000
    services); an answer overtaken by newer typing or a filter is never shown."""
    import threading

    ops = Operations()
    widget = DirectoryPage(filled, ops=ops, files=FakeFiles())
    qtbot.addWidget(widget)
    threads: list[bool] = []
    real = filled.directory.search

    def spy(text="", *a, **k):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread() is threading.main_thread())
        return real(text, *a, **k)

    monkeypatch.setattr(filled.directory, "search", spy)
    widget.search.setText("knit")
    qtbot.waitUntil(lambda: shown_names(widget) == ["Knit and Natter"])
    assert threads == [False]
    assert widget.count_label.text() == "1 service"
    widget.search.setText("food")
    qtbot.waitUntil(lambda: not widget._typed.isActive())  # the worker's search started
    widget.free_only.setChecked(True)  # a filter: searched at once, on the UI thread
    assert threads[-1] is True
    after_filter = shown_names(widget)
    qtbot.waitUntil(lambda: not ops.busy)
    assert shown_names(widget) == after_filter  # the older worker answer was dropped
    assert all(s.is_free for s in widget.results.services())


def test_same_results_keep_their_rows_and_show_fresh_services(
    qtbot, page: DirectoryPage, filled: AppServices
) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("knitt")
    qtbot.waitUntil(lambda: shown_names(page) == ["Knit and Natter"])
    page.results.setCurrentRow(0)
    row = page.results.item(0)
    service = page.current()
    filled.directory.save_notes(service.id, "Ring Ann on Mondays")  # changed elsewhere
    page.search.setText("knit")  # the same service found: its row is not built again
    qtbot.waitUntil(lambda: page.notes.toPlainText() == "Ring Ann on Mondays")
    assert page.results.item(0) is row
    assert page.results.currentRow() == 0
    assert page.results.current_service().worker_notes == "Ring Ann on Mondays"
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Knit and Natter")
    page.search.setText("food")  # different results: new rows, the first one chosen
    qtbot.waitUntil(lambda: "Knit and Natter" not in shown_names(page))
    assert page.results.currentRow() == 0


def test_filters(qtbot, page: DirectoryPage, filled: AppServices) -> None:  # type: ignore[no-untyped-def]
    page.free_only.setChecked(True)
    assert shown_names(page)
    assert all(s.is_free for s in page.results.services())
    page.day.setCurrentIndex(page.day.findData(2))
    assert all(2 in s.days for s in page.results.services())
    page.free_only.setChecked(False)
    page.day.setCurrentIndex(0)
    page.category.setCurrentIndex(page.category.findData("housing"))
    assert len(shown_names(page)) == 6
    assert all("housing" in s.categories for s in page.results.services())
    page.category.setCurrentIndex(0)
    page.accessible.setChecked(True)
    assert all("no lift" not in s.accessibility for s in page.results.services())
    assert len(shown_names(page)) < 60


def test_card_escapes_user_text(qtbot, page: DirectoryPage, filled: AppServices) -> None:  # type: ignore[no-untyped-def]
    filled.directory.save(
        Service(name="<b>Bold</b> & <img src=x>", description="<script>x</script>"), new=True
    )
    page.search.setText("bold")
    qtbot.waitUntil(lambda: len(shown_names(page)) == 1)
    page.results.setCurrentRow(0)
    assert "<b>Bold</b> & <img src=x>" in page.card.toPlainText()
    assert "<script>x</script>" in page.card.toPlainText()


def test_add_service_mark_checked_notes_and_retire(
    qtbot, page: DirectoryPage, filled: AppServices
) -> None:  # type: ignore[no-untyped-def]
    page.ask_service = lambda parent, service: (
        Service(name="Repair Cafe", categories=["learning"], days=[5], is_free=True),
        True,
    )
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.search.setText("repair cafe")
    qtbot.waitUntil(lambda: shown_names(page) == ["Repair Cafe"])
    page.results.setCurrentRow(0)
    qtbot.mouseClick(page.checked_button, Qt.MouseButton.LeftButton)
    stored = filled.directory.search("repair cafe")[0]
    assert stored.last_checked_on == date.today()
    assert "Checked today" in page.card.toPlainText()

    page.notes.setPlainText("Ring Sue first")
    qtbot.mouseClick(page.save_notes_button, Qt.MouseButton.LeftButton)
    assert filled.directory.get(stored.id).worker_notes == "Ring Sue first"

    qtbot.mouseClick(page.retire_button, Qt.MouseButton.LeftButton)
    assert filled.directory.get(stored.id).retired
    assert shown_names(page) == []
    page.show_retired.setChecked(True)
    assert shown_names(page) == ["Repair Cafe"]


def test_typed_notes_are_kept_when_moving_on(
    qtbot, page: DirectoryPage, filled: AppServices
) -> None:  # type: ignore[no-untyped-def]
    page.results.setCurrentRow(0)
    first = page.current()
    page.notes.setPlainText("Typed but not saved")
    page.results.setCurrentRow(1)
    assert page.current().id != first.id
    assert filled.directory.get(first.id).worker_notes == "Typed but not saved"
    page.search.setText("x")  # a refresh does not lose typing either
    page.search.clear()


def test_edit_through_the_real_dialog(qtbot, page: DirectoryPage) -> None:  # type: ignore[no-untyped-def]
    page.search.setText("knit")
    qtbot.waitUntil(lambda: shown_names(page) == ["Knit and Natter"])
    page.results.setCurrentRow(0)
    dialog = ServiceDialog(page.current(), page)
    qtbot.addWidget(dialog)
    dialog.fields["email"].setText("not an email")
    dialog.accept()
    assert dialog.result() == 0
    assert "email" in dialog.error.text()
    assert dialog.fields["email"].hasFocus() or not dialog.isVisible()
    dialog.fields["email"].setText("knit@example.org")
    dialog.day_boxes[0].setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.service.email == "knit@example.org"
    assert 0 in dialog.service.days


def test_import_with_progress_and_report(qtbot, page: DirectoryPage, filled: AppServices) -> None:  # type: ignore[no-untyped-def]
    page.files.open = [FIXTURES / "list_page.json"]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    message = page.transfer.message
    assert message.text().startswith("Imported: 3 added, 0 updated, 0 unchanged, 2 rejected")
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert "Chapeltown Food Bank" in shown_names(page)
    assert page.category.findData("unicycling") >= 0
    assert page.isEnabled()


def test_import_failure_changes_nothing(
    qtbot, page: DirectoryPage, filled: AppServices, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    page.files.open = [FIXTURES / "service.json", bad]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "not valid JSON" in page.transfer.message.text()
    assert filled._repos.services.count() == 60


def test_background_import_of_folder(qtbot, filled: AppServices) -> None:  # type: ignore[no-untyped-def]
    files = FakeFiles()
    files.folder = FIXTURES / "package"
    widget = DirectoryPage(filled, ops=Operations(), files=files)
    qtbot.addWidget(widget)
    qtbot.mouseClick(widget.import_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.transfer.message is not None, timeout=5000)
    assert widget.transfer.message.text().startswith("Imported: 2 added")
    assert widget.isEnabled()
    assert filled._repos.services.count() == 62


def test_background_import_reads_the_categories_off_the_ui_thread(
    qtbot, filled: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """After an import the category list's cache is stale: it is worked out again on the
    worker, not by the page on the UI thread (issue 15: 60-190 ms at 5,000 services)."""
    import threading

    files = FakeFiles()
    files.folder = FIXTURES / "package"
    widget = DirectoryPage(filled, ops=Operations(), files=files)
    qtbot.addWidget(widget)
    threads: list[str] = []
    queries = filled.directory.queries
    real = queries.categories

    def categories(*reads):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*reads)

    monkeypatch.setattr(queries, "categories", categories)
    qtbot.mouseClick(widget.import_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.transfer.message is not None, timeout=5000)
    assert threads  # the cache was refreshed...
    assert threading.main_thread().name not in threads  # ...never on the UI thread
    assert widget.category.count() > 1


def test_export(qtbot, page: DirectoryPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page.files.save = tmp_path / "dir.csv"
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert "Exported 60 services" in page.transfer.message.text()
    assert (tmp_path / "dir.csv").read_text(encoding="utf-8-sig").count("\n") == 61


def test_accessible_names(page: DirectoryPage) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit):
        for widget in page.findChildren(kind):
            if widget.isVisibleTo(page) and widget.parent() is not None:
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                assert name, widget


def test_service_picker_suggests_and_chooses(qtbot, filled: AppServices) -> None:  # type: ignore[no-untyped-def]
    picker = ServicePicker(filled.directory)
    qtbot.addWidget(picker)
    picker.set_life_areas(["caring"])
    assert picker.results.services()
    assert all("carers support" in s.categories for s in picker.results.services())
    qtbot.keyClicks(picker.search, "food bank")
    assert "Food Bank" in picker.results.services()[0].name
    with qtbot.waitSignal(picker.chosen) as signal:
        qtbot.mouseClick(picker.choose, Qt.MouseButton.LeftButton)
    assert "Food Bank" in signal.args[0].name
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.chosen) as by_keyboard:
        qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    assert by_keyboard.args[0].id == picker.current_service().id


def test_dialog_ask_returns_value_or_cancel(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def fill_and_save() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.fields["name"].setText("Chair Yoga")
        dialog.categories.setText("physical activity, peer support")
        dialog.accept()

    QTimer.singleShot(0, fill_and_save)
    service, ok = ServiceDialog.ask(None)
    assert ok
    assert service.name == "Chair Yoga"
    assert service.categories == ["physical activity", "peer support"]

    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert ServiceDialog.ask(None, service) == (None, False)


def test_every_toolbar_button_is_reachable_by_tab(qtbot, page: DirectoryPage) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    page.activateWindow()
    page.setFocus()  # as the main window does on Ctrl+2: the cursor lands in the search box
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search)
    seen = []
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    for button in (page.add_button, page.import_button, page.import_folder_button,
                   page.export_button):  # fmt: skip
        assert button in seen, " > ".join(w.accessibleName() for w in seen)


def test_result_rows_are_two_lines_of_one_height(qtbot, page: DirectoryPage) -> None:  # type: ignore[no-untyped-def]
    """Rows are laid out without measuring each one (issue 15): two unwrapped lines each, a
    retired service marked on its second line, the whole text in the tooltip."""
    results = page.results
    assert results.uniformItemSizes()
    assert not results.wordWrap()
    texts = [results.item(i).text() for i in range(results.count())]
    assert texts
    assert all(t.count("\n") == 1 for t in texts)
    first = page.results.services()[0]
    page.directory.set_retired(first.id, True)
    page.show_retired.setChecked(True)
    row = next(i for i, s in enumerate(results.services()) if s.id == first.id)
    item = results.item(row)
    assert item.text().count("\n") == 1
    assert item.text().endswith("(retired)")
    assert item.toolTip() == item.text().strip()
    assert first.name in item.data(Qt.ItemDataRole.AccessibleTextRole)


def test_background_import_leaves_the_ui_thread_no_query(
    qtbot, filled: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """From the click to the report, the UI thread reads nothing from the workspace: the
    page's search (with the filters on screen) and its categories come from the worker. A
    query there waited behind a caseload search on the shared connection (issue 15: a
    322 ms stall typing during an import at 50,000 people)."""
    import threading

    files = FakeFiles()
    files.folder = FIXTURES / "package"
    widget = DirectoryPage(filled, ops=Operations(), files=files)
    qtbot.addWidget(widget)
    widget.search.setText("carers caf")
    # the demo's; the package has another
    qtbot.waitUntil(lambda: shown_names(widget) == ["Carers Cafe"])
    ws = filled.directory.repos.ws
    on_ui: list[str] = []
    for name in ("query", "execute", "executemany"):
        real = getattr(ws, name)

        def spy(*args, _real=real, **kwargs):  # type: ignore[no-untyped-def]
            if threading.current_thread() is threading.main_thread():
                on_ui.append(str(args[0])[:60])
            return _real(*args, **kwargs)

        monkeypatch.setattr(ws, name, spy)
    qtbot.mouseClick(widget.import_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.transfer.message is not None, timeout=5000)
    assert on_ui == []
    assert widget.transfer.message.text().startswith("Imported: 2 added")
    assert shown_names(widget) == ["Carers Cafe", "Carers Cafe"]  # the search, run again
    assert widget.count_label.text() == "2 services"
    assert widget.category.count() > 1
    shown = [s.id for s in widget.results.services()]
    monkeypatch.undo()
    widget.refresh()  # the same search on the UI thread shows the same
    assert [s.id for s in widget.results.services()] == shown


def test_background_import_shows_close_matches_as_the_page_would(
    qtbot, filled: AppServices
) -> None:  # type: ignore[no-untyped-def]
    """A typo in the search box before the import: the worker's search corrects it as the
    page's own does, and the count says so."""
    files = FakeFiles()
    files.folder = FIXTURES / "package"
    widget = DirectoryPage(filled, ops=Operations(), files=files)
    qtbot.addWidget(widget)
    widget.search.setText("carres")
    qtbot.mouseClick(widget.import_folder_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.transfer.message is not None, timeout=5000)
    after_import = (shown_names(widget), widget.count_label.text())
    widget.refresh()
    assert (shown_names(widget), widget.count_label.text()) == after_import
    assert "Carers Cafe" in after_import[0]
