"""Starts the GUI: wires workspace -> services -> main window, and locks it all again."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QThread, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from linkdesk import paths
from linkdesk.domain.errors import LinkDeskError, WorkspaceInUseError
from linkdesk.qt_options import qt_option_name
from linkdesk.services.app_services import AppServices
from linkdesk.store.failures import classify
from linkdesk.store.instance_lock import InstanceLock
from linkdesk.store.workspace import Workspace
from linkdesk.support.log import get_logger, log_unexpected
from linkdesk.support.logfile import LogSetup
from linkdesk.support.system_packages import apt_command, missing_packages, will_use_xcb
from linkdesk.ui import single_instance
from linkdesk.ui.autolock import AutoLock
from linkdesk.ui.main_window import MainWindow
from linkdesk.ui.tasks import TaskRunner
from linkdesk.ui.unlock import UnlockScreen, describe_error

DEMO_PASSPHRASE = "demo passphrase"
DEMO_PEOPLE = 300
DEMO_SEED = 1  # the same made-up people every time, so guides can refer to them
# For `linkdesk bench` only (services/bench.py has the same two strings): once the unlock
# screen is shown, print this marker and quit.
QUIT_AT_UNLOCK_ENV = "LINKDESK_BENCH_QUIT_AT_UNLOCK"
UNLOCK_SHOWN_MARKER = "linkdesk-bench: unlock screen shown"


def demo_dir() -> Path:
    return paths.default_workspace_dir() / "demo"


def remove_old_demos(folder: Path) -> None:
    """Delete earlier demo workspaces that no LinkDesk window has open."""
    for old in folder.glob("demo-*.linkdesk"):
        lock = InstanceLock(old)
        try:
            lock.acquire()
        except (WorkspaceInUseError, LinkDeskError):
            continue
        try:
            for leftover in (old, Path(f"{old}-wal"), Path(f"{old}-shm")):
                leftover.unlink(missing_ok=True)
        finally:
            lock.release()
            lock.path.unlink(missing_ok=True)


def make_demo_workspace(path: Path, progress, people: int = DEMO_PEOPLE) -> Workspace:  # type: ignore[no-untyped-def]
    """Create and fill a demo workspace (runs on a worker thread)."""
    from linkdesk.services import demo

    workspace = Workspace.create(path, DEMO_PASSPHRASE)
    try:
        demo.generate_demo(AppServices(workspace), people=people, seed=DEMO_SEED, progress=progress)
    except BaseException:
        workspace.close()
        raise
    return workspace


class AppController(QObject):
    """Owns the unlock screen, and the services and main window while unlocked.

    ``autolock_ms`` overrides the idle interval from settings (tests use a few ms).
    """

    def __init__(
        self,
        *,
        runner: TaskRunner | None = None,
        path: Path | None = None,
        autolock_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner or TaskRunner(self)
        self.autolock_ms = autolock_ms
        self.services: AppServices | None = None
        self.window: MainWindow | None = None
        self.autolock: AutoLock | None = None
        self.demo_path: Path | None = None
        self._quitting = threading.Event()
        default = paths.default_workspace_path()
        self.unlock_screen = UnlockScreen(
            self.runner, path or (default if default.exists() else None), create_path=default
        )
        self.unlock_screen.resize(900, 640)
        self.unlock_screen.unlocked.connect(self.open_workspace)
        self.beacon = single_instance.InstanceBeacon(self)  # a second launch raises us
        self.beacon.raise_requested.connect(self.bring_forward)
        if path is not None and not path.exists():
            self.unlock_screen.create_path.edit.setText(str(path))
            self.unlock_screen.tabs.setCurrentIndex(1)  # a new path: offer to create it
        elif path is None and not default.exists():
            self.unlock_screen.tabs.setCurrentIndex(1)  # first run: create one

    def show(self) -> None:
        self.unlock_screen.show()
        self.unlock_screen.raise_()
        self.unlock_screen.activateWindow()

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
        folder.mkdir(parents=True, exist_ok=True)
        remove_old_demos(folder)
        path = folder / f"demo-{time.strftime('%Y%m%d-%H%M%S')}.linkdesk"
        self.demo_path = path
        self.unlock_screen.open_path.edit.setText(str(path))
        self.unlock_screen.tabs.setCurrentIndex(0)
        self.unlock_screen.set_notice(self._demo_notice())
        self.unlock_screen.set_busy(True, self.tr("Making a demo workspace of made-up people…"))

        # Only plain Python objects cross to the worker thread: reading attributes of a
        # QObject there crashed PySide 6.12 at exit.
        quitting = self._quitting

        def progress_or_stop(report):  # type: ignore[no-untyped-def]
            def progress(done: int, total: int) -> None:
                if quitting.is_set():
                    raise LinkDeskError("Stopped: LinkDesk is closing.")
                report(done, total)

            return progress

        self.runner.run(
            lambda report: make_demo_workspace(path, progress_or_stop(report), people),
            self.open_workspace,
            self._demo_failed,
            self.unlock_screen.show_progress,
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self.unlock_screen.set_busy(False)
        self.unlock_screen.open_error.show_message(describe_error(exc), "error")

    def _demo_notice(self) -> str:
        return self.tr(
            "This is a demo workspace: everyone in it is made up.\nIts passphrase is: {p}"
        ).format(p=DEMO_PASSPHRASE)

    # -- unlocking and locking ---------------------------------------------------------------

    def open_workspace(self, workspace: Workspace) -> None:
        self.unlock_screen.set_busy(False)
        try:
            services = AppServices(workspace)
        except BaseException as exc:
            workspace.close()
            self.unlock_screen.open_error.show_message(describe_error(exc), "error")
            return
        self.services = services
        self.beacon.listen(workspace.path)
        get_logger("app").info("workspace unlocked: schema %s", workspace.schema_version)
        window = MainWindow(services)
        window.lock_requested.connect(self.lock)
        window.settings_saved.connect(self._settings_saved)
        if self._is_demo(workspace.path):
            window.backup_banner.clear_message()  # made-up people need no backup
            window.show_banner(
                self.tr(
                    'This is a demo workspace: everyone in it is made up. Its passphrase is "{p}": '
                    "try File > Lock (Ctrl+L), then unlock again."
                ).format(p=DEMO_PASSPHRASE)
            )
        self.window = window
        self.autolock = AutoLock(
            services.settings.autolock_minutes, self, interval_ms=self.autolock_ms
        )
        self.autolock.timed_out.connect(self.lock)
        self.autolock.start()
        window.show()
        self.unlock_screen.hide()

    def _is_demo(self, path: Path) -> bool:
        return path == self.demo_path or path.parent == demo_dir()

    def _settings_saved(self, settings) -> None:  # type: ignore[no-untyped-def]
        if self.autolock is not None and self.autolock_ms is None:
            self.autolock.set_minutes(settings.autolock_minutes)

    @property
    def is_locked(self) -> bool:
        return self.services is None

    def lock(self) -> None:
        """Close the workspace and drop every view of it; show the unlock screen."""
        if self.services is None:
            return
        # Close other windows first (dialogs, a conversation window...) so their closeEvent
        # can still save through the open workspace; their edits are saved as they go.
        for widget in QApplication.topLevelWidgets():
            if widget is self.unlock_screen or widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
        if self.autolock is not None:
            self.autolock.stop()
            self.autolock.deleteLater()
            self.autolock = None
        window, self.window = self.window, None
        path = self.services.workspace.path
        if window is not None:
            window.save_settings_now()
            window.clear_personal_views()
            window.save_state()
        self.services.workspace.close()
        self.services = None
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
        self._quitting.set()
        self.runner.pool.waitForDone(10_000)  # a demo being made stops at its next step
        if self.window is not None:
            self.window.save_settings_now()
            self.window.save_state()
        if self.services is not None:
            self.services.workspace.close()
            self.services = None


def _configure_application(app: QApplication, qt_args: Sequence[str] = ()) -> None:
    """Names, fonts, style and style sheet; a ``-style`` or ``-stylesheet`` the user gave
    Qt on the command line wins over LinkDesk's own."""
    given = {qt_option_name(arg) for arg in qt_args}
    app.setApplicationName("LinkDesk")
    app.setOrganizationName("LinkDesk")
    app.setApplicationDisplayName("LinkDesk")
    app.setDesktopFileName("org.linkdesk.LinkDesk")  # matches packaging/linux's .desktop
    app.setWindowIcon(QIcon(str(paths.resource("icons", "linkdesk-app.svg"))))
    if "style" not in given:
        app.setStyle("Fusion")
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
    font = QFont(app.font())
    if font.pointSizeF() < 11:  # points, not pixels: scales with the screen and settings
        font.setPointSizeF(11)
    app.setFont(font)
    style = paths.resource("styles", "linkdesk.qss")
    if style.exists() and "stylesheet" not in given:
        app.setStyleSheet(style.read_text(encoding="utf-8"))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A one-line message instead of a silent failure; details only on stderr."""
    app = QApplication.instance()
    on_ui_thread = app is not None and QThread.currentThread() is app.thread()
    typed = classify(exc)  # a drive, lock or damage problem is said as what it is
    if typed is not None:
        get_logger("app").warning("error shown: %s", type(typed).__name__)
        message = str(typed)
    else:
        log_unexpected(exc, "in the GUI")
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        message = f"Something went wrong ({kind.__name__}). Your saved work is safe."
    if on_ui_thread and not app.closingDown():
        QMessageBox.warning(QApplication.activeWindow(), "LinkDesk", message)
    else:
        print(f"linkdesk: {message}", file=sys.stderr)


def run_gui(
    workspace: str | None = None,
    demo: bool = False,
    log_setup: LogSetup | None = None,
    qt_args: Sequence[str] = (),
) -> int:
    """Open the unlock screen (or a fresh demo workspace) and run until the last window closes.

    ``qt_args``: Qt's own options from the command line (``-reverse``, ``-style fusion``…),
    handed to QApplication as Qt expects them (see linkdesk/qt_options.py). Returns 0 at once
    when a LinkDesk already open on the same workspace came forward, and 1 with a line naming
    the system packages to install when Qt's X11 plugin could not load.
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
    app = QApplication.instance() or QApplication([sys.argv[0] or "linkdesk", *qt_args])
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
