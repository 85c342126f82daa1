"""Shared page furniture: escaping, the A4 template, and the header/footer on every page.

The footer says "Vertrouwelijk", page x of y and who printed it when; a demo vault says so at
the top of every page. "Of y" needs the page count, so pages are kept until the document is
complete and then decorated (the usual two-pass NumberedCanvas).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate

from kansencirkel.core.bidi_text import starts_rtl
from kansencirkel.core.elements import Lang
from kansencirkel.core.snapshot import snapshot_notice
from kansencirkel.reports.bidi import RtlParagraph
from kansencirkel.reports.fonts import BOLD, REGULAR, printable, register_fonts
from kansencirkel.reports.styles import (
    FRAME_WIDTH,
    INK,
    LINE_FILL,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    Styles,
)
from kansencirkel.reports.texts import short_date, t


def esc(text: str) -> str:
    """User text made safe for a Paragraph: ``&``, ``<`` and ``>`` print literally, line
    breaks stay line breaks."""
    safe = escape(printable(text))
    return safe.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br/>")


def para(text: str, style: Any) -> Flowable:
    """A Paragraph from plain user text (always escaped); text that starts right-to-left
    wraps in its own reading order (:class:`RtlParagraph`)."""
    if starts_rtl(text):
        return RtlParagraph(unicodedata.normalize("NFC", text), style)
    return Paragraph(esc(text), style)


def labelled(label: str, text: str, style: Any) -> list[Flowable]:
    """ "<b>Label:</b> text" in one paragraph; a text written right to left gets a paragraph
    of its own under the label, so its lines wrap in its own reading order."""
    if starts_rtl(text):
        return [Paragraph(f"<b>{esc(label)}:</b>", style), para(text, style)]
    return [Paragraph(f"<b>{esc(label)}:</b> {esc(text)}", style)]


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page shows around the content."""

    title: str
    subject: str  # right side of the running header (child's name, or the agenda date)
    printed_by: str
    printed_on: date
    lang: Lang
    demo: bool = False
    printed_at: datetime | None = None
    snapshot_at: datetime | None = None  # printed from a team server's snapshot


def _marks(decor: PageDecor) -> str:
    """The boxed notice at the top of every page: demo data, a snapshot, or both."""
    marks = [t(decor.lang, "demo")] if decor.demo else []
    if decor.snapshot_at is not None:
        marks.append(snapshot_notice(decor.snapshot_at, decor.lang))
    return "  ·  ".join(marks)


def _printed_when(decor: PageDecor) -> str:
    when = short_date(decor.printed_on, decor.lang)
    if decor.printed_at is not None:
        when += decor.printed_at.strftime(" %H:%M")
    return when


def _decorate(canvas: Canvas, decor: PageDecor, page: int, pages: int) -> None:
    canvas.saveState()
    left, right = MARGIN_X, PAGE_WIDTH - MARGIN_X
    # Footer
    y = MARGIN_BOTTOM - 9 * mm
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(left, y + 4 * mm, right, y + 4 * mm)
    canvas.setFillColor(INK)
    canvas.setFont(BOLD, 8)
    canvas.drawString(left, y, t(decor.lang, "confidential"))
    canvas.setFont(REGULAR, 8)
    canvas.setFillColor(MUTED)
    who = printable(decor.printed_by)
    canvas.drawCentredString(
        PAGE_WIDTH / 2, y, t(decor.lang, "printed", who=who, when=_printed_when(decor))
    )
    canvas.drawRightString(right, y, t(decor.lang, "page", x=page, y=pages))
    # Running header from page 2 on; page 1 carries the full header in the story.
    top = PAGE_HEIGHT - MARGIN_TOP + 8 * mm
    if page > 1:
        canvas.setFont(REGULAR, 8)
        canvas.drawString(left, top, decor.title)
        canvas.drawRightString(right, top, printable(decor.subject))
        canvas.line(left, top - 2 * mm, right, top - 2 * mm)
    label = _marks(decor)
    if label:
        canvas.setFont(BOLD, 9)
        width = canvas.stringWidth(label, BOLD, 9) + 6 * mm
        x, yb = (PAGE_WIDTH - width) / 2, PAGE_HEIGHT - 9 * mm
        canvas.setFillColorRGB(1, 1, 1)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.rect(x, yb - 2 * mm, width, 6 * mm, stroke=1, fill=1)
        canvas.setFillColor(INK)
        canvas.drawCentredString(PAGE_WIDTH / 2, yb, label)
    canvas.restoreState()


def _canvas_class(decor: PageDecor) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        """Keeps each finished page until the end, so the footer can say 'of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # The default initial font is Helvetica, which is never embedded.
            kwargs["initialFontName"] = REGULAR
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _decorate(self, decor, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(story: Sequence[Flowable], decor: PageDecor) -> bytes:
    """Lay out ``story`` on A4 pages with the shared furniture; returns the PDF bytes."""
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        # Metadata stays neutral: file browsers show it, so no child's name here.
        title=decor.title,
        author="Kansencirkel",
        creator="Kansencirkel",
        subject=t(decor.lang, "confidential"),
        lang="nl-NL" if decor.lang == "nl" else "en-GB",
    )
    doc.build(list(story), canvasmaker=_canvas_class(decor))
    return buf.getvalue()


def flowing_section(title: str, styles: Styles, room: float = 35 * mm) -> list[Flowable]:
    """A heading for a section that may split (tables, notes): it starts on a new page only
    when less than ``room`` is left. (keepWithNext would move a whole page-sized table.)"""
    return [CondPageBreak(room), Paragraph(esc(title), styles.h1_flow)]


class WritingLines(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Ruled space for handwritten notes.

    With ``fill`` it takes what is left of the page (between ``height`` and ``maximum``), so a
    parent gets as much room as the page offers without starting an almost empty page.
    """

    def __init__(
        self,
        height: float,
        gap: float = 9 * mm,
        width: float = FRAME_WIDTH,
        *,
        fill: bool = False,
        maximum: float = 120 * mm,
    ) -> None:
        super().__init__()
        self.min_height = height
        self.height = height
        self.width = width
        self.gap = gap
        self.fill = fill
        self.maximum = maximum

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = min(self.width, avail_width)
        if self.fill and avail_height > self.min_height:
            room = min(avail_height, self.maximum)
            self.height = room - (room % self.gap)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []  # never cut: it moves to the next page as a whole

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(LINE_FILL)
        c.setLineWidth(0.5)
        y = self.height - self.gap
        while y >= -0.01:  # not lost to rounding: height 5 × gap gives five lines
            c.line(0, y, self.width, y)
            y -= self.gap
        c.restoreState()


def header_block(rows: Sequence[tuple[str, str]], styles: Styles, col: float = 32 * mm) -> Flowable:
    """Label/value pairs in two columns under the title (values are user text, escaped)."""
    from reportlab.platypus import Table, TableStyle

    data = [
        [Paragraph(esc(label), styles.label), para(value, styles.cell)] for label, value in rows
    ]
    table = Table(data, colWidths=[col, FRAME_WIDTH - col], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table
