"""Qt's own command-line options, let through to the GUI instead of refused by argparse.

The options are Qt's documented ones: QGuiApplication ("-platform", "-reverse", "-session"…)
and QApplication ("-style", "-stylesheet", "-widgetcount"), from the Qt 6 reference pages of
those two classes. Qt accepts each with one dash or two, and a value either as the next
argument or after "=". No Qt is imported here: the CLI stays light.
"""

from __future__ import annotations

from collections.abc import Sequence

QT_FLAGS = frozenset({"reverse", "widgetcount", "nograb", "dograb", "sync"})
QT_WITH_VALUE = frozenset(
    {
        "platform",
        "platformpluginpath",
        "platformtheme",
        "plugin",
        "qwindowgeometry",
        "qwindowicon",
        "qwindowtitle",
        "session",
        "display",
        "geometry",
        "style",
        "stylesheet",
        "qmljsdebugger",
    }
)


def qt_option_name(arg: str) -> str | None:
    """``style`` for ``-style``, ``--style`` or ``-style=fusion``; None if not Qt's."""
    if not arg.startswith("-") or arg.startswith("---") or arg in ("-", "--"):
        return None
    name = arg.lstrip("-").partition("=")[0]
    return name if name in QT_FLAGS or name in QT_WITH_VALUE else None


def split_qt_options(
    argv: Sequence[str], own_with_value: Sequence[str] = ()
) -> tuple[list[str], list[str]]:
    """(LinkDesk's arguments, Qt's) from the arguments before the first subcommand.

    ``own_with_value``: LinkDesk's global options that take a value (``--workspace``), so
    their value is never mistaken for a Qt option. Scanning stops at the first positional
    argument (a subcommand) or ``--``; Qt options after it are left for argparse to refuse.
    Raises ValueError naming an option whose value is missing.
    """
    own: list[str] = []
    qt: list[str] = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--" or not arg.startswith("-"):
            own.extend(argv[i:])
            break
        if arg in own_with_value:
            own.extend(argv[i : i + 2])
            i += 2
            continue
        name = qt_option_name(arg)
        if name is None:
            own.append(arg)
            i += 1
        elif name in QT_FLAGS or "=" in arg:
            qt.append(arg)
            i += 1
        elif i + 1 < len(argv):
            qt.extend(argv[i : i + 2])
            i += 2
        else:
            raise ValueError(arg)
    return own, qt
