"""The main window: navigation between Today, caseload, directory, reports and settings.

Today (the first screen) and the caseload are built with the window; the directory, reports
and settings pages are built the first time they are shown, and both are filled on the next
turn of the event loop (Today's lists on the thread pool), so unlocking never blocks the UI
thread for long (DESIGN §8).
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
from linkdesk.ui.i18n import arg, short_date
from linkdesk.ui.ops import Operations
from linkdesk.ui.person_view import PersonView
from linkdesk.ui.shortcuts import HELP, START_CONVERSATION
from linkdesk.ui.today_page import TodayPage
from linkdesk.ui.widgets.banner import Banner
from linkdesk.ui.windows import fit_to_screen

if TYPE_CHECKING:
    from linkdesk.services.reminders import BackupDue
    from linkdesk.ui.settings_page import SettingsPage

TODAY, CASELOAD, DIRECTORY, REPORTS, SETTINGS = range(5)  # Ctrl+0 to Ctrl+4
# The first caseload query waits this long after the window is built. Not 0: a zero-delay
# single shot is a queued call that Qt runs in the same pass as the first paint's events, so
# the query and the paint would block the UI thread as one stall.
FILL_DELAY_MS = 10
PREBUILD_DELAY_MS = 300  # the person view is built in a pause of its own after the first fill


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
        self.person_view: PersonView | None = None  # the one shown, if any
        self._spare_view: PersonView | None = None  # built once, kept for the next person
        self._person_from = CASELOAD  # where "back" from the person view goes
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
            self.tr("Today"),
            self.tr("Caseload"),
            self.tr("Directory"),
            self.tr("Reports"),
            self.tr("Settings"),
        )
        for number, name in enumerate(names):
            self.nav.addItem(name)
            item = self.nav.item(number)
            assert item is not None
            keys = QKeySequence(f"Ctrl+{number}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(keys)  # Qt names the keys (in the UI language where it can)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, keys)
        self.nav.setMinimumWidth(150)

        self.pages = QStackedWidget()
        self.today = TodayPage(services, ops=ops, load=False)  # filled once the window shows
        self.today.open_person.connect(self._show_person_from_today)
        self.today.open_conversation.connect(self.open_conversation)
        self.today.record_outcome.connect(self.record_outcome)
        self.pages.addWidget(self.today)
        self.caseload_stack = QStackedWidget()
        self.caseload = CaseloadPage(services, load=False, ops=ops)  # filled once shown
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

        self.settings_saved.connect(self._settings_changed)
        self.nav.currentRowChanged.connect(self._show_page)
        self.nav.setCurrentRow(TODAY)
        self._build_menus()
        # The keys the Directory uses for itself, as the menus gave them (see _page_keys).
        self._directory_keys = {
            action: action.shortcut() for action in (self.find_action, self.add_person_action)
        }
        self.pages.currentChanged.connect(self._page_keys)  # Today shows first: keys as given
        self._restore_state()
        self.update_backup_reminder()
        self.today.focus_first()
        self._filled = False
        # The first caseload query runs after the window's first paint, not before it.
        QTimer.singleShot(FILL_DELAY_MS, self, self._fill_caseload)

    def _fill_caseload(self) -> None:
        if not self._filled and self.services.is_open:
            self._filled = True
            self.today.refresh()
            self.caseload.refresh()
            # Then, once the list has been painted, the person view the first open will use.
            QTimer.singleShot(PREBUILD_DELAY_MS, self, self._prebuild_person_view)

    def _prebuild_person_view(self) -> None:
        if self._spare_view is None and self.person_view is None and self.services.is_open:
            self._spare_view = self._new_person_view()

    def _settings_built(self, page: QWidget) -> None:
        from linkdesk.ui.settings_page import SettingsPage

        if isinstance(page, SettingsPage):
            page.saved.connect(self.settings_saved)

    def _show_page(self, index: int) -> None:
        lazy = self.lazy_pages.get(index)
        if lazy is not None:
            lazy.ensure()  # built before it is shown, so focus can go straight into it
        self.pages.setCurrentIndex(index)

    def _page_keys(self, index: int) -> None:
        """Give the keys a shown page uses for itself to it alone: the Directory's Ctrl+F
        (find a service) and Ctrl+N (add a service) are this window's Find a person and Add
        person elsewhere. Qt does nothing for a key two enabled shortcuts claim (an
        "ambiguous" key), so while the Directory is shown these actions keep their menu
        entries but not their keys."""
        for action, keys in self._directory_keys.items():
            action.setShortcut(keys if index != DIRECTORY else QKeySequence())

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
            (
                self.tr("&Today"),
                self.tr("&Caseload"),
                self.tr("&Directory"),
                self.tr("&Reports"),
                self.tr("&Settings"),
            )
        ):
            go_menu.addAction(
                self._action(text, f"Ctrl+{index}", lambda _=False, i=index: self.go_to(i))
            )
        self.find_action = self._action(self.tr("&Find a person"), "Ctrl+F", self._find)
        go_menu.addAction(self.find_action)
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
        if index == TODAY:
            self.today.check_day()
        page = self.pages.currentWidget()
        if index == CASELOAD:
            page = self.caseload_stack.currentWidget()
        if isinstance(page, PersonView | TodayPage):
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

    def _new_person_view(self) -> PersonView:
        view = PersonView(self.services, "", ops=self.ops)
        view.back.connect(self._back_from_person)
        view.changed.connect(self.caseload.refresh)
        view.changed.connect(self.today.refresh)
        self.caseload_stack.addWidget(view)
        return view

    def show_person(self, person_id: str, *, back_to: int = CASELOAD) -> None:
        """Show one person's record; "back" returns to ``back_to`` (Today or the caseload)."""
        self._drop_person_view()
        self._person_from = back_to
        view, self._spare_view = self._spare_view or self._new_person_view(), None
        view.show_person(person_id)
        if back_to == TODAY:  # say where "back" goes (the view is reused: set it every time)
            text, name = self.tr("← To&day"), self.tr("Back to Today")
            tip = self.tr("Back to Today (Esc)")
        else:
            text, name = self.tr("← &Caseload"), self.tr("Back to the caseload")
            tip = self.tr("Back to the caseload (Esc)")
        view.back_button.setText(text)
        view.back_button.setAccessibleName(name)
        view.back_button.setToolTip(tip)
        self.person_view = view
        self.caseload_stack.setCurrentWidget(view)
        self.nav.setCurrentRow(CASELOAD)
        view.focus_first()

    def _settings_changed(self, _settings: object) -> None:
        self.today.refresh()  # "not contacted for N weeks" may have changed

    def _show_person_from_today(self, person_id: str) -> None:
        self.show_person(person_id, back_to=TODAY)

    def _back_from_person(self) -> None:
        if self._person_from == TODAY:
            self._drop_person_view()
            self.caseload_stack.setCurrentWidget(self.caseload)
            self.go_to(TODAY)
        else:
            self.show_caseload()

    def refresh_views(self) -> None:
        """Records changed elsewhere (a conversation window, a merge): show them."""
        if not self.services.is_open:
            return
        if self.person_view is not None:
            self.person_view.load()
        self.caseload.refresh()
        self.today.refresh()

    def open_conversation(self, person_id: str) -> None:
        """Start or resume the person's conversation (at its saved step).

        Starting one for someone with a booking due today or overdue offers to mark it
        attended. Views refresh when the window closes (finishing closes it too).
        """
        from linkdesk.ui import conversation
        from linkdesk.ui.booking_dialog import offer_attended

        window = conversation.open_conversation(self, self.services, person_id, ops=self.ops)
        if not window.property("refreshesViews"):  # the window may only have been raised
            window.setProperty("refreshesViews", True)
            window.closed.connect(self.refresh_views)
            marked = offer_attended(
                window, self.services, self.ops, person_id, window.ctx.conversation.id
            )
            if marked is not None:
                self.show_banner(self.tr("The meeting was marked attended."))
        if self.services.is_open:
            self.refresh_views()

    def record_outcome(self, follow_up_id: str) -> None:
        """The booking outcome dialog for one booking (from Today or the person view)."""
        from linkdesk.ui.booking_dialog import BookingOutcomeDialog, result_message

        result, accepted = BookingOutcomeDialog.ask(
            self,
            self.services,
            self.ops,
            follow_up_id,
            reopen=lambda window: window.record_outcome(follow_up_id),  # after a lock
        )
        if accepted and result is not None and self.services.is_open:
            self.show_banner(result_message(result))
            self.refresh_views()

    def _drop_person_view(self, *, delete: bool = False) -> None:
        """Stop showing the person view: emptied and kept for the next person, or deleted
        (``delete``: locking, with the spare one)."""
        view, self.person_view = self.person_view, None
        if view is not None:
            view.forget()
            if self._spare_view is None and not delete:
                self._spare_view, view = view, None
        doomed = [view] if view is not None else []
        if delete and self._spare_view is not None:
            doomed.append(self._spare_view)
            self._spare_view = None
        for kept in doomed:
            self.caseload_stack.removeWidget(kept)
            kept.deleteLater()

    def add_person(self) -> None:
        from linkdesk.ui.person_dialog import PersonDialog

        person, accepted = PersonDialog.ask(
            self, self.services, self.ops, reopen=lambda window: window.add_person()
        )
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
            arg(
                self.tr(
                    "LinkDesk %1\nAn offline, encrypted caseload for social prescribing "
                    "link workers."
                ),
                __version__,
            ),
        )

    # -- locking and state -------------------------------------------------------------------

    def update_backup_reminder(self, now: datetime | None = None) -> None:
        """Nudge when the last backup is older than the reminder setting (or never made)."""
        due = self.services.reminders.backup_due(now)
        if due is None:
            self.backup_banner.clear_message()
            return
        if due.suspect:
            message = self._suspect_backup_message(due)
        elif due.days_since is None:
            message = self.tr(
                "This workspace has not been backed up yet: use File > Back up… (Ctrl+Shift+B)."
            )
        elif due.last_folder:
            message = arg(
                self.tr(
                    "The last backup was %n day(s) ago: use File > Back up… (Ctrl+Shift+B) "
                    "(last folder: %1).",
                    "",
                    due.days_since,
                ),
                due.last_folder,
            )
        else:
            message = self.tr(
                "The last backup was %n day(s) ago: use File > Back up… (Ctrl+Shift+B).",
                "",
                due.days_since,
            )
        self.backup_banner.show_message(message, "warning")

    def _suspect_backup_message(self, due: BackupDue) -> str:
        """The last backup is dated in the future (the exchange's rule): a wrong clock."""
        if due.ahead_unit == "minutes":
            ahead = self.tr("%n minute(s)", "", due.ahead)
        elif due.ahead_unit == "hours":
            ahead = self.tr("%n hour(s)", "", due.ahead)
        else:
            ahead = self.tr("%n day(s)", "", due.ahead)
        if due.last_folder:
            return arg(
                self.tr(
                    "The last backup is dated %1, %2 in the future: this laptop's clock was "
                    "wrong when it was made. Check the date and time, then make a new backup: "
                    "use File > Back up… (Ctrl+Shift+B) (last folder: %3)."
                ),
                short_date(due.last_date),
                ahead,
                due.last_folder,
            )
        return arg(
            self.tr(
                "The last backup is dated %1, %2 in the future: this laptop's clock was wrong "
                "when it was made. Check the date and time, then make a new backup: use "
                "File > Back up… (Ctrl+Shift+B)."
            ),
            short_date(due.last_date),
            ahead,
        )

    def show_banner(self, text: str) -> None:
        self.banner.show_message(text, "info")

    def clear_personal_views(self) -> None:
        """Drop every widget that shows personal data (before the workspace closes)."""
        self._filled = True  # a fill still queued must not run against a closed workspace
        self._drop_person_view(delete=True)
        self.caseload.clear()
        self.today.clear()
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
                arg(
                    self.tr(
                        "LinkDesk is still writing %1: it will not close until that has "
                        "finished. Quit again then."
                    ),
                    self.ops.describe_running(),
                )
            )
            return
        for child in self.findChildren(QWidget):  # Quit: a conversation window goes too (it
            if child.isWindow() and child.isVisible():  # saves as it closes), not left behind
                child.close()
        self.save_settings_now()
        self.save_state()
        super().closeEvent(event)
