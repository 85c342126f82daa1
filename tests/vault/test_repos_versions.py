"""Record versions on both stores: every save counts the record's version one up, and a save
based on an older version is refused as an EditConflict carrying both sides, with nothing
written and no audit event; saving again on the version it shows stores it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from kansencirkel.core.enums import (
    ActionStatus,
    Audience,
    AuditKind,
    Consenter,
    MeetingKind,
    Role,
    Visibility,
)
from kansencirkel.core.evaluation import Helped
from kansencirkel.core.model import Child
from kansencirkel.vault.errors import EditConflict, NotFound
from kansencirkel.vault.errors import Versioned as Record
from kansencirkel.vault.repos import Repositories

DAY = date(2026, 10, 5)
LATER = date(2026, 11, 2)


@dataclass(frozen=True)
class Kind:
    """One kind of record: make one, save one field with a version, read it back."""

    make: Callable[[Repositories, str], str]
    save: Callable[..., Record]  # (repos, id, value, expected_version=…)
    read: Callable[[Repositories, str, str], Record]  # (repos, child id, id)
    field: str  # the field the save changes

    def value(self, record: Record) -> object:
        return getattr(record, self.field)

    values: tuple[object, object]


def _one(records: list[Record], ident: str) -> Record:
    return next(r for r in records if r.id == ident)


KINDS = {
    "child": Kind(
        make=lambda r, kid: kid,
        save=lambda r, i, v, **kw: r.children.update(i, school=v, **kw).value,
        read=lambda r, kid, i: r.children.get(i),
        field="school",
        values=("De Linde", "Het Baken"),
    ),
    "person": Kind(
        make=lambda r, kid: r.people.create("Mira", Role.LEERKRACHT).value.id,
        save=lambda r, i, v, **kw: r.people.update(i, phone=v, **kw).value,
        read=lambda r, kid, i: r.people.get(i),
        field="phone",
        values=("0612345678", "0687654321"),
    ),
    "action": Kind(
        make=lambda r, kid: r.actions.create(kid, "Plan", ["gezond"], None, DAY, None).value.id,
        save=lambda r, i, v, **kw: r.actions.update(i, what=v, **kw).value,
        read=lambda r, kid, i: _one(list(r.actions.for_child(kid)), i),
        field="what",
        values=("Elke dag lezen", "Twee keer per week sport"),
    ),
    "meeting": Kind(
        make=lambda r, kid: r.meetings.create(kid, DAY, MeetingKind.KERNTEAM, ["Mira"]).value.id,
        save=lambda r, i, v, **kw: r.meetings.update(i, summary=v, **kw).value,
        read=lambda r, kid, i: _one(list(r.meetings.for_child(kid)), i),
        field="summary",
        values=("Goed gesprek", "Moeder was er niet"),
    ),
    "consent": Kind(
        make=lambda r, kid: (
            r.consents.create(
                kid, Consenter.OUDERS, "Moeder", ["zorg"], [Audience.SCHOOL], DAY
            ).value.id
        ),
        save=lambda r, i, v, **kw: r.consents.withdraw(i, v, **kw).value,
        read=lambda r, kid, i: _one(list(r.consents.for_child(kid)), i),
        field="withdrawn_on",
        values=(date(2026, 10, 20), date(2026, 10, 27)),
    ),
    "note": Kind(
        make=lambda r, kid: (
            r.notes.create(kid, DAY, "Speelt buiten", ["actief"], Visibility.INTERN).value.id
        ),
        save=lambda r, i, v, **kw: r.notes.edit(i, reason="Aangevuld", text=v, **kw).value,
        read=lambda r, kid, i: _one(list(r.notes.for_child(kid)), i),
        field="text",
        values=("Speelt buiten met Daan", "Speelt buiten, vaak alleen"),
    ),
}


@pytest.fixture(autouse=True)
def _today(today_is: Callable[[date], date]) -> None:
    today_is(LATER)


@pytest.fixture
def kid(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen", opened_on=date(2026, 9, 1)).value.id


def _changes(repos: Repositories) -> int:
    return sum(1 for e in repos.audit.entries() if e.kind is AuditKind.CHANGE)


@pytest.mark.parametrize("name", KINDS)
def test_every_save_counts_the_version_one_up(repos: Repositories, kid: str, name: str) -> None:
    kind = KINDS[name]
    ident = kind.make(repos, kid)
    assert kind.read(repos, kid, ident).version == 1
    first, second = kind.values
    assert kind.save(repos, ident, first, expected_version=1).version == 2
    assert kind.save(repos, ident, second).version == 3  # no version named: still counted
    stored = kind.read(repos, kid, ident)
    assert (stored.version, kind.value(stored)) == (3, second)


@pytest.mark.parametrize("name", KINDS)
def test_a_save_over_a_newer_version_is_a_conflict_with_both_sides(
    repos: Repositories, kid: str, name: str
) -> None:
    kind = KINDS[name]
    ident = kind.make(repos, kid)
    theirs_value, mine_value = kind.values
    kind.save(repos, ident, theirs_value, expected_version=1)  # someone else saved first
    before, changes = kind.read(repos, kid, ident), _changes(repos)

    with pytest.raises(EditConflict) as caught:
        kind.save(repos, ident, mine_value, expected_version=1)

    conflict = caught.value
    assert conflict.expected == 1 and conflict.exit_code == 1
    assert conflict.theirs == before and conflict.theirs.version == 2
    assert kind.value(conflict.theirs) == theirs_value
    assert mine_value in conflict.mine.values()
    assert kind.read(repos, kid, ident) == before  # nothing written
    assert _changes(repos) == changes  # no audit event for the refused save

    # Keeping mine: save again on the version the conflict showed.
    kept = kind.save(repos, ident, mine_value, expected_version=conflict.theirs.version)
    assert (kept.version, kind.value(kept)) == (3, mine_value)
    assert kind.read(repos, kid, ident) == kept
    assert _changes(repos) == changes + 1


def test_a_conflict_can_be_retried_with_its_own_mine(repos: Repositories, kid: str) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, DAY, None).value
    repos.actions.update(act.id, what="Ander plan", expected_version=act.version)
    with pytest.raises(EditConflict) as caught:
        repos.actions.update(act.id, what="Mijn plan", due_on=LATER, expected_version=1)
    assert caught.value.mine == {"what": "Mijn plan", "due_on": LATER}
    again = repos.actions.update(
        act.id, **caught.value.mine, expected_version=caught.value.theirs.version
    ).value
    assert (again.what, again.due_on, again.version) == ("Mijn plan", LATER, 3)


def test_the_other_saves_of_a_child_are_guarded_too(repos: Repositories, kid: str) -> None:
    mira = repos.people.create("Mira", Role.LEERKRACHT).value.id
    repos.children.set_regiehouder(kid, mira, expected_version=1)
    stale_saves: tuple[Callable[[], object], ...] = (
        lambda: repos.children.close(kid, LATER, expected_version=1),
        lambda: repos.children.reopen(kid, expected_version=1),
        lambda: repos.children.set_regiehouder(kid, None, expected_version=1),
        lambda: repos.children.update(kid, group="7", expected_version=1),
    )
    for stale in stale_saves:
        with pytest.raises(EditConflict) as caught:
            stale()
        theirs = caught.value.theirs
        assert isinstance(theirs, Child) and theirs.regiehouder is not None
        assert theirs.version == 2 and theirs.regiehouder.id == mira
    closed = repos.children.close(kid, LATER, expected_version=2).value
    assert closed.version == 3 and closed.closed_on == LATER
    assert repos.children.reopen(kid, expected_version=3).value.version == 4


def test_finishing_an_afspraak_is_one_new_version(repos: Repositories, kid: str) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, DAY, None, ActionStatus.LOPEND)
    done = repos.actions.finish(
        act.value.id,
        ActionStatus.AFGEROND,
        Helped.JA,
        "Het hielp",
        LATER,
        fields={"what": "Plan, afgerond"},
        expected_version=1,
    ).value
    assert done.version == 2 and done.evaluated is not None
    with pytest.raises(EditConflict) as caught:
        repos.actions.finish(
            act.value.id, ActionStatus.GESTOPT, Helped.NEE, "Toch niet", LATER, expected_version=1
        )
    assert caught.value.mine["sentence"] == "Toch niet"
    assert caught.value.theirs == done


def test_a_planned_overleg_held_on_an_older_version(repos: Repositories, kid: str) -> None:
    planned = repos.meetings.plan(kid, LATER, MeetingKind.KERNTEAM).value
    assert planned.version == 1
    repos.meetings.update(planned.id, kind=MeetingKind.MDO, expected_version=1)
    with pytest.raises(EditConflict) as caught:
        repos.meetings.mark_held(planned.id, LATER, ["Mira"], "Goed", expected_version=1)
    assert caught.value.theirs.version == 2 and caught.value.mine["summary"] == "Goed"
    held = repos.meetings.mark_held(planned.id, LATER, ["Mira"], "Goed", expected_version=2)
    assert held.value.version == 3 and held.value.kind is MeetingKind.MDO


def test_a_save_of_a_removed_record_is_not_found(repos: Repositories, kid: str) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, DAY, None).value
    repos.actions.delete(act.id)
    with pytest.raises(NotFound):
        repos.actions.update(act.id, what="Weg", expected_version=1)


def test_a_new_regiehouder_through_the_betrokkenen_is_a_new_version_of_the_child(
    repos: Repositories, kid: str
) -> None:
    mira = repos.people.create("Mira", Role.LEERKRACHT).value.id
    repos.people.involve(kid, mira, Role.LEERKRACHT, is_regiehouder=True)
    assert repos.children.get(kid).version == 2
    with pytest.raises(EditConflict):  # based on the child before Mira became regiehouder
        repos.children.set_regiehouder(kid, None, expected_version=1)
    repos.people.uninvolve(kid, mira)
    child = repos.children.get(kid)
    assert (child.version, child.regiehouder) == (3, None)
    repos.people.involve(kid, mira, Role.LEERKRACHT)  # not regiehouder: the child is as it was
    assert repos.children.get(kid).version == 3


def test_new_contact_details_on_an_older_version_leave_the_betrokkenen_as_they_were(
    repos: Repositories, kid: str
) -> None:
    mira = repos.people.create("Mira", Role.LEERKRACHT).value.id
    repos.people.update(mira, phone="0612345678", expected_version=1)
    with pytest.raises(EditConflict) as caught:
        repos.people.save_involvement(
            kid, mira, Role.LEERKRACHT, True, expected_version=1, email="mira@school.nl"
        )
    assert caught.value.mine == {"email": "mira@school.nl"}
    assert repos.people.involvements(kid) == [] and repos.children.get(kid).version == 1
    part = repos.people.save_involvement(
        kid, mira, Role.LEERKRACHT, True, expected_version=2, email=str(caught.value.mine["email"])
    ).value
    assert part.person.version == 3 and part.person.email == "mira@school.nl"
    assert repos.children.get(kid).version == 2  # Mira became regiehouder
