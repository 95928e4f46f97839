"""Starts the GUI: wires workspace -> services -> main window, and locks it all again."""

from __future__ import annotations

import contextlib
import locale
import os
import signal
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QThread, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from linkdesk import paths
from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.domain.settings import WorkspaceSettings
from linkdesk.fileio.private import make_private_dir
from linkdesk.services.errors import describe
from linkdesk.support import collector
from linkdesk.support.log import get_logger
from linkdesk.support.logfile import LogSetup
from linkdesk.support.memory import limit_arenas
from linkdesk.support.system_packages import apt_command, missing_packages, will_use_xcb
from linkdesk.ui import appearance, i18n, keyboard, single_instance
from linkdesk.ui.autolock import AutoLock
from linkdesk.ui.i18n import arg
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.unlock import UnlockScreen
from linkdesk.ui.windows import fit_to_screen

if TYPE_CHECKING:  # the services and the main window are imported after the first paint
    from linkdesk.services.app_services import AppServices
    from linkdesk.ui import kept_dialogs
    from linkdesk.ui.lock_warning import LockWarning
    from linkdesk.ui.main_window import MainWindow
    from linkdesk.ui.place import Place

DEMO_PASSPHRASE = "demo passphrase"
PREPARE_READERS_MS = 1500  # after unlocking, once the window is up and the list filled
DEMO_PEOPLE = 300
DEMO_SEED = 1  # the same made-up people every time, so guides can refer to them
UI_SWITCH_INTERVAL_S = 0.001  # seconds: how long the UI thread may wait for the GIL per call
# For `linkdesk bench` only (services/bench.py has the same two strings): once the unlock
# screen is shown, print this marker and quit.
QUIT_AT_UNLOCK_ENV = "LINKDESK_BENCH_QUIT_AT_UNLOCK"
# Qt's raster engine hands every fill of 96 spans or more (a group box's frame, a scroll
# bar, a window's background) to its own thread pool and waits for it: on a busy two-core
# laptop the UI thread then waits for pool threads to be scheduled. Set, it paints on the
# UI thread (Qt reads it at the first such fill, so before any window is painted).
SERIAL_PAINTING_ENV = "QT_NO_GUI_THREADPOOL"
UNLOCK_SHOWN_MARKER = "linkdesk-bench: unlock screen shown"


def demo_dir() -> Path:
    return paths.default_workspace_dir() / "demo"


def preload_modules() -> None:
    """Import what the unlocked app uses (services, ReportLab, the main window's pages).

    Run on a worker thread once the unlock screen has painted: start-up imports only what
    that screen needs, and the import is done by the time the passphrase has been typed.
    """
    from linkdesk.services.app_services import preload

    preload()
    import linkdesk.ui.conversation.window  # opened from the person view (~140 ms to import)
    import linkdesk.ui.kept_dialogs
    import linkdesk.ui.main_window
    import linkdesk.ui.place
    import linkdesk.ui.plan_preview  # noqa: F401  (QtPdf)


def make_demo_workspace(
    path: Path,
    progress: Callable[[int, int], None],
    people: int = DEMO_PEOPLE,
    clock: Clock = SYSTEM_CLOCK,
) -> AppServices:
    """Create and fill a demo workspace (runs on a worker thread)."""
    from linkdesk.services import demo
    from linkdesk.services.app_services import AppServices

    services = AppServices.create(path, DEMO_PASSPHRASE, clock=clock)
    try:
        demo.generate_demo(services, people=people, seed=DEMO_SEED, progress=progress)
    except BaseException:
        services.close()
        raise
    return services


class AppController(QObject):
    """Owns the unlock screen, and the services and main window while unlocked.

    ``ops`` runs all background work (tests pass ``ImmediateOps()``); locking waits for it.
    ``clock`` is handed to every workspace's services (tests pass a ``FixedClock``).
    ``autolock_ms`` overrides the idle interval from settings (tests use a few ms).
    """

    def __init__(
        self,
        *,
        ops: Operations | None = None,
        clock: Clock = SYSTEM_CLOCK,
        path: Path | None = None,
        autolock_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            keyboard.install(app)  # Enter presses the focused button, in every window
        self.ops = ops or Operations(self)
        self.clock = clock
        self.autolock_ms = autolock_ms
        self.services: AppServices | None = None
        self.window: MainWindow | None = None
        self.autolock: AutoLock | None = None
        self.demo_path: Path | None = None
        self._lock_pending = False
        self._place: Place | None = None  # where the worker was when it locked (memory only)
        self._kept: list[kept_dialogs.KeptDialog] = []  # dialogs open then (memory only)
        self._lock_warning: LockWarning | None = None
        default = paths.default_workspace_path()
        self.unlock_screen = self._new_unlock_screen(
            path or (default if default.exists() else None)
        )
        self._preloaded = False
        self.unlock_screen.installEventFilter(self)  # the first paint starts preload_modules
        self.beacon = single_instance.InstanceBeacon(self)  # a second launch raises us
        self.beacon.raise_requested.connect(self.bring_forward)
        if path is not None and not path.exists():
            self.unlock_screen.create_path.edit.setText(str(path))
            self.unlock_screen.tabs.setCurrentIndex(1)  # a new path: offer to create it
        elif path is None and not default.exists():
            self.unlock_screen.tabs.setCurrentIndex(1)  # first run: create one

    @property
    def lock_warning(self) -> LockWarning:
        """The countdown before an automatic lock: built at the first unlock, not before
        the unlock screen's first paint (issue 15: start-up)."""
        if self._lock_warning is None:
            from linkdesk.ui.lock_warning import LockWarning

            self._lock_warning = LockWarning()
        return self._lock_warning

    def _new_unlock_screen(self, path: Path | None) -> UnlockScreen:
        """The unlock screen, in the UI language in force now."""
        screen = UnlockScreen(
            path, create_path=paths.default_workspace_path(), ops=self.ops, clock=self.clock
        )
        fit_to_screen(screen, 900, 640)  # 150 % on 768 pixels: about 480 high
        screen.unlocked.connect(self.open_workspace)
        self._unlock_language = i18n.current_language()
        return screen

    def unlock_with(self, passphrase: str) -> None:
        """Unlock the workspace named on the unlock screen with ``passphrase`` (as if typed)."""
        screen = self.unlock_screen
        screen.tabs.setCurrentIndex(0)
        screen.open_passphrase.setText(passphrase)
        screen.submit_open()

    def show(self) -> None:
        self.unlock_screen.show()
        self.unlock_screen.raise_()
        self.unlock_screen.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint and not self._preloaded:
            self._preloaded = True
            self.unlock_screen.removeEventFilter(self)
            # After this paint has finished: the first frame is never delayed by the import.
            QTimer.singleShot(0, self, self._preload)
        return False

    def _preload(self) -> None:
        def failed(failure: Failure) -> None:  # the same import fails again where it is used
            get_logger("app").warning("preloading failed: %s", type(failure.exception).__name__)

        self.ops.op(None, lambda _progress: preload_modules()).failure(failed).run()

    def bring_forward(self) -> None:
        """Another launch on this workspace: show whichever window is in use."""
        target = self.window if self.window is not None else self.unlock_screen
        if target.isMinimized():
            target.showNormal()
        target.show()
        target.raise_()
        target.activateWindow()

    # -- demo --------------------------------------------------------------------------------

    def start_demo(self, folder: Path | None = None, people: int = DEMO_PEOPLE) -> None:
        folder = folder or demo_dir()
        from linkdesk.services.demo import remove_old_demos

        make_private_dir(folder)
        remove_old_demos(folder)
        path = folder / f"demo-{self.clock.now().astimezone():%Y%m%d-%H%M%S}.linkdesk"
        self.demo_path = path
        self.unlock_screen.open_path.edit.setText(str(path))
        self.unlock_screen.tabs.setCurrentIndex(0)
        self.unlock_screen.set_notice(self._demo_notice())
        self.unlock_screen.set_busy(True, self.tr("Making a demo workspace of made-up people…"))
        # Cancellable: quitting stops it at its next progress report (nothing is kept).
        clock = self.clock
        self.ops.op(
            self.unlock_screen,
            lambda progress: make_demo_workspace(path, progress, people, clock),
        ).progress(self.unlock_screen.show_progress).success(self.open_workspace).failure(
            self._demo_failed
        ).cancellable().run()

    def _demo_failed(self, failure: Failure) -> None:
        self.unlock_screen.set_busy(False)
        self.unlock_screen.open_error.show_message(failure.message, "error")

    def _demo_notice(self) -> str:
        return arg(
            self.tr("This is a demo workspace: everyone in it is made up.\nIts passphrase is: %1"),
            DEMO_PASSPHRASE,
        )

    # -- unlocking and locking ---------------------------------------------------------------

    def open_workspace(self, services: AppServices) -> None:
        from linkdesk.ui import kept_dialogs  # imported by app.preload_modules by now
        from linkdesk.ui.place import return_to

        self.unlock_screen.set_busy(False)
        self.services = services
        self._use_ui_language(services.settings.current.ui_language)
        self.beacon.listen(services.path)
        get_logger("app").info("workspace unlocked: schema %s", services.schema_version)
        window = self._make_window(services)
        self.window = window
        self.autolock = AutoLock(
            services.settings.current.autolock_minutes, self, interval_ms=self.autolock_ms
        )
        self.autolock.timed_out.connect(self.lock)
        self.autolock.warning.connect(self.lock_warning.count)
        self.autolock.warning_cancelled.connect(self.lock_warning.dismiss)
        self.autolock.start()
        window.show()
        place, self._place = self._place, None
        kept, self._kept = self._kept, []
        if place is not None and place.path == services.path:
            return_to(place, window, services, self.ops)  # back where the lock found them
            kept_dialogs.reopen(kept, window)  # with the dialogs that were open, as typed
        else:
            kept_dialogs.forget()
        self.unlock_screen.hide()
        QTimer.singleShot(PREPARE_READERS_MS, self, lambda: self._prepare_readers(services))
        collector.freeze_long_lived()  # full collections walk only what is made from now on

    def _prepare_readers(self, services: AppServices) -> None:
        """In the background: the key for read connections (AppServices.prepare_readers)."""
        if self.services is not services or not services.is_open:
            return  # locked meanwhile

        def failed(failure: Failure) -> None:  # readers then derive it when first needed
            get_logger("app").warning("preparing readers: %s", type(failure.exception).__name__)

        self.ops.op(None, lambda _progress: services.prepare_readers()).failure(failed).run()

    def _make_window(self, services: AppServices) -> MainWindow:
        from linkdesk.ui.main_window import MainWindow  # imported already by preload_modules

        window = MainWindow(services, ops=self.ops)
        window.lock_requested.connect(self.lock)
        window.settings_saved.connect(self._settings_saved)
        if self._is_demo(services.path):
            window.backup_banner.clear_message()  # made-up people need no backup
            window.show_banner(
                arg(
                    self.tr(
                        "This is a demo workspace: everyone in it is made up. Its passphrase "
                        'is "%1": try File > Lock (Ctrl+L), then unlock again.'
                    ),
                    DEMO_PASSPHRASE,
                )
            )
        return window

    def _is_demo(self, path: Path) -> bool:
        return path == self.demo_path or path.parent == demo_dir()

    def _settings_saved(self, settings: WorkspaceSettings) -> None:
        if self.autolock is not None and self.autolock_ms is None:
            self.autolock.set_minutes(settings.autolock_minutes)
        if settings.ui_language and settings.ui_language != i18n.current_language():
            # The screens are built in one language: show them again in the new one.
            QTimer.singleShot(0, self, self.rebuild_window)

    def _use_ui_language(self, code: str) -> None:
        """The workspace's UI language ("" = none chosen there: the one in use on this
        computer) from now on, and on this computer's next start."""
        if code and code != i18n.current_language():
            i18n.install_language(code)
        i18n.remember_language(i18n.current_language())

    def rebuild_window(self) -> None:
        """Build the main window again (a new UI language), as after unlocking: the worker
        returns to Settings. Other windows close first (they save as they close)."""
        services, old = self.services, self.window
        if services is None or old is None:
            return
        self._use_ui_language(services.settings.current.ui_language)
        self._close_other_windows()
        old.save_settings_now()
        old.clear_personal_views()
        old.save_state()
        from linkdesk.ui.main_window import SETTINGS

        window = self._make_window(services)
        self.window = window
        window.go_to(SETTINGS)
        window.show()
        old.hide()
        old.deleteLater()

    def _close_other_windows(self) -> None:
        """Close windows other than the main one and the unlock screen (dialogs, a
        conversation window...) while the workspace is open, so their closeEvent can still
        save; their edits are saved as they go."""
        for widget in QApplication.topLevelWidgets():
            if widget is self.unlock_screen or widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()

    @property
    def is_locked(self) -> bool:
        return self.services is None

    @property
    def lock_pending(self) -> bool:
        """True while a lock waits for background work to finish."""
        return self._lock_pending

    def lock(self) -> None:
        """Close the workspace and drop every view of it; show the unlock screen.

        While background work runs (a backup, a merge, an import…), locking waits for it to
        finish (the window says so) and then locks; it never cuts a write short.
        """
        if self.services is None:
            return
        if self.ops.busy:
            if not self._lock_pending:
                self._lock_pending = True
                if self.window is not None:
                    self.window.show_banner(
                        arg(
                            self.tr("Locking as soon as %1 has finished…"),
                            self.ops.describe_running(),
                        )
                    )
                self.ops.when_idle(self._deferred_lock)
            return
        self._lock_now()

    def _deferred_lock(self) -> None:
        self._lock_pending = False
        # Called from the end of the last job: lock on the next turn of the event loop, once
        # that job's own callbacks have finished with the views.
        QTimer.singleShot(0, self, self.lock)

    def _lock_now(self) -> None:
        services = self.services
        if services is None:
            return
        if self.window is not None:  # before anything closes: where the worker was
            from linkdesk.ui import kept_dialogs
            from linkdesk.ui.place import remember

            self._place = remember(self.window, services.path)
            self._kept = kept_dialogs.remember()
        self._close_other_windows()
        if self.autolock is not None:
            self.autolock.stop()
            self.autolock.deleteLater()
            self.autolock = None
        window, self.window = self.window, None
        path = services.path
        if window is not None:
            window.save_settings_now()
            window.clear_personal_views()
            window.save_state()
        services.close()
        self.services = None
        collector.thaw()  # the closed session's cycles can be collected again
        if self._unlock_language != i18n.current_language():  # the worker chose another
            old, self.unlock_screen = self.unlock_screen, self._new_unlock_screen(path)
            old.hide()
            old.deleteLater()
        screen = self.unlock_screen
        screen.open_path.edit.setText(str(path))
        screen.tabs.setCurrentIndex(0)
        screen.open_error.clear_message()
        screen.set_notice(
            self._demo_notice()
            if self._is_demo(path)
            else self.tr("Locked. Type your passphrase to carry on.")
        )
        self.show()
        if window is not None:
            window.hide()
            window.deleteLater()
        screen.open_passphrase.setFocus()

    def shutdown(self) -> None:
        """On quit: save what is pending and close the workspace (releases the lock file)."""
        self.ops.cancel_all()  # a demo being made stops at its next step
        self.ops.wait_for_done(10_000)  # a write in progress (a signal, not Quit) finishes
        if self.window is not None:
            self.window.save_settings_now()
            self.window.save_state()
        if self.services is not None:
            self.services.close()
            self.services = None


def _configure_application(app: QApplication, qt_args: Sequence[str] = ()) -> None:
    """Names, then the look (ui/appearance.py) and the UI language remembered on this
    computer: a ``-style`` or ``-stylesheet`` the user gave Qt on the command line wins over
    LinkDesk's own."""
    limit_arenas()  # freed memory shared between threads, not stranded (support/memory.py)
    # Painting stays on the UI thread: no hand-off to Qt's GUI thread pool per large fill
    # (py-spy, opening a person at 50,000 people: 13 % of its samples were the UI thread
    # starting pool threads and waiting on them; issue 15).
    os.environ.setdefault(SERIAL_PAINTING_ENV, "1")
    # While a worker thread runs Python (a report, a plan, an import), every Python call on
    # the UI thread (a slot, an event filter, an overridden event handler) first waits for
    # the GIL, up to the switch interval each time: Python's default 5 ms, times the dozens
    # of calls in opening a view, was most of the UI stalls beside background work. One
    # thread alone runs as fast either way (the GIL is handed over only when asked for).
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
    app.setApplicationName("LinkDesk")
    app.setOrganizationName("LinkDesk")
    app.setApplicationDisplayName("LinkDesk")
    app.setDesktopFileName("org.linkdesk.LinkDesk")  # matches packaging/linux's .desktop
    app.setWindowIcon(QIcon(str(paths.resource("icons", "linkdesk-app.svg"))))
    appearance.apply(app, qt_args)
    # Day and month names never come from the desktop's locale (Qt has just set LC_ALL from
    # it): LinkDesk writes dates from CLDR in a chosen language (domain/written_dates.py).
    with contextlib.suppress(locale.Error):
        locale.setlocale(locale.LC_TIME, "C")
    i18n.install_language(i18n.remembered_language())


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A one-line message instead of a silent failure (the mapper logs unexpected ones)."""
    app = QApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    report = describe(exc, context="in the GUI")  # logs an unexpected fault (type and frames)
    if report.expected:
        get_logger("app").warning("error shown: %s", kind.__name__)
    else:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)  # for a developer's console
    message = report.message
    if app is not None and on_ui_thread and not app.closingDown():
        # Not QMessageBox.warning(): that would spin a nested event loop inside whatever
        # callback failed. The box is window-modal and kept until it is closed.
        box = QMessageBox(QMessageBox.Icon.Warning, "LinkDesk", message)
        parent = QApplication.activeWindow()
        if parent is not None:
            box.setParent(parent, box.windowFlags())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        _ERROR_BOXES.add(box)
        box.finished.connect(lambda _result: _ERROR_BOXES.discard(box))
        box.open()
    else:
        print(f"linkdesk: {message}", file=sys.stderr)


_ERROR_BOXES: set[QMessageBox] = set()  # open error boxes stay referenced until closed


def run_gui(
    workspace: str | None = None,
    demo: bool = False,
    log_setup: LogSetup | None = None,
    qt_args: Sequence[str] = (),
    passphrase: str | None = None,
) -> int:
    """Open the unlock screen (or a fresh demo workspace) and run until the last window closes.

    ``qt_args``: Qt's own options from the command line (``-reverse``, ``-style fusion``…),
    handed to QApplication as Qt expects them (see linkdesk/qt_options.py). Returns 0 at once
    when a LinkDesk already open on the same workspace came forward, and 1 with a line naming
    the system packages to install when Qt's X11 plugin could not load. ``passphrase`` (from
    ``--passphrase-file``) unlocks the workspace at once, as if typed.
    """
    if will_use_xcb() and (packages := missing_packages()):
        print(
            "linkdesk: the desktop needs system packages that are missing: "
            f"{', '.join(packages)}. Install them with: {apt_command(packages)}",
            file=sys.stderr,
        )
        return 1
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    os.environ.setdefault(SERIAL_PAINTING_ENV, "1")  # before anything is painted
    existing = QApplication.instance()
    app = (
        existing
        if isinstance(existing, QApplication)
        else QApplication([sys.argv[0] or "linkdesk", *qt_args])
    )
    _configure_application(app, qt_args)
    sys.excepthook = _excepthook
    path = Path(workspace).expanduser() if workspace else None
    target = path or paths.default_workspace_path()
    if not demo and single_instance.ask_running_instance(target):
        print(
            "linkdesk: LinkDesk is already open on that workspace; its window was brought forward."
        )
        return 0
    controller = AppController(path=path)
    if not demo:
        controller.beacon.listen(target)
    app.aboutToQuit.connect(controller.shutdown)
    # Ctrl+C or a polite kill closes the workspace cleanly (Python only sees signals while
    # its own code runs, hence the idle ticker).
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: app.quit())
    ticker = QTimer(controller)
    ticker.timeout.connect(lambda: None)
    ticker.start(500)
    controller.show()
    if demo:
        controller.start_demo()
    elif passphrase:
        controller.unlock_with(passphrase)
    if log_setup is not None and log_setup.problem:  # said once, where it is seen
        before = controller.unlock_screen.notice.text() if demo else ""
        controller.unlock_screen.set_notice(f"{before}\n{log_setup.problem}".strip())
    if os.environ.get(QUIT_AT_UNLOCK_ENV):
        QTimer.singleShot(0, lambda: _report_shown_and_quit(controller, app))
    return int(app.exec())


def _report_shown_and_quit(controller: AppController, app: QApplication) -> None:
    """Bench hook: the event loop runs and the unlock screen is exposed; say so and quit."""
    handle = controller.unlock_screen.windowHandle()
    if handle is None or not handle.isExposed():
        QTimer.singleShot(1, lambda: _report_shown_and_quit(controller, app))
        return
    controller.unlock_screen.repaint()  # the first frame is drawn before we call it shown
    print(UNLOCK_SHOWN_MARKER, flush=True)
    app.quit()
