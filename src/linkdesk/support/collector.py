"""Keep Python's cyclic garbage collector from stalling the window (issue 15).

A full collection walks every container object the process holds and keeps the GIL while it
does: after unlocking that is a few hundred thousand objects (modules, the window's wrappers,
caches), so a full collection met while a report or an import allocates on a worker thread
stopped the UI thread for its whole length (measured: up to 0.3-0.9 s at 50,000 people on a
loaded machine). The standard remedy (``gc.freeze``, Python 3.7+; the ``gc`` module's
documentation) moves every object alive at that moment out of the collector's walk, so later
collections cost what the work since then made, not the whole heap.

- :func:`freeze_long_lived` after unlocking, once the window is built: nothing is freed early
  or late by it (reference counting still frees everything that is not in a cycle);
- :func:`thaw` at lock, so cycles among the closed session's objects (its window's wrappers)
  are collected again instead of being kept until the process ends;
- :func:`paused` around a bounded background computation that allocates hundreds of
  thousands of objects (a report, a directory import): no collection runs meanwhile, on any
  thread (the collector is process-wide), so none holds the GIL against the UI thread for
  tens of ms at a time; what the work made is freed by reference counting as before, and
  cycles are collected after it. Not for open-ended work (a demo of 50,000 people).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # how many paused() blocks are running (on any thread)
_was_enabled = True


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's walks (until :func:`thaw`)."""
    gc.freeze()


def thaw() -> None:
    """Give frozen objects back to the collector (the oldest generation)."""
    gc.unfreeze()


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection while the block runs (nestable, from any thread): the
    collector is enabled again when the last running block ends, if it was on before."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
