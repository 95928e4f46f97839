"""The workspace's passphrase: check it, change it (re-encrypting every page), audit it.

The GUI's "Change passphrase" dialog and ``linkdesk passwd`` both come here, so both leave
the same audit entry.
"""

from __future__ import annotations

from linkdesk.domain.enums import AuditAction
from linkdesk.domain.errors import LinkDeskError, ValidationError
from linkdesk.domain.worker_text import wt
from linkdesk.store.audit import AuditLog
from linkdesk.store.workspace import Workspace, check_passphrase_rules


class AccountService:
    def __init__(self, workspace: Workspace, audit: AuditLog) -> None:
        self._ws = workspace
        self._audit = audit

    def passphrase_matches(self, passphrase: str) -> bool:
        return self._ws.passphrase_matches(passphrase)

    def change_passphrase(self, current: str, new: str) -> None:
        """Re-key the workspace (seconds on a big one: run it in the background) and record
        it in the audit log. ValidationError (field ``current`` or ``new``) when the current
        passphrase is wrong or the new one breaks the rules; nothing changes then."""
        if not self._ws.passphrase_matches(current):
            raise ValidationError(wt("That is not the current passphrase."), "current")
        try:
            check_passphrase_rules(new)
        except LinkDeskError as exc:  # name the field, so the dialog can point at it
            raise ValidationError(str(exc), "new") from None
        self._ws.change_passphrase(new)
        self._audit.record(AuditAction.EDITED, "passphrase", "workspace")
