"""Finishing an afspraak with its evaluation is one transaction: the edits, the new status
and the evaluation are stored together, or — when the evaluation fails — none of them."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.enums import ActionStatus
from kansencirkel.core.evaluation import Helped
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.repos import actions as actions_repo

START = date(2026, 9, 14)
LATER = date(2026, 11, 2)


@pytest.fixture
def kid(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen").value.id


def test_edits_and_evaluation_are_stored_together(repos: Repositories, kid: str) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, START, None, ActionStatus.LOPEND)
    done = repos.actions.finish(
        act.value.id,
        ActionStatus.AFGEROND,
        Helped.JA,
        "Het hielp",
        LATER,
        fields={"what": "Plan, afgerond", "status": ActionStatus.LOPEND},  # status ignored
    )
    assert (done.value.what, done.value.status) == ("Plan, afgerond", ActionStatus.AFGEROND)
    assert done.value.evaluated is not None and done.changes.children == {kid}
    [stored] = repos.actions.for_child(kid)
    assert stored.what == "Plan, afgerond" and stored.evaluated is not None


def test_a_new_afspraak_finished_at_once(repos: Repositories, kid: str) -> None:
    done = repos.actions.finish(
        None,
        ActionStatus.GESTOPT,
        Helped.NEE,
        "Paste niet",
        LATER,
        child_id=kid,
        fields={
            "what": "Maatje",
            "elements": ["erbij_horen"],
            "owner_id": None,
            "start_on": START,
            "due_on": None,
            "kind": "anders",
        },
    )
    assert done.value.status is ActionStatus.GESTOPT and done.value.kind == "anders"
    assert [a.id for a in repos.actions.for_child(kid)] == [done.value.id]


def _events(repos: Repositories) -> int:
    return len(repos.audit.entries())


def test_a_refused_evaluation_leaves_the_afspraak_unfinished_and_unedited(
    repos: Repositories, kid: str
) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, START, None, ActionStatus.LOPEND)
    before = _events(repos)
    with pytest.raises(InputRejected):  # evaluated before its start: refused
        repos.actions.finish(
            act.value.id,
            ActionStatus.AFGEROND,
            Helped.JA,
            "Goed",
            date(2026, 9, 1),
            fields={"what": "Plan, bijgewerkt"},
        )
    [stored] = repos.actions.for_child(kid)
    assert (stored.what, stored.status, stored.evaluated) == ("Plan", ActionStatus.LOPEND, None)
    assert _events(repos) == before + 1  # only the for_child VIEW above: no CHANGE event


def test_a_failure_inside_the_evaluation_rolls_back_the_edits_too(
    repos: Repositories, kid: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    act = repos.actions.create(kid, "Plan", ["gezond"], None, START, None, ActionStatus.LOPEND)

    def broken(*_args: object, **_kwargs: object) -> object:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(actions_repo, "before_after", broken)
    with pytest.raises(RuntimeError):
        repos.actions.finish(
            act.value.id, ActionStatus.AFGEROND, Helped.JA, "Goed", LATER, fields={"what": "Nieuw"}
        )
    with pytest.raises(RuntimeError):  # a new afspraak is not left behind either
        repos.actions.finish(
            None,
            ActionStatus.AFGEROND,
            Helped.JA,
            "Goed",
            LATER,
            child_id=kid,
            fields={
                "what": "Nog een",
                "elements": ["gezond"],
                "owner_id": None,
                "start_on": START,
                "due_on": None,
            },
        )
    monkeypatch.undo()
    [stored] = repos.actions.for_child(kid)
    assert (stored.what, stored.status, stored.evaluated) == ("Plan", ActionStatus.LOPEND, None)
