"""Readings that belong together in time: an older reading is not compared, and on paper it
is visibly older wherever it appears (score table, star legend, topics), in both languages.
A long topic list prints a handful and names the rest."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kansencirkel.core.enums import Perspective as P
from kansencirkel.reports import render_child_report
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, assessment, make_case

OLD = date(2025, 5, 12)  # ten months before TODAY (16 March 2026)


def _case(**kw: object):  # type: ignore[no-untyped-def]
    """The usual case, but the care view is ten months old and sees everything differently;
    the parents may see it (consent), so both reports show it."""
    base = make_case(consent_parts=("kind", "school", "zorg", "notes", "actions"), history=1)
    rows = [a for a in base.assessments if a.perspective is not P.ZORG]
    rows.append(assessment(P.ZORG, OLD, (1, 5, 1, 5, 1, 5, 1, 5), 9))
    return replace(base, assessments=tuple(sorted(rows, key=lambda a: a.assessed_on)), **kw)


def _text(kind: str, lang: str = "nl", **kw: object) -> str:
    data = render_child_report(
        _case(**kw),
        kind,
        printed_by="Test",
        today=TODAY,
        lang=lang,  # type: ignore[arg-type]
    )
    return _Flat(pdfcheck.flat(pdfcheck.text(data)))


class _Flat(str):
    """``"a b" in text`` compares without white space (line breaks fall anywhere)."""

    def __contains__(self, item: object) -> bool:
        return pdfcheck.flat(str(item)) in str(self)


def test_kernteam_report_marks_the_older_reading_and_leaves_it_out() -> None:
    text = _text("kernteam")
    assert "Zorg, 10 maanden geleden" in text  # star legend
    assert "12-05-2025 10 maanden geleden" in text  # the score table's column head
    assert "Niet vergeleken, want meer dan 4 maanden ouder dan de nieuwste meting: " in text
    assert "zorg, 10 maanden geleden." in text
    assert "Lichter, open punten: oudere meting, niet vergeleken" in text
    assert "zorg zie" not in text  # no topic names the care view
    english = _text("kernteam", "en")
    assert "Care, 10 months ago" in english and "care, 10 months ago." in english


def test_a_wider_window_compares_the_care_view_again() -> None:
    text = _text("kernteam", compare_months=12)
    assert "10 maanden geleden" not in text
    assert "zorg ziet" in text
    # Eight elements differ now: four are printed, the rest named in one line.
    assert "En nog " in text and " onderwerpen: " in text


def test_parents_report_shows_the_age_too() -> None:
    # In the parents' words: care is "de hulpverlening" there, in the legend and the text.
    text = _text("ouders")
    assert "Hulpverlening, 10 maanden geleden" in text
    assert "de hulpverlening, 10 maanden geleden" in text
    assert "Zorg" not in text
