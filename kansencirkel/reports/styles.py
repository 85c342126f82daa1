"""Paragraph and table styles: one grid, one hierarchy, black-and-white safe.

Only greys are used for structure (no traffic-light colours); perspective colours appear in the
charts alone, where line style and marker also separate them on a black-and-white print.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from kansencirkel.reports.fonts import BOLD, REGULAR, register_fonts

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.black
MUTED = colors.HexColor("#4D4D4D")
RULE = colors.HexColor("#9A9A9A")
HEADER_FILL = colors.HexColor("#E4E4E4")
MARK_FILL = colors.HexColor("#F0F0F0")
LINE_FILL = colors.HexColor("#BDBDBD")
#: Left and right padding of a grid table cell (points).
CELL_PAD = 4


@dataclass(frozen=True, slots=True)
class Styles:
    """The set of styles one report uses; ``body_size`` sets the whole scale."""

    body_size: float
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h1_flow: ParagraphStyle  # for sections whose body may split across pages
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle


@lru_cache(maxsize=4)
def make_styles(body_size: float = 9.5) -> Styles:
    """Kernteam papers use 9.5 pt; the parent overview 12 pt (larger type, B1 reading)."""
    register_fonts()
    lead = body_size * 1.35

    def style(
        name: str,
        size: float,
        *,
        font: str = REGULAR,
        leading: float | None = None,
        before: float = 0,
        after: float = 0,
        color: colors.Color = INK,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading or size * 1.35,
            spaceBefore=before,
            spaceAfter=after,
            textColor=color,
            alignment=TA_LEFT,
            splitLongWords=True,
            allowWidows=0,
            allowOrphans=0,
            keepWithNext=1 if name in ("h1", "h2") else 0,
        )

    return Styles(
        body_size=body_size,
        title=style("title", body_size * 2.0, font=BOLD, after=body_size * 0.3),
        subtitle=style("subtitle", body_size * 1.15, color=MUTED, after=body_size * 0.6),
        h1=style("h1", body_size * 1.35, font=BOLD, before=body_size * 1.3, after=body_size * 0.5),
        h1_flow=style(
            "h1_flow", body_size * 1.35, font=BOLD, before=body_size * 1.3, after=body_size * 0.5
        ),
        h2=style("h2", body_size * 1.1, font=BOLD, before=body_size * 0.7, after=body_size * 0.2),
        body=style("body", body_size, leading=lead, after=body_size * 0.35),
        small=style("small", body_size * 0.85, color=MUTED, after=body_size * 0.3),
        cell=style("cell", body_size * 0.95),
        cell_bold=style("cell_bold", body_size * 0.95, font=BOLD),
        cell_head=style("cell_head", body_size * 0.9, font=BOLD),
        label=style("label", body_size * 0.85, color=MUTED),
    )


def grid_table_style(
    *, header: bool = True, extra: list[tuple[object, ...]] | None = None
) -> TableStyle:
    """Light rules between rows, a grey header band: reads well in black and white."""
    cmds: list[tuple[object, ...]] = [
        # Cells set a font even around Paragraphs; the default (Helvetica) is not embedded.
        ("FONT", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    cmds += extra or []
    return TableStyle(cmds)


def plain_table_style(cmds: list[tuple[object, ...]]) -> TableStyle:
    """A table style that also sets the cell font (the default, Helvetica, is not embedded)."""
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR), *cmds])
