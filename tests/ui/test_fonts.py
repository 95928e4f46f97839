"""Every script and emoji typed into a field shows as typed, not as empty boxes.

The check is made on what Qt really draws: the text is laid out with the font a line edit
uses, each glyph run is read back (glyph 0 is the font's "missing" box), and the field is
rendered to an image that must hold ink.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QImage, QTextLayout
from PySide6.QtWidgets import QApplication, QLineEdit

from linkdesk.ui import fonts

SAMPLES = {
    "emoji": "👍🙂🎉",
    "Urdu": "اردو میں ٹ ڈ ڑ",
    "Arabic": "مرحبا",
    "Bengali": "বাংলা",
    "Gurmukhi": "ਪੰਜਾਬੀ",
    "Gujarati": "ગુજરાતી",
    "Hindi": "हिन्दी",
    "Tamil": "தமிழ்",
    "Chinese": "中文",
    "Polish": "Łukasz Wróbel",
    "Vietnamese": "Nguyễn Thị Hương",
}


@pytest.fixture
def app_font(qapp: QApplication) -> Iterator[QFont]:
    before = QFont(qapp.font())
    yield fonts.install(qapp)
    qapp.setFont(before)


def missing_glyphs(text: str, font: QFont) -> list[str]:
    """Runs of ``text`` drawn with the missing-glyph box (glyph index 0)."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [
        run.rawFont().familyName()
        for run in layout.glyphRuns()
        if 0 in list(run.glyphIndexes()) or not run.rawFont().familyName()
    ]


def has_ink(image: QImage) -> bool:
    background = QColor(image.pixelColor(0, 0))
    return any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_typed_text_in_every_script_shows_as_typed(qtbot, app_font: QFont, script: str) -> None:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.setText(SAMPLES[script])
    edit.resize(400, edit.sizeHint().height())
    assert missing_glyphs(SAMPLES[script], edit.font()) == []
    empty = QLineEdit()
    qtbot.addWidget(empty)
    empty.resize(edit.size())
    image, blank = edit.grab().toImage(), empty.grab().toImage()
    assert has_ink(image)
    assert image != blank


def test_the_shipped_fonts_are_the_fallbacks(app_font: QFont) -> None:
    families = app_font.families()
    for family in ("DejaVu Sans", "Noto Sans Bengali", "Noto Naskh Arabic", "Symbola"):
        assert family in families
    assert families.index("Symbola") == len(families) - 1  # symbols never win over a script


def test_without_fallbacks_an_emoji_is_a_box(qapp: QApplication) -> None:
    """The check above can fail: the base font alone has no thumbs-up."""
    fonts.register()
    bare = QFont("DejaVu Sans")
    bare.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    assert missing_glyphs(SAMPLES["emoji"], bare) != []
