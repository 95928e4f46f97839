"""Child process for the conversation crash tests: the real conversation window (offscreen,
the real autosave timers) typed into at human speed, key by key, by timers on its own event
loop, until it is killed or the script ends.

    python conversation_kill_child.py WORKSPACE PASSPHRASE PERSON_ID SEED [PROFILE [START]]

PROFILE is one of :data:`PROFILES` (default ``human``); START is the name of the field of
:data:`SCRIPT` to begin with (default: the first). The child writes one line per event to
stdout, flushed at once, so the parent knows what was on screen before the kill:

- ``K <t> <json>``: a key was typed: ``[field, text on screen in that field now]``;
- ``S <t> <json>``: the save indicator now says "Saved"; the JSON maps every field typed
  into so far to the text on screen at that moment (so all of it must be in the workspace);
- ``D <t>``: the whole script was typed.

``t`` is ``time.monotonic()`` (one clock for every process on the machine). With
``LINKDESK_BENCH_NO_MAX_WAIT=1`` the autosave has no maximum wait (the behaviour before
issue 17), for the benchmark's comparison.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget  # noqa: E402

from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.ui.conversation import open_conversation  # noqa: E402
from linkdesk.ui.conversation.autosave import Autosaver, SaveState  # noqa: E402
from linkdesk.ui.conversation.window import ConversationWindow  # noqa: E402
from linkdesk.ui.ops import Operations  # noqa: E402
from linkdesk.ui.widgets.date_field import DateField

Window = ConversationWindow
Editable = QLineEdit | QPlainTextEdit


@dataclass(frozen=True)
class Field:
    name: str
    step: int | None  # the step to show first (None: the worker-only panel, always there)
    widget: Callable[[Window], Editable]
    text: str
    replace: bool = False  # select what the field holds first (a prefilled date)


def _page(window: Window, attribute: str) -> Editable:
    widget = getattr(window.current_page, attribute)
    if isinstance(widget, DateField):
        widget = widget.edit  # the line a date is typed into
    assert isinstance(widget, QLineEdit | QPlainTextEdit)
    return widget


def _area_words(window: Window) -> Editable:
    words = window.current_page.words  # type: ignore[attr-defined]
    widget = words["loneliness"]
    assert isinstance(widget, QLineEdit)
    return widget


# Every kind of field: conversation text, a date kept as typed, a need's words, a goal made
# as it is typed and its other fields, a free-text connection, the worker's notes and the
# next meeting's draft. The second is the 76-character sentence.
SCRIPT = (
    Field("venue", 0, lambda w: _page(w, "venue"), "Hillside Library, back room"),
    Field(
        "what_matters",
        1,
        lambda w: _page(w, "words"),
        "Getting out of the house more, and seeing my grandchildren at the weekends.",
    ),
    Field("consent_on", 0, lambda w: _page(w, "on"), "02/03/2026", replace=True),
    Field("area_words", 2, _area_words, "the days are long"),
    Field("goal_text", 3, lambda w: _page(w, "text"), "Walk to the shops on my own"),
    Field("goal_why", 3, lambda w: _page(w, "why"), "so I do not wait for my son"),
    Field("connection", 4, lambda w: _page(w, "free_text"), "Tuesday lunch club at St Mark's"),
    Field("notes", None, lambda w: w.notes.notes, "Lives alone since March; son visits Sundays"),
    Field("finish_venue", 7, lambda w: _page(w, "venue"), " - or the cafe by the door"),
)


@dataclass(frozen=True)
class Profile:
    """Milliseconds between keys: a log-normal spread around ``median`` (clipped), a pause
    after a space now and then, and a longer one between fields."""

    median: float
    spread: float
    word_pause: tuple[float, float, float]  # chance, shortest, longest
    field_pause: tuple[float, float]


PROFILES = {
    # A practised typist: steady, rarely pausing (the sentence: 76 keys in 6.5 s).
    "steady": Profile(85, 0.15, (0.0, 0, 0), (700, 1200)),
    # A link worker taking notes while listening: about 50 words a minute, with pauses.
    "human": Profile(170, 0.45, (0.15, 300, 1400), (900, 2500)),
    # Two fingers.
    "slow": Profile(380, 0.5, (0.25, 500, 2500), (1500, 3500)),
}


def main() -> None:
    path, passphrase, person_id, seed = sys.argv[1:5]
    profile = PROFILES[sys.argv[5] if len(sys.argv) > 5 else "human"]
    start = [f.name for f in SCRIPT].index(sys.argv[6]) if len(sys.argv) > 6 else 0
    rng = random.Random(int(seed))
    if os.environ.get("LINKDESK_BENCH_NO_MAX_WAIT"):  # each key restarts the debounce only
        defaults = Autosaver.__init__.__defaults__
        assert defaults is not None
        Autosaver.__init__.__defaults__ = (defaults[0], defaults[1], None, *defaults[3:])
    app = QApplication([])
    services = AppServices.open(path, passphrase)
    window = open_conversation(None, services, person_id, ops=Operations())
    typed: dict[str, Editable] = {}

    def emit(line: str) -> None:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    def text_of(widget: Editable) -> str:
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()

    def state(new: SaveState) -> None:
        if new == SaveState.SAVED and window.saved.text() == "Saved":
            shown = {name: text_of(w) for name, w in typed.items()}
            emit(f"S {time.monotonic():.4f} {json.dumps(shown, ensure_ascii=False)}")

    window.saver.state_changed.connect(state)
    position = {"field": start, "char": 0}

    def delay() -> int:
        ms = rng.lognormvariate(0, profile.spread) * profile.median
        return int(min(max(ms, 30), profile.median * 4))

    def next_field() -> None:
        index = position["field"]
        if index == len(SCRIPT):
            emit(f"D {time.monotonic():.4f}")
            return
        field = SCRIPT[index]
        if field.step is not None and window.current != field.step:
            window.go(field.step)
        widget = field.widget(window)
        widget.setFocus()
        if field.replace:
            widget.selectAll()
        else:
            end = widget.textCursor() if isinstance(widget, QPlainTextEdit) else None
            if end is not None:
                end.movePosition(end.MoveOperation.End)
                widget.setTextCursor(end)
            else:
                assert isinstance(widget, QLineEdit)
                widget.end(False)
        typed[field.name] = widget
        position["char"] = 0
        QTimer.singleShot(delay(), key)

    def key() -> None:
        field = SCRIPT[position["field"]]
        widget = typed[field.name]
        char = field.text[position["char"]]
        QTest.keyClick(widget, char)
        position["char"] += 1
        now = json.dumps([field.name, text_of(widget)], ensure_ascii=False)
        emit(f"K {time.monotonic():.4f} {now}")
        if position["char"] < len(field.text):
            wait = delay()
            chance, shortest, longest = profile.word_pause
            if char == " " and rng.random() < chance:
                wait += int(rng.uniform(shortest, longest))
            QTimer.singleShot(wait, key)
        else:
            position["field"] += 1
            QTimer.singleShot(int(rng.uniform(*profile.field_pause)), next_field)

    QTimer.singleShot(0, next_field)
    _keep: list[QWidget] = [window]  # the window lives as long as the event loop
    app.exec()
    del _keep


if __name__ == "__main__":
    main()
