"""Running the schema migrations of ``schema.MIGRATIONS``, and the copy kept before them.

A step is either SQL (a script, as a plain string or ``Migration(name, sql=...)``) or a
Python callable (``Migration(name, run=fn)``, ``fn(conn)``) for a data fix SQL cannot say.
Each step runs in ONE transaction together with its ``PRAGMA user_version`` bump: a step
that fails leaves the workspace exactly at the version before it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

import sqlcipher3

from linkdesk.domain.errors import Place
from linkdesk.fileio.atomic import atomic_copy, plain_write_error
from linkdesk.store.failures import from_os_error

Connection: TypeAlias = Any  # sqlcipher3.dbapi2.Connection (the package has no type stubs)


@dataclass(frozen=True)
class Migration:
    """One schema step: ``sql`` (a script) or ``run`` (called with the open connection inside
    the step's transaction; it must not commit), never both. ``name`` says what it is for."""

    name: str
    sql: str = ""
    run: Callable[[Connection], None] | None = None

    def __post_init__(self) -> None:
        if bool(self.sql.strip()) == (self.run is not None):
            raise ValueError(f"Migration {self.name!r}: give either sql or run, not both")


Step: TypeAlias = "str | Migration"


def as_migration(step: Step, version: int) -> Migration:
    """A plain string in the list is an SQL step."""
    if isinstance(step, Migration):
        return step
    return (
        Migration(f"schema v{version}", sql=step)
        if step.strip()
        else Migration(f"schema v{version} (nothing to change)", run=lambda conn: None)
    )


def run_migrations(conn: Connection, current: int, target: int, steps: Sequence[Step]) -> None:
    """Take the schema from ``current`` to ``target``, one transaction per step."""
    for version in range(current, target):
        step = as_migration(steps[version], version + 1)
        bump = f"PRAGMA user_version = {int(version + 1)}"
        try:
            if step.run is None:
                # executescript commits anything pending first, so the BEGIN is the script's own.
                conn.executescript(f"BEGIN IMMEDIATE;\n{step.sql}\n;{bump};\nCOMMIT;")
            else:
                conn.execute("BEGIN IMMEDIATE")
                step.run(conn)
                conn.execute(bump)
                conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back by itself (after SQLITE_FULL or I/O errors).
            with suppress(sqlcipher3.dbapi2.DatabaseError):
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
            raise


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of a version-``version`` workspace is kept before migrating it."""
    return path.with_name(f"{path.name}.v{version}-backup")


def copy_before_migration(conn: Connection, path: Path, version: int) -> Path:
    """An encrypted copy (same key) of the workspace as it is, before any step runs.

    The WAL is checkpointed into the file first; the copy is the verified atomic one every
    export uses (linkdesk.fileio.atomic: an exclusive 0600 temp file in the same folder,
    fsync, rename, fsync the folder, read back and compared), so a crash never leaves a
    half-written copy under the final name.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    target = backup_path(path, version)
    atomic_copy(  # private (0600), exclusive temp name; drive errors say "nothing was changed"
        path,
        target,
        overwrite=True,
        on_error=lambda exc, where: (
            from_os_error(exc, path=where, place=Place.WORKSPACE) or plain_write_error(exc, where)
        ),
    )
    return target
