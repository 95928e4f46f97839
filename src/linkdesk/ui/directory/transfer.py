"""Import (files or a package folder) and CSV export for the directory page, in the background."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from linkdesk.domain.errors import LinkDeskError

IMPORT_FILTERS = (
    "Directory data (*.json *.csv *.tsv *.txt);;Open Referral JSON (*.json);;"
    "Spreadsheet saved as CSV or Unicode Text (*.csv *.tsv *.txt)"
)
SHOWN_SKIPS = 15


class ImportCancelled(LinkDeskError):
    pass


class TransferActions(QObject):
    def __init__(self, page) -> None:  # type: ignore[no-untyped-def]
        super().__init__(page)
        self.page = page
        self.progress: QProgressDialog | None = None
        self.message: QMessageBox | None = None
        self._cancel = threading.Event()

    def import_files(self) -> None:
        paths = self.page.files.open_files(self.page, self.tr("Import services"), IMPORT_FILTERS)
        if paths:
            self.start_import(paths)

    def import_folder(self) -> None:
        folder = self.page.files.open_folder(
            self.page, self.tr("Import an Open Referral CSV folder")
        )
        if folder:
            self.start_import([folder])

    def start_import(self, paths: list[Path]) -> None:
        self._cancel.clear()
        self.progress = QProgressDialog(
            self.tr("Importing services…"), self.tr("Cancel"), 0, 0, self.page
        )
        self.progress.setWindowTitle(self.tr("Import"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self._cancel.set)
        self.page.setEnabled(False)  # the import holds the workspace until it commits
        directory = self.page.directory
        cancel = self._cancel

        def work(progress):  # type: ignore[no-untyped-def]
            def report(done: int, total: int) -> None:
                if cancel.is_set():
                    raise ImportCancelled("Import cancelled: nothing was changed.")
                progress(done, total)

            return directory.import_sources(paths, progress=report)

        self.page.runner.run(work, self._imported, self._failed, self._progress)

    def _progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

    def _finish(self) -> None:
        self.page.setEnabled(True)
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None

    def _imported(self, report) -> None:  # type: ignore[no-untyped-def]
        self._finish()
        self.page.reload_categories()
        self.page.refresh()
        lines = [self.tr("Imported: {summary}.").format(summary=report.summary())]
        if report.skipped:
            lines.append("")
            lines.append(self.tr("Left out:"))
            lines += [f"• {item}" for item in report.skipped[:SHOWN_SKIPS]]
            if len(report.skipped) > SHOWN_SKIPS:
                lines.append(self.tr("… and {n} more").format(n=len(report.skipped) - SHOWN_SKIPS))
        self._tell(QMessageBox.Icon.Information, "\n".join(lines))
        self.last_report = report

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, LinkDeskError):
            text = str(exc)
        else:
            text = self.tr("The import failed ({kind}); nothing was changed.").format(
                kind=type(exc).__name__
            )
        self._tell(QMessageBox.Icon.Warning, text)

    def export_csv(self) -> None:
        dest = self.page.files.save_file(
            self.page, self.tr("Export the directory"), "directory.csv", "CSV (*.csv)"
        )
        if not dest:
            return
        directory = self.page.directory

        def done(count: int) -> None:
            self._tell(
                QMessageBox.Icon.Information,
                self.tr("Exported {count} services to {name}.").format(count=count, name=dest.name),
            )

        self.page.runner.run(lambda: directory.export_csv(dest), done, self._failed)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        box = QMessageBox(icon, self.tr("Directory"), text, parent=self.page)
        box.setTextFormat(Qt.TextFormat.PlainText)  # imported names are data, never markup
        box.open()
        self.message = box
