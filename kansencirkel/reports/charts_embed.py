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
from kansencirkel.charts.series import StarSeries, overlay
from kansencirkel.charts.stars import star_note
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Action, Assessment
from kansencirkel.core.window import with_age
from kansencirkel.reports.casedata import Selection
from kansencirkel.reports.mpl_canvas import FigureFlowable
from kansencirkel.reports.styles import plain_table_style
from kansencirkel.reports.texts import t

#: A lone star's width; the height of a row of two stars and of the legend strip under
#: them, as shares of the frame width.
BIG_STAR = 110 * mm
SMALL_HEIGHT = 0.26
LEGEND_HEIGHT = 0.08
#: Trends: eight panels in two rows of four, as high as a share of the frame width.
TREND_HEIGHT = 0.4


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
    star_width: float = BIG_STAR,
    labels: Mapping[Perspective, str] | None = None,
    note_text: str | None = None,
) -> list[Flowable]:
    """The overlay of all perspectives (topics marked, older readings lighter with their
    age) beside the first single view, then one star per perspective two abreast, one
    figure per row (a page may break between rows). ``overlay_only`` (the parents' sheet)
    prints the overlay alone, ``star_width`` wide; ``labels`` and ``note_text`` reword its
    legend and note (the parents' sheet uses its own words for the perspectives)."""
    series, highlight = overlay(latest, today=today, months=months, lang=lang, labels=labels)
    if overlay_only or len(series) < 2:
        w = min(width, star_width)
        together = radar_figure(
            series,
            lang=lang,
            size_inches=(_inches(w), _inches(w) * 1.02),
            highlight=highlight,
            note_text=note_text,
        )
        return [_centred(FigureFlowable(together, w), width)]
    # All views together first, then one star per perspective, two abreast in one figure
    # with one legend: the overlay no longer takes a page of its own.
    cat = catalog()
    panels: list[tuple[str, Sequence[StarSeries]]] = [(together_title(lang), series)]
    panels += [
        (
            with_age(cat.perspective_name(s.perspective, lang), s.on, today, lang)
            if s.older and s.on is not None
            else cat.perspective_name(s.perspective, lang),
            [s],
        )
        for s in series
        if s.perspective is not None
    ]
    # One figure per row, so a page can break between rows; the legend and the note go
    # under the first row, beside the overlay they explain.
    out: list[Flowable] = []
    for start in range(0, len(panels), 2):
        first = start == 0
        height = SMALL_HEIGHT + (LEGEND_HEIGHT if first else 0.0)
        row = radar_grid_figure(
            panels[start : start + 2],
            lang=lang,
            columns=2,
            size_inches=(_inches(width), _inches(width) * height),
            highlights=[highlight] if first else (),
            legend=series if first else (),
            note_text=star_note(series, highlight, lang) if first else "",
        )
        out.append(FigureFlowable(row, width))
    return out


def together_title(lang: Lang) -> str:
    return t(lang, "sec.overlay")


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
    """Eight small charts over time, one line per perspective, actions' starts marked.

    Black and white: every perspective keeps its own dash and marker shape (the same as on
    the screen and in the legend), rather than one row of panels per perspective, which
    would take five times the paper and split what the team compares: the views on one
    element side by side."""
    fig = trend_figure(
        list(sel.assessments),
        list(actions),
        lang=lang,
        perspectives=sel.perspectives,
        size_inches=(_inches(width), _inches(width) * TREND_HEIGHT),
    )
    return FigureFlowable(fig, width)


def empty_star(*, lang: Lang, width: float, names: Mapping[str, str] | None = None) -> Flowable:
    """The star without any line, for filling in by hand; ``names`` replaces axis labels
    (a child's form breaks long names so they keep their 12 pt)."""
    size = (_inches(width), _inches(width))
    fig = radar_figure([], lang=lang, size_inches=size, legend=False, note=False, names=names)
    return _centred(FigureFlowable(fig, width), width)
