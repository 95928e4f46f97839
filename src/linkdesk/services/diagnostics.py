"""Diagnostic details (``linkdesk diagnostics`` and Help > Copy diagnostic details).

The logic is ``support/diagnostics.py``; this adds what only the store knows (SQLCipher's
version), so the GUI and the CLI show the same report.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from linkdesk.store.engine_info import sqlcipher_version, sqlite_version
from linkdesk.support import diagnostics


def collect(
    *,
    extra_versions: Mapping[str, str] | None = None,
    settings_location: str | None = None,
    log_dir: Path | None = None,
    log_problem: str = "",
) -> dict[str, Any]:
    """The report of ``support.diagnostics.collect`` with ``sqlcipher`` and ``sqlite`` added."""
    versions = {"sqlcipher": sqlcipher_version() or "not SQLCipher", "sqlite": sqlite_version()}
    versions.update(extra_versions or {})
    return diagnostics.collect(
        extra_versions=versions,
        settings_location=settings_location,
        log_dir=log_dir,
        log_problem=log_problem,
    )


format_text = diagnostics.format_text
