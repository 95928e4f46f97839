"""The shipped fonts as the GUI's fallbacks, so every script and emoji typed shows as typed.

``resources/fonts`` holds DejaVu Sans (Latin, Greek, Cyrillic, Hebrew…), a Noto font for each
of the UK's main community scripts (Arabic and Urdu, Bengali, Gurmukhi, Gujarati, Devanagari,
Tamil), a Chinese subset and Symbola (emoji and pictographs), the same files the plan prints
with (``plan/fonts.py``). A laptop's own fonts rarely cover them: without these, Urdu or an
emoji typed into a field shows as empty boxes.

:func:`install` registers every file with ``QFontDatabase.addApplicationFont`` and makes them
the fallbacks of the application font twice over: ``QFont.setFamilies`` on the app font (the
font every widget inherits) and ``QFont.insertSubstitutions`` for that family and for DejaVu
Sans (for widgets given a font by family name, e.g. a style sheet). Qt tries a font's family
list in order for each character, so Latin text keeps the base font and only the characters it
lacks come from the next family that has them.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from linkdesk import paths

# The base font first, then each script's font, then symbols last (Symbola has Latin letters
# too, which must never win over the script fonts).
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "NotoNaskhArabic-Regular.ttf",
    "NotoNaskhArabic-Bold.ttf",
    "NotoSansBengali-Regular.ttf",
    "NotoSansBengali-Bold.ttf",
    "NotoSansDevanagari-Regular.ttf",
    "NotoSansDevanagari-Bold.ttf",
    "NotoSansGujarati-Regular.ttf",
    "NotoSansGujarati-Bold.ttf",
    "NotoSansGurmukhi-Regular.ttf",
    "NotoSansGurmukhi-Bold.ttf",
    "NotoSansTamil-Regular.ttf",
    "NotoSansTamil-Bold.ttf",
    "LinkDeskCJK-Regular.ttf",
    "Symbola.ttf",
)
BASE_FAMILY = "DejaVu Sans"

_registered: list[str] = []  # family names, in FONT_FILES order, once per process


def register() -> list[str]:
    """Add the shipped fonts to Qt's font database (once); their family names, in order.

    A file that is missing or unreadable is skipped (a help, not a gate: the self-test
    reports missing fonts).
    """
    if _registered:
        return list(_registered)
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(paths.resource("fonts", name)))
        if font_id < 0:
            continue
        for family in QFontDatabase.applicationFontFamilies(font_id):
            if family not in _registered:
                _registered.append(family)
    return list(_registered)


def fallback_families() -> list[str]:
    """The shipped families other than the base font, in the order they are tried."""
    return [family for family in register() if family != BASE_FAMILY]


def install(app: QApplication) -> QFont:
    """Register the fonts and make them the application font's fallbacks; the new app font."""
    fallbacks = fallback_families()
    font = QFont(app.font())
    base = font.family()
    families = [base] + [f for f in [BASE_FAMILY, *fallbacks] if f != base]
    font.setFamilies(families)
    for family in {base, BASE_FAMILY}:
        QFont.insertSubstitutions(family, [f for f in families if f != family])
    app.setFont(font)
    return font
