"""A paragraph written right to left (a parent's text in Arabic) in a PDF: broken into lines
in its own reading order, each line shaped (:mod:`kansencirkel.core.bidi_text`)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from kansencirkel.core.bidi_text import visual, wrap_logical


class RtlParagraph(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Plain text whose first letter is right-to-left (a wish typed in Arabic), broken into
    lines in reading order for the width it gets, each line shaped. Text that wraps is
    right-aligned, as such a paragraph is read; a single line (a name as the title) keeps
    the alignment of the page around it."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self._text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._style = style
        self._wrapped_style = ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)
        self._laid_out: Paragraph | None = None

    def _lay_out(self, avail_width: float) -> Paragraph:
        style = self._style
        usable = avail_width - style.leftIndent - style.rightIndent

        def measure(line: str) -> float:
            return float(stringWidth(visual(line, rtl=True), style.fontName, style.fontSize))

        lines = wrap_logical(self._text, usable, measure)
        markup = "<br/>".join(escape(visual(line, rtl=True)) for line in lines)
        self._laid_out = Paragraph(markup, self._wrapped_style if len(lines) > 1 else style)
        return self._laid_out

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        width, height = self._lay_out(avail_width).wrap(avail_width, avail_height)
        return float(width), float(height)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        return list(self._lay_out(avail_width).split(avail_width, avail_height))

    def draw(self) -> None:
        if self._laid_out is not None:
            self._laid_out.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self) -> float:
        return float(self._style.spaceBefore)

    def getSpaceAfter(self) -> float:
        return float(self._style.spaceAfter)
