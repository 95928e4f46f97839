"""The one place where an error becomes the sentence a worker (or an IT person) reads.

Every page of the GUI (through ``ui/ops.py``), the GUI's last guard (``app.py``) and the
command line (``cli.py``) call :func:`describe`. LinkDesk's own sentences are in the worker's
language (``domain/worker_text``; the CLI's is English). Errors LinkDesk raises on purpose
(:class:`LinkDeskError`) already carry a plain sentence and an exit code; drive, lock,
full-disk and damage problems are classified by ``store/failures.classify`` and said as what
they are; other operating-system errors are said in plain words; anything else is a fault
nobody expected: it is logged through the support log (type and traceback frames, never the
message, which may quote personal data) and summarised by its type only.

To teach LinkDesk a new kind of error, add one rule to ``_RULES`` (first match wins) and a
row to ``tests/unit/test_error_messages.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.filenames import display_path, readable_text
from linkdesk.domain.worker_text import wt
from linkdesk.support.log import log_unexpected

__all__ = [
    "ErrorReport",
    "describe",
    "is_database_error",
    "message_for",
    "unexpected_message",
]

OPERATIONAL = 1  # exit code of an error that is not a usage error or a failed unlock


@dataclass(frozen=True, slots=True)
class ErrorReport:
    """``message``: one line for the screen or stderr; ``exit_code``: for the CLI (1
    operational, 2 usage, 3 could not unlock); ``expected``: False for faults that were
    logged as unexpected (a bug, or a database fault LinkDesk does not name yet)."""

    message: str
    exit_code: int
    expected: bool


def _linkdesk(exc: BaseException) -> ErrorReport:
    assert isinstance(exc, LinkDeskError)
    text = readable_text(str(exc)).strip() or wt("LinkDesk could not do that.")
    return ErrorReport(text, exc.exit_code, True)


def _classified(exc: BaseException) -> ErrorReport | None:
    """A drive, lock, full-disk or damage problem nobody classified yet is said as what it
    is (``store/failures.classify``, which reads SQLite result codes and errno)."""
    from linkdesk.store.failures import classify  # here: start-up needs no database module

    typed = classify(exc)
    return None if typed is None or typed is exc else _linkdesk(typed)


def _os_error(exc: BaseException) -> ErrorReport | None:
    if not isinstance(exc, OSError):
        return None
    where = f" ({display_path(exc.filename)})" if isinstance(exc.filename, str) else ""
    reason = readable_text(str(exc.strerror or type(exc).__name__)).rstrip(".")
    return ErrorReport(f"{reason}{where}.", OPERATIONAL, True)


def is_database_error(exc: BaseException) -> bool:
    """True for the database's own errors (``sqlcipher3.dbapi2.DatabaseError`` and its kinds).

    The database module is imported here, not with this module: the GUI's start-up names
    errors (``ui/ops.py``) before any workspace is open (issue 15: start-up)."""
    from linkdesk.store.failures import DatabaseError

    return isinstance(exc, DatabaseError)


def _database(exc: BaseException) -> ErrorReport | None:
    if not is_database_error(exc):
        return None
    # Logged (support needs to see it), but the sentence stays general: the database's own
    # message can quote SQL or file names.
    return ErrorReport(
        wt(
            "The workspace could not be read or written just now ({kind}). "
            "What was saved before is safe.",
            kind=type(exc).__name__,
        ),
        OPERATIONAL,
        False,
    )


Rule = Callable[[BaseException], ErrorReport | None]
# Ordered: the first rule that returns a report decides.
_RULES: tuple[Rule, ...] = (
    lambda exc: _linkdesk(exc) if isinstance(exc, LinkDeskError) else None,
    _classified,
    _os_error,
    _database,
)


def unexpected_message(exc: BaseException) -> str:
    return wt("Something went wrong ({kind}). Your saved work is safe.", kind=type(exc).__name__)


def describe(exc: BaseException, *, context: str = "") -> ErrorReport:
    """The report for ``exc``. Faults not covered by a rule (and database faults) are logged
    through :func:`linkdesk.support.log.log_unexpected` with ``context`` (where it happened,
    e.g. ``"ui.ops reports"``, never personal data)."""
    for rule in _RULES:
        found = rule(exc)
        if found is not None:
            report = found
            break
    else:
        report = ErrorReport(unexpected_message(exc), OPERATIONAL, False)
    if not report.expected:
        log_unexpected(exc, context or "error")
    return report


def message_for(exc: BaseException, *, context: str = "") -> str:
    """Just the sentence (see :func:`describe`)."""
    return describe(exc, context=context).message
