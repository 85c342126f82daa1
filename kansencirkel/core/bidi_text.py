"""Right-to-left text (Arabic, Hebrew, Persian, Urdu …) in the order it is drawn.

No Qt and no reportlab here: the PDFs (:mod:`kansencirkel.reports.bidi`) and the screens'
charts both use it, and the first chart on screen should not load the PDF library.


reportlab draws a string's characters left to right, one glyph per character: محمد would print
mirrored and with its letters unjoined. Its own support for right-to-left text needs
``rlbidi``, which is not on PyPI (only on reportlab's private index), so we do what it would:
``arabic_reshaper`` turns letters into their joined forms (initial, medial, final, the lam-alef
ligature) and ``python-bidi`` (the Unicode Bidirectional Algorithm, UAX #9) puts each line in
visual order. Both are well kept and pure in what they do; DejaVu has the joined forms.

Text without right-to-left characters is returned unchanged, so Dutch and English pay for one
scan. Every line is reordered on its own, left to right as the page around it is: "Gesprek
met محمد over rekenen" stays a Dutch line with the name inside it in order. The visual form
must be made once, where text is drawn (:func:`kansencirkel.reports.fonts.printable`, the
chart canvas; on screen the chart host): made twice it would be reversed back.

A paragraph that wraps must be broken into lines *before* reordering, or its second line
would come first: :func:`wrap_logical` breaks in logical order, and
:class:`kansencirkel.reports.bidi.RtlParagraph` draws the lines right-aligned.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache


def _is_rtl(ch: str) -> bool:
    """A strong right-to-left letter: Hebrew, Arabic, Syriac, Thaana, NKo and the scripts
    after them up to Arabic Extended, and the Hebrew and Arabic presentation forms."""
    o = ord(ch)
    return 0x0590 <= o <= 0x08FF or 0xFB1D <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF


def has_rtl(text: str) -> bool:
    """Whether ``text`` holds a right-to-left letter (a fast scan; most text has none)."""
    return not text.isascii() and any(_is_rtl(ch) for ch in text)


def starts_rtl(text: str) -> bool:
    """Whether the first strong character is right-to-left: the line's base direction."""
    for ch in text:
        if _is_rtl(ch):
            return True
        if ch.isalpha():
            return False
    return False


def visual(text: str, *, rtl: bool = False) -> str:
    """``text`` shaped and in drawing order, line by line; unchanged when all left-to-right.

    The base direction is left to right (the page is Dutch or English): "فاطمة (Thuis)" keeps
    "(Thuis)" after the name. ``rtl`` is for a paragraph written right to left as a whole."""
    if not has_rtl(text):
        return text
    return "\n".join(_visual_line(line, rtl) for line in text.split("\n"))


@lru_cache(maxsize=4096)
def _visual_line(line: str, rtl: bool) -> str:
    if not has_rtl(line):
        return line
    # Loaded on the first right-to-left line: Dutch and English text never needs them.
    import arabic_reshaper
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line), base_dir="R" if rtl else "L"))


def wrap_logical(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` in *logical* order (greedy, at
    spaces; a word wider than the line gets a line of its own). ``measure`` gives the drawn
    width of a line, so it should measure the shaped, visual form."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if current and measure(candidate) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines
