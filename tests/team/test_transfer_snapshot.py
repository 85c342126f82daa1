"""A read-only snapshot of chosen children of a team (real PostgreSQL, real SQLCipher): it
opens like a vault with the passphrase, holds just those children, refuses every change,
shows no name in its bytes and says on every printed page what it is."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import CaseFile
from kansencirkel.demo.children import generate_case_files
from kansencirkel.reports import render_child_report
from kansencirkel.reports.preview import preview_model
from kansencirkel.vault import meta
from kansencirkel.vault.errors import InputRejected, NotFound, VaultError
from kansencirkel.vault.lifecycle import vault_files
from kansencirkel.vault.readonly import SNAPSHOT_READ_ONLY
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team.snapshot import SNAPSHOT_EXISTS, make_snapshot
from kansencirkel.vault.vault import Vault
from tests.reports import pdfcheck
from tests.support.team_store import TeamStore
from tests.support.vaults import TEST_ACTOR, TEST_KDF, TEST_PASSPHRASE, VaultFactory


def _team_with(store: TeamStore, n: int = 3) -> list[CaseFile]:
    cases = list(generate_case_files(n, seed=21, today=clock.today()))
    Repositories(store.engine, TEST_ACTOR).bulk_import(cases)
    return cases


def _snapshot(store: TeamStore, ids: list[str], path: Path) -> Path:
    return make_snapshot(store.engine, ids, path, TEST_PASSPHRASE, TEST_KDF, TEST_ACTOR)


def _open(path: Path, vault_factory: VaultFactory) -> Vault:
    member = Vault.members(path)[0]
    return vault_factory.track(Vault.open(path, member.id, TEST_PASSPHRASE))


def _read_only(call: Callable[[], object]) -> None:
    with pytest.raises(VaultError) as caught:
        call()
    assert caught.value.message.msgid == SNAPSHOT_READ_ONLY
    assert caught.value.exit_code == 1


def _plain(case: CaseFile) -> CaseFile:
    return replace(case, is_demo=False, snapshot_at=None)


def test_a_snapshot_holds_the_chosen_children_and_refuses_every_change(
    team_store: TeamStore, vault_factory: VaultFactory, tmp_path: Path
) -> None:
    cases = _team_with(team_store)
    chosen, left_out = [c.child.id for c in cases[:2]], cases[2].child.id
    team = Repositories(team_store.engine, TEST_ACTOR)
    expected = {i: team.children.case_file(i, include_superseded=True) for i in chosen}

    began = time.perf_counter()
    path = _snapshot(team_store, chosen, tmp_path / "overleg.kcv")
    print(f"snapshot of {len(chosen)} children: {time.perf_counter() - began:.2f} s")

    vault = _open(path, vault_factory)
    assert vault.info.snapshot_of == team_store.team_id
    assert vault.info.snapshot_at is not None
    repos = vault.repos
    assert repos.children.count() == 2
    for i in chosen:
        got = repos.children.case_file(i, include_superseded=True)  # reads work (and log)
        assert _plain(got) == _plain(expected[i])
        assert got.snapshot_at == vault.info.snapshot_at
    with pytest.raises(NotFound):
        repos.children.case_file(left_out)

    first = expected[chosen[0]]
    _read_only(lambda: repos.children.create("Nieuw", "Kind"))
    _read_only(lambda: repos.children.update(chosen[0], school="Andere school"))
    _read_only(lambda: repos.children.erase(chosen[0]))
    if first.notes:
        note = first.notes[0]
        _read_only(lambda: repos.notes.edit(note.id, reason="Waarom", text="Andere tekst"))
    _read_only(lambda: repos.bulk_import([cases[2]]))
    _read_only(lambda: meta.write_meta(vault.engine, snapshot_of=""))
    assert repos.children.count() == 2 and repos.audit.verify_chain().ok

    exported = [
        e.child_id
        for e in team.audit.entries()
        if e.kind is AuditKind.EXPORT and e.detail == "snapshot"
    ]
    assert sorted(exported) == sorted(chosen)

    vault.close()
    raw = b"".join(p.read_bytes() for p in vault_files(path) if p.exists())
    for case in expected.values():
        for name in (case.child.given_name, case.child.family_name):
            assert name.encode() not in raw


def test_every_printed_page_of_a_snapshot_child_says_it_is_a_snapshot(
    team_store: TeamStore, vault_factory: VaultFactory, tmp_path: Path
) -> None:
    cases = _team_with(team_store, n=2)
    path = _snapshot(team_store, [cases[0].child.id], tmp_path / "overleg.kcv")
    vault = _open(path, vault_factory)
    case = vault.repos.children.case_file(cases[0].child.id)
    for kind in ("kernteam", "ouders"):
        pdf = render_child_report(case, kind, printed_by="Test", today=clock.today())
        pages = pdfcheck.pages(pdf)
        assert pages
        for page in pages:
            assert "Momentopname van de teamserver" in page and "alleen lezen" in page
        english = render_child_report(case, kind, printed_by="Test", today=clock.today(), lang="en")
        assert all("snapshot" in p.lower() for p in pdfcheck.pages(english))
        # The export dialog's first-page preview carries the same notice as the pages.
        sheet = preview_model(case, kind, today=clock.today(), printed_by="Test")
        assert sheet.snapshot.startswith("Momentopname van de teamserver")
    plain = team_store.engine
    team_case = Repositories(plain, TEST_ACTOR).children.case_file(cases[0].child.id)
    pdf = render_child_report(team_case, "kernteam", printed_by="Test", today=clock.today())
    assert "Momentopname" not in pdfcheck.text(pdf)
    assert preview_model(team_case, "kernteam", today=clock.today(), printed_by="T").snapshot == ""


def test_a_snapshot_never_overwrites_a_file(
    team_store: TeamStore, vault_factory: VaultFactory, tmp_path: Path
) -> None:
    cases = _team_with(team_store, n=1)
    ids = [cases[0].child.id]
    path = _snapshot(team_store, ids, tmp_path / "overleg.kcv")
    before = path.read_bytes()
    with pytest.raises(InputRejected) as caught:
        _snapshot(team_store, ids, path)
    assert caught.value.message.msgid == SNAPSHOT_EXISTS
    assert path.read_bytes() == before
    other = tmp_path / "iets.kcv"
    other.write_bytes(b"not a vault")
    with pytest.raises(InputRejected):
        _snapshot(team_store, ids, other)
    assert other.read_bytes() == b"not a vault"
