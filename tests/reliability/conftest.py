from __future__ import annotations

import os

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Long variants (marked slow) run only when asked: -m slow or LINKDESK_SLOW_TESTS=1."""
    if "slow" in (config.getoption("-m") or "") or os.environ.get("LINKDESK_SLOW_TESTS"):
        return
    skip = pytest.mark.skip(reason="long variant: run with -m slow (benchmarks/run_bench.py)")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
