"""The afspraken table of the kernteam overview and the agenda: who, what, element, due,
status. Paragraphs in every cell; the narrow columns are as wide as their longest word, so a
name or an element never breaks mid-word, and all columns add up to the frame width."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

from kansencirkel.core.elements import Lang
from kansencirkel.core.model import Action
from kansencirkel.reports.casedata import element_names, owner_text
from kansencirkel.reports.common import esc
from kansencirkel.reports.styles import CELL_PAD, FRAME_WIDTH, Styles, grid_table_style
from kansencirkel.reports.texts import short_date, t


def actions_table(actions: Sequence[Action], s: Styles, today: date, lang: Lang) -> Table:
    """Who, what, element, due, status — rows may split across pages (long texts)."""
    rows: list[list[Flowable]] = [
        [
            Paragraph(esc(t(lang, k)), s.cell_head)
            for k in ("col.who", "col.what", "col.element", "col.due", "col.status")
        ]
    ]
    for a in actions:
        what = esc(a.what)
        if a.evaluation.strip():
            what += f"<br/><i>{esc(a.evaluation)}</i>"
        due = esc(short_date(a.due_on, lang))
        if a.is_overdue(today):
            due += f"<br/><b>{esc(t(lang, 'overdue'))}</b>"
        cells = [
            owner_text(a, lang),
            element_names(a.elements, lang),
            t(lang, f"status.{a.status.value}"),
        ]
        rows.append(
            [
                Paragraph(esc(cells[0]), s.cell),
                Paragraph(what, s.cell),
                # One element per line: a list of names never breaks inside a name.
                Paragraph("<br/>".join(esc(n) for n in cells[1].split(", ")), s.cell),
                Paragraph(due, s.cell),
                Paragraph(esc(cells[2]), s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=action_widths(actions, s, today, lang),
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    return table


def action_widths(actions: Sequence[Action], s: Styles, today: date, lang: Lang) -> list[float]:
    """Column widths that add up to the frame: who, element, due and status as wide as their
    longest word (so no name or element is broken mid-word), within sensible bounds; "what"
    takes the rest."""
    pad = 2 * CELL_PAD

    def longest(texts: Sequence[str], style: ParagraphStyle) -> float:
        words = [w for text in texts for w in text.replace(",", " ").split()]
        return max((stringWidth(w, style.fontName, style.fontSize) for w in words), default=0.0)

    def column(head: str, texts: Sequence[str], low: float, high: float) -> float:
        need = max(longest([t(lang, head)], s.cell_head), longest(texts, s.cell)) + pad + 1
        return min(max(need, low), high)

    who = column("col.who", [owner_text(a, lang) for a in actions], 24 * mm, 36 * mm)
    element = column(
        "col.element", [element_names(a.elements, lang) for a in actions], 22 * mm, 36 * mm
    )
    due = column("col.due", [short_date(a.due_on, lang) for a in actions], 18 * mm, 30 * mm)
    if any(a.is_overdue(today) for a in actions):  # "(verstreken)" is printed in bold
        late = stringWidth(t(lang, "overdue"), s.cell_bold.fontName, s.cell.fontSize) + pad + 1
        due = min(max(due, late), 30 * mm)
    status = column(
        "col.status", [t(lang, f"status.{a.status.value}") for a in actions], 14 * mm, 24 * mm
    )
    return [who, FRAME_WIDTH - who - element - due - status, element, due, status]
