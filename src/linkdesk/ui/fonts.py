"""Every script on screen as typed: the shipped fonts registered as fallbacks of the app font.

A name or a note typed in Urdu, Bengali, Gurmukhi, Chinese or with emoji must show as typed in
every field, on any laptop, with no boxes. Qt draws each character in the first font of the
app font's family list that has it, before the platform's own fallbacks, so the list is the
desktop's font followed by the fonts in ``resources/fonts`` (the same files the PDFs use):
Noto Naskh Arabic (with Urdu's letters), Noto Sans Bengali, Devanagari, Gurmukhi, Gujarati
and Tamil, LinkDesk CJK (a Noto Sans CJK subset) and Symbola (emoji, monochrome). A desktop
font that has the Arabic letters but not Urdu's (DejaVu Sans, the Linux default) would split
an Urdu word between two fonts and break its joins: there the app font is LinkDesk UI Sans, the
same DejaVu Sans without Arabic, so the whole word goes to Noto Naskh Arabic
(``packaging/fonts/build_ui_font.py`` explains and builds it).

DejaVu Sans itself (Latin, Greek, Cyrillic, Hebrew… that the desktop's font may lack) comes
just after Noto Naskh Arabic, never before it, so it cannot take an Urdu word's shared letters.
Symbola is last: it has Latin letters too, which must never win over a script's font.

One place does this, at start-up: :func:`install` (``ui/appearance.py``), which also makes the
list the substitutes of the desktop's family and of DejaVu Sans, for widgets given a font by
family name (a style sheet).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from linkdesk import paths

# Fallbacks in the order Qt should try them (the family names inside resources/fonts).
FALLBACK_FAMILIES = (
    "Noto Naskh Arabic",
    "DejaVu Sans",
    "Noto Sans Bengali",
    "Noto Sans Devanagari",
    "Noto Sans Gurmukhi",
    "Noto Sans Gujarati",
    "Noto Sans Tamil",
    "LinkDesk CJK",
    "Symbola",
)
BASE_FAMILY = "DejaVu Sans"
UI_FONT = "LinkDesk UI Sans"  # DejaVu Sans without Arabic (see the module's notes)
ARABIC_ALEF = 0x0627
URDU_LETTERS = (0x0679, 0x0688, 0x0691, 0x06BA, 0x06C1, 0x06D2)  # ٹ ڈ ڑ ں ہ ے
MIN_POINT_SIZE = 11.0  # points, not pixels: scales with the screen and settings

_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register every font in resources/fonts with Qt (once per process); their families."""
    if not _registered:
        families: list[str] = []
        for path in sorted(paths.resource("fonts").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _registered.extend(dict.fromkeys(families))
    return list(_registered)


def splits_arabic_words(family: str) -> bool:
    """True when ``family`` has the Arabic letters but not all of Urdu's own (so an Urdu word
    would be drawn in two fonts, and its letters would not join across the change)."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid() or not raw.supportsCharacter(ARABIC_ALEF):
        return False
    return not all(raw.supportsCharacter(c) for c in URDU_LETTERS)


def script_font(base: QFont) -> QFont:
    """``base`` with the shipped fonts as its fallbacks (and LinkDesk UI Sans first where the
    desktop's font would split Urdu words); at least :data:`MIN_POINT_SIZE` points."""
    available = set(register_fonts())
    font = QFont(base)
    primary = font.family()
    if UI_FONT in available and splits_arabic_words(primary):
        primary = UI_FONT
    fallbacks = [f for f in FALLBACK_FAMILIES if f in available and f != primary]
    font.setFamilies([primary, *fallbacks])
    if 0 < font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
    return font


def apply_script_fallbacks(app: QCoreApplication | None = None) -> QFont:
    """Make the application font :func:`script_font` of the desktop's font; returns it."""
    instance = app or QCoreApplication.instance()
    if not isinstance(instance, QGuiApplication):
        raise RuntimeError("The fonts are set on a running QGuiApplication.")
    font = script_font(QGuiApplication.font())
    QGuiApplication.setFont(font)
    return font


def register() -> list[str]:
    """The shipped families, registered with Qt (:func:`register_fonts`)."""
    return register_fonts()


def install(app: QCoreApplication | None = None) -> QFont:
    """:func:`apply_script_fallbacks`, and the same list as the substitutes of the desktop's
    family and of DejaVu Sans (for a widget whose font is chosen by family name); the font."""
    base = QGuiApplication.font().family()
    font = apply_script_fallbacks(app)
    families = font.families()
    for family in {base, BASE_FAMILY, *families[:1]}:
        QFont.insertSubstitutions(family, [f for f in families if f != family])
    return font
