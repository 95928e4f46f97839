"""The main window: navigation between caseload, directory, reports and settings.

Only the caseload is built with the window; the directory, reports and settings pages are
built the first time they are shown, and the caseload is filled on the next turn of the
event loop, so unlocking never blocks the UI thread for long (DESIGN §8).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk.services.app_services import AppServices
from linkdesk.ui.caseload import CaseloadPage
from linkdesk.ui.ops import Operations
from linkdesk.ui.person_view import PersonView
from linkdesk.ui.shortcuts import HELP, START_CONVERSATION
from linkdesk.ui.widgets.banner import Banner
from linkdesk.ui.windows import fit_to_screen

if TYPE_CHECKING:
    from linkdesk.ui.settings_page import SettingsPage

CASELOAD, DIRECTORY, REPORTS, SETTINGS = range(4)
# The first caseload query waits this long after the window is built. Not 0: a zero-delay
# single shot is a queued call that Qt runs in the same pass as the first paint's events, so
# the query and the paint would block the UI thread as one stall.
FILL_DELAY_MS = 10


def _directory_page(services: AppServices, ops: Operations) -> QWidget:
    from linkdesk.ui.directory_page import DirectoryPage

    return DirectoryPage(services, ops=ops)


def _reports_page(services: AppServices, ops: Operations) -> QWidget:
    from linkdesk.ui.reports_page import ReportsPage

    return ReportsPage(services, ops=ops)


def _settings_page(services: AppServices, ops: Operations) -> QWidget:
    from linkdesk.ui.settings_page import SettingsPage

    return SettingsPage(services, ops=ops)


# Pages built on first visit. Each page's module is imported then too (a faster unlock), by a
# plain import statement rather than by name, so a frozen bundle's import analysis finds it.
_LAZY: dict[int, Callable[[AppServices, Operations], QWidget]] = {
    DIRECTORY: _directory_page,
    REPORTS: _reports_page,
    SETTINGS: _settings_page,
}


class LazyPage(QWidget):
    """A place in the page stack whose page is built the first time it is shown.

    ``build`` must not hold the main window (a reference cycle would keep its Python side
    alive after Qt deletes it): the window hears of the new page through ``built``.
    """

    built = Signal(QWidget)

    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self) -> QWidget:
        """The page, built now if it was not yet."""
        if self.page is None:
            self.page = self._build()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(self.page)
            self.setFocusProxy(self.page)
            self.built.emit(self.page)
        return self.page

    def drop(self) -> None:
        """Delete the page if it was built (locking): nothing it showed stays in memory."""
        page, self.page = self.page, None
        if page is not None:
            # Qt takes nullptr to clear the proxy; PySide's stub lacks "| None" here.
            self.setFocusProxy(None)  # type: ignore[arg-type]
            page.hide()
            page.deleteLater()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.ensure()
        super().showEvent(event)


class MainWindow(QMainWindow):
    """Everything shown while a workspace is unlocked. Signals ``lock_requested()``.

    ``ops`` is the app-wide runner of background work: quitting is refused while it writes.
    """

    lock_requested = Signal()
    settings_saved = Signal(object)

    def __init__(
        self, services: AppServices, *, ops: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self.person_view: PersonView | None = None
        self.setWindowTitle(self.tr("LinkDesk"))  # never a person's name or a path
        fit_to_screen(self, 1200, 800)  # a 768-high laptop: the bottom stays on it

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(6, 6, 6, 6)
        self.banner = Banner(kind="info")
        self.banner.setObjectName("demoBanner")
        column.addWidget(self.banner)
        self.backup_banner = Banner(kind="warning")
        self.backup_banner.setObjectName("backupBanner")
        column.addWidget(self.backup_banner)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Sections"))
        names = (
            self.tr("Caseload"),
            self.tr("Directory"),
            self.tr("Reports"),
            self.tr("Settings"),
        )
        for number, name in enumerate(names, start=1):
            self.nav.addItem(name)
            item = self.nav.item(number - 1)
            assert item is not None
            item.setToolTip(f"Ctrl+{number}")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, f"Ctrl+{number}")
        self.nav.setMinimumWidth(150)

        self.pages = QStackedWidget()
        self.caseload_stack = QStackedWidget()
        self.caseload = CaseloadPage(services, load=False)  # filled once the window shows
        self.caseload.open_person.connect(self.show_person)
        self.caseload.add_person.connect(self.add_person)
        self.caseload_stack.addWidget(self.caseload)
        self.pages.addWidget(self.caseload_stack)
        self.lazy_pages = {
            index: LazyPage(functools.partial(build, services, ops))
            for index, build in _LAZY.items()
        }
        for index in (DIRECTORY, REPORTS, SETTINGS):
            self.pages.addWidget(self.lazy_pages[index])
        self.lazy_pages[SETTINGS].built.connect(self._settings_built)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([180, 1000])
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(CASELOAD)
        self._build_menus()
        self._restore_state()
        self.update_backup_reminder()
        self.caseload.setFocus()
        self._filled = False
        # The first caseload query runs after the window's first paint, not before it.
        QTimer.singleShot(FILL_DELAY_MS, self, self._fill_caseload)

    def _fill_caseload(self) -> None:
        if not self._filled and self.services.is_open:
            self._filled = True
            self.caseload.refresh()

    def _settings_built(self, page: QWidget) -> None:
        from linkdesk.ui.settings_page import SettingsPage

        if isinstance(page, SettingsPage):
            page.saved.connect(self.settings_saved)

    def _show_page(self, index: int) -> None:
        lazy = self.lazy_pages.get(index)
        if lazy is not None:
            lazy.ensure()  # built before it is shown, so focus can go straight into it
        self.pages.setCurrentIndex(index)

    @property
    def settings_page(self) -> SettingsPage:
        """The settings page (built on first use)."""
        from linkdesk.ui.settings_page import SettingsPage

        page = self.lazy_pages[SETTINGS].ensure()
        assert isinstance(page, SettingsPage)
        return page

    def save_settings_now(self) -> None:
        """Save what the settings page holds, if it was ever built (before lock and quit)."""
        if self.lazy_pages[SETTINGS].page is not None:
            self.settings_page.save_now()

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: Callable[..., object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.add_person_action = self._action(
            self.tr("&Add person…"), QKeySequence(QKeySequence.StandardKey.New), self.add_person
        )
        file_menu.addAction(self.add_person_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up…"), "Ctrl+Shift+B", self._backup))
        file_menu.addAction(self._action(self.tr("&Merge a backup…"), None, self._merge))
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit)
        # Ctrl+L locks from any LinkDesk window (e.g. during a conversation), not only here.
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence(QKeySequence.StandardKey.Quit), self.close)
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for index, text in enumerate(
            (self.tr("&Caseload"), self.tr("&Directory"), self.tr("&Reports"), self.tr("&Settings"))
        ):
            go_menu.addAction(
                self._action(text, f"Ctrl+{index + 1}", lambda _=False, i=index: self.go_to(i))
            )
        go_menu.addAction(self._action(self.tr("&Find a person"), "Ctrl+F", self._find))
        self.conversation_action = self._action(
            self.tr("Start or resume &conversation"), START_CONVERSATION, self.start_conversation
        )
        go_menu.addAction(self.conversation_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("&Keyboard shortcuts"), HELP, self.show_shortcuts)
        # F1 answers in every LinkDesk window (a conversation, a dialog), not only here.
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        help_menu.addAction(self.help_action)
        help_menu.addAction(
            self._action(self.tr("Copy &diagnostic details"), None, self._copy_diagnostics)
        )
        help_menu.addAction(self._action(self.tr("&About LinkDesk"), None, self._about))
        self.toolbar = self.addToolBar(self.tr("Main"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.add_person_action)
        self.toolbar.addAction(self.lock_action)

    # -- navigation --------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.pages.currentWidget()
        if index == CASELOAD:
            page = self.caseload_stack.currentWidget()
        if isinstance(page, PersonView):
            page.focus_first()
        elif page is not None:
            page.setFocus()

    def start_conversation(self) -> None:
        """Start (or carry on) a conversation with the person shown, else the one chosen in
        the caseload (Ctrl+Shift+C)."""
        if self.person_view is None or self.caseload_stack.currentWidget() is not self.person_view:
            person_id = self.caseload.current_person_id()
            if person_id is None:
                self._find()
                return
            self.show_person(person_id)
        if self.person_view is not None:
            self.person_view.start_conversation()

    def show_shortcuts(self) -> None:
        """Help › Keyboard shortcuts (F1), over whichever LinkDesk window is active."""
        from linkdesk.ui.help_dialog import ShortcutsDialog

        parent = QApplication.activeWindow() or self
        dialog = ShortcutsDialog(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.open()

    def _find(self) -> None:
        self.show_caseload()
        self.caseload.search.setFocus()
        self.caseload.search.selectAll()

    def show_caseload(self) -> None:
        self.nav.setCurrentRow(CASELOAD)
        self._drop_person_view()
        self.caseload_stack.setCurrentWidget(self.caseload)
        self.caseload.setFocus()

    def show_person(self, person_id: str) -> None:
        self._drop_person_view()
        view = PersonView(self.services, person_id, ops=self.ops)
        view.back.connect(self.show_caseload)
        view.changed.connect(self.caseload.refresh)
        self.person_view = view
        self.caseload_stack.addWidget(view)
        self.caseload_stack.setCurrentWidget(view)
        self.nav.setCurrentRow(CASELOAD)
        view.focus_first()

    def refresh_views(self) -> None:
        """Records changed elsewhere (a conversation window, a merge): show them."""
        if not self.services.is_open:
            return
        if self.person_view is not None:
            self.person_view.load()
        self.caseload.refresh()

    def _drop_person_view(self) -> None:
        if self.person_view is not None:
            self.caseload_stack.removeWidget(self.person_view)
            self.person_view.deleteLater()
            self.person_view = None

    def add_person(self) -> None:
        from linkdesk.ui.person_dialog import PersonDialog

        person, accepted = PersonDialog.ask(self, self.services, self.ops)
        if accepted and person is not None and self.services.is_open:
            self.caseload.refresh()
            self.show_person(person.id)

    # -- file actions (owned by the exchange module) -----------------------------------------

    def _backup(self) -> None:
        from linkdesk.ui import exchange_actions

        dialog = exchange_actions.backup(self, self.services, self.ops)
        dialog.backed_up.connect(lambda _path: self._after_backup())

    def _after_backup(self) -> None:
        if self.services.is_open:
            self.update_backup_reminder()

    def _merge(self) -> None:
        from linkdesk.ui import exchange_actions

        exchange_actions.merge_bundle(self, self.services, self.ops, on_merged=self._after_merge)

    def _after_merge(self) -> None:
        if not self.services.is_open:
            return
        self.refresh_views()
        from linkdesk.ui.directory_page import DirectoryPage

        directory = self.lazy_pages[DIRECTORY].page  # None until first visited
        if isinstance(directory, DirectoryPage):
            directory.refresh()  # merged services show in the directory too

    def _copy_diagnostics(self) -> None:
        from linkdesk.ui.support_actions import copy_diagnostics

        copy_diagnostics(self)

    def _about(self) -> None:
        from linkdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About LinkDesk"),
            self.tr(
                "LinkDesk {version}\nAn offline, encrypted caseload for social prescribing "
                "link workers."
            ).format(version=__version__),
        )

    # -- locking and state -------------------------------------------------------------------

    def update_backup_reminder(self, now: datetime | None = None) -> None:
        """Nudge when the last backup is older than the reminder setting (or never made)."""
        message = self.services.reminders.backup(now)
        if message:
            self.backup_banner.show_message(self.tr(message), "warning")
        else:
            self.backup_banner.clear_message()

    def show_banner(self, text: str) -> None:
        self.banner.show_message(text, "info")

    def clear_personal_views(self) -> None:
        """Drop every widget that shows personal data (before the workspace closes)."""
        self._filled = True  # a fill still queued must not run against a closed workspace
        self._drop_person_view()
        self.caseload.clear()
        for lazy in self.lazy_pages.values():
            lazy.drop()

    def _restore_state(self) -> None:
        state = QSettings()
        geometry = state.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = state.value("main/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        """Window geometry and splitter sizes only: nothing about people or paths."""
        state = QSettings()
        state.setValue("main/geometry", self.saveGeometry())
        state.setValue("main/splitter", self.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if self.ops.writing:  # quitting is refused while the workspace is being written
            event.ignore()
            self.show_banner(
                self.tr(
                    "LinkDesk is still writing {what}: it will not close until that has "
                    "finished. Quit again then."
                ).format(what=self.ops.describe_running())
            )
            return
        for child in self.findChildren(QWidget):  # Quit: a conversation window goes too (it
            if child.isWindow() and child.isVisible():  # saves as it closes), not left behind
                child.close()
        self.save_settings_now()
        self.save_state()
        super().closeEvent(event)
