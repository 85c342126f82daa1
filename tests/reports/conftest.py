"""Fictional case files for report tests, built from the real core dataclasses.

Names use Turkish, Polish and Vietnamese spellings on purpose: the PDF must render them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    ChildStatus,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import (
    Action,
    Assessment,
    CaseFile,
    Child,
    Consent,
    Involvement,
    Meeting,
    Note,
    Person,
)

TODAY = date(2026, 3, 16)

MOTHER = Person("p-ouder", "Ayşe Yılmaz-Nguyễn", Role.OUDER)
TEACHER = Person("p-lk", "Łukasz Wiśniewski", Role.LEERKRACHT, "OBS De Regenboog")
IB = Person("p-ib", "Đặng Thị Hương", Role.IB, "OBS De Regenboog")
COACH = Person("p-cjg", "Gülşen Öztürk", Role.CJG_COACH, "CJG Noord")

SCORES = {
    Perspective.KIND: (4, 3, 4, 2, 3, 4, None, 5),
    Perspective.OUDERS: (4, 3, 3, 4, 4, 4, 3, 5),
    Perspective.SCHOOL: (3, 3, 2, 2, 2, 4, 3, 4),
    # The zorg view's 'goes well' text must never reach the parents without consent.
    Perspective.ZORG: (3, 2, 3, 3, 4, 3, 3, 4),
}

ZORG_SECRET = "ZORGGEHEIM-gaat-goed-met-sporten"
INTERN_SECRET = "INTERNGEHEIM: vermoeden, niet delen"


def assessment(
    p: Perspective, on: date, scores: tuple[int | None, ...], n: int = 0, goes_well: str = ""
) -> Assessment:
    aid = f"a-{p.value}-{on.isoformat()}-{n}"
    return Assessment(
        id=aid,
        child_id="c-1",
        perspective=p,
        assessed_on=on,
        given_by={
            Perspective.KIND: "Elif",
            Perspective.OUDERS: MOTHER.name,
            Perspective.SCHOOL: TEACHER.name,
            Perspective.ZORG: COACH.name,
            Perspective.KERNTEAM: "Kernteam",
        }[p],
        given_by_role=Role.ANDERS,
        scores=dict(zip(ELEMENT_KEYS, scores, strict=True)),
        notes={},
        goes_well=goes_well or f"{p.value}: zij helpt graag andere kinderen",
        wishes=f"{p.value}: meer rust in de ochtend",
        recorded_by="Đặng Thị Hương",
        recorded_at=datetime(on.year, on.month, on.day, 12, tzinfo=UTC),
        lineage_id=aid,
    )


def make_case(
    *,
    consent_parts: tuple[str, ...] = ("kind", "school", "notes", "actions"),
    demo: bool = True,
    dob: date | None = date(2016, 5, 2),
    history: int = 2,
    actions: int = 4,
    notes: tuple[Note, ...] | None = None,
) -> CaseFile:
    child = Child(
        id="c-1",
        given_name="Elif Şebnem",
        family_name="Kowalczyk-Trần",
        date_of_birth=dob,
        school="OBS De Regenboog",
        group="Groep 5",
        status=ChildStatus.ACTIEF,
        opened_on=date(2025, 9, 1),
        regiehouder=IB,
    )
    assessments: list[Assessment] = []
    for i in range(history):
        on = TODAY - timedelta(days=60 * (history - 1 - i))
        for p, scores in SCORES.items():
            shifted = tuple(
                None if s is None else max(1, min(5, s - (history - 1 - i) % 2)) for s in scores
            )
            gw = ZORG_SECRET if p is Perspective.ZORG else ""
            assessments.append(assessment(p, on, shifted, i, gw))
    acts = tuple(
        Action(
            id=f"x-{i}",
            child_id="c-1",
            what=f"Afspraak {i}: elke maandag een kort gesprek met Łukasz over de week",
            elements=(ELEMENT_KEYS[i % 8],),
            owner=(TEACHER, MOTHER, COACH, IB)[i % 4],
            start_on=TODAY - timedelta(days=40 - i),
            due_on=TODAY + timedelta(days=14 * ((i % 3) - 1)),
            status=(ActionStatus.LOPEND, ActionStatus.GEPLAND, ActionStatus.AFGEROND)[i % 3],
        )
        for i in range(actions)
    )
    if notes is None:
        notes = (
            Note(
                "n-1",
                "c-1",
                TODAY - timedelta(days=3),
                "Gesprek met moeder & oma <gezellig>",
                ("veilig",),
                Visibility.DEELBAAR,
                IB.name,
            ),
            Note(
                "n-2",
                "c-1",
                TODAY - timedelta(days=5),
                INTERN_SECRET,
                (),
                Visibility.INTERN,
                IB.name,
            ),
        )
    consents = (
        Consent(
            "k-1",
            "c-1",
            Consenter.OUDERS,
            MOTHER.name,
            consent_parts,
            (Audience.OUDERS, Audience.KERNTEAM),
            date(2025, 9, 1),
        ),
    )
    meetings = (
        Meeting(
            "m-1",
            "c-1",
            TODAY - timedelta(days=30),
            MeetingKind.KERNTEAM,
            (IB.name, TEACHER.name),
            "Goed gesprek.",
            "Volgende keer met oma.",
            TODAY + timedelta(days=21),
        ),
    )
    return CaseFile(
        child=child,
        involvements=(
            Involvement(IB, Role.IB, is_regiehouder=True),
            Involvement(TEACHER, Role.LEERKRACHT),
            Involvement(MOTHER, Role.OUDER),
            Involvement(COACH, Role.CJG_COACH),
        ),
        assessments=tuple(assessments),
        actions=acts,
        meetings=meetings,
        notes=notes,
        consents=consents,
        is_demo=demo,
    )


@pytest.fixture
def case() -> CaseFile:
    return make_case()


@pytest.fixture
def case_factory() -> Callable[..., CaseFile]:
    return make_case


__all__ = ["INTERN_SECRET", "TODAY", "ZORG_SECRET", "make_case"]
