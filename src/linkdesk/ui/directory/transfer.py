"""Import (files or a package folder) and CSV export for the directory page, in the background."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox

from linkdesk.domain.models import Service
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


@dataclass(slots=True)
class _Imported:
    """An import's report and what the page shows after it (None: work it out again)."""

    report: ImportReport
    categories: list[str] | None = None
    found: list[Service] | None = None
    corrected: bool = False


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
        search = self.page.search_call()  # the filters cannot change: the page is disabled

        def work(progress: Progress) -> _Imported:
            with collector.paused():  # no collection holds the GIL against typing meanwhile
                report = directory.import_sources(paths, progress=progress)
            # What the page shows next is worked out here, on the worker, not in _imported on
            # the UI thread (issue 15): the category list (its cache is stale after an import;
            # parsing every service's categories took 60-190 ms at 5,000 services) and the
            # page's search (50-90 ms at 50,000 people, longer when it had to wait behind a
            # caseload search holding the workspace). A failure here is met again, and
            # reported, when the UI thread does it the old way.
            done = _Imported(report)
            with contextlib.suppress(Exception):
                done.categories = directory.categories()
            with contextlib.suppress(Exception):
                done.found = search()
                done.corrected = directory.last_search_corrected
            return done

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

    def _imported(self, done: _Imported) -> None:
        report = done.report
        self.page.reload_categories(done.categories)
        if done.found is None:
            self.page.refresh()
        else:
            self.page.show_found(done.found, done.corrected)
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
