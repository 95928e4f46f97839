"""An unencrypted copy of a workspace, for benchmarks only (encrypted / plain ratios).

Never used by the app: a plaintext copy of real records would break LinkDesk's promise. The
benchmark makes one of synthetic demo data in a temporary folder and deletes it afterwards.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from linkdesk.domain.errors import LinkDeskError
from linkdesk.store import sql_functions
from linkdesk.store.instance_lock import InstanceLock
from linkdesk.store.workspace import BUSY_TIMEOUT_MS, Workspace, _configure


def export_plaintext(workspace: Workspace, dest: Path) -> None:
    """Copy every table (FTS indexes included) into a new, unencrypted SQLite file."""
    if dest.exists():
        raise LinkDeskError(f"There is already a file at {dest}.")
    workspace.execute("ATTACH DATABASE ? AS plain KEY ''", (str(dest),))
    try:
        workspace.execute("SELECT sqlcipher_export('plain')")
        version = workspace.schema_version
        workspace.execute(f"PRAGMA plain.user_version = {int(version)}")
    finally:
        workspace.execute("DETACH DATABASE plain")


def open_plaintext(path: Path, *, lock: bool = True) -> Workspace:
    """Open a plaintext copy with the same settings as a workspace (same cache, WAL, fsync).

    ``lock=False``: a second connection beside one already open (cold-connection timings).
    """
    conn = sqlcipher3.connect(
        str(path), isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
    )
    sql_functions.register(conn)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    _configure(conn)
    instance = InstanceLock(path)
    if lock:
        instance.acquire()
    return Workspace(path, conn, instance, passphrase="")
