"""Taking a laptop vault into a team store (real SQLCipher vault, real PostgreSQL): the team
sees the same case files with their history, the laptop's audit log continues the team's
chain, and every refusal writes nothing."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace

import pytest
import sqlalchemy

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import CaseFile
from kansencirkel.demo.children import generate_case_files
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.transfer import (
    ALREADY_IN_TEAM,
    DEMO_INTO_REAL,
    import_vault,
    read_case_files,
)
from kansencirkel.vault.vault import Vault
from tests.support.team_store import TeamStore
from tests.support.vaults import TEST_ACTOR, VaultFactory

N_CHILDREN = 8


def _laptop(vault_factory: VaultFactory, n: int = N_CHILDREN, **kw: object) -> Vault:
    """A laptop vault with ``n`` demo-style case files, one corrected-away assessment, one
    withdrawn one and one edited note, so the history has to travel too."""
    vault = vault_factory("laptop", **kw)
    cases = list(generate_case_files(n, seed=15, today=clock.today()))
    vault.repos.bulk_import(cases)
    first = cases[0]
    a = first.assessments[0]
    vault.repos.assessments.withdraw(a.id, reason="Dubbel ingevoerd")
    note = next(c.notes[0] for c in cases if c.notes)
    vault.repos.notes.edit(note.id, reason="Typfout", text="Nieuwe tekst van de notitie")
    vault.repos.children.get(first.child.id)  # a VIEW event on the laptop
    return vault


def _counts(store: TeamStore) -> dict[str, int]:
    tables = (
        "children",
        "assessments",
        "notes",
        "note_versions",
        "audit_events",
        "persons",
        "element_scores",
    )
    with store.engine.connect() as conn:
        return {
            t: int(conn.execute(sqlalchemy.text(f"SELECT count(*) FROM {t}")).scalar_one())
            for t in tables
        }


def _comparable(case: CaseFile) -> CaseFile:
    return replace(case, is_demo=False)


def _refused(call: Callable[[], object], store: TeamStore, msgid: str | None = None) -> None:
    before = _counts(store)
    with pytest.raises(InputRejected) as caught:
        call()
    assert caught.value.exit_code == 5
    if msgid is not None:
        assert caught.value.message.msgid == msgid
    assert _counts(store) == before


def test_a_laptop_vault_moves_into_the_team_with_its_history_and_audit(
    vault_factory: VaultFactory, team_store: TeamStore
) -> None:
    team = Repositories(team_store.engine, TEST_ACTOR)
    team.children.create("Bestaand", "Teamkind")  # the team's chain has events already
    laptop = _laptop(vault_factory)
    expected = {c.child.id: c for c in read_case_files(laptop.repos)}
    laptop_events = laptop.repos.audit.entries()
    before = team.audit.entries()

    began = time.perf_counter()
    done = import_vault(laptop, team_store.engine, TEST_ACTOR)
    seconds = time.perf_counter() - began
    print(f"import of {N_CHILDREN} children: {seconds:.2f} s")

    assert done.children == N_CHILDREN and done.vault_id == laptop.info.vault_id
    for child_id, case in expected.items():
        got = team.children.case_file(child_id, include_superseded=True)
        assert _comparable(got) == _comparable(case)
    assert any(c.withdrawn for c in expected.values())
    assert any(c.note_versions for c in expected.values())

    after = team.audit.entries()
    assert after[: len(before)] == before
    copied = after[len(before) : len(before) + done.events]
    # Read after the case files: the import's own reads are in the laptop log, and copied.
    assert done.events > len(laptop_events)
    assert [(e.at, e.actor, e.kind, e.record_id, e.child_id, e.detail) for e in copied] == [
        (e.at, e.actor, e.kind, e.record_id, e.child_id, e.detail)
        for e in laptop.repos.audit.entries()[: done.events]
    ]
    last = after[len(before) + done.events + 1]  # after the bulk import's own CREATE
    assert (last.kind, last.record_type, last.record_id) == (
        AuditKind.CREATE,
        "vault",
        laptop.info.vault_id,
    )
    assert f"children={N_CHILDREN}" in last.detail
    assert team.audit.verify_chain().ok


def test_a_second_import_of_the_same_vault_is_refused_and_writes_nothing(
    vault_factory: VaultFactory, team_store: TeamStore
) -> None:
    laptop = _laptop(vault_factory, n=3)
    import_vault(laptop, team_store.engine, TEST_ACTOR)
    _refused(
        lambda: import_vault(laptop, team_store.engine, TEST_ACTOR), team_store, ALREADY_IN_TEAM
    )


def test_one_colliding_child_refuses_the_whole_vault(
    vault_factory: VaultFactory, team_store: TeamStore
) -> None:
    laptop = _laptop(vault_factory, n=4)
    last = read_case_files(laptop.repos)[-1]
    Repositories(team_store.engine, TEST_ACTOR).bulk_import([last])  # only the last is there
    _refused(
        lambda: import_vault(laptop, team_store.engine, TEST_ACTOR), team_store, ALREADY_IN_TEAM
    )


def test_a_failure_in_the_middle_of_the_writes_leaves_the_team_as_it_was(
    vault_factory: VaultFactory, team_store: TeamStore
) -> None:
    """The last child's assessment id is taken in the team (under another child): found only
    when the rows go in, after the audit events were copied; all of it is undone."""
    laptop = _laptop(vault_factory, n=4)
    last = read_case_files(laptop.repos)[-1]
    other = next(generate_case_files(1, seed=99, today=clock.today()))
    clash = replace(other, assessments=(replace(other.assessments[0], id=last.assessments[0].id),))
    Repositories(team_store.engine, TEST_ACTOR).bulk_import([clash])
    _refused(lambda: import_vault(laptop, team_store.engine, TEST_ACTOR), team_store)
    assert Repositories(team_store.engine, TEST_ACTOR).audit.verify_chain().ok


def test_a_demo_vault_does_not_go_into_a_real_team(
    vault_factory: VaultFactory, team_store: TeamStore
) -> None:
    laptop = _laptop(vault_factory, n=2, demo=True)
    _refused(
        lambda: import_vault(laptop, team_store.engine, TEST_ACTOR), team_store, DEMO_INTO_REAL
    )
