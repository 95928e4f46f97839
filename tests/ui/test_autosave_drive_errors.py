"""A drive problem during autosave (full, busy, unplugged) keeps the edit and says why."""

from __future__ import annotations

from pathlib import Path

from linkdesk.domain.errors import DiskFullError, FileBusyError
from linkdesk.ui.conversation.autosave import Autosaver


def test_a_typed_drive_error_keeps_the_save_for_later(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = Autosaver()
    failures = [DiskFullError.at(Path("ws.linkdesk")), FileBusyError.at(Path("ws.linkdesk"))]
    calls: list[int] = []

    def save() -> None:
        calls.append(1)
        if failures:
            raise failures.pop(0)

    saver.schedule(1, save)
    with qtbot.waitSignal(saver.failed) as said:
        assert not saver.flush()
    assert "is full: free some space" in said.args[0]
    assert saver.has_pending  # kept, not dropped as if it were bad input
    with qtbot.waitSignal(saver.failed) as said:
        assert not saver.flush()
    assert "Another program" in said.args[0]
    assert saver.flush()
    assert len(calls) == 3
    assert not saver.has_pending
