"""Process hardening at start-up: no core dumps of an unlocked workspace's memory.

A crash while a workspace is unlocked would otherwise write the process's memory (the key,
decrypted pages, names typed on screen) into a core file on disk. What each platform gets:

- **Linux**: ``setrlimit(RLIMIT_CORE, 0)`` (soft and hard, so it cannot be raised again, and
  children inherit it) and ``prctl(PR_SET_DUMPABLE, 0)``, which also stops a core-dump
  *pipe* handler (systemd-coredump, apport: ``/proc/sys/kernel/core_pattern`` starting with
  ``|``), which ignores RLIMIT_CORE, and stops other processes of the same user attaching a
  debugger (ptrace) to read memory.
- **macOS and other POSIX systems**: ``setrlimit(RLIMIT_CORE, 0)``. (macOS writes cores
  only when ``/cores`` is writable and the limit allows; Crash Reporter writes a text report
  with stack frames, not memory.)
- **Windows**: ``SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)`` so a crash
  shows no Windows Error Reporting dialog, and ``WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP)``
  so a report that is still sent carries no heap memory. Full local dumps happen only where
  an administrator configured WER ``LocalDumps``; LinkDesk cannot switch that off.

What remains, honestly: swap (the OS may page memory out; SQLCipher ``mlock``s its own key
buffers where allowed), hibernation files, and a debugger run by an administrator or root.

Nothing here imports the rest of LinkDesk, so it runs first, before any workspace opens.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
_SEM_FAILCRITICALERRORS = 0x0001
_SEM_NOGPFAULTERRORBOX = 0x0002
_WER_FAULT_REPORTING_FLAG_NOHEAP = 0x0001  # werapi.h


def _no_core_rlimit() -> bool:
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return resource.getrlimit(resource.RLIMIT_CORE) == (0, 0)


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)  # libc is loaded already (no ldconfig run)
    except OSError:
        return None


def _not_dumpable() -> bool:
    """Linux: PR_SET_DUMPABLE 0 (see the module notes)."""
    libc = _libc()
    if libc is None:
        return False
    try:
        prctl = libc.prctl
    except AttributeError:
        return False
    if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
        return False
    return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)


def is_dumpable() -> bool | None:
    """Linux: whether the kernel would dump this process (None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = _libc()
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows_no_dumps() -> list[str]:
    done: list[str] = []
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return done
    with contextlib.suppress(OSError, AttributeError):
        old = windll.kernel32.SetErrorMode(_SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
        windll.kernel32.SetErrorMode(old | _SEM_FAILCRITICALERRORS | _SEM_NOGPFAULTERRORBOX)
        done.append("no crash dialog (SetErrorMode)")
    with contextlib.suppress(OSError, AttributeError):
        if windll.kernel32.WerSetFlags(_WER_FAULT_REPORTING_FLAG_NOHEAP) == 0:  # S_OK
            done.append("crash reports without heap memory (WerSetFlags)")
    return done


def harden_process() -> list[str]:
    """Switch off core dumps for this process where the platform allows; idempotent.

    Returns what was done, in words, for ``linkdesk diagnostics`` and the tests. Never raises:
    a platform without a control leaves it as it was.
    """
    done: list[str] = []
    if os.name == "nt":
        return _windows_no_dumps()
    if _no_core_rlimit():
        done.append("core dumps off (RLIMIT_CORE 0)")
    if sys.platform.startswith("linux") and _not_dumpable():
        done.append("not dumpable, no ptrace by other processes (PR_SET_DUMPABLE 0)")
    return done
