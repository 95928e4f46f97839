"""Small SQL helpers shared by the store modules."""

from __future__ import annotations


def quote_ident(name: str) -> str:
    """``name`` as a quoted SQL identifier (double quotes doubled), safe for any text.

    For names read from a file LinkDesk did not write itself (a bundle's tables), or any
    name not written in the source code: never interpolate those unquoted.
    """
    if "\x00" in name:
        raise ValueError("an identifier cannot hold a NUL character")
    return '"' + name.replace('"', '""') + '"'
