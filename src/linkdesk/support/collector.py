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
  are collected again instead of being kept until the process ends.
"""

from __future__ import annotations

import gc


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's walks (until :func:`thaw`)."""
    gc.freeze()


def thaw() -> None:
    """Give frozen objects back to the collector (the oldest generation)."""
    gc.unfreeze()
