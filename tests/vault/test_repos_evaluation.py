"""Afspraken with a kind, and their evaluation stored with the readings it was based on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ActionStatus, AuditKind, Perspective, Role
from kansencirkel.core.evaluation import Helped, changed_since
from kansencirkel.core.kinds import ACTION_KINDS_KEY
from kansencirkel.core.model import AssessmentInput
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories

START = date(2026, 9, 14)


def reading(
    kid: str, day: date, gezond: int | None, corrects: str | None = None
) -> AssessmentInput:
    scores = {k: 3 for k in ELEMENT_KEYS} | {"gezond": gezond}
    return AssessmentInput(
        kid,
        Perspective.SCHOOL,
        day,
        "Juf Anna",
        Role.LEERKRACHT,
        scores,
        goes_well="Speelt graag buiten.",
        corrects_id=corrects,
        correction_reason="Verkeerd overgenomen" if corrects else "",
    )


@pytest.fixture
def kid(repos: Repositories) -> str:
    return repos.children.create("Kim", "Jansen").value.id


def test_kind_is_stored_and_must_be_in_the_vault_s_list(repos: Repositories, kid: str) -> None:
    a = repos.actions.create(kid, "Beweegplan", ["gezond"], None, START, None, kind="cjg_coach")
    assert a.value.kind == "cjg_coach" and a.changes.children == {kid}
    assert repos.actions.update(a.value.id, kind="anders").value.kind == "anders"
    assert repos.actions.update(a.value.id, kind=None).value.kind is None
    with pytest.raises(InputRejected):
        repos.actions.update(a.value.id, kind="bestaat_niet")
    repos.settings.set(
        ACTION_KINDS_KEY, '{"kinds": [{"key": "huiswerk", "nl": "Huiswerk", "en": "Homework"}]}'
    )
    assert repos.actions.update(a.value.id, kind="huiswerk").value.kind == "huiswerk"
    with pytest.raises(InputRejected):
        repos.actions.create(kid, "Nog een", [], None, START, None, kind="cjg_coach")


def test_evaluation_keeps_its_readings_and_a_correction_shows_as_changed(
    repos: Repositories, kid: str, today_is: Callable[[date], date]
) -> None:
    today_is(date(2026, 11, 20))
    repos.assessments.save(reading(kid, START, 2))
    after = repos.assessments.save(reading(kid, date(2026, 11, 2), 4)).value
    act = repos.actions.create(kid, "Beweegplan", ["gezond"], None, START, None).value
    done = repos.actions.evaluate(act.id, ActionStatus.AFGEROND, Helped.JA, "Speelt vaker buiten.")
    ev = done.value.evaluated
    assert ev is not None and done.changes.children == {kid}
    assert (ev.helped, ev.sentence, ev.evaluated_on) == (
        Helped.JA,
        "Speelt vaker buiten.",
        date(2026, 11, 20),
    )
    [pair] = ev.readings
    assert pair.before is not None and pair.after is not None
    assert (pair.before.score, pair.after.score) == (2, 4)
    assert done.value.status is ActionStatus.AFGEROND

    repos.assessments.save(reading(kid, date(2026, 11, 2), 3, corrects=after.id))
    case = repos.children.case_file(kid)
    [stored] = case.actions
    assert stored.evaluated == ev  # the past evaluation did not silently change
    [change] = changed_since(ev, case.assessments)
    assert (change.was.score, change.now and change.now.score) == (4, 3)

    [last] = [e for e in repos.audit.entries(child_id=kid) if e.detail == "evaluated"]
    assert (last.kind, last.record_type, last.detail) == (AuditKind.CHANGE, "action", "evaluated")
    assert "Speelt" not in last.detail


def test_only_a_finished_or_stopped_afspraak_is_evaluated(
    repos: Repositories, kid: str, today_is: Callable[[date], date]
) -> None:
    today_is(date(2026, 11, 20))
    act = repos.actions.create(kid, "Beweegplan", ["gezond"], None, START, None).value
    with pytest.raises(InputRejected):
        repos.actions.evaluate(act.id, ActionStatus.LOPEND, Helped.JA, "")
    with pytest.raises(InputRejected):
        repos.actions.evaluate(act.id, ActionStatus.GESTOPT, Helped.NEE, "", date(2026, 9, 1))
    stopped = repos.actions.evaluate(act.id, ActionStatus.GESTOPT, Helped.WEET_NOG_NIET, "")
    ev = stopped.value.evaluated
    assert ev is not None and ev.readings == ()  # no readings at all: nothing to show


def test_evaluated_between_reads_counts_material_only_and_logs_no_child(
    repos: Repositories, kid: str, today_is: Callable[[date], date]
) -> None:
    today_is(date(2026, 11, 20))
    repos.assessments.save(reading(kid, START, 2))
    repos.assessments.save(reading(kid, date(2026, 11, 2), 4))
    act = repos.actions.create(kid, "Plan", ["gezond"], None, START, None, kind="anders").value
    repos.actions.create(kid, "Nog open", ["gezond"], None, START, None)
    repos.actions.evaluate(act.id, ActionStatus.AFGEROND, Helped.NEE, "Niet echt")
    [found] = repos.actions.evaluated_between(date(2026, 8, 1), date(2027, 7, 31))
    assert (found.child_id, found.kind, found.helped) == (kid, "anders", Helped.NEE)
    assert found.readings[0].rise == 2
    assert repos.actions.evaluated_between(date(2025, 8, 1), date(2026, 7, 31)) == []
    last = repos.audit.entries()[-1]
    assert (last.kind, last.record_type, last.child_id) == (AuditKind.VIEW, "wat_werkt", None)
