"""Wat werkt counts evaluations per kind, never names a child, and never shows a figure behind
fewer than five children — a group of four prints nothing at all."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kansencirkel.core.enums import Perspective
from kansencirkel.core.kinds import default_kinds
from kansencirkel.core.model import BeforeAfter, Helped, ReadingRef
from kansencirkel.core.what_works import (
    MIN_CHILDREN,
    NO_KIND,
    EvaluatedAfspraak,
    Movement,
    periods,
    school_year,
    what_works,
)

START, END = date(2025, 8, 1), date(2026, 7, 31)
ON = date(2026, 3, 1)


def pair(before: int | None, after: int | None) -> BeforeAfter:
    ref = lambda s: ReadingRef("a", "l", 1, ON, s)  # noqa: E731
    return BeforeAfter("gezond", Perspective.SCHOOL, ref(before), ref(after))


def ev(child: str, kind: str | None, helped=Helped.JA, readings=(), on=ON) -> EvaluatedAfspraak:  # type: ignore[no-untyped-def]
    return EvaluatedAfspraak(child, kind, helped, on, tuple(readings))


def test_five_children_show_their_counts_per_kind_in_list_order() -> None:
    records = [ev(f"c{i}", "cjg_coach", readings=[pair(2, 4)]) for i in range(5)]
    records += [ev(f"d{i}", "gesprek_ouders", Helped.DEELS, [pair(3, 3)]) for i in range(6)]
    result = what_works(records, default_kinds(), START, END)
    assert [r.kind for r in result.rows] == ["gesprek_ouders", "cjg_coach"]
    coach = result.rows[1]
    assert coach.evaluated.shown == 5 and coach.children == 5
    assert coach.answers[Helped.JA].shown == 5
    assert coach.readings[Movement.HIGHER].shown == 5
    assert coach.answers[Helped.NEE].shown is None  # zero answers is behind 0 children
    talks = result.rows[0]
    assert talks.readings[Movement.SAME].shown == 6


def test_a_group_of_four_never_shows_a_figure() -> None:
    records = [ev(f"c{i}", "cjg_coach", readings=[pair(1, 5)] * 3) for i in range(4)]
    records += [ev("c0", "cjg_coach")] * 10  # many afspraken, still four children
    [row] = what_works(records, default_kinds(), START, END).rows
    assert row.evaluated.n == 14 and row.evaluated.shown is None and row.children is None
    assert all(c.shown is None for c in row.answers.values())
    assert all(c.shown is None for c in row.readings.values())


def test_period_dropped_kinds_and_no_kind_come_last() -> None:
    records = [
        ev("a", None),
        ev("b", "oud_soort"),
        ev("c", "anders"),
        ev("d", "anders", on=date(2025, 7, 31)),  # the school year before
    ]
    result = what_works(records, default_kinds(), START, END)
    assert [r.kind for r in result.rows] == ["anders", "oud_soort", NO_KIND]
    assert result.rows[0].evaluated.n == 1


def test_school_years_and_the_periods_offered() -> None:
    assert school_year(date(2026, 7, 31)) == (START, END)
    assert school_year(date(2026, 8, 1)) == (date(2026, 8, 1), date(2027, 7, 31))
    today = date(2026, 12, 1)
    assert periods(today) == [
        (date(2026, 8, 1), today),
        (START, END),
        (date(2024, 8, 1), date(2025, 7, 31)),
    ]


@given(st.lists(st.tuples(st.integers(0, 12), st.sampled_from(list(Helped))), max_size=60))
def test_every_shown_figure_has_at_least_five_children(rows: list[tuple[int, Helped]]) -> None:
    records = [ev(f"c{c}", "anders", h, [pair(2, 3)]) for c, h in rows]
    for row in what_works(records, default_kinds(), START, END).rows:
        for count in (row.evaluated, *row.answers.values(), *row.readings.values()):
            assert count.shown is None or len(count.children) >= MIN_CHILDREN
