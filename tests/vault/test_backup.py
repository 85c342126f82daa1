"""Backups and restore; no child data in any file next to the vault, ever in plaintext."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.vault import keyfile
from kansencirkel.vault.backup import list_backups
from kansencirkel.vault.errors import InputRejected, VaultDamaged, VaultInUse, WrongPassphrase
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, VaultFactory
from tests.vault.conftest import file_hashes

pytestmark = pytest.mark.timeout(120)

CHILD = ("Fenneke", "Verzonnedochter")
NOTE = "Zit graag bij het raam en helpt Bartholomeus met rekenen."


def seed(vault: Vault) -> str:
    child = vault.repos.children.create(*CHILD, school="Obs De Fictieve Vlinder", group="7").value
    vault.repos.notes.create(child.id, date(2026, 2, 3), NOTE, ["gekoesterd"], Visibility.DEELBAAR)
    return str(child.id)


def _needles() -> list[bytes]:
    words = [CHILD[0], CHILD[1], "Bartholomeus", "Fictieve Vlinder"]
    out: list[bytes] = []
    for w in words:
        out += [
            w.encode("utf-8"),
            w.encode("utf-16-le"),
            w.encode("utf-16-be"),
            w.lower().encode("utf-8"),
            w.upper().encode("utf-8"),
        ]
    return out


def _leaks(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {n!r}" for n in _needles() if n in data]
    return found


def test_no_child_data_in_any_file(vault_factory: VaultFactory, tmp_path: Path) -> None:
    vault = vault_factory()
    folder = vault.path.parent
    seed(vault)
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the WAL is checked while it holds data
    assert _leaks(folder) == []
    vault.backup(folder / "backups")
    assert _leaks(folder) == []
    vault.close()
    assert _leaks(folder) == []
    assert _leaks(tmp_path) == []


def test_backup_is_encrypted_consistent_and_opens(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    child_id = seed(vault)
    target = vault.backup(vault.path.parent / "backups")
    assert target.name.startswith("kansencirkel-backup-") and target.suffix == ".kcv"
    assert keyfile.keyfile_path(target).exists()
    assert b"SQLite format 3" not in target.read_bytes()
    assert AuditKind.BACKUP in [e.kind for e in vault.repos.audit.entries()]
    member = vault.actor
    vault.close()
    with Vault.open(target, member.id, TEST_PASSPHRASE) as copy:
        assert copy.repos.children.get(child_id).given_name == CHILD[0]
        assert copy.check().ok


def test_backups_are_rotated(open_vault: Vault) -> None:
    folder = open_vault.path.parent / "backups"
    made = [open_vault.backup(folder, keep=3) for _ in range(5)]
    kept = list_backups(folder)
    assert kept == made[-3:]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [p.name for p in kept]
        + [keyfile.keyfile_path(p).name for p in kept]
        + [keyfile.backup_keyfile_path(p).name for p in kept]
    )


def test_restore_with_passphrase_and_recovery(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    child_id = seed(vault)
    backup = vault.backup(vault.path.parent / "backups")
    vault.repos.children.erase(child_id)
    member = vault.actor
    code = vault_factory.made[vault.path].recovery_code
    with pytest.raises(VaultInUse):
        Vault.restore(backup, vault.path, member_id=member.id, passphrase=TEST_PASSPHRASE)
    vault.close()

    before = file_hashes(vault.path.parent)
    with pytest.raises(WrongPassphrase):
        Vault.restore(backup, vault.path, member_id=member.id, passphrase="fout")
    assert file_hashes(vault.path.parent) == before

    Vault.restore(backup, vault.path, member_id=member.id, passphrase=TEST_PASSPHRASE)
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as restored:
        assert restored.repos.children.get(child_id).family_name == CHILD[1]
        assert AuditKind.RESTORE in [e.kind for e in restored.repos.audit.entries()]
        assert restored.check().ok

    elsewhere = vault.path.parent / "nieuwe-laptop" / "team.kcv"
    Vault.restore(backup, elsewhere, recovery_code=code)
    Vault.open_with_recovery(elsewhere, code).close()


def test_restore_refuses_damaged_backup(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    seed(vault)
    backup = vault.backup(vault.path.parent / "backups")
    member = vault.actor
    vault.close()
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 0xFF
    backup.write_bytes(bytes(data))
    before = file_hashes(vault.path.parent)
    with pytest.raises(VaultDamaged):
        Vault.restore(backup, vault.path, member_id=member.id, passphrase=TEST_PASSPHRASE)
    assert file_hashes(vault.path.parent) == before


def test_backup_leaves_nothing_behind_and_refuses_bad_folders(open_vault: Vault) -> None:
    folder = open_vault.path.parent
    before = {p.name for p in folder.iterdir()}
    open_vault.backup(folder / "backups")
    assert {p.name for p in folder.iterdir()} == before | {"backups"}
    with pytest.raises(InputRejected):
        open_vault.backup(Path("/proc/kansencirkel-backups"))
    with pytest.raises(InputRejected):
        open_vault.backup(folder / "backups", keep=0)
