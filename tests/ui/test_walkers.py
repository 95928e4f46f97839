"""The walkers themselves find what they look for (so a passing screen walk means something)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tests.ui.screens import _activate
from tests.ui.walkers import (
    clipped,
    elided,
    invisible_focus,
    mnemonic_clashes,
    tab_order_problems,
    too_big,
)


def window_with(qtbot, *widgets: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    window = QWidget()
    column = QVBoxLayout(window)
    for widget in widgets:
        column.addWidget(widget)
    qtbot.addWidget(window)
    _activate(qtbot, window)
    return window


def test_a_shared_alt_letter_is_found(qtbot) -> None:
    name, reason = QLineEdit(), QLineEdit()
    label_a, label_b = QLabel("&Name"), QLabel("&Notes")
    label_a.setBuddy(name)
    label_b.setBuddy(reason)
    window = window_with(qtbot, label_a, name, label_b, reason, QPushButton("&Save"))
    assert mnemonic_clashes(window) == ["Alt+N: QLabel '&Name', QLabel '&Notes'"]


def test_a_control_without_a_focus_ring_is_found(qtbot) -> None:
    hidden = QCheckBox("Consent")
    hidden.setStyleSheet("QCheckBox { border: none; } QCheckBox:focus { border: none; }")
    QApplication.instance().setStyleSheet("")  # type: ignore[union-attr]
    try:
        window = window_with(qtbot, QLineEdit(), hidden)
        problems = invisible_focus(window)
    finally:
        from linkdesk.ui import appearance

        appearance.apply(QApplication.instance())  # type: ignore[arg-type]
    assert "QCheckBox 'Consent' shows no focus" in problems


def test_tab_out_of_reading_order_is_found(qtbot) -> None:
    first, second, third = QLineEdit(), QLineEdit(), QLineEdit()
    for widget, name in ((first, "first"), (second, "second"), (third, "third")):
        widget.setAccessibleName(name)
    window = window_with(qtbot, first, second, third)
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, second)
    assert tab_order_problems(window) == [
        "after QLineEdit 'first', Tab goes to QLineEdit 'third' instead of QLineEdit 'second'"
    ]


def test_a_window_too_big_for_the_screen_and_a_squeezed_button_are_found(qtbot) -> None:
    wide = QPushButton("A button with a very long label " * 8)
    window = window_with(qtbot, wide)
    assert too_big(window, QSize(400, 300)) != []
    wide.setFixedWidth(60)
    assert clipped(window) != []


def test_an_elided_combo_and_a_cut_label_are_found(qtbot) -> None:
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    combo.addItem("Open (closed hidden) and a good deal more besides")
    label = QLabel("Welcome and consent, a long step name")
    window = window_with(qtbot, combo, label)
    assert elided(window) == []
    combo.setFixedWidth(80)
    label.setFixedWidth(60)
    found = elided(window)
    assert any(p.startswith("QComboBox") for p in found)
    assert any(p.startswith("QLabel") for p in found)
