"""No report or view adds scores up or ranks children: not the kernteam overview, the
parents' sheet, the agenda, the "Wat werkt" page, the AVG inzage, nor the meeting-mode text."""

from __future__ import annotations

import re

import pytest

from kansencirkel.core.i18n import Lang
from kansencirkel.core.kinds import default_kinds
from kansencirkel.core.what_works import what_works
from kansencirkel.reports import render_child_report
from kansencirkel.reports.agenda import render_agenda
from kansencirkel.reports.inzage import render_inzage
from kansencirkel.reports.what_works import render_what_works
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case

#: Whole words only ("best" would match "bestaat"); Dutch and English.
FORBIDDEN = re.compile(
    r"\b(totaal\w*|totale|total|rangorde|ranglijst|ranking|rank|risico\w*|risk|gemiddeld\w*|"
    r"average|score van het kind|beste kind|slechtste)\b",
    re.IGNORECASE,
)


def _texts(lang: Lang) -> dict[str, str]:
    case = make_case()
    kinds = default_kinds()
    out = {
        kind: pdfcheck.text(
            render_child_report(case, kind, printed_by="IB", today=TODAY, lang=lang)
        )
        for kind in ("kernteam", "ouders")
    }
    agenda = render_agenda(TODAY, [case], printed_by="IB", today=TODAY, lang=lang)
    out["agenda"] = pdfcheck.text(agenda)
    result = what_works([], kinds, TODAY, TODAY)
    page = render_what_works(result, kinds, team="T", printed_by="IB", today=TODAY, lang=lang)
    out["wat werkt"] = pdfcheck.text(page)
    inzage = render_inzage(case, [], printed_by="IB", today=TODAY, lang=lang)
    out["inzage"] = pdfcheck.text(inzage)
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_report_holds_a_total_score_or_a_ranking(lang: Lang) -> None:
    for name, text in _texts(lang).items():
        found = FORBIDDEN.findall(text)
        assert found == [], f"{name}: {found}"
