"""The directory page (issue 4): find, read, add, edit, retire, import and export services.

Entry point: ``DirectoryPage(services, ops=ops)``. What is typed is searched on a worker once
the events already waiting have been handled (edits that land together share one search) and
only the latest answer is shown; a filter changed, Down or Enter search at once on the UI
thread. Imports and exports run in the background with progress.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.models import Service
from linkdesk.domain.service_schedule import DAY_NAMES
from linkdesk.services.app_services import AppServices
from linkdesk.ui.directory.card import ServiceCard
from linkdesk.ui.directory.dialog import ServiceDialog
from linkdesk.ui.directory.files import FilePicker
from linkdesk.ui.directory.results import ServiceList
from linkdesk.ui.directory.transfer import TransferActions
from linkdesk.ui.i18n import weekday_name
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.flow import FlowLayout, pair
from linkdesk.ui.widgets.scroll import ControlsScrollArea

RESULT_LIMIT = 200


AskService = Callable[[QWidget | None, Service | None], tuple[Service | None, bool]]


class DirectoryPage(QWidget):
    def __init__(
        self,
        services: AppServices,
        *,
        ops: Operations,
        files: FilePicker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.directory = services.directory
        self.ops = ops
        self.files = files or FilePicker()
        self.ask_service: AskService = ServiceDialog.ask  # replaced in tests
        self.last_message: QMessageBox | None = None
        self.transfer = TransferActions(self)
        # Typing searches on a worker, started on the next pass of the event loop (no delay):
        # edits that arrive together share one search. The query and its 200 rows took the
        # UI thread 15-30 ms a key, and a clear then a key held it for 80-90 ms (issue 15).
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(0)
        self._typed.timeout.connect(self._search_typed)
        self._searches = 0  # searches started; only the latest one's answer is shown
        self._waiting = False  # a worker's search for what is typed has not answered yet
        self._build()
        self._connect()
        self.reload_categories()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _labelled(self, text: str, widget: QWidget, name: str) -> QLabel:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(name)
        return label

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a need, a service or a place, e.g. walking"))
        self.search.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.day = QComboBox()
        self.day.addItem(self.tr("Any day"), None)
        for number in range(len(DAY_NAMES)):
            self.day.addItem(weekday_name(number), number)
        self.free_only = QCheckBox(self.tr("F&ree only"))
        self.free_only.setAccessibleName(self.tr("Free services only"))
        self.accessible = QCheckBox(self.tr("Step-free / accessib&le"))
        self.accessible.setAccessibleName(self.tr("Step-free or accessible services only"))
        self.show_retired = QCheckBox(self.tr("Sho&w retired"))
        self.show_retired.setAccessibleName(self.tr("Show retired services too"))

        search_row = QHBoxLayout()
        search_row.addWidget(
            self._labelled(self.tr("&Search"), self.search, self.tr("Search the directory"))
        )
        search_row.addWidget(self.search, 1)
        filters_row = QWidget()
        filters = FlowLayout(filters_row)  # wraps on a narrow window
        filters.addWidget(
            pair(self._labelled(self.tr("&Category"), self.category, self.tr("Category")),
                 self.category)
        )  # fmt: skip
        filters.addWidget(
            pair(self._labelled(self.tr("&Day"), self.day, self.tr("Day of the week")), self.day)
        )
        filters.addWidget(self.free_only)
        filters.addWidget(self.accessible)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of services found"))
        self.results = ServiceList()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.results, 1)
        left_layout.addWidget(self.show_retired)

        self.card = ServiceCard(self.services.clock.today)
        self.edit_button = self._button(self.tr("&Edit…"), self.tr("Edit this service"))
        self.checked_button = self._button(
            self.tr("&Mark as checked today"), self.tr("Mark as checked today")
        )
        self.retire_button = self._button(self.tr("Re&tire"), self.tr("Retire this service"))
        actions_row = QWidget()
        actions = FlowLayout(actions_row)
        for b in (self.edit_button, self.checked_button, self.retire_button):
            actions.addWidget(b)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(
            self.tr("Your own notes about this service (kept on re-import)")
        )
        notes_label = self._labelled(
            self.tr("Your &notes"), self.notes, self.tr("Your notes about this service")
        )
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 6)
        self.save_notes_button = self._button(self.tr("Save n&otes"), self.tr("Save your notes"))
        # The card keeps a few lines; below it the actions and notes scroll on a short screen
        # (a 768-pixel screen at 150 %) rather than being squeezed.
        self.card.setMinimumHeight(self.card.fontMetrics().lineSpacing() * 5)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card, 1)
        right_layout.addWidget(actions_row)
        right_layout.addWidget(notes_label)
        right_layout.addWidget(self.notes)
        right_layout.addWidget(self.save_notes_button, 0, Qt.AlignmentFlag.AlignLeft)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(ControlsScrollArea(right))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.add_button = self._button(self.tr("&Add a service…"), self.tr("Add a service"))
        self.import_button = self._button(
            self.tr("&Import file…"), self.tr("Import services from a file")
        )
        self.import_folder_button = self._button(
            self.tr("Im&port folder…"), self.tr("Import an Open Referral CSV package folder")
        )
        self.export_button = self._button(
            self.tr("E&xport CSV…"), self.tr("Export the directory as CSV")
        )
        toolbar_row = QWidget()
        toolbar = FlowLayout(toolbar_row)
        for b in (
            self.add_button,
            self.import_button,
            self.import_folder_button,
            self.export_button,
        ):
            toolbar.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addWidget(toolbar_row)
        layout.addLayout(search_row)
        layout.addWidget(filters_row)
        layout.addWidget(splitter, 1)
        # Visual order: the toolbar row first, then search, filters, results and the card.
        order: tuple[tuple[QWidget, QWidget], ...] = (
            (self.add_button, self.import_button),
            (self.import_button, self.import_folder_button),
            (self.import_folder_button, self.export_button),
            (self.export_button, self.search), (self.search, self.category),
            (self.category, self.day), (self.day, self.free_only),
            (self.free_only, self.accessible),
            (self.accessible, self.results), (self.results, self.show_retired),
            (self.show_retired, self.card), (self.card, self.edit_button),
            (self.edit_button, self.checked_button), (self.checked_button, self.retire_button),
            (self.retire_button, self.notes), (self.notes, self.save_notes_button),
        )  # fmt: skip
        for first, second in order:
            QWidget.setTabOrder(first, second)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        # Focusing the page (Ctrl+2) puts the cursor in the search box. Not setFocusProxy:
        # a proxied page stands in the Tab chain itself, and Tab jumped from it to the search
        # box, so the toolbar buttons could never be reached.
        super().focusInEvent(event)
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        return button

    def _connect(self) -> None:
        self.search.textChanged.connect(self._typed.start)
        self.search.returnPressed.connect(self._to_results)
        for box in (self.free_only, self.accessible, self.show_retired):
            box.toggled.connect(self.refresh)
        self.category.currentIndexChanged.connect(self.refresh)
        self.day.currentIndexChanged.connect(self.refresh)
        self.results.current_service_changed.connect(self._show)
        self.results.activated_service.connect(lambda s: self.edit_current())
        self.add_button.clicked.connect(self.add_service)
        self.edit_button.clicked.connect(self.edit_current)
        self.checked_button.clicked.connect(self.mark_checked)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.save_notes_button.clicked.connect(self.save_notes)
        self.import_button.clicked.connect(self.transfer.import_files)
        self.import_folder_button.clicked.connect(self.transfer.import_folder)
        self.export_button.clicked.connect(self.transfer.export_csv)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_here)
        self.search.installEventFilter(self)  # Down arrow: from the search box to the results
        QShortcut(QKeySequence.StandardKey.New, self, self.add_service)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._to_results()
            if self.results.currentRow() < 0 and self.results.count():
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    def find_here(self) -> None:
        """Ctrl+F: to the search box, what is typed there chosen (typing replaces it)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _to_results(self) -> None:
        """Down or Enter in the search box: to the results of what is typed (a search still
        to run or to answer runs at once, so the list is never the one before the last key)."""
        if self._typed.isActive() or self._waiting:
            self.refresh()
        self.results.setFocus()

    # -- behaviour ---------------------------------------------------------------------------

    def reload_categories(self, names: list[str] | None = None) -> None:
        """Fill the category filter from ``names`` (worked out on a worker), or read them
        now (on this thread)."""
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Any category"), None)
        for name in self.directory.categories() if names is None else names:
            self.category.addItem(name[:1].upper() + name[1:], name)
        index = self.category.findData(current)
        self.category.setCurrentIndex(max(0, index))
        self.category.blockSignals(False)

    def refresh(self) -> None:
        """Run the query with the filters on screen now and show the results (an answer
        still to come from a worker for earlier typing is dropped: this one is newer)."""
        self._typed.stop()
        found = self.search_call()()  # show_found drops a worker's answer still to come
        self.show_found(found, self.directory.last_search_corrected)

    def _search_typed(self) -> None:
        """Search as you type: the query runs on a worker, its answer shown if still the
        latest one (one search for 5,000 services: 10-30 ms of query and rows)."""
        self._searches += 1
        generation, call, directory = self._searches, self.search_call(), self.directory
        self._waiting = True

        def find(_progress: object) -> tuple[list[Service], bool]:
            found = call()
            return found, directory.last_search_corrected

        self.ops.op(self, find).success(partial(self._typed_found, generation)).run()

    def _typed_found(self, generation: int, answer: tuple[list[Service], bool]) -> None:
        if generation != self._searches:
            return  # typed on (or a filter changed): a newer search is shown or coming
        self.show_found(*answer)

    def search_call(self) -> Callable[[], list[Service]]:
        """The search the filters on screen ask for, to be run later (a worker may run it:
        see TransferActions); ``directory.last_search_corrected`` tells of its typos."""
        return partial(
            self.directory.search,
            self.search.text(),
            RESULT_LIMIT,
            category=self.category.currentData(),
            free_only=self.free_only.isChecked(),
            day=self.day.currentData(),
            accessible=self.accessible.isChecked(),
            include_retired=self.show_retired.isChecked(),
        )

    def show_found(self, found: list[Service], corrected: bool) -> None:
        """Show a search's results (``corrected``: close matches, no exact one). An answer
        still to come from a worker for earlier typing is older than these: it is dropped."""
        self._searches += 1
        self._waiting = False
        keep = self.results.current_service()
        self.results.set_services(found, keep.id if keep else None)
        if self.results.currentRow() < 0 and found:
            self.results.setCurrentRow(0)
        shown = len(found)
        text = self.tr("%n service(s)", "", shown) + ("+" if shown >= RESULT_LIMIT else "")
        if not shown:
            text = self.tr("No services found")
        elif corrected:
            text = self.tr("No exact match: %n close match(es)", "", shown)
        self.count_label.setText(text)

    def current(self) -> Service | None:
        return self.card.service

    def _show(self, service: Service | None) -> None:
        self._keep_typed_notes()
        self.card.show_service(service)
        self.notes.setPlainText(service.worker_notes if service else "")
        for widget in (self.edit_button, self.checked_button, self.retire_button, self.notes,
                       self.save_notes_button):  # fmt: skip
            widget.setEnabled(service is not None)
        self.retire_button.setText(
            self.tr("&Bring back") if service and service.retired else self.tr("Re&tire")
        )

    def _after_change(self, service: Service) -> None:
        self.reload_categories()
        self.refresh()
        current = self.results.current_service()
        if current is None or current.id != service.id:
            self._show(service)

    def _run(self, action: Callable[[], Service]) -> None:
        """A small write (a few ms) on the UI thread, reported like background work."""
        self.ops.op(self, lambda _progress: action()).success(self._after_change).failure(
            self._failed
        ).now()

    def _failed(self, failure: Failure) -> None:
        self.show_error(failure.message)

    def add_service(self) -> None:
        service, ok = self.ask_service(self, None)
        if ok and service is not None:
            self._run(lambda: self.directory.save(service, new=True))

    def edit_current(self) -> None:
        current = self.current()
        if current is None:
            return
        service, ok = self.ask_service(self, current)
        if ok and service is not None:
            self._run(lambda: self.directory.save(service, new=False))

    def mark_checked(self) -> None:
        if current := self.current():
            self._run(lambda: self.directory.mark_checked(current.id))

    def toggle_retired(self) -> None:
        if current := self.current():
            self._run(lambda: self.directory.set_retired(current.id, not current.retired))

    def _keep_typed_notes(self) -> None:
        """Notes autosave: typed notes are saved before the card shows another service."""
        shown = self.card.service
        text = self.notes.toPlainText()
        if shown is None or text.strip() == shown.worker_notes.strip():
            return
        directory = self.directory
        self.ops.op(self, lambda _progress: directory.save_notes(shown.id, text)).success(
            self.card.set_saved
        ).failure(self._failed).now()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt name)
        self._keep_typed_notes()
        super().hideEvent(event)

    def save_notes(self) -> None:
        if current := self.current():
            self._run(lambda: self.directory.save_notes(current.id, self.notes.toPlainText()))

    def show_error(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Directory"), message, parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
        self.last_message = box
