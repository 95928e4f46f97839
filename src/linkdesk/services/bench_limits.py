"""The physical limits the benchmark's figures are set beside (DESIGN §8, issue 15).

- the key derivation: SQLCipher's own PBKDF2 (algorithm and iterations read from the
  workspace) run by OpenSSL through ``hashlib``; nothing can unlock faster;
- copy + fsync + verify: the workspace file copied to the backup folder in 1 MiB blocks,
  fsynced, then read back and hashed; nothing can back it up (safely) faster;
- the load on the machine, noted beside every figure (a shared 2-core machine).
"""

from __future__ import annotations

import hashlib
import os
import statistics
import time
from pathlib import Path
from typing import Any

from linkdesk.store.bench_raw import kdf_settings
from linkdesk.store.reader import KDF_HASHES, SALT_BYTES

CHUNK = 1 << 20


def load_average() -> float | None:
    """The 1-minute load average (runnable processes; 2 cores: 2.0 is full), if known."""
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:  # pragma: no cover - not on every platform
        return None


def kdf_ms(workspace_conn: Any, path: Path, key: bytes, runs: int = 5) -> float:
    """Median milliseconds of the workspace's key derivation, as SQLCipher runs it."""
    algorithm, iterations = kdf_settings(workspace_conn)
    name = KDF_HASHES.get(algorithm, "sha512")
    with path.open("rb") as fh:
        salt = fh.read(SALT_BYTES)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        hashlib.pbkdf2_hmac(name, key, salt, iterations, 32)
        times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 1)


def copy_fsync_verify_s(source: Path, folder: Path) -> float:
    """Seconds to copy ``source`` into ``folder`` with fsync, then read it back and hash it."""
    target = folder / f"limit-{time.monotonic_ns()}.copy"
    start = time.perf_counter()
    try:
        written = hashlib.sha256()
        with source.open("rb") as src, target.open("xb") as dst:
            while chunk := src.read(CHUNK):
                dst.write(chunk)
                written.update(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        read = hashlib.sha256()
        with target.open("rb") as back:
            while chunk := back.read(CHUNK):
                read.update(chunk)
        if read.digest() != written.digest():
            raise RuntimeError("the copy read back differently")
        return round(time.perf_counter() - start, 2)
    finally:
        target.unlink(missing_ok=True)


def spread(values: list[float], digits: int = 2) -> dict[str, float]:
    """min, median and max of repeated runs."""
    return {
        "min": round(min(values), digits),
        "median": round(statistics.median(values), digits),
        "max": round(max(values), digits),
    }
