"""Realistic synthetic demo data, made through the same services the GUI uses.

(Placeholder: being replaced by the full generator.)
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from linkdesk.domain.models import Person

if TYPE_CHECKING:
    from linkdesk.services.app_services import AppServices

Progress = Callable[[int, int], None]


def generate_demo(
    services: AppServices, *, people: int = 300, seed: int = 1, progress: Progress | None = None
) -> None:
    """Fill an empty workspace with ``people`` synthetic people (deterministic for a seed)."""
    rng = random.Random(seed)
    with services.workspace.transaction():
        for i in range(people):
            services.people.add_person(
                Person(given_name=rng.choice(["Ann", "Bob", "Cara"]), family_name=f"Demo{i}")
            )
            if progress:
                progress(i + 1, people)
