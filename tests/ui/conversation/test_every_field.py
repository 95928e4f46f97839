"""Every editable widget of every step, found by walking the widget tree (not a list kept by
hand), is changed as a person would change it, and the change is proved to be in the
workspace — read on a second connection, so only what is committed counts — with no focus
change and no button press after it. A widget that is not part of the record must say so
(``autosave.not_record_data``), and the walker fails on any editable widget it cannot reach.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QWidget,
)

from linkdesk.domain.dates import DateRule
from linkdesk.services.app_services import AppServices
from linkdesk.store.schema import PERSON_TABLES
from linkdesk.ui.conversation.autosave import NOT_RECORD_DATA
from linkdesk.ui.conversation.step_areas import ImportancePicker
from linkdesk.ui.conversation.window import ConversationWindow
from linkdesk.ui.widgets.date_field import DateField
from tests.ui.conversation.test_follow_up import _first_conversation

CTRL = Qt.KeyboardModifier.ControlModifier
_TIMESTAMPS = {"created_at", "updated_at"}


def committed(reader: Any) -> dict[str, set[tuple[Any, ...]]]:
    """Every row about people as committed (read on a second connection), less timestamps."""
    dump: dict[str, set[tuple[Any, ...]]] = {}
    for table in PERSON_TABLES:
        cursor = reader.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        dump[table] = {
            tuple(v for n, v in zip(names, row, strict=True) if n not in _TIMESTAMPS)
            for row in cursor.fetchall()
        }
    return dump


def editable(root: QWidget) -> list[QWidget]:
    """Widgets whose value a person can change, in the tree under ``root``."""
    found: list[QWidget] = []
    for w in root.findChildren(QWidget):
        if isinstance(w.parent(), QComboBox | QAbstractSpinBox):
            continue  # the line edit inside a combo or spin box: the box is the field
        if (
            (isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit) and not w.isReadOnly())
            or isinstance(w, QComboBox | QAbstractSpinBox | ImportancePicker)
            or (isinstance(w, QAbstractSlider) and not isinstance(w, QScrollBar))
            or (isinstance(w, QAbstractButton) and w.isCheckable())
        ):
            found.append(w)
    return found


def describe(w: QWidget) -> str:
    return f"{type(w).__name__} '{w.accessibleName()}'"


class Walker:
    def __init__(self, qtbot: Any, window: ConversationWindow, services: AppServices) -> None:
        self.qtbot, self.window, self.services = qtbot, window, services
        self.done: set[int] = set()
        self.kept: list[QWidget] = []  # keeps every id in ``done`` from being reused
        self.proved: list[str] = []
        self.exempt: list[str] = []
        self.counter = itertools.count(1)
        self.reader = services._workspace.open_reader()  # sees only what is committed

    def reachable(self, root: QWidget) -> Iterator[QWidget]:
        for w in editable(root):
            if id(w) in self.done or not w.isVisible():
                continue
            if w.property(NOT_RECORD_DATA):
                self.done.add(id(w))
                self.kept.append(w)
                self.exempt.append(f"{describe(w)}: {w.property(NOT_RECORD_DATA)}")
                continue
            yield w

    def walk(self, root: QWidget) -> None:
        """Change every reachable editable widget under ``root`` until none is left (new ones
        appear as others are used: the next wellbeing question, a connection's editor)."""
        while True:
            QApplication.processEvents()  # widgets a change made are shown by the event loop
            left = list(self.reachable(root))
            changeable = [w for w in left if self._changeable(w)]
            if not changeable:
                assert not left, f"cannot change: {[describe(w) for w in left]}"
                return
            self.change(changeable[0])

    @staticmethod
    def _changeable(w: QWidget) -> bool:
        if not w.isEnabled():
            return False
        # A choice button already chosen changes nothing when pressed: it is used after
        # another one is chosen (a check box toggles, so it is always changeable).
        return not (
            isinstance(w, QAbstractButton) and w.isChecked() and not isinstance(w, QCheckBox)
        )

    def change(self, w: QWidget) -> None:
        qtbot, n = self.qtbot, next(self.counter)
        before = committed(self.reader)
        canary, stored = "", ""
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            w.setFocus()
            field = w.parent()
            if isinstance(field, DateField):  # a date the field's rule accepts, typed over
                later = timedelta(days=40 + n)
                today = self.services.clock.today()
                day = (
                    today - later
                    if field.rule in (DateRule.PAST, DateRule.BIRTH)
                    else today + later
                )
                qtbot.keyClick(w, Qt.Key.Key_A, CTRL)
                canary, stored = day.strftime("%d/%m/%Y"), day.isoformat()
            else:
                qtbot.keyClick(w, Qt.Key.Key_End, CTRL)
                canary = f" Zq{n}x"
            qtbot.keyClicks(w, canary)
        elif isinstance(w, QComboBox):
            w.setFocus()
            last = w.currentIndex() == w.count() - 1
            qtbot.keyClick(w, Qt.Key.Key_Up if last else Qt.Key.Key_Down)
        elif isinstance(w, QAbstractSpinBox | QAbstractSlider):
            w.setFocus()
            qtbot.keyClick(w, Qt.Key.Key_Up)
        elif isinstance(w, ImportancePicker):  # its keys go to the chosen answer's button
            chosen = w.buttons[w.value]
            chosen.setFocus()
            qtbot.keyClick(chosen, Qt.Key.Key_2 if w.value != 2 else Qt.Key.Key_3)
        elif isinstance(w, QCheckBox):
            w.setFocus()
            qtbot.keyClick(w, Qt.Key.Key_Space)
        else:
            assert isinstance(w, QAbstractButton)
            qtbot.mouseClick(w, Qt.MouseButton.LeftButton)
        self.done.add(id(w))
        self.kept.append(w)
        # No Tab, no Enter, no button: the autosave alone must commit the change.
        qtbot.waitUntil(lambda: self.window.saver.is_clean, timeout=5000)
        after = committed(self.reader)
        assert after != before, f"{describe(w)}: the change did not reach the workspace"
        if canary:
            flat = repr(sorted(map(repr, set().union(*after.values()))))
            found = canary.strip() in flat or (stored and stored in flat)
            assert found, f"{describe(w)}: {canary!r} not in the workspace"
        self.proved.append(describe(w))


def test_every_field_of_every_step_reaches_the_workspace(
    qtbot, services: AppServices, person_id: str, with_directory: None, open_window
) -> None:
    _first_conversation(services, person_id)  # a follow-up shows every widget there is
    window = open_window()
    walker = Walker(qtbot, window, services)
    walker.walk(window.notes)
    for index, cls in enumerate(window.step_classes):
        window.go(index)
        page = window.current_page
        if cls.key == "goals":  # an earlier goal chosen: its "How is it going?" shows too
            page.list.setFocus()
            qtbot.keyClick(page.list, Qt.Key.Key_Down)
            assert page.review.isVisible()
        if cls.key == "connections":  # the earlier connection chosen: its editor enables
            page.agreed.setFocus()
            qtbot.keyClick(page.agreed, Qt.Key.Key_Down)
            assert page.editor.isEnabled()
        if cls.key == "wellbeing":
            qtbot.mouseClick(page.start, Qt.MouseButton.LeftButton)
        walker.walk(page)
    window.toggle_person_view()
    assert window.person_view is not None
    walker.walk(window.person_view)  # nothing to change there: it only shows
    window.toggle_person_view()
    walker.reader.close()

    proved = "\n".join(walker.proved)
    for name in (
        "Where we are meeting",
        "Date consent was given",
        "How consent was given",
        "Keep notes about me",
        "in their own words",
        "in their words",  # the life areas' words
        "how much it matters",
        "Goal, in their words",
        "Why it matters",
        "First small step",
        "Target date",
        "Progress note",
        "Connection not in the directory",
        "I will",
        "My link worker will",
        "By when",
        "Which goal it helps with",
        "Connection status",
        "Follow-up date",
        "Kind of follow-up",
        "Follow-up venue",
        "Worker notes",
        "Safeguarding concern",
        "Safeguarding note",
    ):
        assert name.lower() in proved.lower(), f"{name} was never changed"
    assert walker.exempt == [
        "QLineEdit 'Find a service': a search of the directory, not part of the record"
    ]
    assert len(walker.proved) > 80  # twelve areas x (4 choices + words + keys), and the rest
