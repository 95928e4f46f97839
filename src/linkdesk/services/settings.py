"""The one owner of a workspace's settings: loaded and checked once, saved only through here.

Every reader gets a copy (:attr:`SettingsService.current`), so no caller can change the
settings behind the owner's back; every write is checked field by field
(``domain/settings.py``) and made under one lock, so the backup job (a worker thread) and the
settings page (the UI thread) cannot overwrite each other's changes.

Lock order: the workspace's transaction first, then this owner's lock (the backup records
its time inside its own transaction), never the other way round.
"""

from __future__ import annotations

import copy
import threading
from dataclasses import fields

from linkdesk.domain.enums import AuditAction
from linkdesk.domain.settings import WorkspaceSettings, settings_from_stored, validate_settings
from linkdesk.store.audit import AuditLog
from linkdesk.store.settings import SettingsStore
from linkdesk.support.log import get_logger

_log = get_logger("services.settings")
_NAMES = tuple(f.name for f in fields(WorkspaceSettings))
# Written only by record_backup: a page saving a copy it read earlier must not put back an
# older backup time (the backup may have finished on its worker thread in between).
RECORDED = ("last_backup_at", "last_backup_dir")


class SettingsService:
    """``current`` (a copy), ``save(new)`` (checked, audited), ``record_backup(at, folder)``.

    ``dropped`` names the stored fields that broke their rule at load and were replaced by
    their defaults (field names only; they are also logged).
    """

    def __init__(self, store: SettingsStore, audit: AuditLog) -> None:
        self._store = store
        self._audit = audit
        self._lock = threading.RLock()  # the audit entry reads the actor from here too
        values, unreadable = store.load()
        settings, broken = settings_from_stored(values)
        self.dropped = sorted({*unreadable, *broken} & set(_NAMES))
        if self.dropped:
            _log.warning("settings reset to their defaults: %s", ", ".join(self.dropped))
        self._current = settings

    @property
    def current(self) -> WorkspaceSettings:
        """A copy of the settings in force (change it freely, then :meth:`save` it)."""
        with self._lock:
            return copy.deepcopy(self._current)

    @property
    def worker_name(self) -> str:
        """The worker's name (read for every audit entry: no copy made)."""
        with self._lock:
            return self._current.worker_name

    def save(self, settings: WorkspaceSettings) -> WorkspaceSettings:
        """Check every field (ValidationError names the first bad one), save what changed
        with an audit entry, and return the settings now in force.

        The backup record (:data:`RECORDED`) is kept as it is: only :meth:`record_backup`
        writes it.
        """
        tidy = validate_settings(settings)
        with self._store.transaction(), self._lock:  # in this order: see the module's notes
            for name in RECORDED:
                setattr(tidy, name, getattr(self._current, name))
            if tidy == self._current:
                return copy.deepcopy(tidy)
            self._store.save((name, getattr(tidy, name)) for name in _NAMES)
            self._audit.record(AuditAction.EDITED, "settings", "workspace")
            self._current = tidy
            return copy.deepcopy(tidy)

    def record_backup(self, at: str, folder: str) -> None:
        """Note a finished backup (called inside the backup's own transaction, which also
        writes its audit entry)."""
        with self._lock:
            updated = copy.deepcopy(self._current)
            updated.last_backup_at, updated.last_backup_dir = at, folder
            tidy = validate_settings(updated)
            self._store.save(
                (name, getattr(tidy, name)) for name in ("last_backup_at", "last_backup_dir")
            )
            self._current = tidy
