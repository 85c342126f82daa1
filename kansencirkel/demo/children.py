"""Fictional demo children and the people around them (see :mod:`kansencirkel.demo`).

``generate_case_files`` streams :class:`~kansencirkel.core.model.CaseFile` objects: each child
gets its own seeded random generator, so child *i* is the same for a given seed whatever else is
generated, and 10,000 children cost no more memory than one. Names are combined at random from
:mod:`kansencirkel.demo.names`; no real person is described. Depends on ``core`` only.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ChildStatus, Role, Visibility
from kansencirkel.core.model import CaseFile, Child, Involvement, Note, Person
from kansencirkel.demo.names import Background, female_family, words
from kansencirkel.demo.records import (
    Name,
    make_actions,
    make_assessments,
    make_consents,
    make_meetings,
    new_id,
)
from kansencirkel.demo.wat_werkt import with_kinds_and_evaluations

__all__ = [
    "DEMO_MEMBER_NAME",
    "DEMO_PASSPHRASE",
    "DEMO_TEAM_NAME",
    "generate_case_files",
]

DEMO_MEMBER_NAME = "Demo IB'er"
DEMO_PASSPHRASE = "demo"
DEMO_TEAM_NAME = "Demo-kernteam (fictief)"


def _pick_background(rng: random.Random) -> Background:
    backgrounds = words().backgrounds
    return rng.choices(backgrounds, weights=[b.weight for b in backgrounds])[0]


def _child_name(rng: random.Random, bg: Background) -> Name:
    female = rng.random() < 0.5
    family = rng.choice(bg.families)
    given = rng.choice(bg.girls if female else bg.boys)
    return Name(given, female_family(family, bg) if female else family, female)


def _adult_name(rng: random.Random, bg: Background, female: bool, family: str) -> Name:
    given = rng.choice(bg.women if female else bg.men)
    return Name(given, female_family(family, bg) if female else family, female)


@dataclass(frozen=True, slots=True)
class _Staff:
    """The professionals of one fictional school and its region; they recur across children."""

    school: str
    teachers: tuple[Person, ...]  # one per group 1-8
    ib: Person
    care: tuple[Person, ...]  # CJG, jeugdhulp, smw, jeugdarts, leerplicht


def _phone(rng: random.Random) -> str:
    return f"06-{rng.randint(10000000, 99999999)}"


def _professional(rng: random.Random, role: Role, organisation: str) -> Person:
    bg = _pick_background(rng)
    female = rng.random() < 0.7
    name = _adult_name(rng, bg, female, rng.choice(bg.families))
    slug = name.given.lower().replace(" ", "")
    return Person(
        id=new_id(rng),
        name=name.full,
        role=role,
        organisation=organisation,
        phone=_phone(rng) if rng.random() < 0.5 else "",
        email=f"{slug}@voorbeeld.invalid",
    )


def _staff(seed: int) -> tuple[_Staff, ...]:
    rng = random.Random(f"kansencirkel-demo-staff:{seed}")
    w = words()
    care = tuple(
        _professional(rng, Role(role), rng.choice(orgs))
        for role, orgs in w.organisations.items()
        for _ in range(2)
    )
    return tuple(
        _Staff(
            school,
            tuple(_professional(rng, Role.LEERKRACHT, school) for _ in range(8)),
            _professional(rng, Role.IB, school),
            care,
        )
        for school in w.schools
    )


def generate_case_files(
    n: int,
    seed: int,
    today: date,
    *,
    assessments_per_child: int | None = None,
    recorded_by: str = DEMO_MEMBER_NAME,
) -> Iterator[CaseFile]:
    """Yield ``n`` fictional case files, deterministic for (``seed``, ``today``).

    ``assessments_per_child`` fixes the number of assessments (up to 40, in moments of up to
    four perspectives) for benchmarks; by default it varies from 2 to 40.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    staff = _staff(seed)
    for i in range(n):
        rng = random.Random(f"kansencirkel-demo:{seed}:{i}")
        yield _case_file(rng, staff, today, assessments_per_child, recorded_by)


def _case_file(
    rng: random.Random,
    staffs: Sequence[_Staff],
    today: date,
    per_child: int | None,
    recorded_by: str,
) -> CaseFile:
    bg = _pick_background(rng)
    name = _child_name(rng, bg)
    staff = rng.choice(staffs)
    group = rng.randint(1, 8)
    # Group g is mostly age g+3; some children are a year older, a few in group 8 two.
    age = group + 3 + rng.choice((0, 0, 0, 1)) + (1 if group == 8 and rng.random() < 0.1 else 0)
    dob = today - timedelta(days=int((age + rng.uniform(0.02, 0.97)) * 365.25))
    opened = today - timedelta(days=rng.randint(40, 900))
    closed = rng.random() < 0.15
    closed_on = (
        min(today - timedelta(days=7), opened + timedelta(days=rng.randint(120, 700)))
        if closed
        else None
    )
    end = closed_on or today

    # People around the child.
    teacher = staff.teachers[group - 1]
    mother = _adult_name(
        rng, bg, True, name.family if rng.random() < 0.8 else rng.choice(bg.families)
    )
    father = _adult_name(rng, bg, False, name.family)
    parents = [mother, father] if rng.random() < 0.7 else [rng.choice((mother, father))]
    parent_people = [Person(new_id(rng), p.full, Role.OUDER, phone=_phone(rng)) for p in parents]
    involved: list[tuple[Person, Role]] = [(teacher, Role.LEERKRACHT), (staff.ib, Role.IB)]
    involved += [(p, Role.OUDER) for p in parent_people]
    care = rng.sample(list(staff.care), rng.randint(0, 2))
    involved += [(c, c.role) for c in care]
    regie = rng.choice([staff.ib, *care]) if rng.random() < 0.9 else None
    involvements = tuple(
        Involvement(p, role, is_regiehouder=regie is not None and p.id == regie.id)
        for p, role in involved
    )
    status = ChildStatus.AFGESLOTEN if closed_on else ChildStatus.ACTIEF
    child = Child(
        id=new_id(rng),
        given_name=name.given,
        family_name=name.family,
        date_of_birth=None if rng.random() < 0.05 else dob,
        school=staff.school,
        group=str(group),
        status=status,
        opened_on=opened,
        closed_on=closed_on,
        regiehouder=regie,
    )

    assessments = make_assessments(
        rng, child, name, parents, teacher, staff.ib, care, end, per_child, recorded_by
    )
    actions = make_actions(rng, child, [p for p, _ in involved], end, today)
    actions = with_kinds_and_evaluations(child.id, actions, assessments, today)
    meetings = make_meetings(rng, child, [p for p, _ in involved], end, today, closed_on is None)
    notes = tuple(
        Note(
            new_id(rng),
            child.id,
            opened + timedelta(days=rng.randint(0, (end - opened).days)),
            rng.choice(words().free_notes).format(naam=name.given),
            tuple(rng.sample(ELEMENT_KEYS, rng.randint(0, 2))),
            rng.choice((Visibility.INTERN, Visibility.DEELBAAR)),
            recorded_by,
        )
        for _ in range(rng.randint(0, 4))
    )
    return CaseFile(
        child,
        involvements,
        assessments,
        actions,
        meetings,
        notes,
        make_consents(rng, child, parents, age, opened, today),
        is_demo=True,
    )
