"""Which b-trees (tables and indexes) a merge writes, page by page (issue 15).

    python benchmarks/merge_pages.py PLAIN_WORKSPACE BUNDLE --work DIR

PLAIN_WORKSPACE is the plaintext copy ``linkdesk bench --cache`` keeps beside a cached
benchmark workspace (``…-plain.sqlite``: synthetic data only); it is copied into DIR first.
The merge's own code (``store.merge.merge_attached``) runs on it with the BUNDLE attached (the
bench's passphrase), in one transaction committed to the WAL with no checkpoint; the page
numbers of the WAL's frames are then mapped to their b-trees with SQLite's ``dbstat`` (the
system ``sqlite3`` module: the SQLCipher build has no ``dbstat``). Prints, per b-tree, the
pages written and the pages it has, most written first. Every page a merge writes is
decrypted first and encrypted again in the encrypted workspace, so this is where its time
goes. The copy is removed afterwards.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import struct
from collections import Counter
from pathlib import Path
from typing import Any

import sqlcipher3

from linkdesk.services import bench_cache
from linkdesk.store import sql_functions
from linkdesk.store.merge import MERGE_CACHE_KIB, merge_attached


class _Clock:
    def observe(self, reading: Any) -> None:
        pass


class _Workspace:
    """What ``merge_attached`` uses of a workspace, over a plaintext connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.clock = _Clock()

    def execute(self, sql: str, params: Any = ()) -> Any:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Any = ()) -> list[Any]:
        return list(self.conn.execute(sql, params).fetchall())

    def scalar(self, sql: str, params: Any = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    def save_clock(self) -> None:
        pass


def wal_pages(wal: Path) -> list[int]:
    """The page number of every frame in a WAL file (frames of 24 bytes + a page)."""
    data = wal.read_bytes()
    page_size = struct.unpack(">I", data[8:12])[0]
    pages, offset = [], 32
    while offset + 24 + page_size <= len(data):
        pages.append(struct.unpack(">I", data[offset : offset + 4])[0])
        offset += 24 + page_size
    return pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("plain", type=Path)
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    args = parser.parse_args()
    args.work.mkdir(mode=0o700, parents=True, exist_ok=True)
    db = args.work / "plain-merge.sqlite"
    for old in args.work.glob("plain-merge.sqlite*"):
        old.unlink()
    shutil.copyfile(args.plain, db)
    try:
        conn = sqlcipher3.connect(str(db), isolation_level=None)
        sql_functions.register(conn)
        for pragma in ("journal_mode = WAL", "foreign_keys = ON", "temp_store = MEMORY",
                       "wal_autocheckpoint = 0", f"cache_size = -{MERGE_CACHE_KIB}"):  # fmt: skip
            conn.execute(f"PRAGMA {pragma}")
        uri = args.bundle.resolve().as_uri() + "?mode=ro"
        conn.execute("ATTACH DATABASE ? AS bundle KEY ?", (uri, bench_cache.PASSPHRASE))
        conn.execute("BEGIN IMMEDIATE")
        report = merge_attached(_Workspace(conn), "bundle")  # type: ignore[arg-type]
        conn.execute("COMMIT")
        written = Counter(wal_pages(Path(f"{db}-wal")))
        reader = sqlite3.connect(db)
        owner = {pageno: name for name, pageno in reader.execute("SELECT name, pageno FROM dbstat")}
        sizes = Counter(owner.values())
        reader.close()
        conn.close()
    finally:
        for old in args.work.glob("plain-merge.sqlite*"):
            old.unlink()
    by_tree = Counter(owner.get(p, "?") for p in written)
    frames = sum(written.values())
    print(f"records added {report.added}; pages written {len(written)} (frames {frames})")
    for name, count in by_tree.most_common():
        print(f"{count:7d} of {sizes.get(name, 0):7d}  {name}")


if __name__ == "__main__":
    main()
