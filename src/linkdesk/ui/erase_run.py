"""Erasure in the background: the delete, checkpoint and VACUUM take seconds on a big workspace.

A modal "Erasing…" dialog (no cancel button, Escape and the close button do nothing) stays up
until the job has finished, so the worker cannot touch the record halfway. :meth:`EraseRun.wait`
spins a local event loop, so the window keeps repainting while the caller waits for the result.
The job captures plain objects only (the exchange service and a list of ids): reading QObject
attributes on a worker thread made PySide 6.12 abort at exit (docs/shell.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from linkdesk.domain.errors import LinkDeskError
from linkdesk.ui.tasks import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("exchange", text)


class BusyDialog(QProgressDialog):
    """An indeterminate progress dialog that cannot be dismissed until :meth:`finish`."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, "", 0, 0, parent)  # range 0..0: a busy indicator
        self.setCancelButton(None)
        self.setWindowTitle(_tr("Erasing"))
        self.setAccessibleName(_tr("Erasing progress"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.done_ = False

    def reject(self) -> None:  # Escape
        if self.done_:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self.done_:
            super().closeEvent(event)
        else:
            event.ignore()

    def finish(self) -> None:
        self.done_ = True
        self.close()


class EraseRun:
    """One erasure of one or more people from the GUI."""

    def __init__(
        self,
        parent: QWidget | None,
        services: object,
        person_ids: Iterable[str],
        runner: TaskRunner | None = None,
    ) -> None:
        self.services = services
        self.person_ids = list(person_ids)
        # Not parented: the run owns it, so a closing parent cannot drop the result.
        self.runner = runner or TaskRunner()
        self.finished = False
        self.erased = 0
        self.error = ""
        self._loop: QEventLoop | None = None
        self.progress = BusyDialog(_tr("Erasing… this can take a little while."), parent)

    @property
    def ok(self) -> bool:
        return self.finished and not self.error

    def start(self) -> EraseRun:
        exchange = self.services.exchange  # type: ignore[attr-defined]  # a plain object
        ids = list(self.person_ids)
        self.progress.show()
        self.runner.run(lambda: exchange.erase_people(ids), self._done, self._failed)
        return self

    def _done(self, erased: object) -> None:
        self.erased = int(erased)  # type: ignore[call-overload]
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self.error = (
            str(exc)
            if isinstance(exc, LinkDeskError)
            else _tr("Erasing did not finish ({kind}); please try again.").format(
                kind=type(exc).__name__
            )
        )
        self._finish()

    def _finish(self) -> None:
        self.finished = True
        self.progress.finish()
        self.progress.deleteLater()
        if self._loop is not None:
            self._loop.quit()

    def wait(self) -> EraseRun:
        """Return once the erasure has finished (events keep flowing meanwhile)."""
        if not self.finished:
            self._loop = QEventLoop()
            self._loop.exec()
            self._loop = None
        return self
