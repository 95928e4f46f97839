"""Where preferences are kept: the ``setting`` table, one JSON value per key.

Only storage lives here; the rules for each field are in ``domain/settings.py`` and the one
owner that loads, checks and saves them is ``services/settings.py``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from linkdesk.domain.clock import SYSTEM_CLOCK, Clock, utc_now
from linkdesk.domain.filenames import has_surrogates

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace


def to_stored(value: Any) -> str:
    """JSON text for a setting. A path with undecodable bytes (a Latin-1 folder on an old
    share) holds lone surrogates that SQLite cannot store as UTF-8: escape them as
    ``\\udce9`` (``ensure_ascii``) so the exact path comes back from :func:`json.loads`."""
    text = json.dumps(value, ensure_ascii=False)
    if has_surrogates(text):
        return json.dumps(value, ensure_ascii=True)
    return text


class SettingsStore:
    def __init__(self, workspace: Workspace, clock: Clock = SYSTEM_CLOCK) -> None:
        self.ws = workspace
        self._clock = clock

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """The workspace's transaction (and its lock), for a save and its audit entry."""
        with self.ws.transaction():
            yield

    def load(self) -> tuple[dict[str, object], list[str]]:
        """Decoded values by key, and the keys whose stored JSON could not be read."""
        values: dict[str, object] = {}
        unreadable: list[str] = []
        for key, raw in self.ws.query("SELECT key, value FROM setting"):
            try:
                values[str(key)] = json.loads(raw)
            except (TypeError, ValueError):
                unreadable.append(str(key))
        return values, unreadable

    def save(self, values: Iterable[tuple[str, object]]) -> None:
        """Write every (key, value) in one transaction; unchanged values keep their stamp."""
        now = utc_now(self._clock)
        with self.ws.transaction():
            for key, value in values:
                self.ws.execute(
                    "INSERT INTO setting (key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                    "updated_at = excluded.updated_at WHERE setting.value <> excluded.value",
                    (key, to_stored(value), now),
                )
