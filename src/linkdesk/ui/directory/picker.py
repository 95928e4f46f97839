"""ServicePicker: search the directory, or take suggestions for chosen life areas.

For the conversation's connections step::

    picker = ServicePicker(services.directory)
    picker.set_life_areas(["loneliness", "money"])
    picker.chosen.connect(lambda service: ...)
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from linkdesk.domain.models import Service
from linkdesk.services.directory import DirectoryService
from linkdesk.ui.directory.results import ServiceList


class ServicePicker(QWidget):
    chosen = Signal(object)  # Service

    def __init__(
        self, directory: DirectoryService, parent: QWidget | None = None, limit: int = 30
    ) -> None:
        super().__init__(parent)
        self.directory = directory
        self.limit = limit
        self.area_keys: list[str] = []
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type what the person is looking for"))
        self.search.setAccessibleName(self.tr("Search the directory"))
        self.search.setClearButtonEnabled(True)
        label = QLabel(self.tr("&Find a service"))
        label.setBuddy(self.search)
        self.heading = QLabel()
        self.heading.setAccessibleName(self.tr("What the list shows"))
        self.results = ServiceList()
        self.choose = QPushButton(self.tr("&Choose this service"))
        self.choose.setAccessibleName(self.tr("Choose this service"))
        self.choose.setEnabled(False)

        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.choose)

        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._focus_results)
        self.results.current_service_changed.connect(
            lambda s: self.choose.setEnabled(s is not None)
        )
        self.results.activated_service.connect(self.chosen.emit)
        self.choose.clicked.connect(self._choose_current)
        QShortcut(QKeySequence.StandardKey.Find, self, lambda: self.search.setFocus())
        self.search.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        """Down arrow in the search box moves to the results."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def set_life_areas(self, area_keys: list[str]) -> None:
        """Suggest services for these life areas while the search box is empty."""
        self.area_keys = list(area_keys)
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text()
        if text.strip() or not self.area_keys:
            found = self.directory.search(text, limit=self.limit)
            self.heading.setText(
                self.tr("%n service(s) found", "", len(found))
                if text.strip()
                else self.tr("All services")
            )
        else:
            found = self.directory.suggest_for_areas(self.area_keys, self.limit)
            self.heading.setText(self.tr("Suggested for the life areas chosen"))
        self.results.set_services(found)
        if found and self.results.currentRow() < 0:
            self.results.setCurrentRow(0)

    def _focus_results(self) -> None:
        self.results.setFocus()

    def current_service(self) -> Service | None:
        return self.results.current_service()

    def _choose_current(self) -> None:
        if service := self.current_service():
            self.chosen.emit(service)
