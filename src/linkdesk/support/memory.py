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


def rss_mb() -> float | None:
    """This process's resident memory now, MiB (one decimal); None where
    ``/proc/self/statm`` cannot be read (not Linux)."""
    import os

    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return round(pages * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def peak_rss_mb() -> float:
    """This process's own peak resident memory, MiB (one decimal).

    Linux: ``VmHWM`` from ``/proc/self/status``, the high-water mark of this process's own
    address space (``proc(5)``). Not ``getrusage(RUSAGE_SELF).ru_maxrss``: Linux carries
    ``ru_maxrss`` across ``execve(2)``, and a child spawned by ``subprocess`` starts from its
    parent's peak (a GUI child of a bench that had used 557 MB reported 557 MB whatever it
    used itself). Elsewhere, ``ru_maxrss`` (bytes on macOS, KiB on other systems).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except (OSError, ValueError, IndexError):
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / 2**20 if sys.platform == "darwin" else peak / 1024, 1)
