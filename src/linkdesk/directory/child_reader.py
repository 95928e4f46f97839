"""Reading import sources in a child process, so their parsing never holds the GUI's GIL.

Parsing is most of an import's Python work (at 2,000 Open Referral services: about 70% of
the time the importing thread held the GIL, issue 15), and a thread holding the GIL keeps
the window from answering keys. A source of ``CHILD_FROM_BYTES`` or more is therefore read
by a child process (``multiprocessing``, the spawn context, so it works the same on every
platform and in the frozen bundle, whose entry point calls ``freeze_support``); the parsed
services come back over a pipe in batches of ``BATCH_ITEMS`` (never through a file), and the
importing thread only waits for them (the wait releases the GIL) and writes them. The child
runs at a lower priority (``CHILD_NICENESS``), so on a busy laptop the window comes first.

Errors are the same one-line ``LinkDeskError`` the in-thread reader raises; a child that
dies says so in one line. Closing the iterator (a cancel, a failed write) ends the child at
once; it is always joined (no zombie).
"""

from __future__ import annotations

import multiprocessing
import os
import traceback
from collections.abc import Generator, Iterator
from contextlib import suppress
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

from linkdesk.directory.batch import Meter, Parsed
from linkdesk.directory.sources import read_source
from linkdesk.domain.errors import LinkDeskError

CHILD_FROM_BYTES = 512 * 1024  # smaller sources parse in-thread in milliseconds
# The child yields the CPU to the window on a busy laptop (POSIX niceness; the GUI is at 0).
CHILD_NICENESS = 5
BATCH_ITEMS = 100  # services (or report lines) per message
JOIN_S = 5.0


def read_sources(
    sources: list[Path], meter: Meter, today: date, *, in_child: bool | None = None
) -> Generator[Parsed, None, None]:
    """Every source's services and report lines, in order (as ``read_source`` gives them).

    ``in_child``: None reads in a child process when the sources hold ``CHILD_FROM_BYTES``
    or more (``meter.total_bytes``); True or False decides. Close the iterator when done
    with it early (``contextlib.closing``): that ends the child. Raises LinkDeskError.
    """
    if in_child is None:
        in_child = meter.total_bytes >= CHILD_FROM_BYTES
    if not in_child:
        for source in sources:
            yield from read_source(source, meter, today)
        return
    yield from _from_child(sources, meter, today)


def _from_child(sources: list[Path], meter: Meter, today: date) -> Iterator[Parsed]:
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=child_main,
        args=(sender, [str(p) for p in sources], today),
        name="linkdesk-import-reader",
        daemon=True,
    )
    try:
        child.start()
    except OSError as exc:
        receiver.close()
        sender.close()
        raise LinkDeskError(
            f"Could not start reading the import in the background ({exc.strerror or exc})."
        ) from None
    sender.close()  # the child's end: EOF here once the child has gone
    read = 0
    meter.done_bytes, meter.position = 0, lambda: read
    try:
        while True:
            try:
                kind, payload, read = receiver.recv()
            except EOFError:
                child.join(JOIN_S)
                raise LinkDeskError(
                    "The import stopped: the process reading the files ended unexpectedly "
                    f"(exit code {child.exitcode}); nothing was changed."
                ) from None
            if kind == "items":
                yield from payload
            elif kind == "done":
                return
            elif kind == "error":
                raise LinkDeskError(str(payload))
            else:  # an unexpected fault in the child: its kind and place, never any data
                raise RuntimeError(f"reading the import failed in its process: {payload}")
    finally:
        receiver.close()
        if child.is_alive():
            child.terminate()
        child.join(JOIN_S)
        if child.is_alive():  # pragma: no cover - terminate is not refused on any platform
            child.kill()
            child.join()


def child_main(sender: Connection, paths: list[str], today: date) -> None:
    """The child: read ``paths`` and send ``(kind, payload, bytes read)`` messages: "items"
    (a list), then "done"; or "error" (a one-line message) or "failed" (a fault's kind and
    place). Nothing is written anywhere else (no file, no stream)."""
    meter = Meter()
    with suppress(AttributeError, OSError):  # no os.nice on Windows: the default priority
        os.nice(CHILD_NICENESS)
    try:
        batch: list[Parsed] = []
        for path in paths:
            for item in read_source(Path(path), meter, today):
                batch.append(item)
                if len(batch) >= BATCH_ITEMS:
                    sender.send(("items", batch, meter.read()))
                    batch = []
        sender.send(("items", batch, meter.read()))
        sender.send(("done", None, meter.read()))
    except LinkDeskError as exc:
        _send(sender, ("error", str(exc), meter.read()))
    except MemoryError:
        _send(sender, ("error", "The import is too large to read in the memory free.", 0))
    except BaseException as exc:  # noqa: BLE001 - reported to the parent, which logs it
        _send(sender, ("failed", _where(exc), 0))
    finally:
        sender.close()


def _send(sender: Connection, message: tuple[str, object, int]) -> None:
    with suppress(OSError):  # the parent has gone (cancelled): nobody to tell
        sender.send(message)


def _where(exc: BaseException) -> str:
    """The fault's type and innermost place (file name and line), never its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    place = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{place}"
