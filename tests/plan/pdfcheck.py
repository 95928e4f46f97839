"""Reading plans back: text, headings and the font sizes the PDF itself declares."""

from __future__ import annotations

import io
from collections import Counter

from pypdf import PdfReader


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """All text, whitespace collapsed (so wrapped lines read as one)."""
    return " ".join(" ".join(page.extract_text() or "" for page in reader(pdf).pages).split())


def words(text: str) -> str:
    return " ".join(text.split())


def font_sizes(pdf: bytes) -> Counter[float]:
    """Characters printed at each effective font size (Tf size scaled by the text matrix)."""
    sizes: Counter[float] = Counter()

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            scale = (tm[3] or 1) * (cm[3] or 1)
            sizes[round(size * abs(scale), 1)] += len(text.strip())

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return sizes


def font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader(pdf).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.get_object().values():
            names.add(str(ref.get_object()["/BaseFont"]))
    return names


def heading_order(text: str, headings: list[str]) -> list[str]:
    """The headings found in ``text``, in the order they appear."""
    found = [(text.find(h), h) for h in headings if h in text]
    return [h for _, h in sorted(found)]


def chunks(pdf: bytes) -> list[tuple[str, float]]:
    """Each piece of text as it is drawn, with its effective size, in page order."""
    out: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            out.append((text.strip(), round(size * abs((tm[3] or 1) * (cm[3] or 1)), 1)))

    for page in reader(pdf).pages:
        page.extract_text(visitor_text=visit)
    return out


def drawn_headings(pdf: bytes, headings: list[str]) -> list[str]:
    """The section headings found at a heading's size, in the order they are drawn."""
    sized = [(text, size) for text, size in chunks(pdf)]
    body = Counter(size for _, size in sized).most_common(1)[0][0]
    big = " ".join(text for text, size in sized if size > body * 1.2)
    return heading_order(" ".join(big.split()), headings)
