"""Trends on paper: readable in black and white, tick dates chosen without warnings."""

from __future__ import annotations

import warnings
from datetime import date, timedelta

import pytest

from kansencirkel.charts import trend_figure
from kansencirkel.charts.trends import date_ticks
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from tests.charts.factories import assessment

DAY = date(2026, 3, 16)


def test_every_perspective_has_its_own_dash_and_marker_in_every_panel() -> None:
    readings = [
        assessment(p, DAY - timedelta(days=30 * i), (3, 4, 2, 5, 3, 4, 2, 1))
        for p in PERSPECTIVE_ORDER
        for i in range(3)
    ]
    fig = trend_figure(readings, size_inches=(6.85, 2.74))
    for ax in fig.axes:
        looks = {(str(ln.get_linestyle()), ln.get_marker()) for ln in ax.lines
                 if ln.get_gid() != "kc-action"}  # fmt: skip
        assert len(looks) == len(PERSPECTIVE_ORDER), ax.get_gid()
        assert len({m for _, m in looks}) == len(PERSPECTIVE_ORDER)


@pytest.mark.parametrize("days", [0, 1, 5, 30, 59, 60, 200, 3 * 365])
def test_short_and_long_ranges_get_a_few_ticks_without_warnings(days: int) -> None:
    first = DAY - timedelta(days=days)
    ticks = date_ticks(first, DAY, 3)
    assert 1 <= len(ticks) <= 3 and all(first <= d <= DAY for d in ticks)
    readings = [assessment(PERSPECTIVE_ORDER[0], d, (3,) * 8) for d in {first, DAY}]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        trend_figure(readings, size_inches=(6.85, 2.74)).canvas.draw()  # type: ignore[no-untyped-call]
