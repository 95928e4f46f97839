"""What benchmarks/caseload_warm.py and cold_ratio.py share: their command line and files.

Both take WORKSPACE, a working copy of a bench workspace (``linkdesk bench --cache``: copy it
and its ``.audit-anchor`` first, as this opens it for writing and migrates it), PLAIN, its
``-plain.sqlite`` copy at the same schema, and ``--repeats N``.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from linkdesk.services.bench_cache import PASSPHRASE
from linkdesk.store.plain_copy import open_plaintext
from linkdesk.store.workspace import Workspace


@contextmanager
def opened_pair(repeats: int) -> Iterator[tuple[Workspace, Workspace, int]]:
    """The command line's encrypted workspace and plaintext copy, open, and the repeats asked
    for (``repeats`` when not given); both are closed afterwards."""
    parser = argparse.ArgumentParser()
    parser.add_argument("workspace", type=Path)
    parser.add_argument("plain", type=Path)
    parser.add_argument("--repeats", type=int, default=repeats)
    args = parser.parse_args()
    ws = Workspace.open(args.workspace, PASSPHRASE)
    plain = open_plaintext(args.plain)
    try:
        yield ws, plain, args.repeats
    finally:
        ws.close()
        plain.close()
