"""Import (files or a package folder) and CSV export for the directory page, in the background."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from linkdesk.services.directory import ImportReport
from linkdesk.support import collector
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg
from linkdesk.ui.ops import Failure, Progress, Running

if TYPE_CHECKING:
    from linkdesk.ui.directory_page import DirectoryPage

IMPORT_FILTERS = QT_TRANSLATE_NOOP(
    "TransferActions",
    "Directory data (*.json *.csv *.tsv *.txt);;Open Referral JSON (*.json);;"
    "Spreadsheet saved as CSV or Unicode Text (*.csv *.tsv *.txt)",
)
SHOWN_SKIPS = 15


class TransferActions(QObject):
    def __init__(self, page: DirectoryPage) -> None:
        super().__init__(page)
        self.page = page
        self.running: Running | None = None
        self.message: QMessageBox | None = None
        self.last_report: ImportReport | None = None

    def import_files(self) -> None:
        paths = self.page.files.open_files(
            self.page, self.tr("Import services"), self.tr(IMPORT_FILTERS)
        )
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = self.page.files.open_folder(
            self.page, self.tr("Import an Open Referral CSV folder")
        )
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[Path]) -> Running:
        """Import in one transaction, with a progress dialog whose Cancel stops it (then
        nothing is changed)."""
        self.page.setEnabled(False)  # the import holds the workspace until it commits
        directory = self.page.directory

        def work(progress: Progress) -> ImportReport:
            with collector.paused():  # no collection holds the GIL against typing meanwhile
                report = directory.import_sources(paths, progress=progress)
            # The category list is worked out again here, on the worker: after an import its
            # cache is stale, and parsing every service's categories (60-190 ms at 5,000
            # services) on the UI thread in _imported stalled typing (issue 15). A failure
            # here is met again, and reported, when the page reloads them.
            with contextlib.suppress(Exception):
                directory.categories()
            return report

        self.running = (
            self.page.ops.op(self.page, work)
            .with_progress_dialog(
                self.tr("Importing services…"), self.tr("Import"), cancel=self.tr("Cancel")
            )
            .writes(self.tr("the import"))
            .success(self._imported)
            .failure(self._failed)
            .finally_(lambda: self.page.setEnabled(True))
            .run()
        )
        return self.running

    def _imported(self, report: ImportReport) -> None:
        self.page.reload_categories()
        self.page.refresh()
        lines = [arg(self.tr("Imported: %1."), report.summary())]
        if report.skipped:
            lines.append("")
            lines.append(self.tr("Left out:"))
            lines += [f"• {item}" for item in report.skipped[:SHOWN_SKIPS]]
            if len(report.skipped) > SHOWN_SKIPS:
                lines.append(arg(self.tr("… and %1 more"), len(report.skipped) - SHOWN_SKIPS))
        self._tell(QMessageBox.Icon.Information, "\n".join(lines))
        self.last_report = report

    def _failed(self, failure: Failure) -> None:
        if failure.cancelled:
            self._tell(
                QMessageBox.Icon.Information, self.tr("Import cancelled: nothing was changed.")
            )
        else:
            self._tell(QMessageBox.Icon.Warning, failure.message)

    def export_csv(self) -> None:
        dest = self.page.files.save_file(
            self.page, self.tr("Export the directory"), "directory.csv", self.tr("CSV (*.csv)")
        )
        if not dest:
            return
        directory = self.page.directory

        def done(count: int) -> None:
            self._tell(
                QMessageBox.Icon.Information,
                arg(self.tr("Exported %n service(s) to %1.", "", count), dest.name),
            )

        self.page.ops.op(self.page, lambda _progress: directory.export_csv(dest)).writes(
            self.tr("the export")
        ).success(done).failure(self._failed).run()

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Directory"), text, parent=self.page)
        box.setTextFormat(Qt.TextFormat.PlainText)  # imported names are data, never markup
        box.open()
        self.message = box
