"""RecordLabel keeps its height for each width while its text stays: the answers are those
of a plain QLabel, before and after the text, the font or the style sheet changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFont, QMouseEvent
from PySide6.QtWidgets import QApplication, QLabel

from linkdesk.ui.widgets.form import caption_label, plain_label
from linkdesk.ui.widgets.record_label import RecordLabel

LONG = "Flat 3, 12 Long Street Name That Wraps, Somewhere Quite Far Away, AB1 2CD"
WIDTHS = (80, 120, 200, 400, 80)


def _pair(qtbot, *, selectable: bool = False) -> tuple[QLabel, QLabel]:
    kept, plain = plain_label(LONG), QLabel(LONG)
    if selectable:
        kept.make_selectable()
    plain.setWordWrap(True)
    plain.setTextInteractionFlags(kept.textInteractionFlags())
    plain.setTextFormat(kept.textFormat())
    plain.setAlignment(kept.alignment())
    for label in (kept, plain):
        qtbot.addWidget(label)
    assert isinstance(kept, RecordLabel)
    return kept, plain


@pytest.mark.parametrize("selectable", [False, True])
def test_heights_are_qlabels_for_each_width_and_text(qtbot, selectable: bool) -> None:
    kept, plain = _pair(qtbot, selectable=selectable)
    first = [kept.heightForWidth(w) for w in WIDTHS]
    assert first == [plain.heightForWidth(w) for w in WIDTHS]
    assert first[0] > first[3]  # it wraps: narrower is taller
    for label in (kept, plain):
        label.setText("Short")
    assert [kept.heightForWidth(w) for w in WIDTHS] == [plain.heightForWidth(w) for w in WIDTHS]
    assert kept.heightForWidth(80) < first[0]  # not the old text's answer


def test_a_new_font_or_style_sheet_is_not_answered_from_before(qtbot) -> None:
    kept, plain = _pair(qtbot)
    before = kept.heightForWidth(120)
    big = QFont(kept.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    for label in (kept, plain):
        label.setFont(big)
    assert kept.heightForWidth(120) == plain.heightForWidth(120) > before
    for label in (kept, plain):
        label.setStyleSheet("QLabel { padding: 20px; }")
    assert kept.heightForWidth(120) == plain.heightForWidth(120)


def test_many_widths_do_not_grow_it_without_bound(qtbot) -> None:
    kept, plain = _pair(qtbot)
    for width in range(50, 650):
        assert kept.heightForWidth(width) == plain.heightForWidth(width)
    assert len(kept._heights) <= 16


SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse


def test_record_text_is_selectable_once_the_pointer_reaches_it(qtbot) -> None:
    """Plain (sized from font metrics) until the pointer enters or presses; a new text is
    plain again; a fixed caption never becomes selectable."""
    label = plain_label(LONG)
    qtbot.addWidget(label)
    label.show()
    assert not label.textInteractionFlags() & SELECTABLE
    here = QPointF(5, 5)
    QApplication.sendEvent(label, QEnterEvent(here, here, label.mapToGlobal(here)))
    assert label.textInteractionFlags() & SELECTABLE
    label.setText("Someone else's address")
    assert not label.textInteractionFlags() & SELECTABLE
    press = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        here,
        label.mapToGlobal(here),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(label, press)
    assert label.textInteractionFlags() & SELECTABLE
    label.setText(label.text())  # the same text: the selection stays possible
    assert label.textInteractionFlags() & SELECTABLE
    caption = caption_label("Phone:")
    qtbot.addWidget(caption)
    QApplication.sendEvent(caption, QEnterEvent(here, here, caption.mapToGlobal(here)))
    assert not caption.textInteractionFlags() & SELECTABLE
