"""Diagnostic details for a support person: versions, folders, the last errors.

Shared by ``linkdesk diagnostics [--json]`` and the GUI's Help > Copy diagnostic details
(both reach it through ``services/diagnostics.py``, which adds the SQLCipher version). Holds
nothing personal: no workspace names, no record counts, no error messages (the last errors
are the log's own lines, which carry types and frames only).
"""

from __future__ import annotations

import importlib.metadata
import os
import platform
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from linkdesk import __version__, paths
from linkdesk.support.logfile import LOG_NAME, default_log_dir

LAST_ERRORS = 10
_TAIL_BYTES = 128 * 1024  # enough for many hundred lines; the log files are 1 MiB at most
_PROBLEM = re.compile(r"^(\S+) (WARNING|ERROR|CRITICAL) (\S+) \[\d+\] (.*)$")
# Distribution names whose versions support asks about (importlib.metadata, so nothing heavy
# is imported; the frozen bundle carries their metadata, see packaging/linkdesk.spec).
DISTRIBUTIONS = {
    "pyside6": "PySide6-Essentials",
    "pyside6_addons": "PySide6-Addons",  # QtPdf
    "sqlcipher3": "sqlcipher3",
    "reportlab": "reportlab",
    "platformdirs": "platformdirs",
}


def _distribution_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def versions(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """LinkDesk's, Python's and the main libraries' versions; ``extra`` adds or overrides
    (the caller knows the Qt and SQLCipher runtime versions, which need Qt or the store)."""
    found = {
        "linkdesk": __version__,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
    }
    for key, dist in DISTRIBUTIONS.items():
        found[key] = _distribution_version(dist)
    found["qt"] = found["pyside6"]  # PySide6 X.Y.Z wheels carry Qt X.Y.Z
    found.update(extra or {})
    return found


def os_details() -> dict[str, str]:
    """The operating system as support needs it (version, machine, C library on Linux)."""
    details = {
        "system": platform.system(),
        "release": platform.release(),
        "version": platform.version(),
        "machine": platform.machine(),
        "platform": platform.platform(),
    }
    if sys.platform.startswith("linux"):
        libc, libc_version = platform.libc_ver()
        details["libc"] = f"{libc} {libc_version}".strip()
        details["session"] = os.environ.get("XDG_SESSION_TYPE", "") or "unknown"
    return details


def default_settings_location() -> str:
    """Where Qt keeps window sizes (QSettings, organisation and app both "LinkDesk").

    Preferences that belong with the record (worker name, auto-lock…) live inside the
    encrypted workspace, not here.
    """
    if sys.platform == "win32":
        return r"HKEY_CURRENT_USER\Software\LinkDesk\LinkDesk (registry)"
    if sys.platform == "darwin":
        return str(Path.home() / "Library" / "Preferences" / "com.linkdesk.LinkDesk.plist")
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return str(Path(config) / "LinkDesk" / "LinkDesk.conf")


def _tail_lines(path: Path) -> list[str]:
    try:
        with path.open("rb") as fh:
            size = fh.seek(0, os.SEEK_END)
            fh.seek(max(0, size - _TAIL_BYTES))
            data = fh.read()
    except OSError:
        return []
    lines = data.decode("utf-8", errors="replace").splitlines()
    return lines[1:] if size > _TAIL_BYTES else lines  # the first may be cut in half


def last_errors(log_dir: Path, limit: int = LAST_ERRORS) -> list[str]:
    """The newest warnings and errors in the log, newest last, as ``time LEVEL source: text``.

    The text is the log line's own: event names and error types, never messages.
    """
    found: list[str] = []
    for path in (log_dir / f"{LOG_NAME}.1", log_dir / LOG_NAME):  # older file first
        for line in _tail_lines(path):
            match = _PROBLEM.match(line)
            if match:
                stamp, level, source, text = match.groups()
                found.append(f"{stamp} {level} {source}: {text}")
    return found[-limit:]


def collect(
    *,
    extra_versions: Mapping[str, str] | None = None,
    settings_location: str | None = None,
    log_dir: Path | None = None,
    log_problem: str = "",
) -> dict[str, Any]:
    """One JSON-ready dict. Keys: ``version``, ``versions``, ``os``, ``data_dir``,
    ``default_workspace``, ``log_dir``, ``log_file``, ``crash_file``, ``settings``,
    ``frozen``, ``log_problem`` and ``last_errors``."""
    logs = log_dir or default_log_dir()
    return {
        "version": __version__,
        "versions": versions(extra_versions),
        "os": os_details(),
        "data_dir": str(paths.default_workspace_dir()),
        "default_workspace": str(paths.default_workspace_path()),
        "log_dir": str(logs),
        "log_file": str(logs / LOG_NAME),
        "crash_file": str(logs / "crash.log"),
        "settings": settings_location or default_settings_location(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "log_problem": log_problem,
        "last_errors": last_errors(logs),
    }


def format_text(report: Mapping[str, Any]) -> str:
    """The report as plain lines, for a terminal or the clipboard."""
    out = [f"LinkDesk {report['version']}"]
    out += [f"  {name}: {value}" for name, value in report["versions"].items()]
    out.append(f"OS: {report['os']['platform']} ({report['os']['machine']})")
    for key in ("libc", "session"):
        if key in report["os"]:
            out.append(f"  {key}: {report['os'][key]}")
    out.append(f"Bundle: {'yes' if report['frozen'] else 'no (Python environment)'}")
    out.append(f"Data folder: {report['data_dir']}")
    out.append(f"Log folder: {report['log_dir']}")
    out.append(f"Window settings: {report['settings']}")
    if report.get("log_problem"):
        out.append(f"Log problem: {report['log_problem']}")
    errors = report["last_errors"]
    out.append(f"Last errors ({len(errors)}):" if errors else "Last errors: none")
    out += [f"  {line}" for line in errors]
    return "\n".join(out)
