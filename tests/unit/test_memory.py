"""support/memory.py: glibc's arena cap and trim (a no-op on other C libraries)."""

from __future__ import annotations

import platform
import sys

import pytest

from linkdesk.support import memory

ON_GLIBC = sys.platform.startswith("linux") and platform.libc_ver()[0] == "glibc"


@pytest.mark.skipif(not ON_GLIBC, reason="glibc only")
def test_on_glibc_the_arena_cap_is_accepted_and_trim_runs() -> None:
    assert memory.limit_arenas(memory.ARENAS) is True
    big = [bytearray(64 * 1024) for _ in range(2000)]  # ~128 MB in small blocks, then freed
    del big[::2]
    assert isinstance(memory.release_free_memory(), bool)


def test_without_glibc_both_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_libc", None)
    monkeypatch.setattr(memory, "_looked", True)
    assert memory.limit_arenas() is False
    assert memory.release_free_memory() is False


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Linux carries ru_maxrss over exec"
)
def test_a_child_reports_its_own_peak_not_its_parents() -> None:
    """A bench's GUI child reported the bench's 557 MB as its own peak: Linux starts a child's
    ru_maxrss from its parent's. peak_rss_mb() must give the child's own."""
    import subprocess

    ballast = bytearray(300 * 2**20)
    ballast[::4096] = b"\x01" * len(range(0, len(ballast), 4096))  # touch every page
    code = "from linkdesk.support import memory; print(memory.peak_rss_mb())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(done.stdout) < 150  # the child's own (~20 MB), not the parent's 300+ MB
    assert memory.peak_rss_mb() >= 300  # and the parent's own peak includes its ballast
    del ballast
