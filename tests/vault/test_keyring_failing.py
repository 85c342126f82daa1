"""Proof 5, "Keyring, real and failing" (vault side): no keyring, a keyring that hangs for 60 s,
one that loses its entry, one that forgets what it was given, and a changed backend.

Each time: the passphrase is usable (or the recovery code asked for, saying why and naming the
backend the slot needs) within 5 s, a wrong secret is never called "damaged" or "wrong
passphrase", and the device secret is nowhere on disk under HOME or the temp folder in any
encoding. The real Secret Service is in test_keyring_real.py; the dialogs in
tests/ui/test_keyring_dialogs.py.
"""

from __future__ import annotations

import base64
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring

from kansencirkel.vault import keyring_access, keyring_record, unlock
from kansencirkel.vault.errors import DeviceSecretMissing, VaultDamaged, WrongPassphrase
from kansencirkel.vault.vault import Vault
from tests.support.keyrings import (
    ForgetfulKeyring,
    HangingKeyring,
    KeyringA,
    KeyringB,
    LosingKeyring,
    RecordingKeyring,
    keyring_backend,
)
from tests.support.secret_scan import scan, secret_forms
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, VaultFactory
from tests.vault.conftest import file_hashes

pytestmark = pytest.mark.timeout(90)

#: The promise to the user: the passphrase (or the reason to use the recovery code) within 5 s.
WITHIN_S = 5.0


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A config folder per test, so the keyring record starts empty."""
    monkeypatch.setenv("KANSENCIRKEL_HOME", str(tmp_path / "home"))


@pytest.fixture
def started() -> float:
    return time.time() - 1  # mtime granularity


def assert_not_on_disk(offered: Iterable[str], since: float) -> int:
    """No secret a backend was handed is in any file under HOME or the temp folder changed
    since ``since`` (raw, hex, base64, base32); returns how many files were read."""
    import os

    needles = [f for value in offered for f in secret_forms(base64.b64decode(value))]
    assert needles, "the backend was never handed a secret"
    roots = [Path(os.environ["HOME"]), Path(tempfile.gettempdir())]
    hits, count = scan(roots, needles, newer_than=since)
    assert hits == {}, f"device secret found on disk: {sorted(map(str, hits))}"
    assert count > 0
    print(f"device secret: {len(needles)} forms, {count} files searched")
    return count


def open_again(made: MadeVault) -> Vault:
    return Vault.open(made.path, made.member_id, TEST_PASSPHRASE)


def missing(made: MadeVault) -> DeviceSecretMissing:
    """Opening fails with DeviceSecretMissing, quickly, without touching a byte."""
    before = file_hashes(made.path.parent)
    t0 = time.monotonic()
    with pytest.raises(DeviceSecretMissing) as info:
        open_again(made).close()
    assert time.monotonic() - t0 < WITHIN_S
    assert not isinstance(info.value, WrongPassphrase | VaultDamaged)
    assert file_hashes(made.path.parent) == before
    return info.value


def test_fail_backend_gives_a_passphrase_only_vault(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(FailKeyring()):
        made = vault_factory.make()
        slot = made.vault.keys.keyfile.member_slot(made.member_id)
        assert slot is not None and slot.hardened and slot.device_secret is None
        status = keyring_access.keyring_status()
        assert not status.available and status.message.msgid == keyring_access.NO_KEYRING
        made.vault.close()
        t0 = time.monotonic()
        open_again(made).close()
        assert time.monotonic() - t0 < WITHIN_S
    assert keyring_record.expected_backend(made.vault.info.vault_id) is None
    assert not keyring_record.record_path().exists()  # nothing written for no keyring


def test_hanging_keyring_costs_one_timeout_and_the_passphrase_works(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(HangingKeyring()) as hanging:
        t0 = time.monotonic()
        made = vault_factory.make()
        created_in = time.monotonic() - t0
        assert created_in < WITHIN_S, f"creating waited {created_in:.1f} s for the keyring"
        slot = made.vault.keys.keyfile.member_slot(made.member_id)
        assert slot is not None and slot.hardened and slot.device_secret is None
        status = keyring_access.keyring_status()  # the first call still hangs: no new wait
        assert status.message.msgid == keyring_access.KEYRING_SILENT
        assert status.backend == "HangingService" and not status.available
        assert hanging.calls == 1  # one get; the write was never tried behind a hang
        made.vault.close()
        t0 = time.monotonic()
        open_again(made).close()  # a passphrase-only slot never asks the keyring
        assert time.monotonic() - t0 < WITHIN_S
        assert hanging.calls == 1


def test_hanging_keyring_with_a_device_secret_slot_says_it_does_not_answer(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(KeyringA()) as first:
        made = vault_factory.make()
        made.vault.close()
    with keyring_backend(HangingKeyring()):
        err = missing(made)
        assert err.message.msgid == unlock.SECRET_SILENT
        assert err.message.values == {"backend": "HangingService"}
        assert "HangingService" in err.message_en and "recovery code" in err.message_en
        with Vault.open_with_recovery(made.path, made.recovery_code) as recovered:
            assert recovered.opened_with_recovery
    assert_not_on_disk(first.offered, started)


def test_lost_entry_asks_for_the_recovery_code_and_says_why(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(LosingKeyring()) as losing:
        made = vault_factory.make()
        vault_id = made.vault.info.vault_id
        slot = made.vault.keys.keyfile.member_slot(made.member_id)
        assert slot is not None and slot.device_secret is not None and not slot.hardened
        assert keyring_record.expected_backend(vault_id) == "LosingService"
        made.vault.close()
        open_again(made).close()
        losing.lose()
        err = missing(made)
        assert err.message.msgid == unlock.SECRET_LOST
        assert err.message.values == {"backend": "LosingService"}
        with Vault.open_with_recovery(made.path, made.recovery_code) as recovered:
            recovered.keys.reset_passphrase(made.member_id, "nieuw na het kwijtraken")
        Vault.open(made.path, made.member_id, "nieuw na het kwijtraken").close()
    assert len(losing.offered) == 2  # the first secret and the one after the reset
    assert_not_on_disk(losing.offered, started)


def test_keyring_that_forgets_at_once_gives_a_passphrase_only_slot(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(ForgetfulKeyring()) as forgetful:
        made = vault_factory.make()
        slot = made.vault.keys.keyfile.member_slot(made.member_id)
        # The read-back failed, so the slot does not depend on a secret that is gone.
        assert slot is not None and slot.hardened and slot.device_secret is None
        assert keyring_record.expected_backend(made.vault.info.vault_id) is None
        made.vault.close()
        open_again(made).close()
    assert_not_on_disk(forgetful.offered, started)


def test_changed_backend_names_the_backend_the_slot_needs(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(KeyringA()) as first:
        made = vault_factory.make()
        made.vault.close()
    with keyring_backend(KeyringB()):
        err = missing(made)
        assert err.message.msgid == unlock.SECRET_BACKEND_CHANGED
        assert err.message.values == {"expected": "KeyringA", "backend": "KeyringB"}
        assert "KeyringA" in err.message_nl and "KeyringB" in err.message_nl
    with keyring_backend(FailKeyring()):
        err = missing(made)
        assert err.message.msgid == unlock.SECRET_NO_KEYRING
        assert err.message.values == {"expected": "KeyringA"}
    with keyring_backend(first):  # the old backend is back: the passphrase opens again
        open_again(made).close()
    assert_not_on_disk(first.offered, started)


def test_unknown_computer_gets_the_new_laptop_sentence(
    vault_factory: VaultFactory, started: float
) -> None:
    with keyring_backend(KeyringA()) as first:
        made = vault_factory.make()
        made.vault.close()
    keyring_record.record_path().unlink()  # the vault was copied to another computer
    with keyring_backend(RecordingKeyring()):
        err = missing(made)
    assert err.message.msgid == DeviceSecretMissing.default
    assert_not_on_disk(first.offered, started)


def test_the_record_holds_backend_names_only(vault_factory: VaultFactory) -> None:
    import json
    import os
    import stat

    with keyring_backend(KeyringA()) as first:
        made = vault_factory.make()
        vault_id = made.vault.info.vault_id
    path = keyring_record.record_path()
    assert json.loads(path.read_text(encoding="ascii")) == {vault_id: "KeyringA"}
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    secret = base64.b64decode(first.offered[0])
    assert all(form not in path.read_bytes() for form in secret_forms(secret))
    keyring_access.delete_device_secret(vault_id)
    assert keyring_record.expected_backend(vault_id) is None
