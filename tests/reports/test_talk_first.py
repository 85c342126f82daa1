"""'Hier wil ik over praten' (samen invullen) comes first where topics are listed: the kernteam
overview, the parents' sheet (when the child's view is shared) and the agenda."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import CaseFile
from kansencirkel.reports import render_child_report
from kansencirkel.reports.agenda import render_agenda
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, make_case

CHILD_SAYS = "Het kind wil hierover praten: Veilig, Gezond."
YOUR_CHILD_SAYS = "Uw kind wil hierover praten: Veilig, Gezond."  # the parents' sheet


def _marked() -> CaseFile:
    case = make_case()
    latest = case.latest_by_perspective()[Perspective.KIND]
    marked = replace(latest, talk=frozenset({"gezond", "veilig"}))
    return replace(case, assessments=tuple(marked if a is latest else a for a in case.assessments))


def _first_after(text: str, heading: str, says: str = CHILD_SAYS) -> None:
    flat = pdfcheck.flat(text)
    start = flat.index(pdfcheck.flat(heading))
    at = flat.index(pdfcheck.flat(says), start)
    assert flat.index(pdfcheck.flat(heading)) < at
    # Before any difference topic of the block: only its own bullet lies between.
    assert flat[start:at].count("•") == 1


@pytest.mark.parametrize("kind", ["kernteam", "ouders"])
def test_child_report_lists_it_first(kind: str) -> None:
    data = render_child_report(_marked(), kind, printed_by="IB", today=TODAY)
    heading = t("nl", "sec.topics" if kind == "kernteam" else "p.topics")
    _first_after(
        pdfcheck.text(data), heading, CHILD_SAYS if kind == "kernteam" else YOUR_CHILD_SAYS
    )


def test_agenda_lists_it_first() -> None:
    data = render_agenda(TODAY, [_marked()], printed_by="IB", today=TODAY)
    _first_after(pdfcheck.text(data), t("nl", "a.topics"))


def test_without_marks_nothing_is_added() -> None:
    data = render_child_report(make_case(), "kernteam", printed_by="IB", today=TODAY)
    assert "hierover praten" not in pdfcheck.flat(pdfcheck.text(data))
