"""Every keyboard shortcut LinkDesk has, in one table: Help › Keyboard shortcuts (F1) shows
it, docs/keyboard.md lists it, and a test checks the windows really answer to the keys."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as QKeySequence reads them ("Ctrl+Shift+C"), or words ("Alt+1 to Alt+8")
    action: str
    where: str


def _tr(text: str) -> str:
    return QCoreApplication.translate("shortcuts", text)


EVERYWHERE = "Every window"
MAIN = "Main window"
CASELOAD = "Caseload and person"
CONVERSATION = "Conversation"
FIELDS = "Forms and lists"

START_CONVERSATION = "Ctrl+Shift+C"
HELP = "F1"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(HELP, "Keyboard shortcuts (this list)", EVERYWHERE),
    Shortcut("Ctrl+L", "Lock LinkDesk now (unlocking returns you to where you were)", EVERYWHERE),
    Shortcut("Tab, Shift+Tab", "Move to the next or previous control", EVERYWHERE),
    Shortcut("Enter", "Press the focused button", EVERYWHERE),
    Shortcut("Alt+underlined letter", "Go to that field or press that button", EVERYWHERE),
    Shortcut("Ctrl+N", "Add a person", MAIN),
    Shortcut("Ctrl+F", "Find a person", MAIN),
    Shortcut("Ctrl+1 to Ctrl+4", "Caseload, Directory, Reports, Settings", MAIN),
    Shortcut("Ctrl+Shift+B", "Back up the workspace", MAIN),
    Shortcut("Ctrl+Q", "Quit", MAIN),
    Shortcut("Down", "From the search box into the list of people", CASELOAD),
    Shortcut("Enter", "Open the person chosen in the list", CASELOAD),
    Shortcut(
        START_CONVERSATION,
        "Start a conversation with the person shown or chosen, or carry on the unfinished one "
        "where it stopped",
        CASELOAD,
    ),
    Shortcut("Esc", "From a person back to the caseload", CASELOAD),
    Shortcut("Alt+1 to Alt+8", "Go to that step", CONVERSATION),
    Shortcut("Ctrl+Page Down, Ctrl+Page Up", "Next step, previous step", CONVERSATION),
    Shortcut("F11 or Ctrl+Shift+P", "Show the person their plan (and back)", CONVERSATION),
    Shortcut("Ctrl+Shift+N", "Show or hide the worker-only notes", CONVERSATION),
    Shortcut("0 to 3", "How much a life area matters (or Left and Right)", CONVERSATION),
    Shortcut("0 to 9, T", "Answer a wellbeing question (T for 10)", CONVERSATION),
    Shortcut("Ctrl+S", "Save now (everything is saved as you type anyway)", CONVERSATION),
    Shortcut("Ctrl+P", "Print the plan (in the plan preview)", FIELDS),
    Shortcut("F2", "Edit the chosen line (urgent help lines in Settings)", FIELDS),
)


def translated(shortcut: Shortcut) -> Shortcut:
    return Shortcut(shortcut.keys, _tr(shortcut.action), _tr(shortcut.where))
