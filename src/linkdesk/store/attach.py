"""Attaching a second encrypted database (a verified backup copy) to the workspace's connection.

Only here is the SQL for it (``ATTACH … KEY``, ``DETACH``), so the merge use case never writes
SQL: ``with attached_bundle(ws, copy, key, shown_name): …`` then ``merge_attached``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from linkdesk.domain.errors import LinkDeskError
from linkdesk.store.keys import normal_form

if TYPE_CHECKING:
    from linkdesk.store.workspace import Workspace

BUNDLE_SCHEMA = "bundle"  # the name the attached copy is known by in SQL


@contextmanager
def attached_bundle(
    ws: Workspace, path: Path, key: str, shown_name: str, *, raw_key: str | None = None
) -> Iterator[str]:
    """Attach ``path`` read-only under :data:`BUNDLE_SCHEMA` (yielded), detach afterwards.

    ``shown_name`` is the file name the worker chose (the copy's own name means nothing to
    them). ``raw_key``: SQLCipher's raw-key form (``x'key‖salt'``) that opened the copy a
    moment ago, used instead of ``key`` (no key derivation). LinkDeskError when the file
    cannot be opened with the key.
    """
    from linkdesk.store.workspace import DatabaseError

    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        # The copy is keyed on the normal (NFC) form: an older bundle was upgraded, and so
        # re-keyed, before it is attached (store/keys.py).
        secret = raw_key if raw_key is not None else normal_form(key)
        ws.execute(f"ATTACH DATABASE ? AS {BUNDLE_SCHEMA} KEY ?", (uri, secret))
    except DatabaseError:
        raise LinkDeskError(
            f"The backup {shown_name} cannot be opened: it is damaged, or the passphrase is wrong."
        ) from None
    try:
        yield BUNDLE_SCHEMA
    finally:
        ws.execute(f"DETACH DATABASE {BUNDLE_SCHEMA}")
