"""Starts the GUI: wires workspace -> services -> main window."""

from __future__ import annotations


def run_gui(workspace: str | None = None, demo: bool = False) -> int:
    from linkdesk.domain.errors import LinkDeskError

    raise LinkDeskError("The desktop app is being built; use the command line for now.")
