"""Charts on paper: the same matplotlib builders as the screen, drawn as vectors.

The figures come from :mod:`kansencirkel.charts` exactly as the app builds them and are drawn
onto the page by :class:`~kansencirkel.reports.mpl_canvas.FigureFlowable`: sharp at any
zoom, text in the embedded fonts, and no bitmaps of child data in the PDF.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from reportlab.lib.units import inch, mm
from reportlab.platypus import Flowable, Table

from kansencirkel.charts import (
    radar_figure,
    radar_grid_figure,
    trend_figure,
)
from kansencirkel.charts.series import overlay
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Action, Assessment
from kansencirkel.core.window import with_age
from kansencirkel.reports.casedata import Selection
from kansencirkel.reports.mpl_canvas import FigureFlowable
from kansencirkel.reports.styles import plain_table_style


def _inches(points: float) -> float:
    return float(points / inch)


def star_panel(
    latest: Mapping[Perspective, Assessment],
    *,
    lang: Lang,
    width: float,
    today: date,
    months: int,
    overlay_only: bool = False,
    star_width: float = 120 * mm,
    labels: Mapping[Perspective, str] | None = None,
    note_text: str | None = None,
) -> list[Flowable]:
    """The overlay of all perspectives (topics marked, older readings lighter with their
    age), then one star per perspective two abreast — big enough that every element name
    stays readable on paper. ``labels`` and ``note_text`` reword the legend and the note
    (the parents' sheet uses its own words for the perspectives)."""
    series, highlight = overlay(latest, today=today, months=months, lang=lang, labels=labels)
    w = min(width, star_width)
    together = radar_figure(
        series,
        lang=lang,
        size_inches=(_inches(w), _inches(w) * 1.02),
        highlight=highlight,
        note_text=note_text,
    )
    out: list[Flowable] = [_centred(FigureFlowable(together, w), width)]
    if overlay_only or len(series) < 2:
        return out
    cat = catalog()
    panels = [
        (
            with_age(cat.perspective_name(s.perspective, lang), s.on, today, lang)
            if s.older and s.on is not None
            else cat.perspective_name(s.perspective, lang),
            [s],
        )
        for s in series
        if s.perspective is not None
    ]
    rows = (len(panels) + 1) // 2
    grid = radar_grid_figure(
        panels, lang=lang, columns=2, size_inches=(_inches(width), _inches(width) * 0.4 * rows)
    )
    out.append(FigureFlowable(grid, width))
    return out


def _centred(drawing: Flowable, width: float) -> Table:
    table = Table([[drawing]], colWidths=[width])
    table.setStyle(
        plain_table_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def trend_panel(sel: Selection, actions: Sequence[Action], *, lang: Lang, width: float) -> Flowable:
    """Eight small charts over time, one line per perspective, actions' starts marked."""
    fig = trend_figure(
        list(sel.assessments),
        list(actions),
        lang=lang,
        perspectives=sel.perspectives,
        size_inches=(_inches(width), _inches(width) * 0.62),
    )
    return FigureFlowable(fig, width)


def empty_star(*, lang: Lang, width: float, names: Mapping[str, str] | None = None) -> Flowable:
    """The star without any line, for filling in by hand; ``names`` replaces axis labels
    (a child's form breaks long names so they keep their 12 pt)."""
    size = (_inches(width), _inches(width))
    fig = radar_figure([], lang=lang, size_inches=size, legend=False, note=False, names=names)
    return _centred(FigureFlowable(fig, width), width)
