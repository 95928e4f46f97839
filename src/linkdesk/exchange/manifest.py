"""The small JSON manifest written beside each backup bundle. It holds nothing personal.

A manifest read from a shared drive is untrusted input: every field is checked for its type
(a JSON ``true`` is not a number), its range and its shape before anything uses it, and the
bundle is later checked against it (services/bundles.py: same workspace, same version).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from linkdesk.domain.clock import short_id
from linkdesk.domain.errors import LinkDeskError
from linkdesk.domain.hlc import Hlc

FORMAT = "linkdesk-backup"
FORMAT_VERSION = 1
BUNDLE_SUFFIX = ".ldbackup"
MANIFEST_SUFFIX = ".json"
MAX_MANIFEST_BYTES = 64 * 1024  # a real one is under 2 KiB
MAX_TABLES = 200

_WORKSPACE_ID = re.compile(r"[0-9A-Za-z-]{1,64}\Z", re.ASCII)
_TABLE = re.compile(r"[a-z_][a-z0-9_]{0,63}\Z", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}\Z", re.ASCII)
_APP_VERSION = re.compile(r"[0-9A-Za-z.+_-]{1,40}\Z", re.ASCII)


@dataclass(frozen=True)
class Manifest:
    workspace_id: str
    created_at: str  # ISO-8601 UTC, the making laptop's wall clock
    schema_version: int
    app_version: str
    bundle_file: str
    bundle_size: int
    sha256: str
    counts: dict[str, int] = field(default_factory=dict)
    format: str = FORMAT
    format_version: int = FORMAT_VERSION
    clock: str = ""  # the making laptop's hybrid-clock reading (domain/hlc.py); "" if older
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
        except (UnicodeDecodeError, ValueError, RecursionError):
            raise bad from None
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise bad
        try:
            format_version = _count(raw.get("format_version"))
        except ValueError:
            raise bad from None
        if format_version < 1:
            raise bad
        if format_version > FORMAT_VERSION:
            raise LinkDeskError(
                f"The backup {where.name} was made by a newer version of LinkDesk; "
                "update LinkDesk to use it."
            )
        try:
            manifest = cls(
                workspace_id=_text(raw["workspace_id"], _WORKSPACE_ID),
                created_at=_time_text(raw["created_at"]),
                schema_version=_positive(raw["schema_version"]),
                app_version=_text(raw["app_version"], _APP_VERSION),
                bundle_file=_file_name(raw["bundle_file"]),
                bundle_size=_count(raw["bundle_size"]),
                sha256=_text(raw["sha256"], _SHA256),
                counts=_counts(raw["counts"]),
                format=FORMAT,
                format_version=format_version,
                clock=_clock(raw.get("clock", "")),
                audit=_audit_head(raw.get("audit")),
            )
        except (KeyError, TypeError, ValueError):
            raise bad from None
        return manifest


def _count(value: object) -> int:
    """A whole number >= 0 (a JSON ``true`` is not one, though Python counts it as 1)."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError("not a count")
    return value


def _positive(value: object) -> int:
    number = _count(value)
    if number < 1 or number > 10_000:
        raise ValueError("out of range")
    return number


def _text(value: object, pattern: re.Pattern[str]) -> str:
    if not isinstance(value, str) or not pattern.match(value):
        raise ValueError("not the expected text")
    return value


def _parse_time(text: str) -> datetime | None:
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def _time_text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 40 or _parse_time(value) is None:
        raise ValueError("not a time")
    return value


def _file_name(value: object) -> str:
    if (
        not isinstance(value, str)
        or not 0 < len(value) <= 255
        or any(c in value for c in "/\\") or not value.isprintable()
    ):  # fmt: skip
        raise ValueError("not a file name")
    return value


def _counts(value: object) -> dict[str, int]:
    if not isinstance(value, dict) or len(value) > MAX_TABLES:
        raise ValueError("not counts")
    return {_text(k, _TABLE): _count(v) for k, v in value.items()}


def _clock(value: object) -> str:
    if value == "":
        return ""
    if not isinstance(value, str):
        raise ValueError("not a clock reading")
    Hlc.parse(value)
    return value


def _audit_head(value: object) -> dict[str, int | str] | None:
    """The audit anchor: absent (older manifests) or exactly {"count", "seq", "head"}."""
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"count", "seq", "head"}:
        raise ValueError("not an audit anchor")
    return {
        "count": _count(value["count"]),
        "seq": _count(value["seq"]),
        "head": _text(value["head"], _SHA256),
    }


def manifest_path_for(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + MANIFEST_SUFFIX)


def bundle_name(workspace_id: str, when: datetime, attempt: int = 0) -> str:
    """``2026-11-24_10-32-15Z_ab12cd34.ldbackup``: UTC date and time first, then the workspace.

    UTC (the ``Z``), so names sort in the order the backups were made even on the night the
    clocks go back. The workspace's short id (:func:`short_id`, the random end of its id)
    keeps several laptops apart; ``attempt`` adds a
    suffix in the rare case the same second is taken.
    """
    when = when.astimezone(UTC) if when.tzinfo else when.replace(tzinfo=UTC)
    short = short_id(workspace_id) or "workspace"
    extra = f"-{attempt + 1}" if attempt else ""
    return f"{when:%Y-%m-%d_%H-%M-%S}Z_{short}{extra}{BUNDLE_SUFFIX}"
