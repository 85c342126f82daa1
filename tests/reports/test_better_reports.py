"""Wat is beter geworden in the kernteam overview, the parents' sheet (consent permitting, in
the "u" wording) and the agenda; left out of all three when nothing rose."""

from __future__ import annotations

from dataclasses import replace

from kansencirkel.reports import render_child_report
from kansencirkel.reports.agenda import render_agenda
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case

HEADING = pdfcheck.flat("Wat is beter geworden")
F = pdfcheck.flat


def _pdf(case, kind: str) -> str:  # type: ignore[no-untyped-def]
    data = render_child_report(case, kind, printed_by="Juf", today=TODAY)  # type: ignore[arg-type]
    return pdfcheck.flat(pdfcheck.text(data))


def test_kernteam_overview_opens_with_what_got_better() -> None:
    text = _pdf(make_case(), "kernteam")
    assert HEADING in text
    assert F("School ziet bij Actief nu een 3, in januari een 2.") in text
    assert F("De zorg ziet bij") in text  # the team sees every perspective
    assert text.index(HEADING) < text.index(F("Wat gaat goed"))
    # a busy child: a handful (largest rise first, then NJi order), then how many more
    assert F("De zorg ziet bij Gerespecteerd") not in text
    assert F("En nog 27 dingen die beter werden.") in text


def test_parents_sheet_only_consented_perspectives_in_the_u_form() -> None:
    text = _pdf(make_case(), "ouders")
    assert HEADING in text
    assert F("Thuis ziet u bij Actief nu een 4, in januari een 3.") in text
    assert F("Uw kind ziet bij Actief nu een 4") in text
    assert F("De zorg ziet") not in text  # zorg has no consent to be shared
    assert F("En nog 19 dingen die beter werden.") in text


def test_the_agenda_shows_it_per_child() -> None:
    data = render_agenda(TODAY, [make_case()], printed_by="Juf", today=TODAY)
    text = pdfcheck.flat(pdfcheck.text(data))
    assert F("School ziet bij Actief nu een 3") in text
    assert F("Het kind ziet bij Gerespecteerd") not in text
    assert F("En nog 27 dingen die beter werden.") in text


def test_nothing_rose_leaves_the_part_out_everywhere() -> None:
    flat = make_case(history=1)
    flat = replace(flat, actions=())
    for kind in ("kernteam", "ouders"):
        assert HEADING not in _pdf(flat, kind)
    agenda = render_agenda(TODAY, [flat], printed_by="Juf", today=TODAY)
    assert HEADING not in F(pdfcheck.text(agenda))
