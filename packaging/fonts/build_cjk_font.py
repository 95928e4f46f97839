"""Build resources/fonts/LinkDeskCJK-Regular.ttf: a TrueType subset of Noto Sans CJK SC.

ReportLab's TTFont reads only TrueType (glyf) outlines, and Noto Sans CJK ships as CFF in an
OpenType collection, so this script takes the Simplified Chinese face of Debian's
``fonts-noto-cjk`` (``NotoSansCJK-Regular.ttc``, face 2), keeps the characters of GB 2312 and
Big5's frequently used Hanzi (level 1), CJK punctuation, kana and full-width forms, and converts
the cubic outlines to quadratic ones with fontTools' cu2qu (the method of fontTools'
``Snippets/otf2ttf.py``). The result is OFL-1.1 like its source (licence beside it).

Reproduce (Debian/Ubuntu):
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb x
    python packaging/fonts/build_cjk_font.py x/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

Needs fontTools (``pip install fonttools``); it is a build-time tool, not a runtime dependency.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable

SC_FACE = 2  # JP, KR, SC, TC, HK, then the Mono faces
FAMILY = "LinkDesk CJK"
OUT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "LinkDeskCJK-Regular.ttf"
MAX_ERR = 1.0  # font units: the largest distance cu2qu may move a curve (1/1000 em)


def wanted_code_points() -> set[int]:
    """GB 2312 and Big5 level 1 Hanzi, CJK punctuation, kana, full-width forms."""
    points: set[int] = set()
    for codec, lead, trail in (
        ("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF)),
        ("big5", range(0xA1, 0xC7), [*range(0x40, 0x7F), *range(0xA1, 0xFF)]),
    ):
        for a in lead:
            for b in trail:
                try:
                    points.update(map(ord, bytes((a, b)).decode(codec)))
                except UnicodeDecodeError:
                    continue
    points.update(range(0x3000, 0x3040))  # CJK symbols and punctuation
    points.update(range(0x3040, 0x3100))  # hiragana, katakana
    points.update(range(0xFF00, 0xFFF0))  # half-width and full-width forms
    return points


def to_truetype(font: TTFont) -> None:
    """Replace the CFF table with glyf outlines (quadratic), as fontTools' otf2ttf does."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    post = font["post"]
    post.formatType = 2.0
    post.extraNames = []
    post.mapping = {}
    post.glyphOrder = order
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont) -> None:
    """A modified font gets its own name (OFL-1.1 section 3 asks this of derivatives)."""
    name = font["name"]
    for record in list(name.names):
        if record.nameID in (1, 3, 4, 6, 16, 17):
            name.removeNames(nameID=record.nameID)
    name.setName(FAMILY, 1, 3, 1, 0x409)
    name.setName("Regular", 2, 3, 1, 0x409)
    name.setName(f"{FAMILY} Regular (subset of Noto Sans CJK SC)", 3, 3, 1, 0x409)
    name.setName(f"{FAMILY} Regular", 4, 3, 1, 0x409)
    name.setName("LinkDeskCJK-Regular", 6, 3, 1, 0x409)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ttc", type=Path, help="NotoSansCJK-Regular.ttc from fonts-noto-cjk")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    font = TTFont(args.ttc, fontNumber=SC_FACE, lazy=False)
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = []  # horizontal text needs no substitutions
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted_code_points())
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    font.save(args.out)
    print(f"{args.out}: {len(font.getGlyphOrder())} glyphs, {args.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
