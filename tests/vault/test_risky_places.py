"""Proof 10, "Risky places" (below the UI): folders that a cloud service synchronises are
recognised by their names, and a vault on a read-only medium (a real read-only tmpfs) is
refused with one sentence that says so — never "damaged", never "wrong passphrase" — while
the key file can still be read and the vault opens again once the medium is writable."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from kansencirkel.core.enums import Role
from kansencirkel.core.places import READ_ONLY, SYNCED_FOLDER, place_warnings, sync_service
from kansencirkel.vault.errors import VaultDamaged, VaultError, WrongPassphrase
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.vault import Vault
from tests.support.readonly import read_only_medium
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, make_vault

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize(
    ("folder", "service"),
    [
        ("C:/Users/juf/OneDrive/Kansencirkel", "OneDrive"),
        ("C:/Users/juf/OneDrive - Stichting De Linde/Kernteam", "OneDrive"),
        ("/home/ib/onedrive/kluis", "OneDrive"),
        ("/home/ib/Dropbox/kernteam", "Dropbox"),
        ("/home/ib/Dropbox (Persoonlijk)/kernteam", "Dropbox"),
        ("C:/Users/ib/iCloudDrive/kernteam", "iCloud Drive"),
        ("/Users/ib/Library/Mobile Documents/com~apple~CloudDocs/kernteam", "iCloud Drive"),
        ("/Users/ib/iCloud Drive/kernteam", "iCloud Drive"),
        ("G:/Google Drive/kernteam", "Google Drive"),
        ("/Users/ib/Library/CloudStorage/GoogleDrive-ib@school.nl/Mijn Drive", "Google Drive"),
        ("/home/ib/google_drive/kernteam", "Google Drive"),
        ("/home/ib/Documenten/Kansencirkel", None),
        ("/home/ib/drive/dropjes", None),  # a word that only resembles one
    ],
)
def test_synced_folders_are_recognised_by_name(folder: str, service: str | None) -> None:
    assert sync_service(Path(folder) / "team.kcv") == service


def test_a_vault_file_named_like_a_service_is_not_a_synced_folder(tmp_path: Path) -> None:
    assert sync_service(tmp_path / "dropbox.kcv") is None


def test_a_link_into_a_synced_folder_is_followed(tmp_path: Path) -> None:
    synced = tmp_path / "Dropbox" / "kernteam"
    synced.mkdir(parents=True)
    (tmp_path / "kluis").symlink_to(synced)
    assert sync_service(tmp_path / "kluis" / "team.kcv") == "Dropbox"
    [warning] = place_warnings(tmp_path / "kluis" / "team.kcv")
    assert warning.msgid == SYNCED_FOLDER and "Dropbox" in warning.text("en")


def test_an_ordinary_folder_gets_no_warning(tmp_path: Path) -> None:
    assert place_warnings(tmp_path / "kernteam" / "team.kcv") == []


def _closed_vault(folder: Path) -> MadeVault:
    made = make_vault(folder / "team.kcv")
    made.vault.close()
    return made


def test_a_vault_on_a_read_only_medium_is_refused_in_one_sentence(tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick"
    made: list[MadeVault] = []
    with read_only_medium(stick, lambda f: made.append(_closed_vault(f))):
        vault = made[0]
        assert [m.msgid for m in place_warnings(vault.path)] == [READ_ONLY]
        assert [m.id for m in Vault.members(vault.path)] == [vault.member_id]  # still readable
        for opener in (
            lambda: Vault.open(vault.path, vault.member_id, TEST_PASSPHRASE),
            lambda: Vault.open(vault.path, vault.member_id, "een fout wachtwoord"),
            lambda: Vault.open_with_recovery(vault.path, vault.recovery_code),
        ):
            with pytest.raises(VaultError) as info:
                opener().close()
            assert not isinstance(info.value, VaultDamaged | WrongPassphrase)
            assert info.value.message.msgid == READ_ONLY
            assert "read-only" in info.value.message_en
        with pytest.raises(VaultError) as info:
            Vault.create(stick / "nieuw.kcv", "Team", "Lid", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF)
        assert info.value.message.msgid == READ_ONLY
        subprocess.run(["mount", "-o", "remount,rw", str(stick)], check=True, timeout=30)
        vault.reopen().close()  # nothing was damaged: writable again, it opens
