"""The cooperation pulse is summarised per side and question, counts only, k ≥ 5."""

from __future__ import annotations

from datetime import date

from kansencirkel.core.pulse import (
    MIN_PULSE_GROUP,
    Pulse,
    PulseAnswer,
    PulseQuestion,
    PulseSide,
    Term,
    pulse_by_term,
    pulse_summary,
    term_of,
    terms_between,
)

START, END = date(2025, 8, 1), date(2026, 7, 31)


def pulse(child: str, side: PulseSide, score: int | None, on: date = date(2026, 2, 2)) -> Pulse:
    answers = {q: PulseAnswer(score, "") for q in PulseQuestion}
    return Pulse(f"p-{child}-{side}", f"m-{child}", child, on, side, answers)


def test_per_side_and_question_with_the_k5_rule() -> None:
    pulses = [pulse(f"c{i}", PulseSide.SCHOOL, 4) for i in range(5)]
    pulses += [pulse(f"c{i}", PulseSide.OUDERS, 3) for i in range(4)]
    pulses += [pulse("c9", PulseSide.ZORG, None)]  # weet niet: not counted
    pulses += [pulse("c8", PulseSide.SCHOOL, 1, on=date(2025, 7, 1))]  # another period
    rows = pulse_summary(pulses, START, END)
    assert [(r.side, r.question) for r in rows] == [
        (PulseSide.SCHOOL, q) for q in PulseQuestion
    ] + [(PulseSide.OUDERS, q) for q in PulseQuestion]
    school = rows[0]
    assert school.answered.shown == 5 and school.points[4].shown == 5
    assert school.points[1].shown is None
    ouders = rows[3]
    assert ouders.answered.shown is None and all(c.shown is None for c in ouders.points.values())


def test_terms_are_trimesters_and_the_second_spans_the_new_year() -> None:
    assert term_of(date(2025, 8, 1)) == Term(1, date(2025, 8, 1), date(2025, 11, 30))
    assert term_of(date(2025, 11, 30)).number == 1
    winter = Term(2, date(2025, 12, 1), date(2026, 3, 31))
    for day in (date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 28), date(2026, 3, 31)):
        assert term_of(day) == winter
    assert term_of(date(2028, 2, 29)) == Term(2, date(2027, 12, 1), date(2028, 3, 31))
    assert term_of(date(2026, 4, 1)) == Term(3, date(2026, 4, 1), date(2026, 7, 31))
    assert term_of(date(2026, 7, 31)).number == 3
    assert [t.number for t in terms_between(START, END)] == [1, 2, 3]
    assert terms_between(date(2025, 8, 1), date(2025, 12, 1))[-1] == winter


def test_per_term_each_counts_its_own_overleggen_and_a_small_group_shows_no_figure() -> None:
    autumn = [pulse(f"c{i}", PulseSide.SCHOOL, 4, on=date(2025, 10, 1)) for i in range(5)]
    # five children, but across the new year in one term: 30 Dec and 5 Jan are one term
    winter = [pulse(f"d{i}", PulseSide.ZORG, 2, on=date(2025, 12, 30)) for i in range(3)]
    winter += [pulse(f"d{i}", PulseSide.ZORG, 2, on=date(2026, 1, 5)) for i in range(3, 5)]
    small = [pulse(f"e{i}", PulseSide.OUDERS, 5, on=date(2026, 5, 1)) for i in range(4)]
    assert MIN_PULSE_GROUP == 5
    by_term = pulse_by_term([*autumn, *winter, *small], START, END)
    assert [t.term.number for t in by_term] == [1, 2, 3]
    first, second, third = by_term
    assert {r.side for r in first.rows} == {PulseSide.SCHOOL}
    assert first.rows[0].answered.shown == 5 and first.rows[0].points[4].shown == 5
    assert {r.side for r in second.rows} == {PulseSide.ZORG}
    assert second.rows[0].points[2].shown == 5
    # four parents' pulses in the third term: a group below the minimum shows no figure
    assert {r.side for r in third.rows} == {PulseSide.OUDERS}
    for row in third.rows:
        assert row.answered.shown is None
        assert all(c.shown is None for c in row.points.values())
    # the same pulses over the whole year are not split, and the other parts do not leak in
    assert pulse_by_term(autumn, START, END)[0].rows == pulse_summary(autumn, START, END)


def test_a_period_ending_mid_term_counts_only_up_to_its_end() -> None:
    late = [pulse(f"c{i}", PulseSide.SCHOOL, 3, on=date(2026, 1, 20)) for i in range(5)]
    early = [pulse(f"x{i}", PulseSide.SCHOOL, 3, on=date(2025, 12, 10)) for i in range(5)]
    [part] = pulse_by_term([*early, *late], START, date(2026, 1, 1))
    assert part.term.number == 2 and part.rows[0].answered.n == 5
    assert pulse_by_term(late, START, date(2026, 1, 1)) == ()
