"""ui/widgets/flow.py: heights kept per width are forgotten whenever the row changes."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QPushButton, QWidget

from linkdesk.ui.widgets.flow import FlowLayout


def _fresh(layout: FlowLayout, width: int) -> int:
    return layout._do_layout(QRect(0, 0, width, 0), test_only=True)


def test_kept_heights_follow_every_change_to_the_row(qtbot) -> None:  # type: ignore[no-untyped-def]
    row = QWidget()
    qtbot.addWidget(row)
    layout = FlowLayout(row)
    buttons = [QPushButton(f"Action {n}") for n in range(4)]
    for button in buttons:
        layout.addWidget(button)
    row.show()
    qtbot.waitExposed(row)
    width = buttons[0].sizeHint().width() * 2 + 40  # two buttons a line
    one_line = layout.heightForWidth(10_000)
    two_lines = layout.heightForWidth(width)
    assert two_lines > one_line
    assert layout.heightForWidth(width) == two_lines == _fresh(layout, width)

    buttons[3].setText("A much, much longer label than before, on its own line")
    assert layout.heightForWidth(width) == _fresh(layout, width) > two_lines
    buttons[3].hide()
    buttons[2].hide()
    assert layout.heightForWidth(width) == _fresh(layout, width) == one_line
    extra = QPushButton("Another")
    layout.addWidget(extra)
    extra.show()
    assert layout.heightForWidth(width) == _fresh(layout, width) == two_lines
    layout.takeAt(layout.indexOf(extra))
    extra.setParent(None)
    assert layout.heightForWidth(width) == _fresh(layout, width) == one_line
