"""The unlock / create screen: pick or create a workspace and type its passphrase.

Opening and creating run in the background (the key derivation takes a moment), so the
window stays responsive; the result arrives as the ``unlocked(AppServices)`` signal.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from linkdesk import paths
from linkdesk.domain.clock import SYSTEM_CLOCK, Clock
from linkdesk.fileio.private import make_private_dir
from linkdesk.ui import file_dialogs
from linkdesk.ui.ops import Failure, Operations
from linkdesk.ui.widgets.banner import Banner
from linkdesk.ui.widgets.passphrase import PassphraseEdit, strength_hint

if TYPE_CHECKING:
    from linkdesk.services.app_services import AppServices

Chooser = Callable[[QWidget | None, Path | None], Path | None]


def open_workspace(path: Path, passphrase: str, clock: Clock) -> AppServices:
    """``AppServices.open`` (run on a worker thread). The services are imported here, not
    at start-up: the unlock screen paints first and ``app.preload_modules`` imports them in
    the background while the passphrase is typed (tests/ui/test_start_imports.py)."""
    from linkdesk.services.app_services import AppServices

    return AppServices.open(path, passphrase, clock=clock)


def create_workspace(path: Path, passphrase: str, clock: Clock) -> AppServices:
    """``AppServices.create`` (run on a worker thread), imported as ``open_workspace`` does."""
    from linkdesk.services.app_services import AppServices

    return AppServices.create(path, passphrase, clock=clock)


class _PathRow(QWidget):
    """A path field with a "Choose…" button that calls one of the file_dialogs functions."""

    def __init__(self, label: str, choose: Chooser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(label)
        self.edit.setMinimumWidth(320)
        self.button = QPushButton(self.tr("Choose…"))
        self.button.setAccessibleName(self.tr("Choose the workspace file"))
        self.button.clicked.connect(self._pick)
        row.addWidget(self.edit, 1)
        row.addWidget(self.button)
        self.setFocusProxy(self.edit)

    def _pick(self) -> None:
        current = Path(self.edit.text()) if self.edit.text().strip() else None
        chosen = self._choose(self.window(), current)
        if chosen is not None:
            self.edit.setText(str(chosen))

    @property
    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None


class UnlockScreen(QWidget):
    """Signals ``unlocked(AppServices)``; never blocks the UI thread."""

    unlocked = Signal(object)

    def __init__(
        self,
        path: Path | None = None,
        *,
        ops: Operations,
        clock: Clock = SYSTEM_CLOCK,
        create_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.clock = clock
        self.setWindowTitle(self.tr("LinkDesk: unlock"))
        self.setObjectName("unlockScreen")

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("unlockCard")
        card.setMaximumWidth(720)
        card_layout = QVBoxLayout(card)
        card_layout.setSpacing(12)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(card, 4)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

        title = QLabel(self.tr("LinkDesk"))
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("Your caseload is kept encrypted on this computer."))
        subtitle.setWordWrap(True)
        card_layout.addWidget(title)
        card_layout.addWidget(subtitle)

        self.notice = Banner(kind="info")  # e.g. the demo passphrase
        card_layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Open or create a workspace"))
        self.tabs.addTab(self._build_open_tab(path), self.tr("&Open a workspace"))
        self.tabs.addTab(self._build_create_tab(create_path), self.tr("&Create a new workspace"))
        card_layout.addWidget(self.tabs)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setTextVisible(True)
        self.progress.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setVisible(False)
        card_layout.addWidget(self.progress_label)
        card_layout.addWidget(self.progress)
        self.open_passphrase.setFocus()

    # -- building ----------------------------------------------------------------------------

    def _caps_label(self) -> QLabel:
        label = QLabel(self.tr("Caps Lock seems to be on."))
        label.setObjectName("capsWarning")
        label.setVisible(False)
        return label

    def _build_open_tab(self, path: Path | None) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.open_path = _PathRow(self.tr("Workspace file"), file_dialogs.choose_workspace)
        if path is not None:
            self.open_path.edit.setText(str(path))
        label = QLabel(self.tr("&Workspace file:"))
        label.setBuddy(self.open_path.edit)
        form.addRow(label, self.open_path)

        self.open_passphrase = PassphraseEdit()
        self.open_passphrase.setAccessibleName(self.tr("Passphrase"))
        label = QLabel(self.tr("&Passphrase:"))
        label.setBuddy(self.open_passphrase)
        form.addRow(label, self.open_passphrase)
        self.open_caps = self._caps_label()
        self.open_passphrase.caps_lock_changed.connect(self.open_caps.setVisible)
        form.addRow("", self.open_caps)

        self.open_error = Banner(kind="error")
        form.addRow(self.open_error)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.setAccessibleName(self.tr("Unlock the workspace"))
        self.unlock_button.clicked.connect(self.submit_open)
        self.open_passphrase.returnPressed.connect(self.submit_open)
        self.open_path.edit.returnPressed.connect(self.submit_open)
        form.addRow("", self.unlock_button)
        note = QLabel(
            self.tr(
                "LinkDesk locks itself after a few minutes without use. Everything you type "
                "is saved as you go, so locking never loses work."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        QWidget.setTabOrder(self.open_path.edit, self.open_path.button)
        QWidget.setTabOrder(self.open_path.button, self.open_passphrase)
        QWidget.setTabOrder(self.open_passphrase, self.unlock_button)
        return tab

    def _build_create_tab(self, path: Path | None) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.create_path = _PathRow(
            self.tr("New workspace file"), file_dialogs.choose_new_workspace
        )
        if path is not None:
            self.create_path.edit.setText(str(path))
        label = QLabel(self.tr("New workspace &file:"))
        label.setBuddy(self.create_path.edit)
        form.addRow(label, self.create_path)

        self.new_passphrase = PassphraseEdit()
        self.new_passphrase.setAccessibleName(self.tr("New passphrase"))
        label = QLabel(self.tr("New &passphrase:"))
        label.setBuddy(self.new_passphrase)
        form.addRow(label, self.new_passphrase)
        self.strength = QLabel()
        self.strength.setObjectName("strengthHint")
        self.strength.setWordWrap(True)
        self.strength.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow("", self.strength)
        self.new_passphrase.textChanged.connect(self._update_strength)
        self._update_strength("")

        self.repeat_passphrase = PassphraseEdit()
        self.repeat_passphrase.setAccessibleName(self.tr("Type the passphrase again"))
        label = QLabel(self.tr("Type it &again:"))
        label.setBuddy(self.repeat_passphrase)
        form.addRow(label, self.repeat_passphrase)
        self.create_caps = self._caps_label()
        self.new_passphrase.caps_lock_changed.connect(self.create_caps.setVisible)
        self.repeat_passphrase.caps_lock_changed.connect(self.create_caps.setVisible)
        form.addRow("", self.create_caps)
        warning = QLabel(
            self.tr(
                "Write the passphrase down somewhere safe. Nobody can recover the "
                "workspace without it."
            )
        )
        warning.setWordWrap(True)
        form.addRow("", warning)

        self.create_error = Banner(kind="error")
        form.addRow(self.create_error)
        self.create_button = QPushButton(self.tr("C&reate workspace"))
        self.create_button.setAccessibleName(self.tr("Create the workspace"))
        self.create_button.clicked.connect(self.submit_create)
        self.repeat_passphrase.returnPressed.connect(self.submit_create)
        form.addRow("", self.create_button)
        return tab

    def _update_strength(self, text: str) -> None:
        score, hint = strength_hint(text)
        self.strength.setText(hint)
        self.strength.setProperty("score", score)
        style = self.strength.style()
        style.unpolish(self.strength)
        style.polish(self.strength)
        self.new_passphrase.setAccessibleDescription(hint)

    # -- state -------------------------------------------------------------------------------

    def set_notice(self, text: str) -> None:
        self.notice.show_message(text, "info")

    def set_busy(self, busy: bool, text: str = "") -> None:
        self.tabs.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy and bool(text))
        self.progress_label.setText(text)
        if busy:
            self.progress.setRange(0, 0)  # indeterminate until told otherwise

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    @property
    def busy(self) -> bool:
        return not self.tabs.isEnabled()

    # -- actions -----------------------------------------------------------------------------

    def submit_open(self) -> None:
        if self.busy:
            return
        self.open_error.clear_message()
        path = self.open_path.path
        passphrase = self.open_passphrase.text()
        if path is None:
            self._fail(self.open_error, self.tr("Choose the workspace file first."))
            return
        if not passphrase:
            self._fail(self.open_error, self.tr("Type the passphrase first."), self.open_passphrase)
            return
        self.set_busy(True, self.tr("Unlocking…"))
        clock = self.clock
        self.ops.op(self, lambda _progress: open_workspace(path, passphrase, clock)).success(
            self._done
        ).failure(self._open_failed).run()

    def submit_create(self) -> None:
        if self.busy:
            return
        self.create_error.clear_message()
        path = self.create_path.path
        first, second = self.new_passphrase.text(), self.repeat_passphrase.text()
        if path is None:
            self._fail(self.create_error, self.tr("Choose where to keep the new workspace."))
            return
        if first != second:
            self._fail(
                self.create_error,
                self.tr("The two passphrases are different; please type them again."),
                self.repeat_passphrase,
            )
            return
        if path.parent == paths.default_workspace_dir():
            make_private_dir(path.parent)  # first run: LinkDesk's own folder, 0700
        self.set_busy(True, self.tr("Creating the workspace…"))
        clock = self.clock
        self.ops.op(self, lambda _progress: create_workspace(path, first, clock)).success(
            self._done
        ).failure(self._create_failed).run()

    def _fail(self, banner: Banner, message: str, focus: QWidget | None = None) -> None:
        banner.show_message(message, "error")
        if focus is not None:
            focus.setFocus()
            if isinstance(focus, QLineEdit):
                focus.selectAll()

    def _done(self, services: AppServices) -> None:
        self.set_busy(False)
        self.open_passphrase.clear()
        self.new_passphrase.clear()
        self.repeat_passphrase.clear()
        self.open_path.edit.setText(str(services.path))
        self.unlocked.emit(services)

    def _open_failed(self, failure: Failure) -> None:
        self.set_busy(False)
        self._fail(self.open_error, failure.message, self.open_passphrase)

    def _create_failed(self, failure: Failure) -> None:
        self.set_busy(False)
        self._fail(self.create_error, failure.message, self.new_passphrase)
