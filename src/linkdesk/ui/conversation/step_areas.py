"""Step 3: life areas — which of the twelve matter, how much (0-3), in the person's words."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS, LifeArea
from linkdesk.ui.conversation.base import CHOICE_STYLE, StepContext, StepPage, heading, prose

CHOICES = {0: "Not now", **IMPORTANCE_LABELS}


class ImportancePicker(QWidget):
    """Four big buttons (Not now / A little / Quite a lot / A lot). The picker itself takes
    focus: keys 0-3 or Left/Right choose, so a keyboard user needs one Tab per area."""

    chosen = Signal(int)

    def __init__(self, area: LifeArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.value = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(f"{area.label}: how much it matters (press 0 to 3)")
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        self.buttons: list[QPushButton] = []
        for value, text in CHOICES.items():
            b = QPushButton(text)
            b.setCheckable(True)  # styled by CHOICE_STYLE on the areas grid (one sheet, not 48)
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.setAccessibleName(f"{area.label}: {text}")
            b.clicked.connect(lambda _=False, v=value: self.choose(v))
            row.addWidget(b)
            self.buttons.append(b)
        self._paint()

    def set_value(self, value: int) -> None:
        self.value = value
        self._paint()

    def choose(self, value: int) -> None:
        value = max(0, min(3, value))
        if value != self.value:
            self.set_value(value)
            self.chosen.emit(value)

    def _paint(self) -> None:
        for v, b in enumerate(self.buttons):
            b.setChecked(v == self.value)
        self.setAccessibleDescription(CHOICES[self.value])

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_3:
            self.choose(key - Qt.Key.Key_0)
        elif key == Qt.Key.Key_Right:
            self.choose(self.value + 1)
        elif key == Qt.Key.Key_Left:
            self.choose(self.value - 1)
        elif key == Qt.Key.Key_Space:
            self.choose(0 if self.value else 1)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.setStyleSheet("ImportancePicker { border: 3px solid palette(highlight); }")
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        self.setStyleSheet("")
        super().focusOutEvent(event)


class AreasStep(StepPage):
    key = "areas"
    title = "Life areas"

    def __init__(self, ctx: StepContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.addWidget(heading(self.tr("Which parts of life matter to you right now?")))
        outer.addWidget(
            prose(
                self.tr(
                    "Choose how much each one matters (press 0 to 3, or click), and note "
                    "their words. Leave the rest as 'Not now'."
                ),
                muted=True,
            )
        )
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        body = QWidget()
        body.setStyleSheet(CHOICE_STYLE)  # the grid's only push buttons are the choices
        grid = QGridLayout(body)
        scroll.setWidget(body)
        self.pickers: dict[str, ImportancePicker] = {}
        self.words: dict[str, QLineEdit] = {}
        needs = {n.area: n for n in ctx.services.people.record(ctx.person_id, audit=False).needs}
        for row, area in enumerate(LIFE_AREAS):
            label = QLabel(area.label)
            label.setWordWrap(True)
            picker = ImportancePicker(area)
            label.setBuddy(picker)
            words = QLineEdit()
            words.setAccessibleName(f"{area.label}: in their words")
            words.setPlaceholderText(area.prompt)
            need = needs.get(area.key)
            if need is not None:
                picker.set_value(need.importance)
                words.setText(need.words)
            picker.chosen.connect(lambda _v, a=area.key: self._save_now(a))
            ctx.saver.watch(words, functools.partial(self._save_words, area.key))
            grid.addWidget(label, row, 0)
            grid.addWidget(picker, row, 1)
            grid.addWidget(words, row, 2)
            self.pickers[area.key] = picker
            self.words[area.key] = words
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 3)

    def first_focus(self) -> QWidget:
        return self.pickers[LIFE_AREAS[0].key]

    def _save(self, area: str) -> None:
        picker, words = self.pickers[area], self.words[area].text()
        if words.strip() and picker.value == 0:
            picker.set_value(1)  # saying something about an area means it matters a little
        ctx = self.ctx
        ctx.conv.set_need(ctx.person_id, ctx.conversation.id, area, picker.value, words.strip())

    def _save_words(self, area: str, _text: str) -> None:
        self._save(area)

    def _save_now(self, area: str) -> None:
        self.ctx.saver.now(lambda: self._save(area))

    def chosen_keys(self) -> list[str]:
        """Areas that matter, most first (for directory suggestions)."""
        chosen = [(p.value, i, k) for i, (k, p) in enumerate(self.pickers.items()) if p.value]
        return [k for _, _, k in sorted(chosen, key=lambda t: (-t[0], t[1]))]
