"""How long one autosave takes on the UI thread (encrypted workspace, synchronous=FULL).

    python benchmarks/conversation_autosave.py [--saves N]
Prints median and p95 milliseconds for a text save, a need, a goal update and an answer.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from linkdesk.domain.models import Person
from linkdesk.services.app_services import AppServices
from linkdesk.store.workspace import Workspace


def timed(fn: Callable[[int], object], n: int) -> tuple[float, float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=200)
    n = parser.parse_args().saves
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.create(Path(tmp) / "bench.linkdesk", "correct horse battery")
        services = AppServices(ws)
        conv = services.conversation
        pid = services.people.add_person(Person(given_name="Bench")).id
        c = conv.start_or_resume(pid)
        goal = conv.save_goal(pid, c.id, None, text="Walk")
        figures = {
            "text_save": timed(lambda i: conv.save_text(c.id, "what_matters", "x" * (i + 1)), n),
            "need_save": timed(lambda i: conv.set_need(pid, c.id, "money", 1 + i % 3, f"w{i}"), n),
            "goal_save": timed(
                lambda i: conv.save_goal(pid, c.id, goal.id, text=f"Walk {i}", why="air"), n
            ),
            "answer_save": timed(lambda i: conv.answer(c, "ONS4", i % 4, i % 11), n),
        }
        ws.close()
    for name, (median, p95) in figures.items():
        print(f"{name}_median_ms {median:.2f}  {name}_p95_ms {p95:.2f}")


if __name__ == "__main__":
    main()
