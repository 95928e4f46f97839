"""LinkDesk: offline, encrypted casework for social prescribing link workers."""

from __future__ import annotations

import os
import sys

# pyproject.toml is the one source of the version: installed (or frozen, with its metadata
# copied into the bundle by packaging/linkdesk.spec), it is read back from the package metadata.


def _read_version() -> str | None:
    """The ``Version:`` of the first ``linkdesk-*.dist-info/METADATA`` or
    ``linkdesk[-*].egg-info/PKG-INFO`` on ``sys.path``, which is where ``importlib.metadata``
    finds it for an installed or frozen LinkDesk (the bundle copies an editable install's
    egg-info); ``None`` if there is none. Read directly because importing
    ``importlib.metadata`` (and the ``email`` package it parses with) was ~40 ms of every start
    before the unlock screen (issue 15); tests/packaging/test_packaging_files.py checks both
    give the same answer."""
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            stem = name.lower()
            if stem.endswith(".dist-info") and stem.startswith("linkdesk-"):
                headers = "METADATA"
            elif stem.endswith(".egg-info") and stem.startswith(("linkdesk-", "linkdesk.")):
                headers = "PKG-INFO"
            else:
                continue
            try:
                with open(os.path.join(folder or ".", name, headers), encoding="utf-8") as f:
                    for line in f:
                        if line.startswith("Version:"):
                            return line.removeprefix("Version:").strip()
                        if not line.strip():
                            break  # the headers end at the first blank line
            except OSError:
                continue
    return None


def _version() -> str:
    found = _read_version()
    if found:
        return found
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("linkdesk")
    except PackageNotFoundError:  # a bare source tree on sys.path, never installed
        return "0+unknown"


__version__ = _version()
