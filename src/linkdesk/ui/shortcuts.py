"""Every keyboard shortcut LinkDesk has, in one table: Help › Keyboard shortcuts (F1) shows
it, docs/keyboard.md lists it, and a test checks the windows really answer to the keys."""

from __future__ import annotations

from dataclasses import dataclass

from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Shortcut:
    keys: str  # as QKeySequence reads them ("Ctrl+Shift+C"), or words ("Alt+1 to Alt+8")
    action: str
    where: str


EVERYWHERE = QT_TRANSLATE_NOOP("shortcuts", "Every window")
MAIN = QT_TRANSLATE_NOOP("shortcuts", "Main window")
CASELOAD = QT_TRANSLATE_NOOP("shortcuts", "Caseload and person")
CONVERSATION = "Conversation"
FIELDS = QT_TRANSLATE_NOOP("shortcuts", "Forms and lists")

START_CONVERSATION = "Ctrl+Shift+C"
HELP = "F1"

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(HELP, QT_TRANSLATE_NOOP("shortcuts", "Keyboard shortcuts (this list)"), EVERYWHERE),
    Shortcut(
        "Ctrl+L",
        QT_TRANSLATE_NOOP(
            "shortcuts", "Lock LinkDesk now (unlocking returns you to where you were)"
        ),
        EVERYWHERE,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "Tab, Shift+Tab"),
        QT_TRANSLATE_NOOP("shortcuts", "Move to the next or previous control"),
        EVERYWHERE,
    ),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("shortcuts", "Press the focused button"),
        EVERYWHERE,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("shortcuts", "Go to that field or press that button"),
        EVERYWHERE,
    ),
    Shortcut(
        "Ctrl+N",
        QT_TRANSLATE_NOOP("shortcuts", "Add a person"),
        MAIN,
    ),
    Shortcut(
        "Ctrl+F",
        QT_TRANSLATE_NOOP("shortcuts", "Find a person"),
        MAIN,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "Ctrl+1 to Ctrl+4"),
        QT_TRANSLATE_NOOP("shortcuts", "Caseload, Directory, Reports, Settings"),
        MAIN,
    ),
    Shortcut(
        "Ctrl+Shift+B",
        QT_TRANSLATE_NOOP("shortcuts", "Back up the workspace"),
        MAIN,
    ),
    Shortcut("Ctrl+Q", "Quit", MAIN),
    Shortcut(
        "Down",
        QT_TRANSLATE_NOOP("shortcuts", "From the search box into the list of people"),
        CASELOAD,
    ),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("shortcuts", "Open the person chosen in the list"),
        CASELOAD,
    ),
    Shortcut(
        START_CONVERSATION,
        QT_TRANSLATE_NOOP(
            "shortcuts",
            "Start a conversation with the person shown or chosen, or carry on the unfinished "
            "one where it stopped",
        ),
        CASELOAD,
    ),
    Shortcut(
        "Esc",
        QT_TRANSLATE_NOOP("shortcuts", "From a person back to the caseload"),
        CASELOAD,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "Alt+1 to Alt+8"),
        QT_TRANSLATE_NOOP("shortcuts", "Go to that step"),
        CONVERSATION,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "Ctrl+Page Down, Ctrl+Page Up"),
        QT_TRANSLATE_NOOP("shortcuts", "Next step, previous step"),
        CONVERSATION,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "F11 or Ctrl+Shift+P"),
        QT_TRANSLATE_NOOP("shortcuts", "Show the person their plan (and back)"),
        CONVERSATION,
    ),
    Shortcut(
        "Ctrl+Shift+N",
        QT_TRANSLATE_NOOP("shortcuts", "Show or hide the worker-only notes"),
        CONVERSATION,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "0 to 3"),
        QT_TRANSLATE_NOOP("shortcuts", "How much a life area matters (or Left and Right)"),
        CONVERSATION,
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("shortcuts", "0 to 9, T"),
        QT_TRANSLATE_NOOP("shortcuts", "Answer a wellbeing question (T for 10)"),
        CONVERSATION,
    ),
    Shortcut(
        "Ctrl+S",
        QT_TRANSLATE_NOOP("shortcuts", "Save now (everything is saved as you type anyway)"),
        CONVERSATION,
    ),
    Shortcut(
        "Ctrl+P",
        QT_TRANSLATE_NOOP("shortcuts", "Print the plan (in the plan preview)"),
        FIELDS,
    ),
    Shortcut(
        "F2",
        QT_TRANSLATE_NOOP("shortcuts", "Edit the chosen line (urgent help lines in Settings)"),
        FIELDS,
    ),
)


def translated(shortcut: Shortcut) -> Shortcut:
    """The shortcut in the UI language (keys written in words too: "Alt+1 to Alt+8")."""
    return Shortcut(
        translate("shortcuts", shortcut.keys),
        translate("shortcuts", shortcut.action),
        translate("shortcuts", shortcut.where),
    )
