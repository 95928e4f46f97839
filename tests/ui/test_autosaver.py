"""The autosaver's promise: a maximum wait while typing goes on, and a state that is the truth."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit

from linkdesk.domain.errors import DiskFullError, ValidationError
from linkdesk.ui.conversation.autosave import (
    DEBOUNCE_MS,
    MAX_WAIT_MS,
    Autosaver,
    SavedIndicator,
    SaveState,
)


def test_steady_typing_is_saved_before_it_stops(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Keys closer together than the debounce never let it fire: the maximum wait does."""
    edit = QLineEdit()
    qtbot.addWidget(edit)
    saver = Autosaver()
    saved: list[str] = []
    saver.watch(edit, saved.append)
    text = "a steady sentence typed without a single pause in it"
    typed: list[int] = []

    def key() -> None:
        edit.setText(text[: len(typed) + 1])
        typed.append(len(typed))
        if len(typed) == len(text):
            timer.stop()

    timer = QTimer()
    timer.setInterval(DEBOUNCE_MS // 4)  # about 8 keys a second: a quick, steady typist
    timer.timeout.connect(key)
    assert len(text) * timer.interval() > 2 * MAX_WAIT_MS
    # Saves made while keys were still coming, and how far the typing had gone by then.
    during: list[tuple[str, int]] = []
    saver.saved.connect(
        lambda: during.append((saved[-1], len(typed))) if timer.isActive() else None
    )
    timer.start()
    qtbot.waitUntil(lambda: not timer.isActive(), timeout=20_000)
    assert len(during) >= 2  # at least every MAX_WAIT_MS, not once at the end
    for words, keys_by_then in during:
        assert words == text[:keys_by_then]
    qtbot.waitUntil(lambda: saver.is_clean, timeout=5_000)
    assert saved[-1] == text


def test_the_state_tells_the_truth(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = Autosaver()
    indicator = SavedIndicator(saver)
    qtbot.addWidget(indicator)
    states: list[SaveState] = []
    saver.state_changed.connect(states.append)
    assert indicator.text() == "Saved"

    stored: list[str] = []
    saver.schedule("words", lambda: stored.append("hello"))
    assert saver.state == SaveState.SAVING
    assert indicator.text() == "Saving…"
    assert stored == []  # "Saving…" while nothing is committed
    assert saver.flush()
    assert stored == ["hello"]
    assert indicator.text() == "Saved"

    def refused() -> None:
        raise ValidationError("Type the date as day/month/year.", "date")

    saver.schedule("date", refused)
    assert not saver.flush()
    assert saver.state == SaveState.NOT_SAVED  # bad input is not saved: never "Saved"
    assert saver.held == {"date": "Type the date as day/month/year."}
    saver.schedule("other", lambda: stored.append("other"))
    assert saver.flush()  # that save worked…
    assert saver.state == SaveState.NOT_SAVED  # …but the date on screen is still not stored
    assert indicator.text() == "Not saved yet - see the note"  # another save does not hide it
    saver.schedule("date", lambda: stored.append("31/12/2026"))  # corrected
    assert saver.flush()
    assert saver.state == SaveState.SAVED
    assert indicator.text() == "Saved"
    assert states == [
        SaveState.SAVING,
        SaveState.SAVED,
        SaveState.SAVING,
        SaveState.NOT_SAVED,
        SaveState.SAVED,
    ]


def test_released_field_is_no_longer_held(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = Autosaver()

    def refused() -> None:
        raise ValidationError("A goal needs its words.", "text")

    saver.schedule("goal", refused)
    saver.flush()
    assert not saver.is_clean
    saver.release("goal")  # the form was cleared by the program: nothing unsaved is shown
    assert saver.is_clean


def test_a_drive_problem_is_retried_until_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = Autosaver(retry_ms=50)
    problems: list[str] = []
    saver.problem_changed.connect(problems.append)
    tries: list[int] = []

    def save() -> None:
        tries.append(1)
        if len(tries) < 3:
            raise DiskFullError.at(Path("ws.linkdesk"))

    saver.schedule("notes", save)
    assert not saver.flush()
    assert saver.state == SaveState.NOT_SAVED
    assert "is full" in problems[0]
    qtbot.waitUntil(lambda: saver.is_clean, timeout=5_000)  # retried by itself
    assert len(tries) == 3
    assert problems[-1] == ""


def test_a_choice_refused_is_not_shown_as_saved(qtbot) -> None:  # type: ignore[no-untyped-def]
    saver = Autosaver()

    def refused() -> None:
        raise ValidationError("That answer is out of range.", "answer")

    assert not saver.now(refused)
    assert saver.state == SaveState.NOT_SAVED
    assert saver.now(lambda: None)
    assert saver.state == SaveState.SAVED
