"""Dialogs for backups, merges, erasure and retention review (layout and small logic only)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.filenames import display_path
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import BackupResult, FolderProblem
from linkdesk.ui.bidi import ltr
from linkdesk.ui.erase_run import start_erase
from linkdesk.ui.i18n import arg
from linkdesk.ui.ops import Failure, Operations, Running
from linkdesk.ui.widgets.form import ErrorLabel


class BackupDialog(QDialog):
    """Choose the destination (the last one is offered), then back up with progress.

    Signals ``backed_up(Path)`` with the bundle's path once it is saved and checked.
    """

    backed_up = Signal(object)

    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        pick_folder: Callable[[QWidget | None, str, str], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._pick_folder = pick_folder
        self.running: Running | None = None
        self.result_path: Path | None = None
        self.error: str = ""
        self.setWindowTitle(self.tr("Back up the workspace"))
        self.setAccessibleName(self.tr("Back up the workspace"))

        last = services.settings.current.last_backup_dir
        # The folder is kept as a Path; the edit only shows it. Qt cannot hold a name that is
        # not valid UTF-8 (it cuts it short), so text read back from it could be another folder.
        self.folder: Path | None = Path(last) if last and Path(last).is_dir() else None
        self._shown = display_path(self.folder) if self.folder else ""
        self.folder_edit = QLineEdit(self._shown)
        self.folder_edit.setAccessibleName(self.tr("Backup folder"))
        self.folder_edit.setPlaceholderText(
            self.tr("Type or paste a folder on the shared drive, or choose one")
        )
        self.folder_edit.editingFinished.connect(self.check_typed)
        self.folder_edit.textEdited.connect(lambda _text: self._typing())
        self.folder_error = ErrorLabel()
        self.folder_error.setAccessibleName(self.tr("About the backup folder"))
        folder_label = QLabel(self.tr("Back up &to:"))
        folder_label.setBuddy(self.folder_edit)
        self.change_button = QPushButton(self.tr("C&hoose folder…"))
        self.change_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.change_button.clicked.connect(self.choose_folder)

        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.status = QLabel(
            self.tr(
                "The backup is encrypted with your workspace passphrase "
                "and checked after it is written."
            )
        )
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Backup status"))

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            self.tr("&Back up now"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(self.tr("Back up now"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.start_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(bool(self.folder_edit.text().strip()))

        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(self.change_button)
        layout = QVBoxLayout(self)
        layout.addWidget(folder_label)
        layout.addLayout(row)
        layout.addWidget(self.folder_error)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.folder_edit, self.change_button)
        self.setTabOrder(self.change_button, self.start_button)

    def choose_folder(self) -> None:
        start = display_path(self.folder) if self.folder else ""  # "": last used or Documents
        chosen = self._pick_folder(self, self.tr("Choose the backup folder"), start)
        if chosen is not None:
            self.folder = chosen
            self._shown = display_path(chosen)
            self.folder_edit.setText(self._shown)
            self.check_typed()

    def _typing(self) -> None:
        self.folder_error.setVisible(False)
        self.start_button.setEnabled(bool(self.folder_edit.text().strip()))

    def check_typed(self) -> bool:
        """Check the folder as the field is left: a typed or pasted path is read (the one
        shown for a chosen folder keeps its exact name); one line says what is wrong."""
        text = self.folder_edit.text()
        exchange = self.services.exchange
        if text == self._shown and self.folder is not None:
            folder, problem = exchange.backup_folder_problem(str(self.folder))
        else:
            folder, problem = exchange.backup_folder_problem(text)
        if problem is not None:
            said = self._problem_text(problem, text)
            self.folder_error.setText(said)
            self.folder_error.setVisible(True)
            self.folder_edit.setAccessibleDescription(said)
            self.start_button.setEnabled(bool(text.strip()))
            return False
        if folder is not None and text != self._shown:
            self.folder = folder
            self._shown = text
        self.folder_error.setVisible(False)
        self.folder_edit.setAccessibleDescription("")
        self.start_button.setEnabled(True)
        return True

    def _problem_text(self, problem: FolderProblem, typed: str) -> str:
        shown = ltr(typed.strip())  # a path reads left to right in any layout
        if problem == FolderProblem.BLANK:
            return self.tr("Type or paste the folder for backups, or choose one.")
        if problem == FolderProblem.NOT_WHOLE_PATH:
            return self.tr("Type the whole path of the folder, from the drive it is on.")
        if problem == FolderProblem.MISSING:
            return arg(self.tr("There is no folder %1: is the drive plugged in?"), shown)
        if problem == FolderProblem.NOT_A_FOLDER:
            return arg(self.tr("%1 is a file, not a folder."), shown)
        if problem == FolderProblem.NOT_WRITABLE:
            return arg(
                self.tr("LinkDesk cannot write in %1: choose a folder you can save in."), shown
            )
        return self.tr(
            "That is the workspace's own folder: a backup there is lost with the workspace. "
            "Choose the shared drive or a USB stick."
        )

    def start(self) -> None:
        if not self.folder_edit.text().strip():
            self.choose_folder()
            return
        if not self.check_typed():
            self.folder_edit.setFocus()
            return
        folder = self.folder
        if folder is None:
            return
        self.start_button.setEnabled(False)
        self.change_button.setEnabled(False)
        self.status.setText(self.tr("Backing up… you can keep working."))
        exchange = self.services.exchange
        self.running = (
            self.ops.op(self, lambda progress: exchange.backup(folder, progress=progress))
            .progress(self._progress)
            .writes(self.tr("the backup"))
            .success(self._done)
            .failure(self._failed)
            .run()
        )

    @property
    def busy(self) -> bool:
        return self.running is not None and not self.running.finished

    def reject(self) -> None:
        if self.busy:  # closing now would hide the result of a backup still running
            self.status.setText(self.tr("Please wait: the backup is still being written."))
            return
        super().reject()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))

    def _done(self, result: BackupResult) -> None:
        self.result_path = result.bundle_path
        self.progress.setValue(100)
        self.status.setText(arg(self.tr("Backup saved and checked: %1"), result.bundle_path.name))
        self.change_button.setEnabled(True)
        self.close_button.setFocus()
        self.backed_up.emit(result.bundle_path)

    def _failed(self, failure: Failure) -> None:
        self.error = failure.message
        self.progress.setValue(0)
        self.status.setText(self.error)
        self.start_button.setEnabled(True)
        self.change_button.setEnabled(True)


class ReportDialog(QDialog):
    """Shows a plain-text report (merge results) that can be read with a screen reader."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setAccessibleName(title)
        label = QLabel(self.tr("&Report:"))
        label.setBuddy(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)


class EraseDialog(QDialog):
    """Erasing cannot be undone: the worker types the person's name to confirm."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expected = " ".join(name.split()).casefold()
        self.setWindowTitle(self.tr("Erase a person's record"))
        warning = QLabel(
            arg(
                self.tr(
                    "<p><b>This erases %1 and everything about them, for good.</b></p>"
                    "<p>It cannot be undone. Backups made earlier still hold the record.</p>"
                ),
                html.escape(name),
            )
        )
        warning.setWordWrap(True)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Type the person's name to confirm"))
        label = QLabel(arg(self.tr("Type their name (<i>%1</i>) to &confirm:"), html.escape(name)))
        label.setBuddy(self.name_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setAccessibleName(self.tr("Erase for good"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()

    def _check(self, text: str) -> None:
        self.erase_button.setEnabled(" ".join(text.split()).casefold() == self.expected)

    @classmethod
    def ask(cls, parent: QWidget | None, name: str) -> tuple[str, bool]:
        dialog = cls(name, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.name_edit.text(), accepted


class RetentionDialog(QDialog):
    """Records past the retention period: tick, then erase in bulk after confirmation."""

    def __init__(
        self,
        services: AppServices,
        ops: Operations,
        confirm: Callable[[QWidget | None, str, str, str], bool],
        parent: QWidget | None = None,
        *,
        show_error: Callable[[QWidget | None, str, str], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.ops = ops
        self._confirm = confirm
        self._show_error = show_error
        self.erased = 0
        self.error = ""
        self.setWindowTitle(self.tr("Records past their retention period"))
        months = services.settings.current.retention_months
        self.intro = QLabel(
            arg(
                self.tr(
                    "These people's referrals all ended more than %1 months ago. "
                    "Tick the records to erase."
                ),
                months,
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Records past retention"))
        label = QLabel(self.tr("&Records:"))
        label.setBuddy(self.list)
        self.select_all = QPushButton(self.tr("Select &all"))
        self.select_all.setAccessibleName(self.tr("Select all records"))
        self.select_all.clicked.connect(lambda: self._set_all(Qt.CheckState.Checked))
        self.select_none = QPushButton(self.tr("Select &none"))
        self.select_none.setAccessibleName(self.tr("Select no records"))
        self.select_none.clicked.connect(lambda: self._set_all(Qt.CheckState.Unchecked))
        self.erase_button = QPushButton(self.tr("&Erase selected…"))
        self.erase_button.setAccessibleName(self.tr("Erase the selected records"))
        self.erase_button.clicked.connect(self.erase_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for w in (self.select_all, self.select_none, self.erase_button):
            row.addWidget(w)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(close)
        QShortcut(QKeySequence.StandardKey.SelectAll, self.list, self.select_all.click)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for c in self.services.exchange.retention_candidates():
            item = QListWidgetItem(
                arg(self.tr("%1 (last referral ended %2)"), c.name, c.last_ended_on.isoformat())
            )
            item.setData(Qt.ItemDataRole.UserRole, c.person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.erase_button.setEnabled(self.list.count() > 0)

    def _items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if item is not None]

    def _set_all(self, state: Qt.CheckState) -> None:
        for item in self._items():
            item.setCheckState(state)

    def checked_ids(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]

    def erase_selected(self) -> None:
        ids = self.checked_ids()
        if not ids:
            return
        question = self.tr(
            "Erase %n people and everything about them, for good? This cannot be undone.",
            "",
            len(ids),
        )
        if not self._confirm(self, self.tr("Erase records"), question, self.tr("&Erase")):
            return
        # In the background behind a modal "Erasing…" dialog (VACUUM takes seconds).
        self.erase_button.setEnabled(False)
        start_erase(
            self,
            self.services,
            self.ops,
            ids,
            on_erased=lambda _records: self._erased(len(ids)),
            on_failed=self._erase_failed,
        )

    def _erased(self, people: int) -> None:
        self.error = ""
        self.erased += people
        self.refresh()

    def _erase_failed(self, failure: Failure) -> None:
        self.error = failure.message
        if self._show_error is not None:
            self._show_error(self, self.tr("Erase not done"), failure.message)
        else:
            self.intro.setText(failure.message)
        self.refresh()
