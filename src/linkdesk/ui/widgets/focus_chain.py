"""The Tab order of parts built after their window (lazy pages).

Qt adds a widget to the end of its window's Tab chain when it is put in the window, so a page
built the first time it is shown would come after everything else: Tab from the rail of steps
jumped over the step to the worker's notes. :func:`move_after` puts a container's controls
back where the layout shows them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def _chain(window: QWidget) -> list[QWidget]:
    """Every widget of ``window`` in Tab-chain order, starting after the window itself."""
    found: list[QWidget] = []
    widget = window.nextInFocusChain()
    while widget is not None and widget is not window and len(found) < 100_000:
        found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _takes_focus(widget: QWidget) -> bool:
    return widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.focusProxy() is None


def move_after(anchor: QWidget, container: QWidget) -> None:
    """Put the controls in ``container`` right after ``anchor`` (a control) in the Tab chain,
    in the order they already have among themselves; what followed ``anchor`` follows them.

    Only controls that take the focus are moved: Qt's ``setTabOrder`` ignores the others.
    """
    chain = _chain(anchor.window())
    members = [
        w for w in chain if (w is container or container.isAncestorOf(w)) and _takes_focus(w)
    ]
    if not members or anchor in members:
        return
    start = chain.index(anchor)
    rest = chain[start + 1 :] + chain[:start]
    following = next(
        (
            w
            for w in rest
            if _takes_focus(w)
            and w not in members
            and not anchor.isAncestorOf(w)
            and not container.isAncestorOf(w)
        ),
        None,
    )
    previous = anchor
    for widget in members:
        QWidget.setTabOrder(previous, widget)
        previous = widget
    if following is not None and following is not anchor:
        QWidget.setTabOrder(previous, following)
