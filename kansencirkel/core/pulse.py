"""How the cooperation went: an optional pulse after an overleg, per attendee side.

Three questions, each 1–5 (or "weet niet", None) with a sentence: were the right people
there, is it clear who does what (regie), did we agree on next steps. A pulse belongs to a
side — school, zorg or ouders — never to a person. The "Wat werkt" view summarises them per
period by side: how many answers gave each point, under the same k ≥ 5 rule as the rest of
the view (a figure behind fewer than five children is not shown). Nothing is averaged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kansencirkel.core.elements import SCALE_VALUES
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.what_works import Count


class PulseSide(StrEnum):
    SCHOOL = "school"
    ZORG = "zorg"
    OUDERS = "ouders"


class PulseQuestion(StrEnum):
    RIGHT_PEOPLE = "right_people"
    REGIE = "regie"
    NEXT_STEPS = "next_steps"


SIDE_NAMES: dict[PulseSide, Msgid] = {
    PulseSide.SCHOOL: N_("School"),
    PulseSide.ZORG: N_("Zorg"),
    PulseSide.OUDERS: N_("Ouders"),
}
QUESTION_TEXTS: dict[PulseQuestion, Msgid] = {
    PulseQuestion.RIGHT_PEOPLE: N_("Waren de juiste mensen erbij?"),
    PulseQuestion.REGIE: N_("Is duidelijk wie wat doet (regie)?"),
    PulseQuestion.NEXT_STEPS: N_("Hebben we volgende stappen afgesproken?"),
}


@dataclass(frozen=True, slots=True)
class PulseAnswer:
    score: int | None  # 1–5, None: weet niet
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Pulse:
    id: str
    meeting_id: str
    child_id: str
    held_on: date  # the overleg's date: what the period counts by
    side: PulseSide
    answers: Mapping[PulseQuestion, PulseAnswer]


@dataclass(slots=True)
class PulseRow:
    """One side's answers to one question: how many gave each point."""

    side: PulseSide
    question: PulseQuestion
    answered: Count = field(default_factory=Count)
    points: dict[int, Count] = field(default_factory=lambda: {v: Count() for v in SCALE_VALUES})


def pulse_summary(pulses: Iterable[Pulse], start: date, end: date) -> tuple[PulseRow, ...]:
    """Per side, per question, the pulses of overleggen held from ``start`` to ``end``;
    sides and questions in their fixed order, only those with an answer."""
    rows = {(s, q): PulseRow(s, q) for s in PulseSide for q in PulseQuestion}
    for p in pulses:
        if not start <= p.held_on <= end:
            continue
        for q, answer in p.answers.items():
            if answer.score is None:
                continue
            row = rows[(p.side, q)]
            row.answered.add(p.child_id)
            row.points[answer.score].add(p.child_id)
    return tuple(r for r in rows.values() if r.answered.n)
