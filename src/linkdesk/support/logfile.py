"""Where the support log goes: a private, rotating file in the platform's user log folder.

Called once by each entry point (the CLI and the GUI) through :func:`setup_logging`. The
folder is made 0700 and every file in it is opened 0600, so another user on the laptop cannot
read it. What goes in is decided by the callers (see ``support/log.py``): events, ids,
versions and error types, never names, notes, passphrases or file contents.

``faulthandler`` writes a hard crash (a segfault in Qt or SQLCipher, say) to ``crash.log``
in the same folder: the Python frames (file, line, function) of every thread, no values.

If the folder cannot be made or written, LinkDesk carries on without a log; the returned
:class:`LogSetup` carries one line saying so, which the entry point shows once.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import platform
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import platformdirs

from linkdesk import __version__
from linkdesk.support.log import ROOT

LOG_DIR_ENV = "LINKDESK_LOG_DIR"  # overrides the platform folder (tests, IT's own location)
LOG_NAME = "linkdesk.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1024 * 1024  # per file: a support person can mail it
BACKUPS = 4  # linkdesk.log.1 … .4, so at most 5 MiB in all
CRASH_MAX_BYTES = 256 * 1024  # crash.log is cut back to empty past this, at start
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d] %(message)s"


@dataclass(frozen=True)
class LogSetup:
    """What :func:`setup_logging` managed: ``log_file`` is None when there is no log."""

    log_dir: Path
    log_file: Path | None
    crash_file: Path | None
    problem: str = ""  # one line for the user when logging could not start, else ""


def default_log_dir() -> Path:
    """The platform's user log folder (``~/.local/state/LinkDesk/log`` on Linux,
    ``%LOCALAPPDATA%\\LinkDesk\\Logs`` on Windows, ``~/Library/Logs/LinkDesk`` on macOS),
    or ``$LINKDESK_LOG_DIR`` when set."""
    if env := os.environ.get(LOG_DIR_ENV):
        return Path(env)
    return Path(platformdirs.user_log_dir("LinkDesk", appauthor=False))


def _private_dir(folder: Path) -> None:
    """Make ``folder`` (and parents); the folder itself ends up 0700 (POSIX)."""
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) != 0o700:
        folder.chmod(0o700)


def _open_private(path: Path, mode: str = "a") -> IO[str]:
    """Open ``path`` for appending, created 0600 (and made 0600 if it was looser)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    if os.name == "posix" and stat.S_IMODE(os.fstat(fd).st_mode) != 0o600:
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, mode, encoding="utf-8", errors="backslashreplace")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are created 0600 (rotation included).

    A write that fails (the disk filled up, the folder vanished) is said once on stderr and
    otherwise ignored: the support log never stops the app.
    """

    def __init__(self, path: Path) -> None:
        self._problem_noted = False
        super().__init__(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]  # (typeshed: -> TextIOWrapper)
        return _open_private(Path(self.baseFilename))

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        if not self._problem_noted:
            self._problem_noted = True
            print("linkdesk: the support log could not be written; carrying on.", file=sys.stderr)


class _UtcFormatter(logging.Formatter):
    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        stamp = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
        return f"{stamp}.{int(record.msecs):03d}Z"


_state: dict[str, object] = {}


def setup_logging(component: str, log_dir: Path | None = None) -> LogSetup:
    """Attach the log file to the ``linkdesk`` logger and start ``faulthandler``.

    ``component`` names what started ("gui", "cli check", "self-test"): it goes in the first
    line with the versions. Calling it again (tests, the CLI opening the GUI) replaces the
    earlier set-up. Never raises: a folder that cannot be written gives ``problem``.
    """
    folder = log_dir or default_log_dir()
    teardown_logging()
    logger = logging.getLogger(ROOT)
    logger.setLevel(logging.INFO)
    log_file = folder / LOG_NAME
    crash_file = folder / CRASH_NAME
    try:
        _private_dir(folder)
        handler = PrivateRotatingFileHandler(log_file)
        if os.name == "posix" and stat.S_IMODE(log_file.stat().st_mode) != 0o600:
            log_file.chmod(0o600)
        if crash_file.exists() and crash_file.stat().st_size > CRASH_MAX_BYTES:
            crash_file.unlink()
        crash = _open_private(crash_file)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return LogSetup(
            folder,
            None,
            None,
            f"LinkDesk cannot write its support log in {folder} ({reason}); "
            "it carries on without one.",
        )
    handler.setFormatter(_UtcFormatter(FORMAT))
    logger.addHandler(handler)
    _state["handler"] = handler
    _state["crash"] = crash
    faulthandler.enable(file=crash, all_threads=True)
    logger.info(
        "start %s: linkdesk %s, python %s, %s %s, frozen=%s",
        component,
        __version__,
        platform.python_version(),
        platform.system(),
        platform.release(),
        bool(getattr(sys, "frozen", False)),
    )
    return LogSetup(folder, log_file, crash_file)


def teardown_logging() -> None:
    """Detach the log file and stop ``faulthandler`` (tests, and before a log folder moves)."""
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.Handler):
        logging.getLogger(ROOT).removeHandler(handler)
        handler.close()
    crash = _state.pop("crash", None)
    if crash is not None:
        if faulthandler.is_enabled():
            faulthandler.disable()
        crash.close()  # type: ignore[attr-defined]  # the crash file object is untyped here
