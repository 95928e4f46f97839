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
