"""The rail of steps: a list the worker (or keyboard) can jump around in any order."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from linkdesk.ui.i18n import arg


class StepRail(QListWidget):
    step_chosen = Signal(int)

    def __init__(self, titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps of the conversation"))
        self.setAccessibleDescription(
            self.tr("Alt and a number jumps to a step; Control Page Up and Page Down move.")
        )
        self.setObjectName("stepRail")
        self.setSpacing(4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A long step name wraps onto a second line in a narrow rail; never "Welcome and cons…".
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.titles = list(titles)
        self.compact = False
        for number, title in enumerate(titles, start=1):
            item = QListWidgetItem(arg(self.tr("%1  %2"), number, title))
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, arg(self.tr("Step %1: %2"), number, title)
            )
            keys = QKeySequence(f"Alt+{number}")
            item.setToolTip(keys.toString(QKeySequence.SequenceFormat.NativeText))
            self.addItem(item)
        self.currentRowChanged.connect(self._changed)
        self.setStyleSheet(
            "#stepRail { border: 3px solid transparent; margin: 0px; background: palette(window); }"
            "#stepRail:focus { border-color: #1d70b8; }"
            "#stepRail::item { padding: 10px 8px; border-radius: 6px; }"
            "#stepRail::item:selected { background: #1d5d90; color: white; font-weight: bold; }"
        )

    def set_compact(self, compact: bool) -> None:
        """Step numbers alone (a narrow window: the footer names the step) or numbers and
        names. Screen readers hear "Step 3: Life areas" either way."""
        self.compact = compact
        # Item padding (8 px a side), the focus border (3 px a side) and the spacing (4 px a
        # side): the room the style leaves for text. Lines are broken here, at spaces, as the
        # style's own word wrap measured without the padding and elided ("6 Wellbeing …").
        room = self.width() - 2 * (8 + 3 + 4) - 4
        for number, title in enumerate(self.titles, start=1):
            item = self.item(number - 1)
            if item is not None:
                whole = arg(self.tr("%1  %2"), number, title)
                text = str(number) if compact else self._wrapped(whole, room)
                item.setText(text)
                # Tall enough for every line plus the item's padding (10 px above and below),
                # or the style elides the second line ("Agree the …").
                lines = text.count("\n") + 1
                item.setSizeHint(QSize(room, lines * QFontMetrics(self.font()).lineSpacing() + 24))
                keys = QKeySequence(f"Alt+{number}")
                native = keys.toString(QKeySequence.SequenceFormat.NativeText)
                item.setToolTip(arg(self.tr("%1 (%2)"), title, native))
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignCenter if compact else Qt.AlignmentFlag.AlignLeading
                )

    def _wrapped(self, text: str, room: int) -> str:
        """``text`` broken at spaces into lines no wider than ``room`` pixels."""
        bold = QFont(self.font())
        bold.setBold(True)  # the current step is bold: wrap for it
        metrics = QFontMetrics(bold)
        lines: list[str] = []
        for word in text.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            elif lines and not word:  # the double space after the number
                lines[-1] += " "
            else:
                lines.append(word)
        return "\n".join(line.rstrip() if i else line for i, line in enumerate(lines))

    def _changed(self, row: int) -> None:
        if row >= 0:
            self.step_chosen.emit(row)

    def mark_current(self, row: int) -> None:
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.blockSignals(False)
