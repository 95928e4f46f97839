"""What the memory benchmarks read about their own process: SQLite's own allocator and
CPython's object allocator (gui_memory, report_memory, cache_size_ab, merge_memory).

Shared here so that each reads them the same way; nothing is written but a temporary file
of the allocator's counts (no data).
"""

from __future__ import annotations

import ctypes
import os
import sys
import tempfile
from typing import Any


def sqlite_library() -> Any:
    """The loaded SQLCipher library, for ``sqlite3_memory_used()`` (bytes) and
    ``sqlite3_memory_highwater(reset)`` (bytes; 1 resets the mark)."""
    import sqlcipher3._sqlite3 as sqlite_module

    lib = ctypes.CDLL(sqlite_module.__file__)
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
    return lib


def python_arenas() -> tuple[float, float]:
    """CPython's object allocator: (arenas mapped, bytes in blocks in use), MiB, from
    ``sys._debugmallocstats`` (it writes to the C stderr: read back from a temporary file
    of counts only; arenas are 1 MiB each on 64-bit CPython 3.10+)."""
    arenas = used = 0.0
    with tempfile.TemporaryFile() as tmp:
        sys.stderr.flush()
        saved = os.dup(2)
        os.dup2(tmp.fileno(), 2)
        try:
            sys._debugmallocstats()
        finally:
            os.dup2(saved, 2)
            os.close(saved)
        tmp.seek(0)
        for line in tmp.read().decode("ascii", "replace").splitlines():
            if line.startswith("# arenas allocated current"):
                arenas = float(line.split("=")[1].replace(",", ""))
            elif line.startswith("# bytes in allocated blocks"):
                used = int(line.split("=")[1].replace(",", "")) / 2**20
    return arenas, used
