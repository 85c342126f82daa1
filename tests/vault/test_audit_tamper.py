"""Proof 7, second half: an attacker who has the database key and drops the append-only
triggers can change or delete an audit row with raw SQL, but ``vault check`` (and
``kansencirkel vault check`` / ``audit --verify``, exit code 4) then names the first event
that no longer fits the hash chain. (With the triggers in place the same SQL is refused:
test_audit_model.py tries it at every step.)

Each example takes a fresh copy of one vault with a few dozen events, tampers with one row
in one way and checks where the chain breaks.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kansencirkel.cli import main as cli_main
from kansencirkel.core.enums import Visibility
from kansencirkel.vault.lifecycle import vault_files
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, make_vault

pytestmark = pytest.mark.timeout(600)

#: Column → an SQL expression for a value it never had (so every edit is a real change).
EDITS: dict[str, str] = {
    "actor": "actor || ' (anders)'",
    "kind": "CASE kind WHEN 'view' THEN 'change' ELSE 'view' END",
    "record_type": "record_type || 'x'",
    "record_id": "coalesce(record_id, '') || 'x'",
    "child_id": "coalesce(child_id, '') || 'x'",
    "detail": "detail || 'x'",
    "on_behalf_of": "coalesce(on_behalf_of, '') || 'x'",
    "at": "'2020-01-01 00:00:00.000000'",
    "hash": "'" + "e" * 64 + "'",
    "prev_hash": "'" + "e" * 64 + "'",
}


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MadeVault]:
    """A closed vault with children, notes, actions, changes and a deletion in its log."""
    made = make_vault(tmp_path_factory.mktemp("template") / "team.kcv")
    repos = made.vault.repos
    for i in range(4):
        child = repos.children.create(f"Kind{i}", "Fictief").value
        note = repos.notes.create(child.id, date(2026, 3, 1), "Notitie", [], Visibility.INTERN)
        repos.children.update(child.id, school="De Linde")
        if i % 2:
            repos.notes.delete(note.value.id)
    made.vault.close()
    yield made


def fresh_copy(made: MadeVault, folder: Path) -> Vault:
    for src in vault_files(made.path)[:5]:
        if src.exists():
            shutil.copy2(src, folder / src.name)
    return Vault.open(folder / made.path.name, made.member_id, TEST_PASSPHRASE)


def tamper(vault: Vault, sql: str) -> None:
    """Raw SQL on the engine, as someone with the key would, after dropping the triggers."""
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER audit_events_no_update")
        conn.exec_driver_sql("DROP TRIGGER audit_events_no_delete")
        conn.exec_driver_sql(sql)


def events(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        return int(conn.exec_driver_sql("SELECT max(seq) FROM audit_events").scalar_one())


@pytest.mark.parametrize("how", [*EDITS, "delete"])
def test_an_edited_or_deleted_row_is_found_by_vault_check(
    template: MadeVault, proof_count: Any, how: str
) -> None:
    rows: list[int] = []

    @settings(
        max_examples=proof_count(3, 40),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow],
    )
    @given(where=st.floats(0, 1))
    def one_tampering(where: float) -> None:
        with tempfile.TemporaryDirectory(prefix="kc-tamper-") as folder:
            vault = fresh_copy(template, Path(folder))
            try:
                last = events(vault)  # the copy logged its own UNLOCK as the last event
                if how == "delete":
                    # Any row but the newest: removing the newest events leaves a shorter,
                    # valid chain (a limit stated in SECURITY.md).
                    seq = 1 + round(where * (last - 2))
                    tamper(vault, f"DELETE FROM audit_events WHERE seq = {seq}")
                    expected = seq + 1  # the next row no longer follows on
                else:
                    seq = 1 + round(where * (last - 1))
                    tamper(vault, f"UPDATE audit_events SET {how} = {EDITS[how]} WHERE seq = {seq}")
                    expected = seq
                report = vault.check()
                assert not report.ok and not report.audit_ok
                assert report.audit_first_bad_seq == expected, seq
                rows.append(seq)
            finally:
                vault.close()

    one_tampering()
    assert rows  # hypothesis ran at least one tampering


def test_the_command_line_says_damaged_with_exit_code_4(
    template: MadeVault, tmp_path: Path
) -> None:
    vault = fresh_copy(template, tmp_path)
    path = vault.path
    tamper(vault, "UPDATE audit_events SET detail = 'verborgen' WHERE seq = 3")
    vault.close()
    secret = tmp_path / "wachtwoord.txt"
    secret.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    for args in (["vault", "check", str(path)], ["audit", str(path), "--verify"]):
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            code = cli_main([*args, "--passphrase-file", str(secret)])
        assert code == 4, (args, err.getvalue())
        assert "Traceback" not in err.getvalue()
