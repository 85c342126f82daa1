"""The "Wat werkt" feedback as one A4 page: the period, the counts per kind of afspraak, how
the cooperation went per term and side, and why some figures are "<5". No child's name or
score and no person appears; it is never ranked."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from kansencirkel.core.elements import Lang
from kansencirkel.core.i18n import gettext
from kansencirkel.core.kinds import KindList
from kansencirkel.core.pulse import TermPulse
from kansencirkel.core.what_works import WhatWorks
from kansencirkel.core.what_works_text import (
    TITLE,
    empty_text,
    headers,
    hidden_text,
    intro_text,
    period_text,
    pulse_grid,
    pulse_heading,
    rows,
)
from kansencirkel.reports.common import PageDecor, build_pdf, esc, para
from kansencirkel.reports.styles import grid_table_style, make_styles


def render_what_works(
    result: WhatWorks,
    kinds: KindList,
    *,
    team: str,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    demo: bool = False,
    printed_at: datetime | None = None,
    pulses: Sequence[TermPulse] = (),
    snapshot_at: datetime | None = None,
) -> bytes:
    s = make_styles(8.5)
    title = gettext(TITLE, lang=lang)
    story: list[Flowable] = [
        Paragraph(esc(title), s.title),
        para(f"{team} · {period_text(result, lang)}", s.subtitle),
        Spacer(1, 3 * mm),
        para(intro_text(lang), s.body),
        Spacer(1, 3 * mm),
    ]
    if not result:
        story.append(para(empty_text(lang), s.body))
    else:
        head = [Paragraph(esc(h), s.cell_head) for h in headers(lang)]
        body = [[Paragraph(esc(c), s.cell) for c in line] for line in rows(result, kinds, lang)]
        widths = [40 * mm] + [14.5 * mm] * (len(head) - 1)
        table = Table([head, *body], colWidths=widths, repeatRows=1)
        table.setStyle(grid_table_style())
        story += [table, Spacer(1, 3 * mm)]
    if pulses:
        story += [Paragraph(esc(pulse_heading(lang)), s.h2), *_pulse_table(pulses, s, lang)]
    if result or pulses:
        story.append(para(hidden_text(lang), s.small))
    decor = PageDecor(
        title=title,
        subject=period_text(result, lang),
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=demo,
        printed_at=printed_at,
        snapshot_at=snapshot_at,  # a team server's snapshot says so on the page
    )
    return build_pdf(story, decor)


def _pulse_table(pulses: Sequence[TermPulse], s: Any, lang: Lang) -> list[Flowable]:
    """A row per term and side, a column per question (at most nine rows: one page)."""
    head, *lines = pulse_grid(pulses, lang)
    cells = [[Paragraph(esc(h[0]), s.cell_head) for h in head]]
    cells += [
        [Paragraph("<br/>".join(esc(part) for part in cell), s.cell) for cell in line]
        for line in lines
    ]
    widths = [32 * mm, 16 * mm] + [41 * mm] * (len(head) - 2)
    table = Table(cells, colWidths=widths, repeatRows=1)
    table.setStyle(grid_table_style())
    return [table, Spacer(1, 3 * mm)]
