"""Passphrase fields: a caps-lock warning (best effort) and a strength hint (zxcvbn)."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from linkdesk.ui.i18n import translate


def caps_lock_from_os() -> bool | None:
    """The caps-lock state where the OS tells us cheaply (Windows); None elsewhere."""
    if sys.platform == "win32":
        try:
            import ctypes

            # ctypes.windll exists only on Windows, so the stubs elsewhere do not know it.
            return bool(ctypes.windll.user32.GetKeyState(0x14) & 1)  # type: ignore[attr-defined]
        except (AttributeError, OSError):
            return None
    return None


def caps_lock_from_key(text: str, shift: bool) -> bool | None:
    """Guess from a typed letter: upper case without Shift (or lower with it) means caps on."""
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    return text.isupper() != shift


class PassphraseEdit(QLineEdit):
    """A password-mode line edit that emits ``caps_lock_changed`` when it detects caps lock."""

    caps_lock_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.caps_lock: bool = False

    def _set_caps(self, state: bool | None) -> None:
        if state is not None and state != self.caps_lock:
            self.caps_lock = state
            self.caps_lock_changed.emit(state)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        if event.key() == Qt.Key.Key_CapsLock:
            os_state = caps_lock_from_os()
            self._set_caps(not self.caps_lock if os_state is None else os_state)
        else:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self._set_caps(caps_lock_from_key(event.text(), shift))
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt name)
        self._set_caps(caps_lock_from_os())
        super().focusInEvent(event)


def strength_hint(passphrase: str) -> tuple[int, str]:
    """(score 0-4, a plain sentence) for a new passphrase; computed offline by zxcvbn."""

    if not passphrase:
        return 0, translate(
            "passphrase", "Use three or four unrelated words: long is strong, and easy to type."
        )
    if len(passphrase) < 8:
        return 0, translate(
            "passphrase", "Too short: use at least 8 characters (three or four words is better)."
        )
    try:
        from zxcvbn import zxcvbn

        result = zxcvbn(passphrase[:100])  # zxcvbn slows down on very long input
        score = int(result["score"])
        advice = str(result["feedback"].get("warning") or "")
    except ImportError:  # the hint is a help, not a gate
        score = min(4, len(passphrase) // 5)
        advice = ""
    words = {
        0: translate("passphrase", "Very weak: easy to guess."),
        1: translate("passphrase", "Weak: add another word or two."),
        2: translate("passphrase", "Fair: one more word would make it strong."),
        3: translate("passphrase", "Strong."),
        4: translate("passphrase", "Very strong."),
    }[score]
    return score, f"{words} {advice}".strip()
