"""The parents' sheet's "Hoe kijken we naar …?": the score table in the parents' words, the
parents' own column first and boxed, then the star with the same labels in its legend.

The table starts where its head and a few rows fit (it usually fits whole under "Wat gaat
goed" on page 1) and otherwise goes on over the page with its head repeated, rather than
leaving page 1 half empty.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, Table

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Assessment
from kansencirkel.core.window import ReadingWindow
from kansencirkel.reports import charts_embed
from kansencirkel.reports import parents_words as words
from kansencirkel.reports.casedata import score_cell
from kansencirkel.reports.common import esc, para
from kansencirkel.reports.styles import (
    FRAME_WIDTH,
    HEADER_FILL,
    Styles,
    grid_table_style,
)
from kansencirkel.reports.texts import t
from kansencirkel.reports.topic_block import cell_markup, column_head

#: Room for the views' heading, its explanation, the table's head and a few rows.
VIEWS_ROOM = 65 * mm


def ordered(latest: Mapping[Perspective, Assessment]) -> list[tuple[Perspective, Assessment]]:
    """The parents' own view first, then the others in the usual order."""
    own = [(p, a) for p, a in latest.items() if p is Perspective.OUDERS]
    return own + [(p, a) for p, a in latest.items() if p is not Perspective.OUDERS]


def views(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
    name: str,
    s: Styles,
    today: date,
    lang: Lang,
) -> list[Flowable]:
    if not latest:
        return []
    cat = catalog()
    shown = ordered(latest)
    first = 38 * mm
    col = min(33 * mm, (FRAME_WIDTH - first) / len(shown))
    head_style = _fitting_head(s, [words.label(p, lang) for p, _ in shown], col)
    head: list[Flowable] = [Paragraph(esc(t(lang, "p.col.area")), head_style)]
    for p, a in shown:
        head.append(
            Paragraph(
                column_head(words.label(p, lang), a, window.is_older(p), today, lang, 8),
                head_style,
            )
        )
    rows: list[list[Flowable]] = [head]
    for key in ELEMENT_KEYS:
        rows.append(
            [Paragraph(esc(cat.element(key).name(lang)), s.cell)]
            + [
                Paragraph(
                    cell_markup(score_cell(a.score(key)), window.is_older(p)),
                    s.cell_bold if p is Perspective.OUDERS else s.cell,
                )
                for p, a in shown
            ]
        )
    # Compact rows: the whole table usually still fits under 'what goes well' on page 1.
    extra: list[tuple[object, ...]] = [
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]
    if shown[0][0] is Perspective.OUDERS:
        extra.append(("BOX", (1, 0), (1, -2), 1.2, "#000000"))
        extra.append(("BACKGROUND", (1, 0), (1, 0), HEADER_FILL))
    scale = "; ".join(f"{v} = {cat.score_word(v, lang).lower()}" for v in range(1, 6))
    scale += f"; ? = {cat.score_word(None, lang).lower()}"
    rows.append([Paragraph(esc(scale), s.small)] + [Spacer(0, 0) for _ in shown])
    extra += [
        ("SPAN", (0, -1), (-1, -1)),
        ("LINEBELOW", (0, -1), (-1, -1), 0, "#FFFFFF"),
        ("LEFTPADDING", (0, -1), (-1, -1), 0),
        ("TOPPADDING", (0, -1), (-1, -1), 4),
        ("NOSPLIT", (0, -3), (-1, -1)),
    ]
    table = Table(rows, colWidths=[first] + [col] * len(shown), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_table_style(extra=extra))
    star = charts_embed.star_panel(
        latest,
        lang=lang,
        width=FRAME_WIDTH,
        today=today,
        months=window.months,
        overlay_only=True,
        star_width=105 * mm,
        labels=words.labels(lang),
        note_text=words.star_note(latest, window, lang),
    )
    return [
        # The numbers first, then the star. The table starts where there is room for its
        # head and a few rows (it usually fits whole under 'what goes well'); when it does
        # not, it goes on over the page with its head repeated, rather than leaving page 1
        # half empty. The scale words are its last row, kept with the two rows above them:
        # never alone at the top of the next page.
        CondPageBreak(VIEWS_ROOM),
        Paragraph(esc(t(lang, "p.views", name=name)), s.h1_flow),
        para(t(lang, "p.views.explain"), s.body),
        table,
        Spacer(1, 4 * mm),
        *star,
    ]


def _fitting_head(s: Styles, names: list[str], col: float) -> ParagraphStyle:
    """The column heads' style, smaller when needed so no name is broken inside a word."""
    style: ParagraphStyle = s.cell_head
    words_in = [w for name in names for w in name.split()]
    widest = max((stringWidth(w, style.fontName, 1.0) for w in words_in), default=0.0)
    room = col - 2 * 4  # the grid's cell padding
    if widest * style.fontSize <= room:
        return style
    size = max(8.0, room / widest)
    return ParagraphStyle("cell_head_fit", parent=style, fontSize=size, leading=size * 1.3)
