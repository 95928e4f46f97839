"""The support log: events, ids, versions and error types, never personal data.

Every module logs through :func:`get_logger`. Nothing here writes a file: handlers (a rotating
file in the platform's user log folder) are attached once at start-up by the entry points.
Messages logged here must hold no names, notes, passphrases or file contents; unexpected
exceptions go through :func:`log_unexpected`, which records the exception's type and its
traceback frames (file, line, function) but never its message, which may quote user data.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

ROOT = "linkdesk"
# Until an entry point attaches the log file, records go nowhere (not to Python's last-resort
# stderr handler, which would print warnings into a user's terminal).
logging.getLogger(ROOT).addHandler(logging.NullHandler())


def get_logger(name: str) -> logging.Logger:
    """A child of the ``linkdesk`` logger, e.g. ``get_logger("ui.ops")``."""
    return logging.getLogger(f"{ROOT}.{name}" if name else ROOT)


def exception_summary(exc: BaseException) -> str:
    """``Type at file:line in function < file:line in function …``, innermost frame first.

    Only file names (not full paths, which may contain a user's name), line numbers and function
    names are kept; the exception's message is left out on purpose.
    """
    frames = traceback.extract_tb(exc.__traceback__)
    where = " < ".join(f"{Path(f.filename).name}:{f.lineno} in {f.name}" for f in reversed(frames))
    kind = f"{type(exc).__module__}.{type(exc).__qualname__}"
    return f"{kind} at {where}" if where else kind


def log_unexpected(exc: BaseException, context: str) -> None:
    """Log an exception nobody expected: its type and frames, never its message."""
    get_logger("errors").error("unexpected %s: %s", context, exception_summary(exc))
