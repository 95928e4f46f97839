"""Erasure in the background: the delete, checkpoint and VACUUM take seconds on a big workspace.

A modal "Erasing…" dialog (no cancel button; Escape and the close button do nothing) stays up
until the job has finished, so the worker cannot touch the record halfway. Nothing waits in a
nested event loop: the caller continues in ``on_erased`` / ``on_failed``. Locking waits for
the erasure; quitting is refused while it runs. The job captures plain objects only (the
exchange service and a list of ids): reading QObject attributes on a worker thread made
PySide 6.12 abort at exit (docs/shell.md).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QWidget

from linkdesk.services.app_services import AppServices
from linkdesk.ui.i18n import translate
from linkdesk.ui.ops import Failure, Operations, Running

CONTEXT = "exchange"  # translation context of this module's words


def start_erase(
    parent: QWidget | None,
    services: AppServices,
    ops: Operations,
    person_ids: Iterable[str],
    *,
    on_erased: Callable[[int], object],
    on_failed: Callable[[Failure], object],
) -> Running:
    """Erase ``person_ids`` for good in the background; ``on_erased(records)`` or
    ``on_failed(failure)`` follows on the UI thread."""
    exchange = services.exchange
    ids = list(person_ids)
    return (
        ops.op(parent, lambda _progress: exchange.erase_people(ids))
        .with_progress_dialog(
            translate("exchange", "Erasing… this can take a little while."),
            translate("exchange", "Erasing"),
        )
        .writes(translate("exchange", "the erasure"))
        .success(on_erased)
        .failure(on_failed)
        .run()
    )
