"""Building blocks of a fictional case file: assessments, afspraken, overleggen, consents.

Split from :mod:`kansencirkel.demo.children` (which assembles children and their people);
every function takes the child's own seeded generator, so the output stays deterministic per
seed.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from kansencirkel.core.consent import CONSENT_PARTS, PART_ACTIONS, PART_NOTES
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    ChildStatus,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
)
from kansencirkel.core.model import Action, Assessment, Child, Consent, Meeting, Person
from kansencirkel.demo.names import words

MAX_ASSESSMENTS = 40  # 10 moments x 4 perspectives


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass(frozen=True, slots=True)
class Name:
    given: str
    family: str
    female: bool

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def score(rng: random.Random, base: float) -> int | None:
    if rng.random() < 0.05:
        return None  # weet niet
    return max(1, min(5, round(base + rng.gauss(0, 0.6))))


def base_profile(rng: random.Random) -> dict[str, float]:
    # Mostly 3-5; one or two elements where things are harder (a 2 now and then).
    profile = {k: rng.uniform(3.2, 4.6) for k in ELEMENT_KEYS}
    for k in rng.sample(ELEMENT_KEYS, rng.randint(0, 2)):
        profile[k] = rng.uniform(2.2, 3.0)
    return profile


def moment_dates(rng: random.Random, start: date, end: date, count: int) -> list[date]:
    span = max((end - start).days, count)
    days = sorted(rng.sample(range(span + 1), count))
    return [start + timedelta(days=d) for d in days]


def make_assessments(
    rng: random.Random,
    child: Child,
    name: Name,
    parents: Sequence[Name],
    teacher: Person,
    ib: Person,
    care: Sequence[Person],
    end: date,
    per_child: int | None,
    recorded_by: str,
) -> tuple[Assessment, ...]:
    total = per_child if per_child is not None else rng.choice((2, 3, 4, 6, 8, 10, 12, 16, 24, 40))
    total = max(0, min(MAX_ASSESSMENTS, total))
    moments: list[list[Perspective]] = []
    left = total
    while left > 0:
        size = min(left, 4) if per_child is not None else rng.randint(min(2, left), min(4, left))
        if left - size == 1 and left > 1:
            size = size + 1 if size < 4 else size - 1  # never leave a moment of one
        wanted = [Perspective.SCHOOL, Perspective.OUDERS]
        wanted += rng.sample([Perspective.KIND, Perspective.ZORG, Perspective.KERNTEAM], 3)
        moments.append(wanted[:size])
        left -= size
    profile = base_profile(rng)
    givers = {
        Perspective.KIND: (child.given_name, Role.KIND),
        Perspective.OUDERS: (parents[0].full, Role.OUDER),
        Perspective.SCHOOL: (teacher.name, Role.LEERKRACHT),
        Perspective.ZORG: (care[0].name, care[0].role) if care else (ib.name, Role.IB),
        Perspective.KERNTEAM: ("Kernteam", Role.IB),
    }
    dates = moment_dates(rng, child.opened_on, end, len(moments))
    w = words()
    out: list[Assessment] = []
    for step, (day, perspectives) in enumerate(zip(dates, moments, strict=True)):
        growth = 0.08 * step  # most files show a little progress over time
        for p in perspectives:
            bias = rng.uniform(-0.5, 0.5)
            scores = {k: score(rng, profile[k] + growth + bias) for k in ELEMENT_KEYS}
            notes: dict[str, str] = {}
            for k in rng.sample(ELEMENT_KEYS, rng.randint(0, 3)):
                good, attention = w.element_notes[k]
                s = scores[k]
                pool = attention if s is not None and s <= 2 else good
                notes[k] = rng.choice(pool).format(naam=name.given)
            goes_well = f"{rng.choice(w.goes_well)} {rng.choice(w.goes_well_extra)}".strip()
            who, role = givers[p]
            aid = new_id(rng)
            at = datetime.combine(day, time(rng.randint(8, 16), rng.randint(0, 59)), tzinfo=UTC)
            out.append(
                Assessment(
                    id=aid,
                    child_id=child.id,
                    perspective=p,
                    assessed_on=day,
                    given_by=who,
                    given_by_role=role,
                    scores=scores,
                    notes=notes,
                    goes_well=goes_well.format(naam=name.given),
                    wishes=rng.choice(w.wishes),
                    recorded_by=recorded_by,
                    recorded_at=at,
                    lineage_id=aid,
                )
            )
    return tuple(out)


def make_actions(
    rng: random.Random, child: Child, people: Sequence[Person], end: date, today: date
) -> tuple[Action, ...]:
    w = words()
    out: list[Action] = []
    for _ in range(rng.randint(0, 4)):
        elements = tuple(rng.sample(ELEMENT_KEYS, rng.randint(1, 2)))
        start = child.opened_on + timedelta(
            days=rng.randint(0, max(0, (end - child.opened_on).days))
        )
        due = start + timedelta(days=rng.randint(14, 120))
        if child.status is ChildStatus.AFGESLOTEN:
            status = rng.choice((ActionStatus.AFGEROND, ActionStatus.GESTOPT))
        else:
            # Some open actions are overdue on purpose: the list shows them as "needs attention".
            status = rng.choice(
                (
                    ActionStatus.GEPLAND,
                    ActionStatus.LOPEND,
                    ActionStatus.LOPEND,
                    ActionStatus.AFGEROND,
                )
            )
        evaluation = rng.choice(w.evaluations) if not status.is_open else ""
        if status is ActionStatus.GEPLAND and start < today:
            start = today + timedelta(days=rng.randint(1, 20))
            due = start + timedelta(days=rng.randint(14, 60))
        out.append(
            Action(
                new_id(rng),
                child.id,
                rng.choice(w.actions[elements[0]]),
                elements,
                rng.choice(people),
                start,
                due,
                status,
                evaluation,
            )
        )
    return tuple(out)


def make_meetings(
    rng: random.Random,
    child: Child,
    people: Sequence[Person],
    end: date,
    today: date,
    active: bool,
) -> tuple[Meeting, ...]:
    count = rng.randint(1, 4)
    days = moment_dates(rng, child.opened_on, end, count)
    w = words()
    out: list[Meeting] = []
    for j, day in enumerate(days):
        last = j == count - 1
        next_on: date | None = None
        if last and active:
            # A few children are on today's agenda, some meetings are due, most are planned.
            next_on = today + timedelta(days=rng.choice((0, 0, -5, 7, 14, 21, 35, 60)))
            next_on = max(next_on, day)  # never before the meeting itself
        kind = MeetingKind.KERNTEAM if j == 0 else rng.choice(tuple(MeetingKind))
        attendees = tuple(
            p.name for p in rng.sample(list(people), min(len(people), rng.randint(2, 4)))
        )
        out.append(
            Meeting(
                new_id(rng),
                child.id,
                day,
                kind,
                attendees,
                rng.choice(w.meeting_summaries),
                rng.choice(w.meeting_decisions),
                next_on,
            )
        )
    return tuple(out)


def make_consents(
    rng: random.Random,
    child: Child,
    parents: Sequence[Name],
    age: int,
    opened: date,
    today: date,
) -> tuple[Consent, ...]:
    roll = rng.random()
    if roll < 0.1:
        return ()  # consent not (yet) recorded
    given = opened + timedelta(days=rng.randint(0, 20))
    parts = tuple(p for p in CONSENT_PARTS if p not in (PART_NOTES,) or rng.random() < 0.3)
    if rng.random() < 0.3:
        parts = tuple(p for p in parts if p not in (Perspective.ZORG.value, PART_ACTIONS))
    audiences: tuple[Audience, ...] = (Audience.KERNTEAM, Audience.SCHOOL, Audience.OUDERS)
    if rng.random() < 0.6:
        audiences += (Audience.ZORG,)
    withdrawn = (
        given + timedelta(days=rng.randint(1, max(1, (today - given).days)))
        if roll > 0.95 and given < today
        else None
    )
    out = [
        Consent(
            new_id(rng),
            child.id,
            Consenter.OUDERS,
            parents[0].full,
            parts,
            audiences,
            given,
            None,
            withdrawn,
        )
    ]
    if age >= 12 and rng.random() < 0.7:
        out.append(
            Consent(
                new_id(rng), child.id, Consenter.KIND, child.given_name, parts, audiences, given
            )
        )
    return tuple(out)
