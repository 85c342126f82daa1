"""Afspraken, overleggen, notes, consents, drafts and settings as the UI uses them."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy

from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    AuditKind,
    Consenter,
    MeetingKind,
    Perspective,
    Role,
    Visibility,
)
from kansencirkel.core.model import TeamMember
from kansencirkel.vault.errors import InputRejected, NotFound
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.validation import fields, records
from tests.support.vaults import TEST_MEMBER

OTHER = TeamMember("m-2", "Meester Bram", Role.LEERKRACHT)


@pytest.fixture
def kid(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen").value.id


def test_actions_create_update_overdue_delete(repos: Repositories, kid: str) -> None:
    coach = repos.people.create("Sanne", Role.CJG_COACH).value
    a = repos.actions.create(
        kid,
        "Oudergesprek plannen",
        ["veilig", "actief"],
        coach.id,
        date(2026, 1, 1),
        date(2026, 2, 1),
    ).value
    assert a.elements == ("actief", "veilig")  # NJi order
    assert a.owner == coach and a.status is ActionStatus.GEPLAND
    assert a.is_overdue(date(2026, 2, 2)) and not a.is_overdue(date(2026, 2, 1))
    done = repos.actions.update(
        a.id, status=ActionStatus.AFGEROND, evaluation="Gelukt", elements=["gezond"]
    ).value
    assert (done.status, done.evaluation, done.elements) == (
        ActionStatus.AFGEROND,
        "Gelukt",
        ("gezond",),
    )
    assert not done.is_overdue(date(2027, 1, 1))
    assert repos.actions.for_child(kid) == [done]
    repos.actions.delete(a.id)
    assert repos.actions.for_child(kid) == []
    with pytest.raises(NotFound):
        repos.actions.delete(a.id)


@pytest.mark.parametrize(
    ("args", "msgid"),
    [
        (("", [], None, None, None), records.NO_WHAT),
        (("x", ["vrolijk"], None, None, None), fields.UNKNOWN_ELEMENT),
        (("x", [], None, date(2026, 2, 1), date(2026, 1, 1)), records.DUE_BEFORE_START),
    ],
)
def test_bad_action_input(repos: Repositories, kid: str, args: tuple, msgid: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(InputRejected) as info:
        repos.actions.create(kid, *args)
    assert info.value.message.msgid == msgid


def test_action_update_keeps_dates_consistent(repos: Repositories, kid: str) -> None:
    a = repos.actions.create(kid, "x", [], None, date(2026, 1, 1), date(2026, 2, 1)).value
    with pytest.raises(InputRejected):
        repos.actions.update(a.id, due_on=date(2025, 12, 1))
    with pytest.raises(InputRejected):
        repos.actions.update(a.id, status="misschien")
    assert repos.actions.for_child(kid)[0].due_on == date(2026, 2, 1)


def test_meetings_and_agenda_by_date(repos: Repositories, kid: str) -> None:
    anna = repos.children.create("Anna", "Bakker").value.id
    repos.children.create("Zoë", "Zijlstra")
    m = repos.meetings.create(
        kid,
        date(2026, 3, 2),
        MeetingKind.KERNTEAM,
        ["Juf Anna", "Sanne"],
        "Samenvatting",
        "Besluit",
        date(2026, 4, 6),
    ).value
    repos.meetings.create(anna, date(2026, 4, 6), MeetingKind.OUDERGESPREK, [])
    assert repos.meetings.agenda(date(2026, 3, 2)) == [kid]
    assert repos.meetings.agenda(date(2026, 4, 6)) == [anna, kid]  # by family name
    assert repos.meetings.agenda(date(2026, 4, 7)) == []
    got = repos.meetings.update(m.id, attendees=["Sanne"], summary="Nieuw").value
    assert (got.attendees, got.summary, got.decisions) == (("Sanne",), "Nieuw", "Besluit")
    assert repos.meetings.for_child(kid) == [got]
    with pytest.raises(InputRejected):
        repos.meetings.create(kid, date(2026, 3, 2), MeetingKind.MDO, [], next_on=date(2026, 3, 1))
    with pytest.raises(InputRejected):
        repos.meetings.create(kid, date(2026, 3, 2), "borrel", [])  # type: ignore[arg-type]


def test_notes_keep_their_visibility(repos: Repositories, kid: str) -> None:
    repos.notes.create(kid, date(2026, 1, 2), "Intern", ["veilig"], Visibility.INTERN)
    repos.notes.create(kid, date(2026, 1, 1), "Deelbaar", [], Visibility.DEELBAAR)
    notes = repos.notes.for_child(kid)
    assert [(n.text, n.visibility) for n in notes] == [
        ("Deelbaar", Visibility.DEELBAAR),
        ("Intern", Visibility.INTERN),
    ]
    assert notes[1].elements == ("veilig",) and notes[1].author == TEST_MEMBER
    shared = repos.notes.for_child(kid, Visibility.DEELBAAR)
    assert [n.text for n in shared] == ["Deelbaar"]
    with pytest.raises(InputRejected):
        repos.notes.create(kid, date(2026, 1, 1), "  ", [], Visibility.INTERN)
    with pytest.raises(InputRejected):
        repos.notes.create(kid, date(2026, 1, 1), "x", [], "geheim")  # type: ignore[arg-type]


def test_consents_create_and_withdraw(repos: Repositories, kid: str) -> None:
    c = repos.consents.create(
        kid,
        Consenter.OUDERS,
        "Mama Jansen",
        ["zorg", "notes", "zorg"],
        [Audience.OUDERS, Audience.SCHOOL],
        date(2026, 1, 1),
        expires_on=date(2027, 1, 1),
        remark="Mondeling",
    ).value
    assert c.parts == ("zorg", "notes") and c.audiences == (Audience.OUDERS, Audience.SCHOOL)
    assert c.valid_on(date(2026, 6, 1))
    w = repos.consents.withdraw(c.id, date(2026, 6, 1)).value
    assert w.withdrawn_on == date(2026, 6, 1) and not w.valid_on(date(2026, 6, 1))
    assert repos.consents.for_child(kid) == [w]
    with pytest.raises(InputRejected):
        repos.consents.withdraw(c.id, date(2025, 1, 1))
    bads: list[dict[str, object]] = [
        {"parts": ["geheimen"]},
        {"parts": []},
        {"audiences": ["buren"]},
        {"expires_on": date(2025, 1, 1)},
        {"given_by": ""},
    ]
    for bad in bads:
        kwargs: dict[str, object] = {
            "consenter": Consenter.KIND,
            "given_by": "Kim",
            "parts": ["kind"],
            "audiences": [Audience.OUDERS],
            "given_on": date(2026, 1, 1),
            **bad,
        }
        with pytest.raises(InputRejected):
            repos.consents.create(kid, **kwargs)  # type: ignore[arg-type]
    assert len(repos.consents.for_child(kid)) == 1


def test_drafts_upsert_mine_and_discard(
    engine: sqlalchemy.Engine, repos: Repositories, kid: str
) -> None:
    d = repos.drafts.save(
        None, kid, Perspective.KIND, {"scores": {"actief": 3}, "goes_well": ""}
    ).value
    d2 = repos.drafts.save(d.id, kid, Perspective.KIND, {"scores": {"actief": 4}}).value
    assert d2.id == d.id and d2.payload == {"scores": {"actief": 4}}
    assert d2.updated_at >= d.updated_at and d2.author == TEST_MEMBER
    other = Repositories(engine, OTHER)
    other.drafts.save(None, kid, None, {"note": "x"})
    assert [x.id for x in repos.drafts.mine()] == [d.id]
    assert len(repos.drafts.for_child(kid)) == 2
    repos.drafts.discard(d.id)
    repos.drafts.discard(d.id)  # twice is fine
    assert repos.drafts.mine() == [] and len(other.drafts.mine()) == 1
    with pytest.raises(InputRejected):
        repos.drafts.save(None, kid, Perspective.KIND, {"x": object()})
    with pytest.raises(InputRejected):
        repos.drafts.save(None, kid, "buren", {})  # type: ignore[arg-type]
    assert not any(e.record_type == "draft" for e in repos.audit.entries())


def test_settings(repos: Repositories) -> None:
    assert repos.settings.get("retention_years", "2") == "2"
    repos.settings.set("retention_years", 3)
    repos.settings.set("retention_years", 4)
    assert repos.settings.get("retention_years") == "4"
    assert repos.audit.entries()[-1].kind is AuditKind.CHANGE


def test_people_create_update(repos: Repositories) -> None:
    p = repos.people.create("Sanne", Role.CJG_COACH, "CJG Noord", "010-1234567", "s@cjg.nl").value
    q = repos.people.update(p.id, phone="06-1", role=Role.JEUGDHULP).value
    assert (q.phone, q.role, q.organisation) == ("06-1", Role.JEUGDHULP, "CJG Noord")
    assert repos.people.get(p.id) == q
    with pytest.raises(InputRejected):
        repos.people.create(" ", Role.OUDER)
    with pytest.raises(InputRejected):
        repos.people.update(p.id, name="")
    with pytest.raises(InputRejected):
        repos.people.create("X", "buurman")  # type: ignore[arg-type]
