"""Verified erasure: every decrypted page of the vault and its -wal is searched for the child.

The control tests run the same check where the child is still there (in the database file,
or only in the -wal), so a check that finds nothing cannot have passed by looking nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy.orm import Session

from kansencirkel.core.enums import Visibility
from kansencirkel.vault import pages
from kansencirkel.vault.erase_check import ErasureCheck, Traces, check_erasure, collect_traces
from kansencirkel.vault.vault import Vault
from tests.support.erasure_data import LONG_NOTE, SECRETS, fill_child
from tests.support.vaults import VaultFactory

TODAY = date(2026, 12, 1)


@pytest.fixture
def filled(vault_factory: VaultFactory, today_is: Callable[[date], date]) -> tuple[Vault, str]:
    today_is(TODAY)
    vault = vault_factory()
    kid, _other = fill_child(vault.repos)
    vault.repos.children.get(kid)  # a VIEW event: the id is in the audit log more than once
    return vault, kid


def _check(vault: Vault, traces: Traces, stays: bytes | None = None) -> ErasureCheck:
    """The check as the erasure runs it; ``stays=b""``: the child is still in the vault, so
    nothing of it may count as "rightly stays" (the control runs)."""
    with vault.engine.connect() as conn:
        return check_erasure(vault.path, vault._open.db_key, conn, traces, stays=stays)


def test_every_page_is_decrypted_and_verified(filled: tuple[Vault, str]) -> None:
    vault, _kid = filled
    vault.engine.dispose()
    db = list(pages.db_pages(vault.path, vault._open.db_key))
    assert len(db) == vault.path.stat().st_size // pages.PAGE_SIZE
    assert all(p.data is not None for p in db)
    plain = b"".join(p.data or b"" for p in db) + b"".join(
        f.data or b"" for f in pages.wal_frames(vault.path, vault._open.db_key).frames
    )
    assert all(s.encode() in plain for s in SECRETS[:2])


def test_before_the_erasure_the_check_finds_the_child(filled: tuple[Vault, str]) -> None:
    vault, kid = filled
    with Session(vault.engine) as s:
        traces = collect_traces(s, kid)
    assert {"Şükrüzade", "Wiktorówna-Quallenberg"} <= set(traces.names)
    assert LONG_NOTE in traces.texts and kid in traces.ids and len(traces.ids) > 10
    result = _check(vault, traces, stays=b"")
    assert not result.ok and result.unreadable == 0
    assert {f.kind for f in result.found} == {"naam", "tekst", "nummer"}
    assert _check(vault, traces).found  # the ids, even where the names are still in use


def test_a_change_only_in_the_wal_is_found_there(filled: tuple[Vault, str]) -> None:
    vault, kid = filled
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").all()
    vault.repos.notes.create(kid, TODAY, "Alleen-in-de-WAL-Zeppelinnotitie", [], Visibility.INTERN)
    with Session(vault.engine) as s:
        traces = collect_traces(s, kid)
    result = _check(vault, traces, stays=b"")
    assert result.wal_frames > 0
    wal_hits = {f.kind for f in result.found if f.source == "wal"}
    assert "tekst" in wal_hits
    # ... and it really is only there: the database file itself does not hold the new note.
    db = b"".join(p.data or b"" for p in pages.db_pages(vault.path, vault._open.db_key))
    assert b"Zeppelinnotitie" not in db


def test_after_the_erasure_no_page_holds_a_trace(filled: tuple[Vault, str]) -> None:
    vault, kid = filled
    report = vault.erase_child(kid).value
    check = report.check
    assert check.ok, check.found
    assert check.db_pages == vault.path.stat().st_size // pages.PAGE_SIZE
    assert check.unreadable == 0
    assert check.audit_only_ids  # the ERASE and VIEW events name the id, as they must
    assert check.not_distinct < 20  # element keys, kinds, the author: in every file
    # Independently of the check: no secret in any page, the other child still there.
    key = vault._open.db_key
    plain = b"".join(p.data or b"" for p in pages.db_pages(vault.path, key))
    plain += b"".join(f.data or b"" for f in pages.wal_frames(vault.path, key).frames)
    for secret in SECRETS:
        assert secret.encode() not in plain, secret
    assert b"Anna" in plain
    assert [c.child_id for c in vault.repos.children.retention_due()] == []


def test_the_check_sees_a_leftover_outside_the_audit_log(filled: tuple[Vault, str]) -> None:
    """An id kept in an ordinary table (here: a setting) is a trace, not an audit entry."""
    vault, kid = filled
    with Session(vault.engine) as s:
        traces = collect_traces(s, kid)
    vault.repos.children.erase(kid)
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO settings (key, value) VALUES ('spoor', ?)", (kid,))
    result = _check(vault, traces)
    assert not result.ok
    assert {f.kind for f in result.found} == {"nummer"}


def test_backups_made_before_are_listed(
    filled: tuple[Vault, str], tmp_path: object, vault_factory: VaultFactory
) -> None:
    vault, kid = filled
    folder = vault.path.parent / "reservekopieen"
    first = vault.backup(folder)
    elsewhere = vault.backup(vault.path.parent / "usb")
    report = vault.erase_child(kid, backup_folder=folder).value
    assert [(b.name, b.in_folder) for b in report.backups] == [
        (first.name, True),
        (elsewhere.name, False),
    ]
    assert report.backups[0].made_at <= report.backups[1].made_at


def test_every_child_of_a_demo_vault_erases_without_a_trace(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> None:
    """Regression: secure_delete alone left an erased child's id in the unallocated gap of
    an index page after a rebalance (the 9th child of this very vault, without VACUUM)."""
    from kansencirkel.demo import generate_case_files

    today_is(TODAY)
    vault = vault_factory()
    vault.repos.bulk_import(generate_case_files(25, 3, TODAY, recorded_by=vault.actor.name))
    ids = [s.child.id for s in vault.repos.children.summaries(TODAY)]
    assert len(ids) == 25
    for kid in ids:
        check = vault.erase_child(kid).value.check
        assert check.ok, (ids.index(kid), check.found)
    assert vault.repos.children.count() == 0
