"""A vault edits its own list of kinds: add, rename, retire. Each edit is one audited write
that returns the settings Changes; a retired kind stays on afspraken and in counts but a new
afspraak cannot take it."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import ActionStatus, AuditKind
from kansencirkel.core.evaluation import Helped
from kansencirkel.core.kinds import ACTION_KINDS_KEY, default_kinds
from kansencirkel.core.what_works import what_works
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories

START = date(2026, 9, 14)


def test_add_rename_retire_are_stored_audited_and_broadcast(repos: Repositories) -> None:
    added = repos.settings.add_kind("Inzet buurtcoach")
    assert added.changes == Changes(settings=True)
    assert "inzet_buurtcoach" in added.value.keys
    assert repos.settings.action_kinds() == added.value  # stored in the vault
    renamed = repos.settings.rename_kind("inzet_buurtcoach", "Buurtcoach")
    assert renamed.value.label("inzet_buurtcoach") == "Buurtcoach"
    retired = repos.settings.retire_kind("inzet_buurtcoach")
    assert retired.value.get("inzet_buurtcoach").retired
    back = repos.settings.retire_kind("inzet_buurtcoach", retired=False)
    assert not back.value.get("inzet_buurtcoach").retired
    events = [e for e in repos.audit.entries() if e.record_type == "setting"]
    assert [(e.kind, e.detail) for e in events] == [
        (AuditKind.CHANGE, f"key:{ACTION_KINDS_KEY}:{op}")
        for op in ("add", "rename", "retire", "restore")
    ]
    assert not any("buurtcoach" in e.detail.lower() for e in events)  # never a label


def test_a_refused_edit_stores_nothing_and_says_why(repos: Repositories) -> None:
    with pytest.raises(InputRejected) as refused:
        repos.settings.add_kind("Inzet CJG-coach")
    assert refused.value.message.msgid == "Deze soort afspraak staat al in de lijst."
    with pytest.raises(InputRejected):
        repos.settings.rename_kind("bestaat_niet", "Iets")
    assert repos.settings.get(ACTION_KINDS_KEY) is None  # still the bundled list
    assert repos.settings.action_kinds() == default_kinds()
    assert not [e for e in repos.audit.entries() if e.record_type == "setting"]


def test_a_retired_kind_stays_on_afspraken_and_in_counts_but_not_for_new_ones(
    repos: Repositories,
) -> None:
    kids = [repos.children.create(f"Kim{i}", "Jansen").value.id for i in range(5)]
    acts = [
        repos.actions.create(k, "Plan", ["gezond"], None, START, None, kind="cjg_coach").value
        for k in kids
    ]
    repos.settings.retire_kind("cjg_coach")
    with pytest.raises(InputRejected):
        repos.actions.create(kids[0], "Nieuw", ["gezond"], None, START, None, kind="cjg_coach")
    other = repos.actions.create(kids[0], "Ander", [], None, START, None, kind="anders").value
    with pytest.raises(InputRejected):
        repos.actions.update(other.id, kind="cjg_coach")
    # an afspraak that carries it keeps it, also when edited
    kept = repos.actions.update(acts[0].id, what="Plan, bijgesteld", kind="cjg_coach").value
    assert kept.kind == "cjg_coach"
    for a in acts:
        repos.actions.evaluate(a.id, ActionStatus.AFGEROND, Helped.JA, "Goed", START)
    kinds = repos.settings.action_kinds()
    counted = what_works(repos.actions.evaluated_between(START, START), kinds, START, START)
    [row] = counted.rows
    assert row.kind == "cjg_coach" and row.evaluated.shown == 5
    assert kinds.label("cjg_coach") == "Inzet CJG-coach"
