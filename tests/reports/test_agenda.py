"""The agenda per child: what goes well first, the children in the order given, and no
child's heading alone at the foot of a page."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from kansencirkel.demo import generate_case_files
from kansencirkel.reports import render_agenda
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, ZORG_SECRET, make_case

F = pdfcheck.flat
FURNITURE = re.compile(
    r"\s*(DEMO —|Vertrouwelijk|Confidential|Afgedrukt door|Printed by|Pagina \d+ van|Page \d+ of"
    r"|Agenda kernteamoverleg)"
)


def test_each_child_starts_with_what_goes_well() -> None:
    text = F(pdfcheck.text(render_agenda(TODAY, [make_case()], printed_by="IB", today=TODAY)))
    keys = ("sec.goes_well", "a.open", "a.missing", "a.topics")
    places = [text.index(F(t("nl", k))) for k in keys]
    assert places == sorted(places)
    assert text.index(F(f"Zorg: {ZORG_SECRET}")) < places[1]
    assert text.index(F("Wat is beter geworden")) < places[1]


def test_children_print_in_the_order_given() -> None:
    a = make_case()
    b = replace(a, child=replace(a.child, id="c-2", given_name="Bram", family_name="Aalders"))
    c = replace(a, child=replace(a.child, id="c-3", given_name="Zoë", family_name="Zwart"))
    text = pdfcheck.text(render_agenda(TODAY, [c, a, b], printed_by="IB", today=TODAY))
    heads = re.findall(r"^(\d+)\. (.+)$", text, flags=re.M)
    assert heads == [("1", "Zoë Zwart"), ("2", "Elif Şebnem Kowalczyk-Trần"), ("3", "Bram Aalders")]


@pytest.mark.parametrize("seed", [3, 8])
def test_no_page_ends_with_a_child_heading(seed: int) -> None:
    cases = list(generate_case_files(15, seed, TODAY))
    data = render_agenda(TODAY, cases, printed_by="IB", today=TODAY)
    names = {f"{n}. {c.child.full_name}" for n, c in enumerate(cases, start=1)}
    found = 0
    for page in pdfcheck.pages(data):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        lines = [ln for ln in lines if not FURNITURE.match(ln)]
        for i, line in enumerate(lines):
            if line in names:
                found += 1
                # the facts line, "Wat gaat goed" and its first line follow on the same page
                assert len(lines) - i > 3, (line, lines[i:])
    assert found == len(cases)
