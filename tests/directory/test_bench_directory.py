"""The directory figures of `linkdesk bench` are produced (values are not asserted: no
timed assertions; docs/benchmarks.md has the measured numbers)."""

from __future__ import annotations

from linkdesk.services.bench_directory import measure


def test_directory_figures_are_measured_in_child_processes() -> None:
    figures = measure(services=40, rows=300)
    assert set(figures) == {
        "directory_import_40_s",
        "directory_import_40_cpu_s",
        "directory_import_40_peak_mb",
        "directory_csv_300_mb",
        "directory_csv_300_s",
        "directory_csv_300_cpu_s",
        "directory_csv_300_peak_mb",
    }
    assert all(value > 0 for value in figures.values())
