"""The support log keeps an exception's type and frames, never its message."""

from __future__ import annotations

import logging

import pytest

from linkdesk.support.log import exception_summary, log_unexpected


def _fail() -> None:
    raise ValueError("Łukasz Nowak lives at 1 Secret Street")


def test_summary_has_type_and_frames_but_not_the_message() -> None:
    with pytest.raises(ValueError, match="Nowak") as info:
        _fail()
    summary = exception_summary(info.value)
    assert summary.startswith("builtins.ValueError at test_support_log.py:")
    assert "in _fail" in summary
    assert "Nowak" not in summary
    assert "Secret" not in summary


def test_log_unexpected_writes_no_message_text(caplog: pytest.LogCaptureFixture) -> None:
    with pytest.raises(ValueError, match="Nowak") as info:
        _fail()
    with caplog.at_level(logging.ERROR, logger="linkdesk"):
        log_unexpected(info.value, "saving a goal")
    assert "saving a goal" in caplog.text
    assert "ValueError" in caplog.text
    assert "Nowak" not in caplog.text
