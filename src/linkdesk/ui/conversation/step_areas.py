"""Step 3: life areas — which of the twelve matter, how much (0-3), in the person's words."""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from linkdesk.domain.life_areas import IMPORTANCE_LABELS, LIFE_AREAS, LifeArea
from linkdesk.ui.conversation.base import (
    RATING_STYLE,
    StepContext,
    StepPage,
    heading,
    prose,
    wrapped,
)
from linkdesk.ui.i18n import QT_TRANSLATE_NOOP, arg, translate
from linkdesk.ui.labels import importance, life_area, life_area_prompt
from linkdesk.ui.widgets.scroll import ControlsScrollArea

NOT_NOW = QT_TRANSLATE_NOOP("ImportancePicker", "Not now")


def choices() -> dict[int, str]:
    """0-3 and their words in the UI language (Not now / A little / Quite a lot / A lot)."""
    return {0: translate("ImportancePicker", NOT_NOW)} | {
        level: importance(level) for level in sorted(IMPORTANCE_LABELS)
    }


class ImportancePicker(QGroupBox):
    """How much one life area matters: a group of four radio buttons (Not now / A little /
    Quite a lot / A lot), drawn as big buttons.

    To a screen reader it is what it looks like: a group named for the area holding radio
    buttons, the chosen one checked. To the keyboard it is one Tab stop (only the chosen
    answer takes Tab, as in any radio group); 0-3 choose, and so do the arrow keys (Left and
    Up for less, Right and Down for more), moving the focus with the choice.
    """

    chosen = Signal(int)

    def __init__(self, area: LifeArea, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        self.value = 0
        self.setFlat(True)
        self.setObjectName("importancePicker")
        name = life_area(area.key)
        self.setAccessibleName(arg(self.tr("%1: how much it matters"), name))
        self.setAccessibleDescription(self.tr("Press 0 to 3, or the arrow keys"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        self.words = choices()
        for value, text in self.words.items():
            b = QRadioButton(text)
            b.setAccessibleName(text)
            b.setAccessibleDescription(arg(self.tr("%1: how much it matters (press 0 to 3)"), name))
            b.installEventFilter(self)
            self.group.addButton(b, value)
            row.addWidget(b)
            self.buttons.append(b)
        self.group.idClicked.connect(self.choose)
        self._paint()

    def set_value(self, value: int) -> None:
        self.value = value
        self._paint()

    def choose(self, value: int) -> None:
        value = max(0, min(3, value))
        moved = any(b.hasFocus() for b in self.buttons)
        if value != self.value:
            self.set_value(value)
            self.chosen.emit(value)
        else:
            self._paint()
        if moved:
            self.buttons[value].setFocus(Qt.FocusReason.OtherFocusReason)

    def _paint(self) -> None:
        """Check the chosen answer; only it stands in the Tab order (a roving tab stop)."""
        for v, b in enumerate(self.buttons):
            b.setChecked(v == self.value)
            b.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if v == self.value else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(self.buttons[self.value])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_3:
            self.choose(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.choose(self.value + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.choose(self.value - 1)
        else:
            return False
        return True


class AreasStep(StepPage):
    key = "areas"
    title = QT_TRANSLATE_NOOP("Steps", "Life areas")

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
        body = QWidget()
        body.setStyleSheet(RATING_STYLE)  # one sheet for the grid's 48 answers, not 48
        grid = QGridLayout(body)
        scroll = ControlsScrollArea(body)
        outer.addWidget(scroll, 1)
        self.pickers: dict[str, ImportancePicker] = {}
        self.words: dict[str, QLineEdit] = {}
        needs = {n.area: n for n in ctx.services.people.record(ctx.person_id, audit=False).needs}
        for row, area in enumerate(LIFE_AREAS):
            label = wrapped(life_area(area.key))
            picker = ImportancePicker(area)
            label.setBuddy(picker)  # the label names the group (AT-SPI "labelled by")
            words = QLineEdit()
            words.setAccessibleName(arg(self.tr("%1: in their words"), life_area(area.key)))
            words.setPlaceholderText(life_area_prompt(area.key))
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
