"""Backups, merges, subject access and erasure from the GUI (issue 6).

Entry points the main window and person view call; none of them waits: each returns at once
and carries on in callbacks (no nested event loop)::

    backup(parent, services, ops) -> BackupDialog          # signal backed_up(Path)
    merge_bundle(parent, services, ops, on_merged=...)     # the report dialog follows
    export_person(parent, services, ops, person_id)        # after a plaintext warning
    erase_person(parent, services, ops, person_id, on_erased=...)
    retention_review(parent, services, ops) -> RetentionDialog

Pickers, confirmations and secret prompts go through the small wrappers below, so tests
replace them (monkeypatch the module attribute).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from linkdesk.domain.errors import UnlockError
from linkdesk.domain.filenames import display_path
from linkdesk.services.app_services import AppServices
from linkdesk.services.exchange import MergeReport
from linkdesk.ui.erase_run import start_erase
from linkdesk.ui.exchange_dialogs import BackupDialog, EraseDialog, ReportDialog, RetentionDialog
from linkdesk.ui.file_dialogs import remember, starting_folder
from linkdesk.ui.i18n import arg, translate
from linkdesk.ui.ops import Failure, Operations, Running

CONTEXT = "exchange"  # translation context of this module's words


# -- wrappers tests replace ------------------------------------------------------------------


def pick_folder(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, starting_folder(start))
    return remember(Path(chosen)) if chosen else None


def pick_bundle(parent: QWidget | None, title: str, start: str) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        starting_folder(start),
        translate("exchange", "LinkDesk backups (*.ldbackup)"),
    )
    return remember(Path(chosen)) if chosen else None


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


_shown: set[QMessageBox] = set()  # open message boxes without a parent stay referenced


def show_message(parent: QWidget | None, title: str, text: str, *, error: bool = False) -> None:
    """A message box that does not wait (window-modal over ``parent``; no nested loop)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information,
        title,
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages are data, not markup
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _shown.add(box)
    box.finished.connect(lambda _result: _shown.discard(box))
    box.open()


# -- backup ----------------------------------------------------------------------------------


def backup(parent: QWidget | None, services: AppServices, ops: Operations) -> BackupDialog:
    """Show the backup dialog (last folder offered, window-modal, non-blocking); the work
    runs in the background. Its ``backed_up(Path)`` signal says when a backup was saved."""
    dialog = BackupDialog(services, ops, lambda p, t, s: pick_folder(p, t, s), parent)
    dialog.open()
    return dialog


# -- merge -----------------------------------------------------------------------------------


class MergeRun:
    """One merge from the GUI: progress dialog, one retry with the backup's own passphrase,
    then the report dialog (or one sentence saying why nothing was merged)."""

    def __init__(
        self,
        parent: QWidget | None,
        services: AppServices,
        ops: Operations,
        path: Path,
        on_merged: Callable[[], object] | None = None,
    ) -> None:
        self.parent, self.services, self.ops, self.path = parent, services, ops, path
        self.on_merged = on_merged
        self.report: MergeReport | None = None
        self.report_dialog: ReportDialog | None = None
        self.finished = False
        self.error = ""
        self._asked = False

    def start(self, key: str | None = None) -> MergeRun:
        """Merge with ``key`` (None: the workspace's own passphrase)."""
        exchange, path = self.services.exchange, self.path
        self.ops.op(
            self.parent,
            lambda progress: exchange.merge(path, bundle_passphrase=key, progress=progress),
        ).with_progress_dialog(
            translate("exchange", "Merging the backup…"), translate("exchange", "Merge progress")
        ).writes(translate("exchange", "the merge")).success(self._done).failure(self._failed).run()
        return self

    def _done(self, report: MergeReport) -> None:
        self.report = report
        self.finished = True
        self.report_dialog = ReportDialog(
            translate("exchange", "Merge report"), report.lines(), self.parent
        )
        self.report_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.report_dialog.open()
        if self.on_merged is not None:
            self.on_merged()
        # The checkpoint the merge left for later, in the background once the report shows.
        exchange = self.services.exchange
        self.ops.op(self.parent, lambda progress: exchange.finish_merge()).writes(
            translate("exchange", "the merge")
        ).run()

    def _failed(self, failure: Failure) -> None:
        if isinstance(failure.exception, UnlockError) and not self._asked:
            self._asked = True  # the backup may have its own passphrase: ask once
            key = ask_secret(
                self.parent,
                translate("exchange", "Backup passphrase"),
                translate("exchange", "This backup has its own passphrase. Type it to merge:"),
            )
            if key:
                self.start(key)
                return
        self.error = failure.message
        self.finished = True
        show_message(self.parent, translate("exchange", "Merge not done"), self.error, error=True)


def merge_bundle(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    *,
    on_merged: Callable[[], object] | None = None,
) -> MergeRun | None:
    """Pick a .ldbackup file and merge it in the background, then show the report.

    Returns at once (None when no file was picked); ``on_merged`` is called once the merge
    is in, so the caller can refresh its views with the merged records.
    """
    start = display_path(services.settings.current.last_backup_dir) or str(Path.home())
    path = pick_bundle(parent, translate("exchange", "Choose a backup to merge"), start)
    if path is None:
        return None
    return MergeRun(parent, services, ops, path, on_merged).start()


# -- subject access and erasure --------------------------------------------------------------


def export_person(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    person_id: str,
    *,
    on_exported: Callable[[list[Path]], object] | None = None,
) -> Running | None:
    """Everything about one person as JSON and PDF, after an explicit plaintext warning.

    Written in the background; a message lists the files. None when the worker stopped.
    """
    warning = translate(
        "exchange",
        "The person's record will be saved as JSON and PDF files that are NOT encrypted. "
        "Anyone who can open the folder can read them. Save them only where the person "
        "or your organisation expects, and delete them when no longer needed.",
    )
    if not confirm(parent, translate("exchange", "These files will not be encrypted"), warning,
                   translate("exchange", "&Export anyway")):  # fmt: skip
        return None
    start = display_path(services.settings.current.last_backup_dir) or str(Path.home())
    folder = pick_folder(parent, translate("exchange", "Choose where to save the record"), start)
    if folder is None:
        return None

    def exported(paths: list[Path]) -> None:
        names = "\n".join(p.name for p in paths)
        saved_in = arg(translate("exchange", "Saved in %1:\n%2"), folder, names)
        show_message(parent, translate("exchange", "Record exported (not encrypted)"), saved_in)
        if on_exported is not None:
            on_exported(paths)

    exchange = services.exchange
    return (
        ops.op(parent, lambda _progress: exchange.export_person(person_id, folder))
        .with_progress_dialog(
            translate("exchange", "Saving the record…"), translate("exchange", "Export")
        )
        .writes(translate("exchange", "the export"))
        .success(exported)
        .failure(
            lambda f: show_message(
                parent, translate("exchange", "Export not done"), f.message, error=True
            )
        )
        .run()
    )


def erase_person(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    person_id: str,
    *,
    on_erased: Callable[[], object] | None = None,
) -> Running | None:
    """Erase after the worker types the person's name; None when they did not confirm.

    The delete, checkpoint and VACUUM run in the background behind a modal "Erasing…"
    dialog; ``on_erased`` follows once the erasure has finished (a message says why not).
    """
    person = services.people.find(person_id)
    if person is None:
        show_message(
            parent,
            translate("exchange", "Erase not done"),
            translate("exchange", "That person is not in this workspace (already erased?)."),
            error=True,
        )
        return None
    _, accepted = ask_erase(parent, person.full_name)
    if not accepted:
        return None

    def erased(_records: int) -> None:
        if on_erased is not None:
            on_erased()

    return start_erase(
        parent,
        services,
        ops,
        [person_id],
        on_erased=erased,
        on_failed=lambda f: show_message(
            parent, translate("exchange", "Erase not done"), f.message, error=True
        ),
    )


def retention_review(
    parent: QWidget | None, services: AppServices, ops: Operations
) -> RetentionDialog:
    """The list of records past retention, with bulk erasure after confirmation."""
    dialog = RetentionDialog(
        services,
        ops,
        lambda p, t, x, a: confirm(p, t, x, a),
        parent,
        show_error=lambda p, t, x: show_message(p, t, x, error=True),
    )
    dialog.open()
    return dialog
