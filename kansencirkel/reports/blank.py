"""Blank form to fill in on paper before a meeting: an empty star, the eight elements with
their plain-language prompts and boxes 1–5 (and '?'), per perspective; a child's version is
worded for children."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.reports import charts_embed
from kansencirkel.reports.common import PageDecor, WritingLines, build_pdf, esc, para
from kansencirkel.reports.fonts import BOLD
from kansencirkel.reports.styles import (
    FRAME_WIDTH,
    INK,
    RULE,
    Styles,
    make_styles,
    plain_table_style,
)
from kansencirkel.reports.texts import t

BOX = 8.5 * mm
CHOICES = ("1", "2", "3", "4", "5", "?")


def render_blank_form(
    perspective: Perspective | Sequence[Perspective],
    *,
    child_version: bool | None = None,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    child_name: str = "",
    demo: bool = False,
    printed_at: datetime | None = None,
) -> bytes:
    """One form (or several, each from a fresh page). ``child_version`` None = the child's
    perspective gets the child's wording, the others the adult one."""
    perspectives = [perspective] if isinstance(perspective, Perspective) else list(perspective)
    story: list[Flowable] = []
    for i, p in enumerate(perspectives):
        if i:
            story.append(PageBreak())
        as_child = (p is Perspective.KIND) if child_version is None else child_version
        story += form_story(p, as_child=as_child, lang=lang, child_name=child_name)
    decor = PageDecor(
        title=t(lang, "title.blanco"),
        subject=child_name,
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=demo,
        printed_at=printed_at,
    )
    return build_pdf(story, decor)


def form_story(p: Perspective, *, as_child: bool, lang: Lang, child_name: str) -> list[Flowable]:
    s = make_styles(12.0 if as_child else 10.5)
    cat = catalog()
    story: list[Flowable] = [
        Paragraph(esc(t(lang, "title.blanco")), s.subtitle),
        para(t(lang, "b.perspective", name=cat.perspective_name(p, lang)), s.title),
        _fields(child_name, s, lang),
        Spacer(1, 3 * mm),
        para(t(lang, "b.star.child" if as_child else "b.star"), s.body),
        charts_embed.empty_star(lang=lang, width=FRAME_WIDTH * (0.56 if as_child else 0.75)),
    ]
    questions: list[Flowable] = []
    for key in ("b.goes_well", "b.wishes"):
        label = t(lang, key + ".child") if as_child else t(lang, key)
        questions.append(KeepTogether([para(label, s.h2), WritingLines(25 * mm, gap=8.5 * mm)]))
    # A child's form: star and the two questions on page 1, the sentences on page 2.
    # An adult's form has longer element texts: big star first, the questions at the end.
    if as_child:
        story += questions
    story += [
        PageBreak(),
        para(t(lang, "b.how.child" if as_child else "b.how"), s.body),
        Spacer(1, 2 * mm),
    ]
    story += [_element_row(key, as_child, s, lang) for key in ELEMENT_KEYS]
    if not as_child:
        story += questions
    return story


def _fields(child_name: str, s: Styles, lang: Lang) -> Table:
    rows = [
        [para(t(lang, "b.name"), s.label), para(child_name, s.body)],
        [para(t(lang, "b.filled_by"), s.label), ""],
        [para(t(lang, "b.date"), s.label), ""],
    ]
    table = Table(
        rows, colWidths=[40 * mm, FRAME_WIDTH - 40 * mm], rowHeights=[11 * mm] * 3, hAlign="LEFT"
    )
    table.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
            ]
        )
    )
    return table


def _element_row(key: str, as_child: bool, s: Styles, lang: Lang) -> Flowable:
    el = catalog().element(key)
    if as_child:
        text = [para(el.name(lang), s.label), para(el.child_sentence(lang), s.cell_bold)]
    else:
        text = [para(el.name(lang), s.cell_bold), para(el.help(lang), s.cell)]
        text += [para("• " + prompt, s.small) for prompt in el.prompts(lang)]
    boxes = ScoreBoxes()
    table = Table(
        [[text, boxes]], colWidths=[FRAME_WIDTH - boxes.width, boxes.width], hAlign="LEFT"
    )
    table.setStyle(
        plain_table_style(
            [
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
            ]
        )
    )
    return table


class ScoreBoxes(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Six square boxes (1–5 and '?') with the choice printed small above each."""

    GAP = 2.5 * mm
    LABEL = 4 * mm

    def __init__(self) -> None:
        super().__init__()
        self.width = len(CHOICES) * BOX + len(CHOICES) * self.GAP
        self.height = BOX + self.LABEL

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.9)
        c.setFont(BOLD, 8)
        for i, choice in enumerate(CHOICES):
            x = self.GAP + i * (BOX + self.GAP)
            c.rect(x, 0, BOX, BOX, stroke=1, fill=0)
            c.drawCentredString(x + BOX / 2, BOX + 1.2 * mm, choice)
        c.restoreState()
