"""How the cooperation went: an optional pulse after an overleg, per attendee side.

Three questions, each 1–5 (or "weet niet", None) with a sentence: were the right people
there, is it clear who does what (regie), did we agree on next steps. A pulse belongs to a
side — school, zorg or ouders — never to a person. The "Wat werkt" view summarises them per
term (trimester) of the chosen period, by side: how many answers gave each point, under the
same k ≥ 5 rule as the rest of the view (a figure behind fewer than :data:`MIN_PULSE_GROUP`
children is not shown, so a small group never shows a figure). Nothing is averaged.

Dutch primary schools have no single term calendar; the report cycles most use three terms,
so a term here is a trimester of the school year: August–November, December–March (across
the new year) and April–July (:func:`term_of`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from kansencirkel.core.elements import SCALE_VALUES
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.what_works import MIN_CHILDREN, Count

#: The smallest group of children a pulse figure is shown for (the view's k ≥ 5 rule).
MIN_PULSE_GROUP = MIN_CHILDREN


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


@dataclass(frozen=True, slots=True)
class Term:
    """One trimester of a school year: ``number`` 1–3, from ``start`` to ``end`` (both in)."""

    number: int
    start: date
    end: date


def _term_end(start: date) -> date:
    """The day before the next term starts (4 months on)."""
    month = start.month + 4
    year = start.year + (month > 12)
    return date(year, (month - 1) % 12 + 1, 1) - timedelta(days=1)


def term_of(day: date) -> Term:
    """The trimester ``day`` falls in: 1 August–30 November, 1 December–31 March (a term
    across the new year), 1 April–31 July."""
    if day.month >= 8:
        number, first = (1, 8) if day.month < 12 else (2, 12)
        start = date(day.year, first, 1)
    elif day.month <= 3:
        number, start = 2, date(day.year - 1, 12, 1)
    else:
        number, start = 3, date(day.year, 4, 1)
    return Term(number, start, _term_end(start))


def terms_between(start: date, end: date) -> list[Term]:
    """The terms that overlap ``start``–``end``, in date order."""
    out: list[Term] = []
    day = start
    while day <= end:
        term = term_of(day)
        out.append(term)
        day = term.end + timedelta(days=1)
    return out


@dataclass(frozen=True, slots=True)
class TermPulse:
    """The pulse summary of one term (only the part of it inside the chosen period)."""

    term: Term
    rows: tuple[PulseRow, ...]


def pulse_by_term(pulses: Iterable[Pulse], start: date, end: date) -> tuple[TermPulse, ...]:
    """:func:`pulse_summary` per term of ``start``–``end``: each term counts the overleggen
    held in it and in the period; terms without an answer are left out."""
    held = list(pulses)
    out = []
    for term in terms_between(start, end):
        rows = pulse_summary(held, max(start, term.start), min(end, term.end))
        if rows:
            out.append(TermPulse(term, rows))
    return tuple(out)
