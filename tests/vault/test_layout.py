"""What a path given as a vault really is: a folder or a file beside a vault is said to be
that (not "damaged, restore a backup"), and an unfinished creation is told apart from both."""

from __future__ import annotations

from pathlib import Path

import pytest

from kansencirkel.core.enums import Role
from kansencirkel.vault import keyfile, layout
from kansencirkel.vault.errors import NotFound, VaultError, VaultExists, VaultUnfinished
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.layout import State
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, VaultFactory
from tests.vault.conftest import file_hashes


@pytest.fixture
def closed(vault_factory: VaultFactory) -> Path:
    vault = vault_factory()
    vault.close()
    return vault.path


def refusal(path: Path) -> str:
    with pytest.raises(NotFound) as info:
        Vault.open(path, "iemand", TEST_PASSPHRASE)
    with pytest.raises(NotFound) as again:
        Vault.members(path)
    assert again.value.message.msgid == info.value.message.msgid
    return info.value.message.msgid


def test_a_folder_is_a_folder(closed: Path) -> None:
    before = file_hashes(closed.parent)
    assert refusal(closed.parent) == layout.NOT_A_FOLDER
    assert refusal(Path("")) == layout.NOT_A_FOLDER  # "" is the current folder
    with pytest.raises(NotFound) as info:
        Vault.create(closed.parent, "Team", "Iemand", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF)
    assert info.value.message.msgid == layout.NOT_A_FOLDER
    assert file_hashes(closed.parent) == before


@pytest.mark.parametrize(
    "side", [keyfile.keyfile_path, keyfile.backup_keyfile_path, layout.lock_path]
)
def test_a_file_beside_the_vault_is_named(closed: Path, side: object) -> None:
    path = side(closed)  # type: ignore[operator]
    assert path.exists()
    err_msgid = refusal(path)
    assert err_msgid == layout.NOT_A_SIDE_FILE
    assert "team.kcv" in NotFound(err_msgid, path=path, vault=closed).message_en


def test_a_name_that_only_ends_like_a_key_file_is_a_place_for_a_vault(tmp_path: Path) -> None:
    assert layout.wrong_path(tmp_path / "team.kcv.keys") is None  # no vault "team.kcv" there
    assert layout.state(tmp_path / "team.kcv.keys") is State.ABSENT


def test_states(tmp_path: Path, closed: Path) -> None:
    path = tmp_path / "nieuw.kcv"
    assert Vault.state(path) is State.ABSENT
    assert Vault.state(closed) is State.PRESENT
    with Vault.create(path, "Team", "Iemand", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF) as new:
        assert Vault.state(path) is State.UNFINISHED
        assert layout.unconfirmed_keyfile_path(path).exists()
        assert not keyfile.keyfile_path(path).exists()
        new.commit().close()
    assert Vault.state(path) is State.PRESENT
    assert not layout.unconfirmed_keyfile_path(path).exists()
    # Without its key files a database is still a vault (a damaged one): never built over.
    for p in (keyfile.keyfile_path(path), keyfile.backup_keyfile_path(path)):
        p.unlink()
    assert Vault.state(path) is State.PRESENT
    with pytest.raises(VaultExists):
        Vault.create(path, "Team", "Iemand", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF)


def test_an_uncommitted_vault_is_not_a_vault(tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    new = Vault.create(path, "Team", "Iemand", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF)
    with pytest.raises(VaultUnfinished):  # held open by its creator: not even listed
        Vault.members(path)
    new.discard()
    assert sorted(p.name for p in tmp_path.iterdir()) == []
    new.discard()  # idempotent
    with pytest.raises(VaultError):
        new.commit()  # discarded is discarded
    assert Vault.state(path) is State.ABSENT
