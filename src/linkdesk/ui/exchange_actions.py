"""Backups, merges, subject access and erasure from the GUI (issue 6).

Entry points the main window and person view call:
``backup(parent, services)``, ``merge_bundle(parent, services)``,
``export_person(parent, services, person_id)``,
``erase_person(parent, services, person_id) -> bool``.
"""

from __future__ import annotations

from linkdesk.ui._stub import not_ready


def backup(parent, services) -> None:  # type: ignore[no-untyped-def]
    not_ready(parent, "Backing up")


def merge_bundle(parent, services) -> None:  # type: ignore[no-untyped-def]
    not_ready(parent, "Merging a backup")


def export_person(parent, services, person_id: str) -> None:  # type: ignore[no-untyped-def]
    not_ready(parent, "Exporting a person's record")


def erase_person(parent, services, person_id: str) -> bool:  # type: ignore[no-untyped-def]
    not_ready(parent, "Erasing a person")
    return False
