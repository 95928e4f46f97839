"""Child process for the kill test: types into a real conversation window (offscreen) with
the real autosave debounce, printing ``SAVED <n>`` after each autosave completes.

    python conversation_kill_child.py WORKSPACE PASSPHRASE PERSON_ID
"""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from linkdesk.services.app_services import AppServices  # noqa: E402
from linkdesk.ui.conversation import open_conversation  # noqa: E402
from linkdesk.ui.ops import Operations  # noqa: E402


def chunk(n: int) -> str:
    return f"part{n} "


def main() -> None:
    path, passphrase, person_id = sys.argv[1:4]
    app = QApplication([])
    services = AppServices.open(path, passphrase)
    window = open_conversation(None, services, person_id, ops=Operations())
    window.go(1)  # what matters
    words = window.current_page.words
    window.go(3)  # goals
    goal = window.current_page.text
    window.go(1)
    state = {"n": 0, "typed": False}

    def type_next() -> None:
        n = state["n"]
        # Alternate between two steps so step changes and two tables are exercised.
        if n % 2 == 0:
            window.go(1)
            QTest.keyClicks(words, chunk(n))
        else:
            window.go(3)
            QTest.keyClicks(goal, chunk(n))
        state["typed"] = True  # the debounce timer now runs; its save prints the marker

    def saved() -> None:
        if not state["typed"] or window.saver.has_pending:
            return  # a step change saved, not the typed chunk yet
        state["typed"] = False
        print(f"SAVED {state['n']}", flush=True)
        state["n"] += 1
        QTimer.singleShot(0, type_next)

    window.saver.saved.connect(saved)
    QTimer.singleShot(0, type_next)
    app.exec()


if __name__ == "__main__":
    main()
