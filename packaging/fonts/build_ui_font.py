"""Build resources/fonts/LinkDeskUISans-{Regular,Bold}.ttf: DejaVu Sans without its Arabic letters.

Why: Qt draws each character in the first font of the fallback chain that has it. DejaVu Sans
(the default sans-serif font of most Linux desktops) has the Arabic letters but not Urdu's own
(ٹ ڈ ڑ ں ہ ے), so an Urdu word typed into a field was drawn half in DejaVu and half in Noto
Naskh Arabic, and the letters did not join across the change of font. Without any Arabic-script
glyphs of its own, this copy hands the whole right-to-left run to Noto Naskh Arabic, which has
every letter and shapes the word as one. Everything else is DejaVu Sans, unchanged, renamed as
the Bitstream Vera licence asks of modified copies (licence: resources/fonts/DejaVu-LICENSE.txt).

``ui/fonts.py`` makes it ("LinkDesk UI Sans") the application font only where the desktop's
own font has the Arabic letters but not Urdu's (it checks); the PDFs keep DejaVu Sans.

Reproduce (deterministic: same input, same bytes):
    pip install fonttools
    python packaging/fonts/build_ui_font.py

Needs fontTools; it is a build-time tool, not a runtime dependency.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
FAMILY = "LinkDesk UI Sans"  # not ReportLab's "LinkDeskSans" (the plan's name for DejaVu)
# Arabic, Arabic Supplement, Arabic Extended-A/B, Arabic Presentation Forms-A and -B.
ARABIC = [(0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]
FACES = {"DejaVuSans.ttf": ("Regular", "LinkDeskUISans-Regular.ttf"),
         "DejaVuSans-Bold.ttf": ("Bold", "LinkDeskUISans-Bold.ttf")}  # fmt: skip


def is_arabic(code_point: int) -> bool:
    return any(low <= code_point <= high for low, high in ARABIC)


def build(source: Path, style: str, out: Path) -> None:
    font = TTFont(source, recalcTimestamp=False)
    keep = sorted(c for c in font.getBestCmap() if not is_arabic(c))
    options = subset.Options()
    options.layout_features = ["*"]  # every OpenType feature the kept glyphs use
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.glyph_names = True
    options.hinting = True
    options.legacy_kern = True
    options.drop_tables = []  # keep everything else as it was
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=keep)
    subsetter.subset(font)
    full = f"{FAMILY} {style}" if style != "Regular" else FAMILY
    postscript = f"LinkDeskUISans-{style}"
    for record in font["name"].names:
        if record.nameID in (1, 16):
            record.string = FAMILY
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID == 3:
            record.string = f"LinkDesk: {postscript}"
        elif record.nameID == 4:
            record.string = full
        elif record.nameID == 6:
            record.string = postscript
    font["head"].modified = font["head"].created  # no build time inside: same bytes each time
    font.save(out)


def main() -> int:
    for name, (style, out) in FACES.items():
        build(FONTS / name, style, FONTS / out)
        print(f"{out}: {(FONTS / out).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
