"""Fault rules: a wrong secret is never "damaged", damage is never "wrong passphrase", nothing
hangs, and a failed open leaves every file byte-identical. The proofs with many runs are in
test_crash_proof.py (kill -9), test_damage_proof.py (flips, truncations, -wal) and
test_disk_full_proof.py (a full disk)."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.core.enums import Visibility
from kansencirkel.vault import keyfile, keyring_access
from kansencirkel.vault.errors import (
    DeviceSecretMissing,
    VaultDamaged,
    VaultError,
    WrongPassphrase,
    WrongRecoveryCode,
)
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, VaultFactory
from tests.vault.conftest import file_hashes

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def closed_vault(vault_factory: VaultFactory) -> Vault:
    """A closed vault with enough rows for several pages."""
    vault = vault_factory()
    for i in range(8):
        child = vault.repos.children.create(
            f"Kind{i}", "Fictief", school="De Regenboog", group="6"
        ).value
        text = "Lange notitie over spelen en leren. " * 80
        vault.repos.notes.create(child.id, date(2026, 1, 5), text, ["veilig"], Visibility.INTERN)
    vault.close()
    return vault


def _open(vault: Vault) -> Vault:
    return Vault.open(vault.path, vault.actor.id, TEST_PASSPHRASE)


def _expect(vault: Vault, error: type[VaultError], opener: Callable[[], Vault]) -> VaultError:
    before = file_hashes(vault.path.parent)
    with pytest.raises(error) as info:
        opener().close()
    assert file_hashes(vault.path.parent) == before
    return info.value


def test_wrong_passphrase_leaves_files_identical(closed_vault: Vault) -> None:
    err = _expect(
        closed_vault,
        WrongPassphrase,
        lambda: Vault.open(closed_vault.path, closed_vault.actor.id, "fout"),
    )
    assert not isinstance(err, WrongRecoveryCode) and err.exit_code == 3


@pytest.mark.parametrize("code", ["0000-0000-0000-0000-0000-0000-0000-0000", "kort", ""])
def test_wrong_recovery_code(closed_vault: Vault, code: str) -> None:
    err = _expect(
        closed_vault, WrongRecoveryCode, lambda: Vault.open_with_recovery(closed_vault.path, code)
    )
    assert err.exit_code == 3


# Bit flips in every region of the database and key file, and truncations at every page
# boundary and at random offsets: tests/vault/test_damage_proof.py.


def test_missing_db_is_damage(closed_vault: Vault) -> None:
    closed_vault.path.unlink()
    _expect(closed_vault, VaultDamaged, lambda: _open(closed_vault))
    assert not closed_vault.path.exists()


def test_missing_key_file_uses_mirror_then_damage(closed_vault: Vault) -> None:
    main = keyfile.keyfile_path(closed_vault.path)
    mirror = keyfile.backup_keyfile_path(closed_vault.path)
    main.unlink()
    with pytest.raises(WrongPassphrase):  # a wrong passphrase repairs nothing
        Vault.open(closed_vault.path, closed_vault.actor.id, "fout")
    assert not main.exists()
    with _open(closed_vault) as again:  # the .bak mirror still opens it, and is copied back
        assert [n.msgid for n in again.notices] == [keyfile.MAIN_REPAIRED]
    assert main.read_bytes() == mirror.read_bytes()
    main.unlink()
    mirror.unlink()
    _expect(closed_vault, VaultDamaged, lambda: _open(closed_vault))
    with pytest.raises(VaultDamaged):
        Vault.members(closed_vault.path)


def _rewrite_both(vault: Vault, change: Callable[[dict[str, object]], bytes]) -> None:
    doc = json.loads(keyfile.keyfile_path(vault.path).read_text(encoding="utf-8"))
    data = change(doc)
    keyfile.keyfile_path(vault.path).write_bytes(data)
    keyfile.backup_keyfile_path(vault.path).write_bytes(data)


def test_bad_json_key_file(closed_vault: Vault) -> None:
    _rewrite_both(closed_vault, lambda doc: b'{"format": 1, "slots": [')
    _expect(closed_vault, VaultDamaged, lambda: _open(closed_vault))


def test_swapped_slot_ciphertext(closed_vault: Vault) -> None:
    def swap(doc: dict[str, object]) -> bytes:
        a, b = doc["slots"]  # type: ignore[misc]
        a["ciphertext"], b["ciphertext"] = b["ciphertext"], a["ciphertext"]
        return json.dumps(doc).encode()

    _rewrite_both(closed_vault, swap)
    _expect(closed_vault, VaultDamaged, lambda: _open(closed_vault))
    code = "0" * 32
    _expect(closed_vault, VaultDamaged, lambda: Vault.open_with_recovery(closed_vault.path, code))


def test_slot_from_another_vault(closed_vault: Vault, vault_factory: VaultFactory) -> None:
    other = vault_factory("other")
    other.close()
    foreign = json.loads(keyfile.keyfile_path(other.path).read_text(encoding="utf-8"))

    def transplant(doc: dict[str, object]) -> bytes:
        slots = doc["slots"]
        assert isinstance(slots, list)
        mine = slots[0]
        stolen = dict(foreign["slots"][0], member_id=mine["member_id"], id=mine["id"])
        slots[0] = stolen
        return json.dumps(doc).encode()

    _rewrite_both(closed_vault, transplant)
    _expect(closed_vault, VaultDamaged, lambda: _open(closed_vault))


def test_key_file_of_another_vault(closed_vault: Vault, vault_factory: VaultFactory) -> None:
    other = vault_factory("other")
    other.close()
    for p in (keyfile.keyfile_path, keyfile.backup_keyfile_path):
        p(closed_vault.path).write_bytes(p(other.path).read_bytes())
    # The other vault's passphrase opens its slot, but that key does not fit this database.
    _expect(
        closed_vault,
        VaultDamaged,
        lambda: Vault.open(closed_vault.path, other.actor.id, TEST_PASSPHRASE),
    )


def test_no_keyring_gives_hardened_passphrase_only_slots(
    no_keyring: None, vault_factory: VaultFactory
) -> None:
    vault = vault_factory()
    slot = vault.keys.keyfile.member_slot(vault.actor.id)
    assert slot is not None and slot.hardened and slot.device_secret is None
    recovery = vault.keys.keyfile.recovery_slot()
    assert recovery is not None and not recovery.hardened
    assert slot.kdf != recovery.kdf
    assert not vault.keys.keyring_status.available
    assert vault.keys.keyring_status.message.msgid == keyring_access.NO_KEYRING


def test_memory_keyring_mixes_device_secret(
    memory_keyring: object, vault_factory: VaultFactory
) -> None:
    vault = vault_factory()
    slot = vault.keys.keyfile.member_slot(vault.actor.id)
    assert slot is not None and slot.device_secret is not None and not slot.hardened
    recovery = vault.keys.keyfile.recovery_slot()
    assert recovery is not None and recovery.device_secret is None
    assert vault.keys.keyring_status.available
    assert vault.keys.keyring_status.message.msgid == keyring_access.KEYRING_USED
    vault.close()
    _open(vault).close()


def test_lost_device_secret_asks_for_recovery_code(
    memory_keyring: object, vault_factory: VaultFactory
) -> None:
    vault = vault_factory()
    vault.close()
    keyring_access.delete_device_secret(vault.keys.keyfile.vault_id)  # "new laptop"
    err = _expect(vault, DeviceSecretMissing, lambda: _open(vault))
    assert err.message.msgid == DeviceSecretMissing.default
    assert not isinstance(err, (WrongPassphrase, VaultDamaged))
    code = vault_factory.made[vault.path].recovery_code
    with Vault.open_with_recovery(vault.path, code) as rv:
        rv.keys.reset_passphrase(vault.actor.id, "nieuw op deze laptop")  # new device secret
    Vault.open(vault.path, vault.actor.id, "nieuw op deze laptop").close()


def test_hanging_keyring_times_out(
    monkeypatch: pytest.MonkeyPatch, vault_factory: VaultFactory
) -> None:
    import threading

    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    release = threading.Event()

    class Hanging(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            release.wait(30)
            return None

    monkeypatch.setattr(keyring_access, "TIMEOUT_S", 0.3)
    previous = keyring.get_keyring()
    keyring.set_keyring(Hanging())
    try:
        vault = vault_factory()
        slot = vault.keys.keyfile.member_slot(vault.actor.id)
        assert slot is not None and slot.hardened
    finally:
        release.set()
        keyring.set_keyring(previous)


def test_insecure_backends_are_refused() -> None:
    from keyring.backends.fail import Keyring as FailKeyring

    from tests.support.memory_keyring import MemoryKeyring

    class PlaintextKeyring:
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not keyring_access._is_secure(PlaintextKeyring())
    assert not keyring_access._is_secure(FailKeyring())
    from keyring.backends.chainer import ChainerBackend

    class EmptyChain(ChainerBackend):
        backends = ()  # type: ignore[assignment]

    class MixedChain(ChainerBackend):
        backends = (MemoryKeyring(), PlaintextKeyring())  # type: ignore[assignment]

    assert not keyring_access._is_secure(EmptyChain())
    assert not keyring_access._is_secure(MixedChain())
    assert keyring_access._is_secure(MemoryKeyring())


def test_check_repairs_a_broken_key_file_mirror(open_vault: Vault) -> None:
    """A broken or stale mirror is not damage: check rewrites it from the proved key file."""
    assert open_vault.check().ok
    mirror = keyfile.backup_keyfile_path(open_vault.path)
    mirror.write_bytes(b"kapot")
    report = open_vault.check()
    assert report.ok and not report.integrity_problems and not report.keyfile_problems
    assert [m.msgid for m in report.keyfile_repaired] == [keyfile.MIRROR_REPAIRED]
    assert mirror.read_bytes() == keyfile.keyfile_path(open_vault.path).read_bytes()
    assert open_vault.check().keyfile_repaired == ()


def test_keyring_arriving_later_is_used_after_a_passphrase_change(
    vault_factory: VaultFactory,
) -> None:
    import keyring

    from tests.support.memory_keyring import MemoryKeyring

    vault = vault_factory()  # default test keyring: none
    member = vault.actor
    vault.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as again:
            assert not again.keys.keyring_status.available
            assert again.keys.keyring_status.message.msgid == keyring_access.KEYRING_NOT_USED_YET
            again.keys.change_passphrase(member.id, TEST_PASSPHRASE, "nu met sleutelhanger")
            slot = again.keys.keyfile.member_slot(member.id)
            assert slot is not None and slot.device_secret is not None and not slot.hardened
        with Vault.open(vault.path, member.id, "nu met sleutelhanger") as third:
            assert third.keys.keyring_status.available
    finally:
        keyring.set_keyring(previous)


def test_vault_from_a_newer_version_is_refused(open_vault: Vault) -> None:
    with open_vault.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = 'ffff-from-the-future'")
    open_vault.close()
    err = _expect(open_vault, VaultError, lambda: _open(open_vault))
    assert not isinstance(err, (VaultDamaged, WrongPassphrase))
    assert "newer version" in err.message_en
