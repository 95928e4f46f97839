"""support/collector.py: the cyclic collector paused around bounded background work, and the
long-lived objects frozen out of its walks after unlocking (issue 15's UI stalls)."""

from __future__ import annotations

import gc
import threading

import pytest

from linkdesk.support import collector


def test_paused_nests_and_restores_even_on_errors() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer block still runs
        with pytest.raises(ValueError, match="inside"), collector.paused():
            raise ValueError("inside")
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_from_two_threads_enables_after_the_last() -> None:
    inside, leave = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            inside.set()
            leave.wait(10)

    thread = threading.Thread(target=other)
    thread.start()
    assert inside.wait(10)
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()  # the other thread's block still runs
    leave.set()
    thread.join(10)
    assert gc.isenabled()


def test_paused_leaves_a_disabled_collector_disabled() -> None:
    gc.disable()
    try:
        with collector.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_freeze_and_thaw() -> None:
    kept = [object()]  # something alive now
    collector.freeze_long_lived()
    try:
        assert gc.get_freeze_count() > 0
    finally:
        collector.thaw()
    assert gc.get_freeze_count() == 0
    assert kept
