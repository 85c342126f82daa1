"""'Hier wil ik over praten' from the latest reading of each perspective, the child first."""

from __future__ import annotations

from datetime import UTC, date, datetime

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import Assessment
from kansencirkel.core.talk import talk_requests, talk_text


def _reading(p: Perspective, talk: set[str]) -> Assessment:
    return Assessment(
        id=p.value,
        child_id="c",
        perspective=p,
        assessed_on=date(2026, 3, 1),
        given_by="Kim",
        given_by_role=Role.KIND,
        scores=dict.fromkeys(ELEMENT_KEYS, 3),
        notes={},
        goes_well="Lezen",
        wishes="",
        recorded_by="Test",
        recorded_at=datetime(2026, 3, 1, tzinfo=UTC),
        lineage_id=p.value,
        talk=frozenset(talk),
    )


def test_requests_come_child_first_in_element_order() -> None:
    latest = {
        Perspective.OUDERS: _reading(Perspective.OUDERS, {"actief"}),
        Perspective.SCHOOL: _reading(Perspective.SCHOOL, set()),
        Perspective.KIND: _reading(Perspective.KIND, {"gezond", "veilig"}),
    }
    [child, parents] = talk_requests(latest)
    assert child.perspective is Perspective.KIND and child.elements == ("veilig", "gezond")
    assert parents.perspective is Perspective.OUDERS
    assert talk_text(child, "nl") == "Het kind wil hierover praten: Veilig, Gezond."
    assert talk_text(parents, "en") == "The parents would like to talk about: Active."


def test_no_marks_no_requests() -> None:
    assert talk_requests({Perspective.KIND: _reading(Perspective.KIND, set())}) == ()
