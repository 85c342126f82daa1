"""The cooperation pulse is summarised per side and question, counts only, k ≥ 5."""

from __future__ import annotations

from datetime import date

from kansencirkel.core.pulse import (
    Pulse,
    PulseAnswer,
    PulseQuestion,
    PulseSide,
    pulse_summary,
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
