"""Readable charts in print: no text under 7 pt in any chart of the kernteam overview, read
from what the PDF renderer is asked to draw (size × the flowable's scale)."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.demo import generate_case_files
from kansencirkel.reports import mpl_canvas
from kansencirkel.reports.kernteam import render_kernteam
from tests.reports.conftest import TODAY, make_case


@pytest.fixture
def sizes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, str]]:
    seen: list[tuple[float, str]] = []
    scale = [1.0]
    draw, text = mpl_canvas.FigureFlowable.draw, mpl_canvas.CanvasRenderer.draw_text

    def flowable_draw(self, *a, **kw):  # type: ignore[no-untyped-def]
        scale[0] = self.factor
        return draw(self, *a, **kw)

    def draw_text(self, gc, x, y, s, prop, angle, *a, **kw):  # type: ignore[no-untyped-def]
        if s.strip():
            seen.append((prop.get_size_in_points() * scale[0], s))
        return text(self, gc, x, y, s, prop, angle, *a, **kw)

    monkeypatch.setattr(mpl_canvas.FigureFlowable, "draw", flowable_draw)
    monkeypatch.setattr(mpl_canvas.CanvasRenderer, "draw_text", draw_text)
    return seen


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_chart_text_under_7_pt(sizes: list[tuple[float, str]], lang: str) -> None:
    day = date(2026, 3, 16)
    cases = [make_case(history=3), *generate_case_files(4, 7, day)]
    for case in cases:
        render_kernteam(case, printed_by="X", today=TODAY, lang=lang)  # type: ignore[arg-type]
    assert sizes
    small = sorted({(round(size, 2), s) for size, s in sizes if size < 7.0 - 1e-6})
    assert not small, small[:10]
