"""Fictional case files built from the real core dataclasses (the charts' real input)."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ActionStatus, ChildStatus, Perspective, Role
from kansencirkel.core.model import Action, Assessment, CaseFile, Child, Person, reading_order

_ids = itertools.count(1)
_ROLE = {
    Perspective.KIND: Role.KIND,
    Perspective.OUDERS: Role.OUDER,
    Perspective.SCHOOL: Role.LEERKRACHT,
    Perspective.ZORG: Role.CJG_COACH,
    Perspective.KERNTEAM: Role.IB,
}


def scores(*values: int | None) -> dict[str, int | None]:
    assert len(values) == len(ELEMENT_KEYS)
    return dict(zip(ELEMENT_KEYS, values, strict=True))


def assessment(
    perspective: Perspective,
    day: date,
    values: Sequence[int | None] | Mapping[str, int | None],
    *,
    notes: Mapping[str, str] | None = None,
    child_id: str = "child-1",
    superseded: bool = False,
) -> Assessment:
    n = next(_ids)
    sc = dict(values) if isinstance(values, Mapping) else scores(*values)
    return Assessment(
        id=f"a{n}",
        child_id=child_id,
        perspective=perspective,
        assessed_on=day,
        given_by="Fictief Persoon",
        given_by_role=_ROLE[perspective],
        scores=sc,
        notes=dict(notes or {}),
        goes_well="Speelt graag buiten.",
        wishes="",
        recorded_by="Demo IB'er",
        recorded_at=datetime(day.year, day.month, day.day, 12, tzinfo=UTC) + timedelta(seconds=n),
        lineage_id=f"l{n}",
        superseded_at=datetime(2030, 1, 1, tzinfo=UTC) if superseded else None,
    )


def child(given: str = "Noor", family: str = "de Vries", child_id: str = "child-1") -> Child:
    return Child(
        id=child_id,
        given_name=given,
        family_name=family,
        date_of_birth=date(2016, 5, 4),
        school="De Regenboog",
        group="5",
        status=ChildStatus.ACTIEF,
        opened_on=date(2025, 9, 1),
    )


def action(what: str, elements: Sequence[str], start: date, child_id: str = "child-1") -> Action:
    owner = Person(id="p1", name="Fictieve Coach", role=Role.CJG_COACH)
    return Action(
        id=f"act{next(_ids)}",
        child_id=child_id,
        what=what,
        elements=tuple(elements),
        owner=owner,
        start_on=start,
        due_on=start + timedelta(days=42),
        status=ActionStatus.LOPEND,
    )


def case(
    assessments: Sequence[Assessment],
    actions: Sequence[Action] = (),
    *,
    kid: Child | None = None,
) -> CaseFile:
    return CaseFile(
        child=kid or child(),
        involvements=(),
        assessments=tuple(sorted(assessments, key=reading_order)),
        actions=tuple(actions),
        meetings=(),
        notes=(),
        consents=(),
        is_demo=True,
    )


def demo_case(child_id: str = "child-1", given: str = "Noor", family: str = "de Vries") -> CaseFile:
    """Four perspectives over three moments, some 'weet niet', two actions."""
    P = Perspective
    d1, d2, d3 = date(2026, 3, 3), date(2026, 6, 9), date(2026, 10, 13)
    rows = [
        assessment(P.KIND, d1, (4, 3, 3, 2, 4, 4, 3, 5), child_id=child_id),
        assessment(P.OUDERS, d1, (4, 2, 3, 2, 4, 2, 3, 5), child_id=child_id),
        assessment(P.SCHOOL, d1, (3, 3, 2, 2, 2, 3, 2, 4), child_id=child_id),
        assessment(P.ZORG, d1, (3, 3, None, 2, 3, 3, 3, 4), child_id=child_id),
        assessment(P.KIND, d2, (4, 3, 4, 3, 4, 4, 3, 5), child_id=child_id),
        assessment(P.OUDERS, d2, (4, 3, 3, 3, 4, 3, 3, 5), child_id=child_id),
        assessment(P.SCHOOL, d2, (3, 3, 3, 2, 3, 3, 3, 4), child_id=child_id),
        assessment(
            P.KIND,
            d3,
            (5, 4, 4, 4, 5, 4, None, 5),
            child_id=child_id,
            notes={"veilig": "Voelt zich fijn in de nieuwe groep."},
        ),
        assessment(
            P.OUDERS,
            d3,
            (4, 3, 3, 4, 4, 4, 3, 5),
            child_id=child_id,
            notes={"gezond": "Slaapt beter sinds de zomer."},
        ),
        assessment(
            P.SCHOOL,
            d3,
            (4, 3, 3, 2, 2, 4, 3, 4),
            child_id=child_id,
            notes={"veilig": "Op het plein soms onrustig."},
        ),
        assessment(P.ZORG, d3, (4, 3, 3, 3, 3, None, 3, 4), child_id=child_id),
    ]
    acts = [
        action("Maatje op het plein", ["erbij_horen", "veilig"], date(2026, 4, 14), child_id),
        action("Vaste bedtijd met ouders", ["gezond"], date(2026, 3, 20), child_id),
    ]
    return case(rows, acts, kid=child(given, family, child_id))
