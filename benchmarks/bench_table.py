"""The results table of docs/benchmarks.md from `linkdesk bench --sizes ... --json` output.

    python benchmarks/bench_table.py run-2k.json run-20k.json run-50k.json > table.md

Each file holds one object or a list of them (one per size); the columns are the sizes in the
order given, each headed with its people and the load average while it ran (a shared 2-core
machine: 2.0 is full). A figure a run did not produce shows as "–".
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

# (key, what it is, the target at 50,000 people: text shown, and a test on the figure)
ROWS: list[tuple[str, str, str, Any]] = [
    ("start_to_unlock_ms", "start to unlock screen, ms", "< 500", lambda v: v < 500),
    ("unlock_ms", "unlock (median of 5), ms", "–", None),
    ("kdf_ms", "the key derivation alone, ms", "(the limit)", None),
    ("unlock_kdf_ratio", "unlock ÷ key derivation", "≤ 1.3", lambda v: v <= 1.3),
    ("caseload_keystroke_p95_ms", "caseload keystroke p95, ms", "< 30", lambda v: v < 30),
    (
        "caseload_keystroke_worst_prefix_p95_ms",
        "caseload: worst prefix kind's p95, ms",
        "< 30",
        lambda v: v < 30,
    ),
    ("caseload_raw_p95_ms", "tightest raw caseload query p95, ms", "(the limit)", None),
    ("person_view_ms", "person view built and painted (p95), ms", "< 50", lambda v: v < 50),
    ("conversation_view_ms", "conversation view painted (p95), ms", "–", None),
    ("directory_search_p95_ms", "directory p95 at 200 results, ms", "< 20", lambda v: v < 20),
    ("directory_raw_p95_ms", "tightest raw directory query p95, ms", "(the limit)", None),
    ("plan_pdf_median_ms", "plan PDF median, ms", "< 150", lambda v: v < 150),
    (
        "plan_pdf_worst_median_ms",
        "plan: worst language/script median, ms",
        "< 150",
        lambda v: v < 150,
    ),
    ("backup_s", "backup (median), s", "< 5", lambda v: v < 5),
    ("backup_limit_s", "copy + fsync + verify, s", "(the limit)", None),
    ("backup_limit_ratio", "backup ÷ copy+fsync+verify", "≤ 3", lambda v: v <= 3),
    ("erase_one_s", "erase one person, s", "< 2", lambda v: v < 2),
    ("merge_2000_s", "merge a 2,000-person bundle, s", "< 5", lambda v: v < 5),
    ("gui_peak_rss_mb", "GUI peak RSS, MB", "< 300", lambda v: v < 300),
    ("ui_stall_max_ms", "longest UI stall, ms", "≤ 100", lambda v: v <= 100),
    ("warm_ratio_max", "encrypted ÷ plain, warm (worst)", "≤ 1.3", lambda v: v <= 1.3),
    ("cold_ratio_max", "encrypted ÷ plain, cold (worst)", "≤ 2", lambda v: v <= 2),
    ("today_ms", "Today view (median), ms", "–", None),
    ("timeline_ms", "person timeline p95, ms", "–", None),
    ("caseload_sort_max_ms", "caseload: slowest sort, ms", "–", None),
]
STALLS = [
    "one_letter_search",
    "search_typing",
    "open_person",
    "open_conversation",
    "open_plan_preview",
    "open_reports",
    "directory",
    "typing_during_report",
    "backup",
    "typing_during_import",
]


def load(paths: list[str]) -> list[dict[str, Any]]:
    runs: list[dict[str, Any]] = []
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        runs.extend(data if isinstance(data, list) else [data])
    return runs


def _cell(value: Any) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}" if abs(value) < 10 else f"{value:,.0f}"
    return str(value)


def table(runs: list[dict[str, Any]]) -> str:
    def title(r: dict[str, Any]) -> str:
        start, end = r.get("load_average_start", "?"), r.get("load_average_end", "?")
        return f"{r['people']:,} (load {start}–{end})"

    head = ["Figure", "Target (50k)"] + [title(r) for r in runs]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, label, target, test in ROWS:
        cells = []
        for run in runs:
            value = run.get(key)
            mark = ""
            if test is not None and isinstance(value, (int, float)) and run["people"] >= 50_000:
                mark = " ✓" if test(value) else " ✗"
            cells.append(_cell(value) + mark)
        lines.append(f"| {label} (`{key}`) | {target} | " + " | ".join(cells) + " |")
    for name in STALLS:
        key = f"ui_stall_{name}_max_ms"
        cells = [_cell(run.get(key)) for run in runs]
        lines.append(
            f"| UI stall: {name.replace('_', ' ')}, ms | ≤ 100 | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    print(table(load(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
