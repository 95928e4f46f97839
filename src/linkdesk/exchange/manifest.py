"""The small JSON manifest written beside each backup bundle. It holds nothing personal."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from linkdesk.domain.errors import LinkDeskError

FORMAT = "linkdesk-backup"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".ldbackup"
MANIFEST_SUFFIX = ".json"


@dataclass(frozen=True)
class Manifest:
    workspace_id: str
    created_at: str  # ISO-8601 UTC
    schema_version: int
    app_version: str
    bundle_file: str
    bundle_size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    # The audit log's head when the backup began ({"count", "seq", "head"}): an anchor kept
    # on the shared drive, which `linkdesk check` compares the log with (store/audit_guard.py).
    audit: dict[str, int | str] | None = None

    def to_json(self) -> bytes:
        return (json.dumps(asdict(self), indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes, where: Path) -> Manifest:
        """Parse and check a manifest; any problem is one sentence naming the file."""
        bad = LinkDeskError(f"The manifest {where.name} is unreadable or not a LinkDesk manifest.")
        try:
            raw: Any = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise bad from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise bad
        if not isinstance(raw.get("format_version"), int) or raw["format_version"] > FORMAT_VERSION:
            raise LinkDeskError(
                f"The backup {where.name} was made by a newer version of LinkDesk; "
                "update LinkDesk to use it."
            )
        try:
            manifest = cls(
                workspace_id=str(raw["workspace_id"]),
                created_at=str(raw["created_at"]),
                schema_version=int(raw["schema_version"]),
                app_version=str(raw["app_version"]),
                bundle_file=str(raw["bundle_file"]),
                bundle_size=int(raw["bundle_size"]),
                sha256=str(raw["sha256"]).lower(),
                counts={str(k): int(v) for k, v in dict(raw["counts"]).items()},
                format=FORMAT,
                format_version=int(raw["format_version"]),
                audit=dict(raw["audit"]) if isinstance(raw.get("audit"), dict) else None,
            )
        except (KeyError, TypeError, ValueError):
            raise bad from None
        if len(manifest.sha256) != 64:
            raise bad
        return manifest


def manifest_path_for(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + MANIFEST_SUFFIX)


def bundle_name(workspace_id: str, when: datetime, attempt: int = 0) -> str:
    """``2026-11-24_10-32-15_ab12cd34.ldbackup``: date first, so a shared folder sorts by day.

    The workspace's short id keeps several laptops apart; the time keeps two backups on one day
    apart; ``attempt`` adds a suffix in the rare case the same second is taken.
    """
    short = "".join(c for c in workspace_id if c.isalnum())[:8] or "workspace"
    extra = f"-{attempt + 1}" if attempt else ""
    return f"{when:%Y-%m-%d_%H-%M-%S}_{short}{extra}{BUNDLE_SUFFIX}"
