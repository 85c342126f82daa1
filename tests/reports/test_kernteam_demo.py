"""The kernteam overview for every child of a generated demo vault: no warnings, a few pages,
no page left half empty; and for the edge cases (no readings, only "weet niet")."""

from __future__ import annotations

import warnings
from dataclasses import replace
from datetime import date, timedelta

import pytest

from kansencirkel.core.enums import Perspective
from kansencirkel.demo import generate_case_files
from kansencirkel.reports.kernteam import render_kernteam
from kansencirkel.reports.texts import t
from tests.reports import pdfcheck
from tests.reports.conftest import TODAY, assessment, make_case
from tests.reports.geometry import fill_ratios

DEMO_TODAY = date(2026, 3, 16)


def _render(case) -> bytes:  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a warning (matplotlib's locator, say) fails the test
        return render_kernteam(case, printed_by="Test", today=DEMO_TODAY)


@pytest.fixture(scope="module")
def demo_pdfs() -> list[bytes]:
    return [_render(case) for case in generate_case_files(20, 7, DEMO_TODAY)]


def test_demo_children_fit_in_three_pages_and_no_page_is_left_half_empty(
    demo_pdfs: list[bytes],
) -> None:
    counts = [pdfcheck.page_count(pdf) for pdf in demo_pdfs]
    assert max(counts) <= 4, counts
    assert sum(n <= 3 for n in counts) >= 0.8 * len(counts), counts
    for n, pdf in enumerate(demo_pdfs):
        ratios = fill_ratios(pdf)
        assert all(r >= 0.4 for r in ratios[:-1]), (n, ratios)


_SECTIONS = ("goes_well", "scores", "topics", "stars", "trends", "actions", "notes", "wishes")
HEADINGS = {t("nl", f"sec.{k}") for k in _SECTIONS}


def test_no_heading_is_left_alone_at_the_foot_of_a_page(demo_pdfs: list[bytes]) -> None:
    for n, pdf in enumerate(demo_pdfs):
        for page in pdfcheck.pages(pdf)[:-1]:
            lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
            body = [
                ln for ln in lines if not ln.startswith(("Vertrouwelijk", "Afgedrukt", "Pagina"))
            ]
            assert body[-1] not in HEADINGS, (n, body[-3:])


@pytest.mark.parametrize(
    ("readings", "days"), [(1, 0), (2, 0), (2, 30), (12, 0), (12, 30), (12, 3 * 365)]
)
def test_short_and_long_histories_render_without_warnings(readings: int, days: int) -> None:
    start = TODAY - timedelta(days=days)
    scores = (4, 3, 4, 2, 3, 4, None, 5)
    history = tuple(
        assessment(p, start + timedelta(days=days * i // max(readings - 1, 1)), scores, i)
        for i in range(readings)
        for p in (Perspective.KIND, Perspective.SCHOOL)
    )
    pdf = _render(replace(make_case(), assessments=history))
    assert pdfcheck.page_count(pdf) <= 4


def test_only_weet_niet_gives_one_honest_line_and_no_charts() -> None:
    case = make_case()
    unknown = tuple(replace(a, scores=dict.fromkeys(a.scores)) for a in case.assessments)
    pdf = _render(replace(case, assessments=unknown))
    text = pdfcheck.text(pdf)
    assert "Er zijn nog geen scores: alle antwoorden zijn 'weet niet'." in text
    for absent in ("De Kansencirkel nu", "Verloop in de tijd", "Op geen enkel element"):
        assert absent not in text, absent
    assert "meer rust in de ochtend" in text  # what they wrote still prints
    assert pdfcheck.page_count(pdf) <= 2


def test_no_readings_says_so_once() -> None:
    text = pdfcheck.text(_render(replace(make_case(), assessments=())))
    assert text.count("Er zijn nog geen metingen vastgelegd.") == 1
    for absent in ("nog maar één meting", "De Kansencirkel nu", "Verloop in de tijd"):
        assert absent not in text, absent
