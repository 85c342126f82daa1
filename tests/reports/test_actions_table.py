"""The afspraken table: columns that add up to the frame, no cell running into the next,
element names and people never broken in the middle of a word."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from reportlab.platypus import Paragraph

from kansencirkel.core.enums import ActionStatus, Role
from kansencirkel.core.model import Action, Person
from kansencirkel.reports import render_child_report
from kansencirkel.reports.actions_table import actions_table
from kansencirkel.reports.styles import CELL_PAD, FRAME_WIDTH, make_styles
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case

LONG_OWNER = Person("p-x", "Maximiliaan Wolfeschlegelsteinhausen-Bergerdorff", Role.JEUGDHULP)


def _actions() -> tuple[Action, ...]:
    return (
        Action(
            "x-long",
            "c-1",
            "Wekelijks gesprek over de ochtendroutine, de overgang naar school en wat er thuis "
            "en in de klas al goed gaat, met een korte terugkoppeling aan de ouders " * 2,
            ("verantwoordelijk", "erbij_horen", "gerespecteerd", "ontplooiing"),
            LONG_OWNER,
            TODAY - timedelta(days=20),
            TODAY - timedelta(days=2),
            ActionStatus.LOPEND,
            evaluation="Nog niet geëvalueerd; volgende keer bespreken.",
        ),
        *make_case().actions,
    )


def _line_slack(p: Paragraph) -> list[float]:
    lines = p.blPara.lines
    return [line[0] if isinstance(line, tuple) else line.extraSpace for line in lines]


def test_columns_fill_the_frame_and_no_cell_overflows() -> None:
    s = make_styles(9.5)
    for lang in ("nl", "en"):
        table = actions_table(_actions(), s, TODAY, lang)
        table.wrap(FRAME_WIDTH, 10_000)
        widths = table._colWidths
        assert abs(sum(widths) - FRAME_WIDTH) < 0.01
        for row in table._cellvalues:
            for cell, width in zip(row, widths, strict=True):
                cell = cell[0] if isinstance(cell, list | tuple) else cell
                assert isinstance(cell, Paragraph)
                cell.wrap(width - 2 * CELL_PAD, 10_000)
                assert min(_line_slack(cell)) >= -0.01, (lang, cell.text)


def test_element_names_and_people_print_whole() -> None:
    case = replace(make_case(), actions=_actions())
    text = pdfcheck.text(render_child_report(case, "kernteam", printed_by="X", today=TODAY))
    words = text.split()
    for word in ("Verantwoordelijk", "Ontplooiing", "Gerespecteerd", "Maximiliaan"):
        assert word in words, word
