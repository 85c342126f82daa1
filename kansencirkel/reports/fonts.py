"""Embedded fonts: DejaVu Sans, which ships with matplotlib.

The PDF base-14 fonts (Helvetica …) are not embedded and have no glyphs for Ş, Ğ, Ł, ś or
Vietnamese letters; DejaVu covers Latin script fully, and embedding it makes the PDF print the
same everywhere.
"""

from __future__ import annotations

import threading
import unicodedata
from pathlib import Path

import matplotlib
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kansencirkel.core.bidi_text import visual
from kansencirkel.paths import resource

REGULAR = "KC-Sans"
BOLD = "KC-Sans-Bold"
ITALIC = "KC-Sans-Oblique"
BOLD_ITALIC = "KC-Sans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


class FontMissing(RuntimeError):
    """The DejaVu fonts are not where matplotlib or resources/fonts should have them."""


def font_file(name: str) -> Path:
    """A bundled copy in resources/fonts wins (packaging); else matplotlib's own copy."""
    filename = _FILES[name]
    for folder in (resource("fonts"), Path(matplotlib.get_data_path()) / "fonts" / "ttf"):
        candidate = folder / filename
        if candidate.is_file():
            return candidate
    raise FontMissing(f"font file not found: {filename}")


def register_fonts() -> None:
    """Register the family once per process (thread-safe: exports run off the GUI thread)."""
    global _registered
    with _lock:
        if _registered:
            return
        for name in _FILES:
            pdfmetrics.registerFont(TTFont(name, str(font_file(name))))
        # So <b> and <i> inside a Paragraph pick the embedded bold/oblique faces.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, ITALIC)
        addMapping(REGULAR, 1, 1, BOLD_ITALIC)
        pdfmetrics.registerFontFamily(
            REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True


def printable(text: str) -> str:
    """Text as it is drawn: NFC-normalised (names typed with combining accents, e.g.
    Vietnamese on a Mac, then use DejaVu's precomposed glyphs instead of stacking marks),
    and right-to-left runs shaped and in visual order (:mod:`kansencirkel.core.bidi_text`)."""
    return visual(unicodedata.normalize("NFC", text))
