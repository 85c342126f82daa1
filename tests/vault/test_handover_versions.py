"""A record a hand-over replaces is a new version in the receiving vault: a save based on the
version from before the hand-over is an EditConflict, not a silent overwrite of what came in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.core.enums import Audience
from kansencirkel.vault.errors import EditConflict
from tests.support.vaults import VaultFactory
from tests.vault.test_handover import TODAY, _receive, _school, _send


def test_a_taken_afspraak_and_child_are_new_versions(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> None:
    today_is(TODAY)
    school, cid = _school(vault_factory)
    zorg = vault_factory("zorg")
    raw, code = _send(school, [cid], Audience.ZORG)
    cases = _receive(zorg, raw, code)
    zorg.repos.handover.apply(cases, {}, is_demo=False, from_vault=school.info.vault_id)
    [action] = zorg.repos.actions.for_child(cid)
    child = zorg.repos.children.get(cid)
    assert action.version == child.version == 1

    [at_school] = school.repos.actions.for_child(cid)
    school.repos.actions.update(at_school.id, what="Twee keer per week een gesprek")
    school.repos.children.update(cid, group="7")
    raw, code = _send(school, [cid], Audience.ZORG)
    cases = _receive(zorg, raw, code)
    plan = zorg.repos.handover.plan(cases, is_demo=False)
    assert not plan.conflicts
    zorg.repos.handover.apply(cases, {}, is_demo=False, from_vault="school")

    [taken] = zorg.repos.actions.for_child(cid)
    assert (taken.what, taken.version) == ("Twee keer per week een gesprek", 2)
    assert zorg.repos.children.get(cid).version == 2
    with pytest.raises(EditConflict) as caught:
        zorg.repos.actions.update(action.id, what="Mijn versie", expected_version=1)
    assert caught.value.theirs == taken
    with pytest.raises(EditConflict):
        zorg.repos.children.update(cid, school="Elders", expected_version=1)
