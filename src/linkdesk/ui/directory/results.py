"""A keyboard-friendly list of services (plain text items: never markup)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from linkdesk.domain.models import Service
from linkdesk.ui.i18n import translate


def summary_line(service: Service) -> str:
    """Two lines, always: the name, then what else helps choose (a blank second line when
    there is nothing else), so every row has the same height (see ServiceList)."""
    bits = [service.organisation, service.schedule, service.area]
    if service.is_free:
        bits.append(translate("ServiceList", "free"))
    if service.retired:
        bits.append(translate("ServiceList", "(retired)"))
    return f"{service.name}\n{' · '.join(b for b in bits if b)}"


class ServiceList(QListWidget):
    """Shows services; ``current_service`` and ``activated_service`` say which one."""

    current_service_changed = Signal(object)  # Service | None
    activated_service = Signal(object)  # Service

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Services found"))
        self.setAlternatingRowColors(True)
        # Two unwrapped lines per row, elided at the edge, all one height: the view then lays
        # out 200 rows without measuring each one's wrapped text, which held the UI thread for
        # 30-100 ms on every keystroke (issue 15; the full text is in the card beside it).
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        self.setSpacing(3)
        self._services: dict[str, Service] = {}
        self._shown: list[tuple[str, str]] = []  # (id, text) of each row, in order
        self.currentItemChanged.connect(lambda item, _old: self.current_service_changed.emit(
            self._service_of(item)))  # fmt: skip
        self.itemActivated.connect(self._activated)

    def _service_of(self, item: QListWidgetItem | None) -> Service | None:
        return self._services.get(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _activated(self, item: QListWidgetItem) -> None:
        if service := self._service_of(item):
            self.activated_service.emit(service)

    def set_services(self, services: list[Service], keep_id: str | None = None) -> None:
        """Show ``services`` in order, keeping ``keep_id`` chosen when it is among them.

        Rows whose id and text are the ones already shown are kept, not rebuilt (the next
        key often finds the same services: the list is not cleared and laid out again).
        """
        shown = [(s.id, summary_line(s)) for s in services]
        self.blockSignals(True)
        self._services = {s.id: s for s in services}
        if shown != self._shown:
            self.clear()
            for service_id, line in shown:
                item = QListWidgetItem(line)
                item.setData(Qt.ItemDataRole.UserRole, service_id)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, line.strip().replace("\n", ", "))
                item.setToolTip(line.strip())
                self.addItem(item)
            self._shown = shown
        chosen = next((i for i, (sid, _) in enumerate(shown) if sid == keep_id), None)
        self.blockSignals(False)
        if chosen is not None:
            self.setCurrentRow(chosen)
        self.current_service_changed.emit(self.current_service())

    def current_service(self) -> Service | None:
        return self._service_of(self.currentItem())

    def services(self) -> list[Service]:
        return [
            self._services[self.item(i).data(Qt.ItemDataRole.UserRole)] for i in range(self.count())
        ]
