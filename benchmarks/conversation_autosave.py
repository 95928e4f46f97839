"""Autosave figures: what one save costs on the UI thread, and how long typing stays unsaved.

    python benchmarks/conversation_autosave.py [--saves N] [--typing] [--kills N] [--json]

- Save cost: median and p95 milliseconds for a text save, a need, a goal update and an answer
  (encrypted workspace, synchronous=FULL).
- ``--typing``: the real conversation window (offscreen) typed into key by key at human speed
  (tests/reliability/conversation_kill_child.py: a steady typist, a worker taking notes with
  pauses, a slow typist) through every kind of field, and the **worst typed-but-unsaved
  window**: the longest any key stayed on screen before a save that held it was committed.
  The same with the maximum wait switched off (each key restarting the debounce, as before
  issue 17) for comparison.
- ``--kills N``: N runs killed with SIGKILL after a random key: how many broke the promise
  (text shown as Saved missing afterwards: must be 0), and what was lost at the kill
  (characters on screen not in the workspace, and how long the oldest of them had waited).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.reliability: the typing child and its parent side

from linkdesk.domain.models import Person  # noqa: E402
from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.store.workspace import Workspace  # noqa: E402


def timed(fn: Callable[[int], object], n: int) -> tuple[float, float]:
    samples = []
    for i in range(n):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def save_costs(n: int) -> dict[str, float]:
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
            "draft_save": timed(
                lambda i: conv.drafts.save(c.id, {"booking.venue": f"the library {i}"}), n
            ),
            "answer_save": timed(lambda i: conv.answer(c, "ONS4", i % 4, i % 11), n),
        }
        ws.close()
    out: dict[str, float] = {}
    for name, (median, p95) in figures.items():
        out[f"{name}_median_ms"] = round(median, 2)
        out[f"{name}_p95_ms"] = round(p95, 2)
    return out


def typing_windows() -> dict[str, float]:
    from tests.reliability.conversation_kill_child import PROFILES
    from tests.reliability.typing_run import run_child

    out: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in PROFILES:
            for label, no_max_wait in (("", False), ("_no_max_wait", True)):
                if no_max_wait:
                    os.environ["LINKDESK_BENCH_NO_MAX_WAIT"] = "1"
                try:
                    folder = Path(tmp) / f"{name}{label}"
                    folder.mkdir()
                    run = run_child(folder, 1, kill_after_keys=None, profile=name)
                finally:
                    os.environ.pop("LINKDESK_BENCH_NO_MAX_WAIT", None)
                gaps = [b.at - a.at for a, b in zip(run.keys, run.keys[1:], strict=False)]
                out[f"typing_{name}{label}_worst_unsaved_s"] = round(run.worst_unsaved_window(), 2)
                if not label:
                    out[f"typing_{name}_keys"] = len(run.keys)
                    out[f"typing_{name}_median_key_gap_ms"] = round(
                        statistics.median(gaps) * 1000, 0
                    )
                    out[f"typing_{name}_saves"] = len(run.saves)
    return out


def kills(n: int) -> dict[str, float]:
    from tests.reliability.typing_run import TOTAL_KEYS, run_child

    broken = 0
    lost: list[int] = []
    waited: list[float] = []
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(n):
            folder = Path(tmp) / str(i)
            folder.mkdir()
            profile = ("steady", "human", "slow")[i % 3]
            run = run_child(
                folder, 1000 + i, kill_after_keys=rng.randint(3, TOTAL_KEYS - 1), profile=profile
            )
            broken += bool(run.broken_promises()) or not run.integrity_ok
            chars, seconds = run.unsaved_at_kill()
            lost.append(chars)
            waited.append(seconds)
            print(f"kill {i + 1}/{n}: lost {chars} chars, {seconds:.2f} s", file=sys.stderr)
    return {
        "kills": n,
        "kills_broken_promises": broken,
        "kill_lost_chars_median": statistics.median(lost),
        "kill_lost_chars_max": max(lost),
        "kill_unsaved_s_max": round(max(waited), 2),
        "kill_unsaved_s_median": round(statistics.median(waited), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--typing", action="store_true")
    parser.add_argument("--kills", type=int, default=0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures: dict[str, float] = save_costs(args.saves)
    if args.typing:
        figures |= typing_windows()
    if args.kills:
        figures |= kills(args.kills)
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:<44} {value}")


if __name__ == "__main__":
    main()
