"""Trends per element: points per perspective over time, gaps, action start markers."""

from __future__ import annotations

import math
from datetime import date
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num

from kansencirkel.charts import PERSPECTIVE_STYLE, trend_figure, trend_points
from kansencirkel.charts.trends import GID_TREND, action_starts, grid_shape
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective as P
from tests.charts.factories import demo_case


def test_trend_points_per_perspective_oldest_first_with_unknown() -> None:
    c = demo_case()
    assert trend_points(c.assessments, "verantwoordelijk", P.ZORG) == [
        (date(2026, 3, 3), None),
        (date(2026, 10, 13), 3),
    ]
    assert trend_points(c.assessments, "veilig", P.SCHOOL) == [
        (date(2026, 3, 3), 2),
        (date(2026, 6, 9), 3),
        (date(2026, 10, 13), 2),
    ]
    assert trend_points(c.assessments, "veilig", P.KERNTEAM) == []


def test_one_panel_per_element_with_a_line_per_perspective() -> None:
    c = demo_case()
    fig = trend_figure(c.assessments, c.actions)
    panels = {ax.get_gid(): ax for ax in fig.axes if str(ax.get_gid()).startswith(GID_TREND)}
    assert list(panels) == [f"{GID_TREND}-{k}" for k in ELEMENT_KEYS]
    ax = panels[f"{GID_TREND}-verantwoordelijk"]
    lines = {ln.get_label(): ln for ln in ax.lines if ln.get_label() in {str(p) for p in P}}
    assert set(lines) == {"kind", "ouders", "school", "zorg"}
    zorg = lines["zorg"].get_xydata()
    assert math.isnan(zorg[0][1]) and zorg[1][1] == 3  # type: ignore[index]
    assert lines["school"].get_color() == PERSPECTIVE_STYLE[P.SCHOOL].color
    assert ax.get_title(loc="left") == "Verantwoordelijk"


def test_action_markers_only_on_the_actions_elements() -> None:
    c = demo_case()
    fig = trend_figure(c.assessments, c.actions, lang="en")
    marked = {}
    for ax in fig.axes:
        xs = [ln.get_xdata()[0] for ln in ax.lines if ln.get_gid() == "kc-action"]  # type: ignore[index]
        marked[str(ax.get_gid()).removeprefix(f"{GID_TREND}-")] = xs
    assert marked["gezond"] == [date2num(date(2026, 3, 20))]
    assert marked["veilig"] == marked["erbij_horen"] == [date2num(date(2026, 4, 14))]
    assert marked["actief"] == []
    assert action_starts(c.actions, "gezond") == [date(2026, 3, 20)]
    legend_texts = [t.get_text() for t in fig.legends[0].get_texts()]
    assert legend_texts == ["Child", "Parents", "School", "Care", "Action started"]


def test_trends_without_readings_or_in_presenter_mode_still_render() -> None:
    fig = trend_figure([], [])
    assert len(fig.axes) == 8
    c = demo_case()
    fig = trend_figure(
        c.assessments, c.actions, perspectives=[P.KIND], presenter=True, size_inches=(6, 9)
    )
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Kind", "Start afspraak"]


@pytest.mark.parametrize(
    ("size", "presenter", "lang"),
    [((10.0, 6.0), False, "nl"), ((6.4, 5.6), False, "en"), ((5.0, 8.0), False, "nl"),
     ((13.0, 7.5), True, "en")],
)  # fmt: skip
def test_panels_titles_and_legend_never_overlap(
    size: tuple[float, float], presenter: bool, lang: str
) -> None:
    c = demo_case()
    fig = trend_figure(
        c.assessments,
        c.actions,
        size_inches=size,
        presenter=presenter,
        lang=lang,
        title="Noor de Vries",
    )  # type: ignore[arg-type]
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    frame = fig.bbox
    boxes = [ax.get_tightbbox(renderer) for ax in fig.axes]
    boxes += [t.get_window_extent(renderer) for t in fig.texts]
    boxes.append(fig.legends[0].get_window_extent(renderer))
    for box in boxes:
        assert box is not None
        assert frame.x0 - 0.5 <= box.x0 and box.x1 <= frame.x1 + 0.5
        assert frame.y0 - 0.5 <= box.y0 and box.y1 <= frame.y1 + 0.5
    for a, b in combinations([b for b in boxes if b is not None], 2):
        assert not a.overlaps(b)


def test_grid_shape_keeps_panels_landscape() -> None:
    assert grid_shape(10, 6) == (2, 4)
    assert grid_shape(6.4, 5.6) == (3, 3)
    assert grid_shape(5, 8) == (4, 2)


def test_redraw_reuses_the_panels_without_stale_lines() -> None:
    c = demo_case()
    fig = trend_figure(c.assessments, c.actions, size_inches=(10, 6))
    panels = list(fig.axes)
    again = trend_figure(c.assessments[:4], [], figure=fig, lang="en")
    assert again is fig and list(fig.axes) == panels  # same axes, emptied and redrawn
    assert panels[0].get_title(loc="left") == "Active"
    assert sum(len(ax.lines) for ax in fig.axes) == 8 * 4  # one line per perspective, no actions
    assert len(fig.legends) == 1
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    left = [ax for i, ax in enumerate(fig.axes) if i % 4 == 0]
    for ax in fig.axes:
        labels = [t.get_text() for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
        assert labels == (["1", "2", "3", "4", "5"] if ax in left else [])
