"""Checks run on every screen (tests/ui/screens.py): mnemonics, focus, tab order, fit.

Each returns a list of plain-English problems ([] when the screen passes), so a failing test
names the screen and the controls.
"""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QMainWindow,
    QMenuBar,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTabWidget,
    QWidget,
)


def describe(widget: QWidget) -> str:
    """How a control is named in a failure: its class and its visible or accessible name."""
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    text = text or widget.accessibleName() or widget.objectName()
    return f"{type(widget).__name__} {text.replace('&', '')!r}"


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.window() is window and widget.isVisibleTo(window)


def _letter(text: str) -> str:
    sequence = QKeySequence.mnemonic(text)
    return sequence.toString().replace("Alt+", "").upper() if not sequence.isEmpty() else ""


def mnemonic_clashes(window: QWidget) -> list[str]:
    """Alt+letters claimed by more than one control shown at once (menus included)."""
    owners: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        texts: list[str] = []
        if isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [widget.text()]
        elif isinstance(widget, QAbstractButton) and widget.parent() is not None:
            if isinstance(widget.parent(), QTabBar):
                continue
            texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        elif isinstance(widget, QMenuBar):
            texts = [a.text() for a in widget.actions() if a.isVisible()]
        for text in texts:
            if letter := _letter(text):
                owners[letter].append(f"{type(widget).__name__} {text!r}")
    return [
        f"Alt+{letter}: " + ", ".join(names) for letter, names in owners.items() if len(names) > 1
    ]


def ampersands_without_buddy(window: QWidget) -> list[str]:
    """Labels showing an Alt+letter that does nothing (an ampersand but no buddy)."""
    return [
        describe(label)
        for label in window.findChildren(QLabel)
        if _shown(label, window)
        and label.buddy() is None
        and _letter(label.text()) != ""
        and label.textFormat() != Qt.TextFormat.RichText
    ]


def accept_buttons_without_a_letter(window: QWidget) -> list[str]:
    """A dialog's Save/OK (accept) button that Alt+letter cannot press (Enter may be taken by
    a text box, so the button needs its own letter: "Alt+S did not save")."""
    problems = []
    for box in window.findChildren(QDialogButtonBox):
        if not _shown(box, window):
            continue
        for button in box.buttons():
            role = box.buttonRole(button)
            accepts = role in (
                QDialogButtonBox.ButtonRole.AcceptRole,
                QDialogButtonBox.ButtonRole.YesRole,
                QDialogButtonBox.ButtonRole.ApplyRole,
                QDialogButtonBox.ButtonRole.DestructiveRole,
            )
            if accepts and button.isVisibleTo(window) and not _letter(button.text()):
                problems.append(f"{describe(button)} has no Alt+letter")
    return problems


# -- focus -----------------------------------------------------------------------------------


def focusable(window: QWidget) -> list[QWidget]:
    """Controls a worker can Tab to on this screen (the insides of compound ones left out)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox | QTabWidget):
            continue  # the line edit in a spin box, a combo box's parts
        if isinstance(widget, QTabBar) and not widget.isVisible():
            continue
        found.append(widget)
    return found


def _grab(widget: QWidget) -> QImage:
    return widget.grab().toImage()


def invisible_focus(window: QWidget) -> list[str]:
    """Controls that look the same focused and unfocused (a pixel comparison)."""
    problems = []
    for widget in focusable(window):
        if widget.width() < 2 or widget.height() < 2:
            continue
        window.setFocus(Qt.FocusReason.OtherFocusReason)
        if QApplication.focusWidget() is widget:
            widget.clearFocus()  # nowhere (a dialog gives its first control the focus)
        plain = _grab(widget)
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        if QApplication.focusWidget() is not widget:
            problems.append(f"{describe(widget)} does not take the focus")
            continue
        focused = _grab(widget)
        if focused == plain:
            problems.append(f"{describe(widget)} shows no focus")
    return problems


# -- tab order -------------------------------------------------------------------------------


def _layout_order(layout: QLayout, out: list[QWidget]) -> None:
    items: list[tuple[tuple[int, int, int], object]] = []
    if isinstance(layout, QStackedLayout):
        current = layout.currentWidget()
        if current is not None:
            _visual_order(current, out)
        return
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if isinstance(layout, QGridLayout):
            row, column, _, _ = layout.getItemPosition(index)
            key = (row, column, index)
        elif isinstance(layout, QFormLayout):
            row, role = layout.getItemPosition(index)
            key = (row, int(role.value) if hasattr(role, "value") else int(role), index)
        else:
            key = (index, 0, 0)
        items.append((key, item))
    for _key, item in sorted(items, key=lambda pair: pair[0]):
        widget = item.widget()  # type: ignore[attr-defined]
        child = item.layout()  # type: ignore[attr-defined]
        if widget is not None:
            _visual_order(widget, out)
        elif child is not None:
            _layout_order(child, out)


def _visual_order(widget: QWidget, out: list[QWidget]) -> None:
    if widget.isWindow() and out:
        return
    if not widget.isVisible():
        return
    out.append(widget)
    if isinstance(widget, QAbstractItemView | QComboBox | QAbstractSpinBox):
        return
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            _visual_order(widget.widget(), out)
        return
    if isinstance(widget, QStackedWidget):
        if widget.currentWidget() is not None:
            _visual_order(widget.currentWidget(), out)
        return
    if isinstance(widget, QSplitter):
        for index in range(widget.count()):
            child = widget.widget(index)
            if child is not None:
                _visual_order(child, out)
        return
    if isinstance(widget, QTabWidget):
        out.append(widget.tabBar())
        if widget.currentWidget() is not None:
            _visual_order(widget.currentWidget(), out)
        return
    if isinstance(widget, QMainWindow):
        for child in (widget.menuWidget(), widget.centralWidget()):
            if child is not None:
                _visual_order(child, out)
        return
    layout = widget.layout()
    if layout is not None:
        _layout_order(layout, out)


def visual_order(window: QWidget) -> list[QWidget]:
    """The focusable controls of ``window`` in the order its layouts place them (reading
    order: each layout's rows top to bottom, each row left to right)."""
    out: list[QWidget] = []
    _visual_order(window, out)
    wanted = set(map(id, focusable(window)))
    seen: set[int] = set()
    ordered = []
    for widget in out:
        proxy = widget.focusProxy()
        target = proxy if proxy is not None and id(proxy) in wanted else widget
        if id(target) in wanted and id(target) not in seen:
            seen.add(id(target))
            ordered.append(target)
    return ordered


def tab_chain(window: QWidget, limit: int = 400) -> list[QWidget]:
    """The controls Tab really visits, from the first one, until it comes round again."""
    order = visual_order(window)
    if not order:
        return []
    first = order[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain: list[QWidget] = []
    current = QApplication.focusWidget()
    for _ in range(limit):
        if current is None or current in chain:
            break
        chain.append(current)
        window.focusNextChild()
        current = QApplication.focusWidget()
    return chain


def tab_order_problems(window: QWidget) -> list[str]:
    """Where Tab goes out of reading order, and controls Tab never reaches."""
    order = visual_order(window)
    chain = [w for w in tab_chain(window) if w in order]
    problems = [f"{describe(w)} is never reached by Tab" for w in order if w not in chain]
    expected = [w for w in order if w in chain]
    for position, (got, want) in enumerate(zip(chain, expected, strict=False)):
        if got is not want:
            before = describe(chain[position - 1]) if position else "the start"
            problems.append(
                f"after {before}, Tab goes to {describe(got)} instead of {describe(want)}"
            )
            break
    return problems


# -- fit --------------------------------------------------------------------------------------


def too_big(window: QWidget, room: QSize) -> list[str]:
    """The window cannot be made as small as ``room`` (logical pixels for its client area)."""
    problems = []
    need = window.minimumSizeHint().expandedTo(window.minimumSize())
    layout = window.layout()
    if layout is not None and layout.sizeConstraint() == QLayout.SizeConstraint.SetFixedSize:
        need = need.expandedTo(window.sizeHint())
    if need.width() > room.width() or need.height() > room.height():
        problems.append(
            f"needs at least {need.width()}x{need.height()}, "
            f"more than {room.width()}x{room.height()}"
        )
    return problems


def clipped(window: QWidget) -> list[str]:
    """Visible controls squeezed below their own minimum size (their text is cut off)."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if not isinstance(widget, QLabel | QAbstractButton | QComboBox | QGroupBox):
            continue
        need = widget.minimumSizeHint()
        short_w = need.width() > 0 and widget.width() + 1 < need.width()
        short_h = need.height() > 0 and widget.height() + 1 < need.height()
        if short_w or short_h:
            problems.append(
                f"{describe(widget)} is {widget.width()}x{widget.height()}, "
                f"needs {need.width()}x{need.height()}"
            )
    return problems


def _combo_room(combo: QComboBox) -> int:
    """The width a combo box gives its current text (its edit field, less the text margins)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    return field.width() - 2  # the text is drawn 1 px in from each side (QCommonStyle)


def _text_width(widget: QWidget, text: str) -> int:
    """How wide ``text`` is drawn in ``widget``'s font (rich text laid out as Qt does)."""
    rich = isinstance(widget, QLabel) and (
        widget.textFormat() == Qt.TextFormat.RichText
        or (widget.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text)
    )
    if not rich:
        return widget.fontMetrics().horizontalAdvance(text)
    document = QTextDocument()
    document.setDefaultFont(widget.font())
    document.setDocumentMargin(0)
    document.setHtml(text)
    return math.ceil(document.idealWidth())


def elided(window: QWidget) -> list[str]:
    """Combo boxes, one-line labels and buttons whose current text is wider than the room
    they give it (Qt elides a combo's text with "…", and clips a label's or a button's)."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        text, room = "", 0
        if isinstance(widget, QComboBox) and not widget.isEditable():
            text, room = widget.currentText(), _combo_room(widget)
        elif (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.pixmap().isNull()
            and "\n" not in widget.text()
        ):
            text = widget.text()
            if widget.buddy() is not None:  # "&Name:" shows "Name:"
                text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
            room = widget.contentsRect().width() - 2 * widget.margin()
        else:
            continue
        need = _text_width(widget, text)
        if text and need > room + 1:
            problems.append(f"{describe(widget)} shows {text!r} in {room} px, needs {need}")
    return problems
