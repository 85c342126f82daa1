"""The data behind the star: values, order, fixed styles, moments over time."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.charts import (
    MAX_OVERLAY,
    PERSPECTIVE_STYLE,
    StarSeries,
    latest_as_of,
    moment_panels,
    moment_series,
    perspective_series,
    reading_dates,
)
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.enums import Perspective as P
from tests.charts.factories import assessment, case, demo_case

OKABE_ITO = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"}


def test_each_perspective_has_a_fixed_distinct_okabe_ito_style() -> None:
    styles = [PERSPECTIVE_STYLE[p] for p in PERSPECTIVE_ORDER]
    assert set(PERSPECTIVE_STYLE) == set(PERSPECTIVE_ORDER)
    assert {s.color for s in styles} <= OKABE_ITO
    assert len({s.color for s in styles}) == len(styles)
    assert len({str(s.linestyle) for s in styles}) == len(styles)  # tells them apart in b/w
    assert len({s.marker for s in styles}) == len(styles)
    assert PERSPECTIVE_STYLE[P.KIND].color == "#E69F00"
    assert PERSPECTIVE_STYLE[P.SCHOOL].color == "#009E73"


def test_perspective_series_keeps_scores_order_and_colours() -> None:
    c = demo_case()
    series = perspective_series(c.latest_by_perspective(), with_dates=False)
    assert [s.perspective for s in series] == [P.KIND, P.OUDERS, P.SCHOOL, P.ZORG]
    assert [s.label for s in series] == ["Kind", "Ouders", "School", "Zorg"]
    kind = series[0]
    assert kind.values == (5, 4, 4, 4, 5, 4, None, 5)
    assert kind.value("ontplooiing") is None
    for s in series:
        assert s.perspective is not None
        assert s.color == PERSPECTIVE_STYLE[s.perspective].color
        assert s.marker == PERSPECTIVE_STYLE[s.perspective].marker
    # The colour belongs to the perspective, not to the position in the list.
    only_zorg = perspective_series(c.latest_by_perspective(), perspectives=[P.ZORG])
    assert [s.color for s in only_zorg] == [PERSPECTIVE_STYLE[P.ZORG].color]
    assert only_zorg[0].label == "Zorg (13 okt 2026)"


def test_labels_can_be_given_by_the_caller_and_english_names_exist() -> None:
    latest = demo_case().latest_by_perspective()
    series = perspective_series(latest, labels={P.OUDERS: "A.B."}, lang="en", with_dates=False)
    assert [s.label for s in series] == ["Child", "A.B.", "School", "Care"]


def test_moments_over_time_at_most_three_oldest_first_older_lighter() -> None:
    days = [date(2026, m, 1) for m in (1, 3, 5, 7, 9)]
    history = [assessment(P.OUDERS, d, (i + 1,) * 8) for i, d in enumerate(days)]
    series = moment_series(history)
    assert len(series) == MAX_OVERLAY == 3
    assert [s.on for s in series] == days[-3:]
    assert series[-1].color == PERSPECTIVE_STYLE[P.OUDERS].color  # newest in full colour
    brightness = [sum(int(s.color[i : i + 2], 16) for i in (1, 3, 5)) for s in series]
    assert brightness[0] > brightness[1] > brightness[2]  # older = lighter
    assert len({str(s.linestyle) for s in series}) == 3
    assert len({s.marker for s in series}) == 3
    assert series[-1].emphasis > series[0].emphasis
    until = moment_series(history, until=date(2026, 4, 1))
    assert [s.on for s in until] == days[:2]
    assert moment_series([]) == []


def test_moment_series_refuses_mixed_perspectives() -> None:
    mixed = [
        assessment(P.KIND, date(2026, 1, 1), (3,) * 8),
        assessment(P.OUDERS, date(2026, 2, 1), (3,) * 8),
    ]
    with pytest.raises(ValueError):
        moment_series(mixed)


def test_small_multiples_one_panel_per_reading() -> None:
    c = demo_case()
    panels = moment_panels(c.history(P.SCHOOL))
    assert [title for title, _ in panels] == ["3 mrt 2026", "9 jun 2026", "13 okt 2026"]
    assert all(len(series) == 1 for _, series in panels)


def test_latest_as_of_and_reading_dates() -> None:
    c = demo_case()
    assert reading_dates(c) == [date(2026, 3, 3), date(2026, 6, 9), date(2026, 10, 13)]
    then = latest_as_of(c.assessments, date(2026, 6, 30))
    assert {p: a.assessed_on for p, a in then.items()} == {
        P.KIND: date(2026, 6, 9),
        P.OUDERS: date(2026, 6, 9),
        P.SCHOOL: date(2026, 6, 9),
        P.ZORG: date(2026, 3, 3),
    }
    assert latest_as_of(c.assessments) == c.latest_by_perspective()
    old = assessment(P.KIND, date(2026, 1, 1), (1,) * 8, superseded=True)
    assert latest_as_of(case([old]).assessments) == {}


def test_a_star_needs_eight_values() -> None:
    with pytest.raises(ValueError):
        StarSeries("x", (1, 2, 3), "#000000", "solid", "o")


def test_legend_dates_only_for_views_from_another_day() -> None:
    latest = demo_case().latest_by_perspective()
    zorg_day = latest[P.ZORG].assessed_on
    latest[P.ZORG] = assessment(P.ZORG, date(2026, 8, 8), (3,) * 8)
    series = perspective_series(latest, date_unless=zorg_day)
    assert [s.label for s in series] == ["Kind", "Ouders", "School", "Zorg (8 aug 2026)"]
