"""Team data key slots: member and recovery round trips, wrong secrets, moved or copied rows,
and the row form the server stores."""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime

import pytest

from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.keyslots import SlotLocked, new_recovery_code
from kansencirkel.vault.team.login import derive_member_secrets
from kansencirkel.vault.team.slots import (
    TeamSlot,
    new_data_key,
    open_member_slot,
    open_recovery_slot,
    slot_from_row,
    slot_to_row,
    wrap_for_member,
    wrap_for_recovery,
)

TEAM = "team-de-regenboog"
OTHER_TEAM = "team-het-anker"
PASSPHRASE = "Juf Fatima fietst elke ochtend langs de Maas"


def _member_slot(data_key: bytes, login: str = "kc_m1", team: str = TEAM) -> TeamSlot:
    secrets_ = derive_member_secrets(PASSPHRASE, team, login, TEST_KDF)
    return wrap_for_member(data_key, team, login, secrets_.slot_secret, TEST_KDF)


def test_member_round_trip() -> None:
    key = new_data_key()
    assert len(key) == 32 and key != new_data_key()
    slot = _member_slot(key)
    assert slot.type == "member" and slot.member_login == "kc_m1"
    assert slot.kdf == TEST_KDF.to_json() and key not in slot.ciphertext
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    assert open_member_slot(slot, TEAM, secret) == key


def test_wrong_passphrase_fails() -> None:
    slot = _member_slot(new_data_key())
    for passphrase in (PASSPHRASE + " ", PASSPHRASE.lower(), ""):
        secret = derive_member_secrets(passphrase, TEAM, "kc_m1", TEST_KDF).slot_secret
        with pytest.raises(SlotLocked):
            open_member_slot(slot, TEAM, secret)
    with pytest.raises(SlotLocked):
        open_member_slot(slot, TEAM, b"short")


def test_slot_moved_to_another_login_or_team_fails() -> None:
    slot = _member_slot(new_data_key())
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    with pytest.raises(SlotLocked):
        open_member_slot(slot, OTHER_TEAM, secret)
    moved = dataclasses.replace(slot, member_login="kc_m2")
    with pytest.raises(SlotLocked):
        open_member_slot(moved, TEAM, secret)
    # even with the salt fixed up to match the new login, the associated data gives it away
    faked = dataclasses.replace(moved, salt=_member_slot(new_data_key(), "kc_m2").salt)
    with pytest.raises(SlotLocked):
        open_member_slot(faked, TEAM, secret)
    with pytest.raises(SlotLocked):
        open_member_slot(dataclasses.replace(slot, id="another-id"), TEAM, secret)
    with pytest.raises(SlotLocked):
        open_member_slot(dataclasses.replace(slot, type="recovery"), TEAM, secret)


def test_tampered_ciphertext_or_nonce_fails() -> None:
    slot = _member_slot(new_data_key())
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    for i in range(len(slot.ciphertext)):
        flipped = bytearray(slot.ciphertext)
        flipped[i] ^= 0x01
        with pytest.raises(SlotLocked):
            open_member_slot(dataclasses.replace(slot, ciphertext=bytes(flipped)), TEAM, secret)
    with pytest.raises(SlotLocked):
        open_member_slot(dataclasses.replace(slot, nonce=bytes(12)), TEAM, secret)


def test_recovery_round_trip() -> None:
    key = new_data_key()
    code = new_recovery_code()
    slot = wrap_for_recovery(key, TEAM, code, TEST_KDF)
    assert slot.type == "recovery" and slot.member_login is None
    assert open_recovery_slot(slot, TEAM, code) == key
    typed = code.lower().replace("-", " ").replace("0", "o")
    assert open_recovery_slot(slot, TEAM, typed) == key


def test_recovery_wrong_code_team_or_slot_fails() -> None:
    key = new_data_key()
    code = new_recovery_code()
    slot = wrap_for_recovery(key, TEAM, code, TEST_KDF)
    for wrong in (new_recovery_code(), "not a code", ""):
        with pytest.raises(SlotLocked):
            open_recovery_slot(slot, TEAM, wrong)
    with pytest.raises(SlotLocked):
        open_recovery_slot(slot, OTHER_TEAM, code)
    with pytest.raises(SlotLocked):
        open_recovery_slot(dataclasses.replace(slot, member_login="kc_m1"), TEAM, code)
    with pytest.raises(SlotLocked):  # a hostile row asking for a huge or tiny cost
        open_recovery_slot(dataclasses.replace(slot, kdf={"t": 1, "m": 1, "p": 1}), TEAM, code)
    with pytest.raises(ValueError):
        wrap_for_recovery(key, TEAM, "not a code", TEST_KDF)


def test_member_and_recovery_slots_do_not_mix() -> None:
    key = new_data_key()
    code = new_recovery_code()
    recovery = wrap_for_recovery(key, TEAM, code, TEST_KDF)
    member = _member_slot(key)
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    with pytest.raises(SlotLocked):
        open_member_slot(recovery, TEAM, secret)
    with pytest.raises(SlotLocked):
        open_recovery_slot(member, TEAM, code)


def test_bad_inputs_refused() -> None:
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    with pytest.raises(ValueError):
        wrap_for_member(b"short", TEAM, "kc_m1", secret, TEST_KDF)
    with pytest.raises(ValueError):
        wrap_for_member(new_data_key(), TEAM, "kc_m1", b"short", TEST_KDF)


def test_row_round_trip_and_json() -> None:
    key = new_data_key()
    code = new_recovery_code()
    secret = derive_member_secrets(PASSPHRASE, TEAM, "kc_m1", TEST_KDF).slot_secret
    for slot in (_member_slot(key), wrap_for_recovery(key, TEAM, code, TEST_KDF)):
        row = slot_to_row(slot)
        assert set(row) == {
            "id",
            "type",
            "member_login",
            "kdf",
            "salt",
            "nonce",
            "ciphertext",
            "created_at",
        }
        json.dumps(row["kdf"])
        assert slot_from_row(row) == slot
        # as a driver may hand it back: memoryview for bytea, text for json, a timestamptz
        read_back = dict(row)
        read_back["salt"] = memoryview(slot.salt)
        read_back["kdf"] = json.dumps(row["kdf"])
        read_back["created_at"] = datetime.fromisoformat(slot.created_at).astimezone(UTC)
        again = slot_from_row(read_back)
        assert again.salt == slot.salt and again.kdf == slot.kdf
    member = slot_from_row(slot_to_row(_member_slot(key)))
    assert open_member_slot(member, TEAM, secret) == key


@pytest.mark.parametrize(
    "change",
    [
        {"type": "admin"},
        {"member_login": None},
        {"member_login": ""},
        {"id": ""},
        {"salt": "not bytes"},
        {"nonce": b"short"},
        {"salt": b"short"},
        {"kdf": {"t": 1}},
        {"kdf": {"t": 1, "m": 1, "p": 1}},
        {"created_at": None},
    ],
)
def test_malformed_rows_refused(change: dict[str, object]) -> None:
    row = slot_to_row(_member_slot(new_data_key()))
    row.update(change)
    with pytest.raises(ValueError):
        slot_from_row(row)


def test_recovery_row_with_a_member_refused() -> None:
    row = slot_to_row(wrap_for_recovery(new_data_key(), TEAM, new_recovery_code(), TEST_KDF))
    row["member_login"] = "kc_m1"
    with pytest.raises(ValueError):
        slot_from_row(row)
