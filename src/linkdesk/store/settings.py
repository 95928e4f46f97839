"""Preferences that belong with the record (kept encrypted in the workspace)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields
from typing import TYPE_CHECKING, Any

from linkdesk.domain.clock import utc_now
from linkdesk.domain.filenames import has_surrogates

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

DEFAULT_URGENT_HELP = [
    "NHS 111: call 111 when you need help fast but it is not an emergency.",
    "999: call 999 in an emergency, if someone's life is at risk.",
    "Samaritans: call 116 123, free, any time, day or night.",
]


@dataclass
class WorkspaceSettings:
    worker_name: str = ""
    worker_phone: str = ""
    worker_email: str = ""
    organisation: str = ""
    autolock_minutes: int = 5
    urgent_help: list[str] = field(default_factory=lambda: list(DEFAULT_URGENT_HELP))
    plan_font_size: int = 12
    backup_reminder_days: int = 7
    last_backup_dir: str = ""
    last_backup_at: str = ""
    retention_months: int = 24


def to_stored(value: Any) -> str:
    """JSON text for a setting. A path with undecodable bytes (a Latin-1 folder on an old
    share) holds lone surrogates that SQLite cannot store as UTF-8: escape them as
    ``\\udce9`` (``ensure_ascii``) so the exact path comes back from :func:`json.loads`."""
    text = json.dumps(value, ensure_ascii=False)
    if has_surrogates(text):
        return json.dumps(value, ensure_ascii=True)
    return text


class SettingsStore:
    def __init__(self, workspace: Workspace) -> None:
        self.ws = workspace

    def load(self) -> WorkspaceSettings:
        stored = dict(self.ws.query("SELECT key, value FROM setting"))
        values: dict[str, Any] = {}
        for f in fields(WorkspaceSettings):
            if f.name in stored:
                try:
                    values[f.name] = json.loads(stored[f.name])
                except ValueError:
                    continue  # an unreadable value falls back to the default
        return WorkspaceSettings(**values)

    def save(self, settings: WorkspaceSettings) -> None:
        now = utc_now()
        with self.ws.transaction():
            for f in fields(WorkspaceSettings):
                self.ws.execute(
                    "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at WHERE setting.value <> excluded.value",
                    (f.name, to_stored(getattr(settings, f.name)), now),
                )
