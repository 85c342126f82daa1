"""Blank forms to fill in on paper before a meeting, one per perspective, each from a fresh
page. The child's form comes per age band (:mod:`kansencirkel.reports.blank_child`); the
adults' form has an empty star, the eight elements with their help text, the prompts that are
not put to the child, boxes 1–5 and '?', and the open questions. The parents' form says "u"
throughout and gives at least five ruled lines per question.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table

from kansencirkel.core.age_band import DEFAULT_BAND, AgeBand
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.reports import charts_embed
from kansencirkel.reports.blank_child import addresses_child, child_form_story
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
LINE_GAP = 9 * mm


def render_blank_form(
    perspective: Perspective | Sequence[Perspective],
    *,
    child_version: bool | None = None,
    age_band: AgeBand = DEFAULT_BAND,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    child_name: str = "",
    demo: bool = False,
    printed_at: datetime | None = None,
    snapshot_at: datetime | None = None,
) -> bytes:
    """One form (or several, each from a fresh page). ``child_version`` None = the child's
    perspective gets the child's form for ``age_band``, the others the adult one."""
    perspectives = [perspective] if isinstance(perspective, Perspective) else list(perspective)
    story: list[Flowable] = []
    for i, p in enumerate(perspectives):
        if i:
            story.append(PageBreak())
        as_child = (p is Perspective.KIND) if child_version is None else child_version
        if as_child:
            story += child_form_story(age_band, lang=lang, child_name=child_name)
        else:
            story += form_story(p, lang=lang, child_name=child_name)
    decor = PageDecor(
        title=t(lang, "title.blanco"),
        subject=child_name,
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=demo,
        printed_at=printed_at,
        snapshot_at=snapshot_at,
    )
    return build_pdf(story, decor)


def form_story(p: Perspective, *, lang: Lang, child_name: str) -> list[Flowable]:
    """An adult's form: big star first, then the elements, the open questions at the end."""
    s = make_styles(11.0 if p is Perspective.OUDERS else 10.5)
    cat = catalog()
    story: list[Flowable] = [
        Paragraph(esc(t(lang, "title.blanco")), s.subtitle),
        para(t(lang, "b.perspective", name=cat.perspective_name(p, lang)), s.title),
        _fields(child_name, s, lang),
        Spacer(1, 3 * mm),
        para(t(lang, "b.star"), s.body),
        charts_embed.empty_star(lang=lang, width=FRAME_WIDTH * 0.75),
        PageBreak(),
        para(t(lang, "b.how"), s.body),
        Spacer(1, 2 * mm),
    ]
    story += [_element_row(key, s, lang) for key in ELEMENT_KEYS]
    keys = ["b.goes_well", "b.wishes"]
    if p is Perspective.OUDERS:
        keys = ["b.goes_well", "b.wishes.parents", "b.talk.parents"]
    for key in keys:  # five lines each; the last question takes what the page has left
        lines = WritingLines(5 * LINE_GAP, LINE_GAP, fill=key == keys[-1], maximum=10 * LINE_GAP)
        story.append(KeepTogether([para(t(lang, key), s.h2), lines]))
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


def _element_row(key: str, s: Styles, lang: Lang) -> Flowable:
    el = catalog().element(key)
    text = [para(el.name(lang), s.cell_bold), para(el.help(lang), s.cell)]
    # The questions put to the child ("Wat doe je graag…") belong on the child's form.
    text += [para("• " + q, s.small) for q in el.prompts(lang) if not addresses_child(q, lang)]
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
