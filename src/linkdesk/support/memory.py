"""Give memory back to the system after big jobs (glibc's allocator; a no-op elsewhere).

A report, a backup or an import reads hundreds of thousands of rows on a worker thread and
SQLite fills a page cache there; when they finish, Python and SQLite free that memory, but
glibc keeps the freed pages in the thread's own arena (up to 8 arenas per core, each holding
its free pages), so the GUI's resident memory stays at its peak for the rest of the session
(issue 15: 257 MB held after one backup at 20,000 people). Two standard remedies, both from
glibc's manual (``mallopt(3)``, ``malloc_trim(3)``):

- :func:`limit_arenas`: at most ``ARENAS`` arenas (``M_ARENA_MAX``), so freed memory is
  shared between threads instead of stranded in one arena per thread that ever allocated;
- :func:`release_free_memory`: ``malloc_trim(0)`` returns every arena's free pages to the
  system (a few milliseconds for a heap of a few hundred MB; call it off the UI thread).

Neither changes what a program computes; on a C library without them (macOS, Windows, musl)
both do nothing.
"""

from __future__ import annotations

import ctypes
import sys
import threading
from typing import Any

M_ARENA_MAX = -8  # glibc's malloc.h
ARENAS = 2  # the UI thread and one worker at a time do the heavy allocating (2 cores)

_lock = threading.Lock()
_libc: Any = None
_looked = False


def _glibc() -> Any:
    """glibc as a ctypes library, or None when this process does not run on glibc."""
    global _libc, _looked
    with _lock:
        if not _looked:
            _looked = True
            if sys.platform.startswith("linux"):
                try:
                    # glibc's soname, not ctypes.util.find_library("c"): that runs ldconfig
                    # in a child process (~15 ms of start-up); elsewhere it is not glibc.
                    libc = ctypes.CDLL("libc.so.6")
                    if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt"):
                        libc.malloc_trim.argtypes = [ctypes.c_size_t]
                        libc.malloc_trim.restype = ctypes.c_int
                        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
                        libc.mallopt.restype = ctypes.c_int
                        _libc = libc
                except OSError:
                    _libc = None
        return _libc


def limit_arenas(arenas: int = ARENAS) -> bool:
    """Cap glibc's malloc arenas at ``arenas`` (call early, before worker threads start).

    Returns True when the cap was set (False: not glibc, or refused)."""
    libc = _glibc()
    return bool(libc is not None and libc.mallopt(M_ARENA_MAX, int(arenas)) == 1)


def release_free_memory() -> bool:
    """Return the allocator's free pages to the system (``malloc_trim(0)``).

    Returns True when some memory was released. Safe from any thread."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
