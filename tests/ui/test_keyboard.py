"""Keyboard alone: Enter presses the focused button, Ctrl+Shift+C starts or resumes a
conversation, F1 shows every shortcut, and the listed shortcuts are real."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from linkdesk.ui.conversation.window import ConversationWindow
from linkdesk.ui.directory_page import DirectoryPage
from linkdesk.ui.help_dialog import ShortcutsDialog
from linkdesk.ui.main_window import CASELOAD, DIRECTORY
from linkdesk.ui.shortcuts import SHORTCUTS
from tests.ui.screens import _activate, open_app


def conversations(window) -> list[ConversationWindow]:  # type: ignore[no-untyped-def]
    return [w for w in window.findChildren(ConversationWindow) if w.isVisible()]


def test_enter_on_the_focused_start_conversation_button_starts_it(
    qtbot, workspace_path: Path
) -> None:
    controller, ctx = open_app(qtbot, workspace_path)
    _activate(qtbot, ctx.window)
    ctx.window.show_person(ctx.person_id)
    view = ctx.window.person_view
    assert view is not None
    view.conversation_button.setFocus()
    assert QApplication.focusWidget() is view.conversation_button
    qtbot.keyClick(view.conversation_button, Qt.Key.Key_Return)
    (window,) = conversations(ctx.window)
    assert window.person_id == ctx.person_id
    window.close()
    controller.shutdown()


def test_ctrl_shift_c_starts_a_conversation_from_the_caseload_and_resumes_it(
    qtbot, workspace_path: Path
) -> None:
    controller, ctx = open_app(qtbot, workspace_path)
    _activate(qtbot, ctx.window)
    caseload = ctx.window.caseload
    qtbot.keyClicks(caseload.search, "lukasz")
    caseload.refresh()
    qtbot.keyClick(caseload.search, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    (window,) = conversations(ctx.window)
    assert window.person_id == ctx.bare_person_id
    window.go(3)  # goals
    window.close()
    _activate(qtbot, ctx.window)
    qtbot.keyClick(ctx.window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    (again,) = conversations(ctx.window)
    assert again.ctx.conversation.id == window.ctx.conversation.id  # resumed, not new
    assert again.current == 3  # at the step where it stopped
    again.close()
    controller.shutdown()


def test_f1_lists_the_shortcuts_from_any_window(qtbot, workspace_path: Path) -> None:
    controller, ctx = open_app(qtbot, workspace_path)
    _activate(qtbot, ctx.window)
    ctx.window.show_person(ctx.person_id)
    ctx.window.start_conversation()
    (window,) = conversations(ctx.window)
    _activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [w for w in window.findChildren(ShortcutsDialog) if w.isVisible()]
    assert len(dialogs) == 1  # over the conversation, not behind it
    table = dialogs[0].table
    keys = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Ctrl+Shift+C" in keys
    assert "F1" in keys
    dialogs[0].close()
    window.close()
    controller.shutdown()


def test_listed_shortcuts_are_real_key_sequences() -> None:
    """Every single-chord entry parses as a key sequence (so the list cannot drift to
    spellings Qt would not accept)."""
    for shortcut in SHORTCUTS:
        if "," in shortcut.keys or " " in shortcut.keys or shortcut.keys[0].isdigit():
            continue
        assert not QKeySequence(shortcut.keys).isEmpty(), shortcut.keys
        assert QKeySequence(shortcut.keys).toString() == shortcut.keys


def test_enter_presses_whichever_button_has_the_focus_as_it_moves(qtbot) -> None:
    """The Enter helper follows the focus (it is not an application-wide filter): each
    button pressed by Enter while focused, a text box's Enter left alone, a disabled button
    not pressed, and buttons made after the helper was installed included."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

    from linkdesk.ui import keyboard

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    keyboard.install(app)  # as app.py does (once per application)
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    push, tool, edit, off = QPushButton("Push"), QToolButton(), QLineEdit(), QPushButton("Off")
    off.setEnabled(False)
    for widget in (push, tool, edit, off):
        layout.addWidget(widget)
    pressed: list[str] = []
    push.clicked.connect(lambda: pressed.append("push"))
    tool.clicked.connect(lambda: pressed.append("tool"))
    off.clicked.connect(lambda: pressed.append("off"))
    _activate(qtbot, window)

    push.setFocus()
    qtbot.waitUntil(push.hasFocus)
    qtbot.keyClick(push, Qt.Key.Key_Return)
    tool.setFocus()
    qtbot.waitUntil(tool.hasFocus)
    qtbot.keyClick(tool, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.keyClick(push, Qt.Key.Key_Return)  # not focused now: Enter there presses nothing
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(off, Qt.Key.Key_Return)
    assert pressed == ["push", "tool"]


def _claimed_keys(window) -> list[str]:  # type: ignore[no-untyped-def]
    """Every key sequence an enabled shortcut of ``window`` answers to as it is shown now:
    its actions' and the visible widgets' own (two claims of one key: Qt does nothing)."""
    keys = [
        key.toString()
        for action in window.actions()
        if action.isEnabled()
        for key in action.shortcuts()
        if not key.isEmpty()
    ]
    for shortcut in window.findChildren(QShortcut):
        owner = shortcut.parent()
        if shortcut.isEnabled() and isinstance(owner, QWidget) and owner.isVisible():
            claimed = shortcut.keys()  # QShortcut.keys(): its key sequences (not a dict)
            keys.extend(key.toString() for key in claimed if not key.isEmpty())
    return keys


def test_no_key_is_claimed_twice_on_any_page(qtbot, workspace_path: Path) -> None:
    controller, ctx = open_app(qtbot, workspace_path)
    _activate(qtbot, ctx.window)
    for index in range(ctx.window.nav.count()):
        ctx.window.go_to(index)
        keys = _claimed_keys(ctx.window)
        twice = sorted({key for key in keys if keys.count(key) > 1})
        assert twice == [], (index, twice)
    controller.shutdown()


def test_ctrl_f_and_ctrl_n_act_on_the_page_shown(qtbot, workspace_path: Path) -> None:
    controller, ctx = open_app(qtbot, workspace_path)
    window = ctx.window
    _activate(qtbot, window)
    window.go_to(DIRECTORY)
    directory = window.lazy_pages[DIRECTORY].page
    assert isinstance(directory, DirectoryPage)
    asked: list[str] = []
    directory.ask_service = lambda *args, **kwargs: (asked.append("service"), (None, False))[1]
    directory.results.setFocus()
    qtbot.keyClick(directory.results, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is directory.search  # the directory's own search
    qtbot.keyClick(directory.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["service"]  # add a service, not a person
    window.go_to(CASELOAD)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.caseload.search  # find a person again
    assert window.add_person_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    controller.shutdown()
