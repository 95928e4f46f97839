"""Backups, merges, subject access and erasure from the GUI (issue 6).

Entry points the main window and person view call:
``backup(parent, services)``, ``merge_bundle(parent, services)``,
``export_person(parent, services, person_id)``,
``erase_person(parent, services, person_id) -> bool``,
plus ``backup_reminder(parent, services)`` (call at unlock) and
``retention_review(parent, services)``.

Pickers, confirmations and secret prompts go through the small wrappers below, so tests
replace them (monkeypatch the module attribute).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from linkdesk.domain.errors import LinkDeskError, UnlockError
from linkdesk.domain.filenames import display_path
from linkdesk.store.failures import classify
from linkdesk.ui.erase_run import EraseRun
from linkdesk.ui.exchange_dialogs import BackupDialog, EraseDialog, ReportDialog, RetentionDialog
from linkdesk.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


# -- wrappers tests replace ------------------------------------------------------------------


def pick_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, start)
    return Path(chosen) if chosen else None


def pick_bundle(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, start, _tr("LinkDesk backups (*.ldbackup)")
    )
    return Path(chosen) if chosen else None


def confirm(parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
    accept.setAccessibleName(accept_label.replace("&", ""))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # the safe choice
    box.exec()
    return box.clickedButton() is accept


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def ask_erase(parent: QWidget | None, name: str) -> tuple[str, bool]:
    return EraseDialog.ask(parent, name)


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are data, not markup
    box.exec()


def _message(exc: BaseException, fallback: str) -> str:
    typed = classify(exc)  # a drive, lock or damage problem is said as what it is
    return str(typed) if typed is not None else fallback


# -- backup ----------------------------------------------------------------------------------


def backup(
    parent, services, *, runner: TaskRunner | None = None, wait: bool = True
) -> BackupDialog:  # type: ignore[no-untyped-def]
    """Show the backup dialog (last folder offered); the work runs in the background.

    With ``wait`` (the default) this returns when the dialog is closed, so the caller can
    refresh its backup reminder; the event loop keeps running, so nothing freezes.
    """
    dialog = BackupDialog(services, lambda p, t, s: pick_folder(p, t, s), runner, parent)
    if wait:
        dialog.exec()
    else:
        dialog.open()
    return dialog


# -- merge -----------------------------------------------------------------------------------


class MergeRun:
    """One merge from the GUI: progress dialog, passphrase retry, report dialog."""

    def __init__(self, parent: QWidget | None, services, path: Path, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
        self.parent, self.services, self.path, self.runner = parent, services, path, runner
        self.report = None
        self.report_dialog: ReportDialog | None = None
        self.finished = False
        self.wait_for_report = False
        self.error = ""
        self._asked = False
        self.progress = QProgressDialog(_tr("Merging the backup…"), "", 0, 100, parent)
        self.progress.setCancelButton(None)  # one transaction: it finishes or changes nothing
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setAccessibleName(_tr("Merge progress"))
        self.progress.setMinimumDuration(0)

    def start(self, key: str) -> None:
        self.progress.setValue(0)
        self.progress.show()
        exchange = self.services.exchange
        self.runner.run(
            lambda progress: exchange.merge(self.path, bundle_passphrase=key, progress=progress),
            self._done,
            self._failed,
            lambda done, total: self.progress.setValue(int(100 * done / max(total, 1))),
        )

    def _done(self, report) -> None:  # type: ignore[no-untyped-def]
        self.progress.close()
        self.report = report
        self.finished = True
        self.report_dialog = ReportDialog(_tr("Merge report"), report.lines(), self.parent)
        self.report_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self.progress.close()
        if isinstance(exc, UnlockError) and not self._asked:
            self._asked = True  # the backup may have its own passphrase: ask once
            key = ask_secret(
                self.parent,
                _tr("Backup passphrase"),
                _tr("This backup has its own passphrase. Type it to merge:"),
            )
            if key:
                self.start(key)
                return
        self.error = _message(exc, _tr("The merge failed; nothing was changed."))
        self.finished = True
        show_message(self.parent, _tr("Merge not done"), self.error, error=True)

    def wait(self) -> None:
        """Return once the merge has finished (events keep flowing: progress, repaints)."""
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: loop.quit() if self.finished else None)
        timer.start(50)
        if not self.finished:
            loop.exec()
        timer.stop()
        if self.report_dialog is not None and self.report_dialog.isVisible():
            self.report_dialog.exec()


def merge_bundle(
    parent, services, *, runner: TaskRunner | None = None, wait: bool = True
) -> MergeRun | None:  # type: ignore[no-untyped-def]
    """Pick a .ldbackup file and merge it in the background, then show the report.

    With ``wait`` (the default) this returns after the report is closed, so the caller can
    refresh its views with the merged records.
    """
    start = display_path(services.settings.last_backup_dir) or str(Path.home())
    path = pick_bundle(parent, _tr("Choose a backup to merge"), start)
    if path is None:
        return None
    run = MergeRun(parent, services, path, runner or TaskRunner(parent))
    run.start(services.workspace.passphrase)
    if wait:
        run.wait()
    return run


# -- subject access and erasure --------------------------------------------------------------


def export_person(parent, services, person_id: str) -> list[Path] | None:  # type: ignore[no-untyped-def]
    """Everything about one person as JSON and PDF, after an explicit plaintext warning."""
    warning = _tr(
        "The person's record will be saved as JSON and PDF files that are NOT encrypted. "
        "Anyone who can open the folder can read them. Save them only where the person "
        "or your organisation expects, and delete them when no longer needed."
    )
    if not confirm(parent, _tr("These files will not be encrypted"), warning,
                   _tr("&Export anyway")):  # fmt: skip
        return None
    start = display_path(services.settings.last_backup_dir) or str(Path.home())
    folder = pick_folder(parent, _tr("Choose where to save the record"), start)
    if folder is None:
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        paths = services.exchange.export_person(person_id, folder)
    except LinkDeskError as exc:
        QApplication.restoreOverrideCursor()
        show_message(parent, _tr("Export not done"), str(exc), error=True)
        return None
    QApplication.restoreOverrideCursor()
    names = "\n".join(p.name for p in paths)
    show_message(parent, _tr("Record exported (not encrypted)"),
                 _tr("Saved in {folder}:\n{names}").format(folder=folder, names=names))  # fmt: skip
    return paths


def erase_person(parent, services, person_id: str, *, runner: TaskRunner | None = None) -> bool:  # type: ignore[no-untyped-def]
    """Erase after the worker types the person's name. True once the erasure has finished.

    The delete, checkpoint and VACUUM run in the background behind a modal "Erasing…"
    dialog; this waits with the event loop running, so the window never freezes.
    """
    try:
        person = services.people.get(person_id)
    except LinkDeskError as exc:
        show_message(parent, _tr("Erase not done"), str(exc), error=True)
        return False
    _, accepted = ask_erase(parent, person.full_name)
    if not accepted:
        return False
    run = EraseRun(parent, services, [person_id], runner).start().wait()
    if run.error:
        show_message(parent, _tr("Erase not done"), run.error, error=True)
        return False
    return True


def retention_review(parent, services) -> RetentionDialog:  # type: ignore[no-untyped-def]
    """The list of records past retention, with bulk erasure after confirmation."""
    dialog = RetentionDialog(
        services,
        lambda p, t, x, a: confirm(p, t, x, a),
        parent,
        show_error=lambda p, t, x: show_message(p, t, x, error=True),
    )
    dialog.open()
    return dialog
