"""Evaluating an afspraak: which reading counts as before its start, which as since."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.evaluation import (
    Evaluation,
    Helped,
    before_after,
    changed_since,
    readings_from_json,
    readings_to_json,
)
from tests.charts.factories import assessment

START = date(2026, 9, 14)
N = None


def test_a_reading_on_the_start_day_counts_as_before() -> None:
    early = assessment(P.SCHOOL, date(2026, 6, 1), (3, 3, 3, 3, 3, 1, 3, 3))
    on_start = assessment(P.SCHOOL, START, (3, 3, 3, 3, 3, 2, 3, 3))
    later = assessment(P.SCHOOL, date(2026, 11, 2), (3, 3, 3, 3, 3, 4, 3, 3))
    [pair] = before_after([later, early, on_start], ["gezond"], START)
    assert pair.before is not None and pair.after is not None
    assert (pair.before.assessed_on, pair.before.score) == (START, 2)
    assert (pair.after.assessed_on, pair.after.score) == (date(2026, 11, 2), 4)
    assert pair.rise == 2


def test_no_reading_after_is_nog_geen_nieuwe_meting() -> None:
    before = assessment(P.OUDERS, date(2026, 9, 1), (3, 3, 3, 3, 3, 2, 3, 3))
    [pair] = before_after([before], ["gezond"], START)
    assert pair.after is None and pair.rise is None


def test_unknown_values_are_skipped_for_the_element_but_never_made_a_number() -> None:
    known = assessment(P.ZORG, date(2026, 8, 1), (3, 3, 3, 3, 3, 2, 3, 3))
    unknown_later = assessment(P.ZORG, date(2026, 9, 1), (3, 3, 3, 3, 3, N, 3, 3))
    only_unknown_after = assessment(P.ZORG, date(2026, 10, 1), (3, 3, 3, 3, 3, N, 3, 3))
    [pair] = before_after([known, unknown_later, only_unknown_after], ["gezond"], START)
    assert pair.before is not None and pair.before.score == 2  # the one that knows
    assert pair.after is not None and pair.after.score is None  # "weet niet", shown as such
    assert pair.rise is None


def test_several_perspectives_and_elements_in_order_and_withdrawn_left_out() -> None:
    kind = assessment(P.KIND, date(2026, 9, 1), (2, 3, 3, 3, 3, 2, 3, 3))
    school = assessment(P.SCHOOL, date(2026, 10, 1), (4, 3, 3, 3, 3, 3, 3, 3))
    gone = replace(
        assessment(P.ZORG, date(2026, 10, 1), (5, 5, 5, 5, 5, 5, 5, 5)),
        withdrawn_at=datetime(2026, 10, 2, tzinfo=UTC),
    )
    pairs = before_after([school, gone, kind], ["gezond", "actief"], START)
    assert [(p.element, p.perspective) for p in pairs] == [
        ("gezond", P.KIND),
        ("gezond", P.SCHOOL),
        ("actief", P.KIND),
        ("actief", P.SCHOOL),
    ]
    assert pairs[1].before is None and pairs[1].after is not None


def test_until_leaves_out_readings_after_the_evaluation_day() -> None:
    later = assessment(P.SCHOOL, date(2026, 12, 1), (3, 3, 3, 3, 3, 4, 3, 3))
    assert before_after([later], ["gezond"], START, until=date(2026, 11, 1)) == ()


def test_a_corrected_reading_shows_as_changed_since_not_silently() -> None:
    before = assessment(P.SCHOOL, date(2026, 9, 1), (3, 3, 3, 3, 3, 2, 3, 3))
    after = assessment(P.SCHOOL, date(2026, 10, 1), (3, 3, 3, 3, 3, 4, 3, 3))
    ev = Evaluation(
        Helped.JA,
        "Gaat beter.",
        date(2026, 10, 5),
        before_after([before, after], ["gezond"], START),
    )
    assert changed_since(ev, [before, after]) == ()
    # a new reading since is new information, not a change of the evaluation
    newer = assessment(P.SCHOOL, date(2026, 10, 20), (3, 3, 3, 3, 3, 5, 3, 3))
    assert changed_since(ev, [before, after, newer]) == ()
    fixed = replace(after, id="a-v2", version=2, scores={**after.scores, "gezond": 3})
    old = replace(after, superseded_at=datetime(2026, 10, 9, tzinfo=UTC))
    [change] = changed_since(ev, [before, old, fixed])
    assert change.was.score == 4 and change.now is not None and change.now.score == 3
    # the stored evaluation still says what it saw
    assert ev.readings[0].after is not None and ev.readings[0].after.score == 4
    [withdrawn] = changed_since(ev, [before])
    assert withdrawn.now is None


def test_the_stored_readings_round_trip_and_bad_text_is_no_readings() -> None:
    before = assessment(P.OUDERS, date(2026, 9, 1), (3, 3, 3, 3, 3, N, 3, 3))
    pairs = before_after([before], ["gezond", "veilig"], START)
    assert readings_from_json(readings_to_json(pairs)) == pairs
    assert readings_from_json("") == () and readings_from_json("{kapot") == ()


@given(
    st.lists(
        st.tuples(st.integers(-60, 60), st.one_of(st.none(), st.integers(1, 5))),
        min_size=1,
        max_size=8,
    )
)
def test_before_is_never_after_the_start_and_after_never_on_or_before(
    readings: list[tuple[int, int | None]],
) -> None:
    made = [
        assessment(P.SCHOOL, START + timedelta(days=d), (3, 3, 3, 3, 3, s, 3, 3))
        for d, s in readings
    ]
    [pair] = before_after(made, ["gezond"], START)
    if pair.before is not None:
        assert pair.before.assessed_on <= START
    if pair.after is not None:
        assert pair.after.assessed_on > START
        later_known = [a for a in made if a.assessed_on > START and a.score("gezond")]
        if later_known:
            assert pair.after.score is not None
