"""Key slots, key file format, recovery codes, passphrase normalisation."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from kansencirkel.core.enums import Role
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import keyfile
from kansencirkel.vault.errors import VaultDamaged
from kansencirkel.vault.kdf import HEAVY_KDF, PRODUCTION_KDF, TEST_KDF, KdfParams, hardened
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import (
    SlotLocked,
    make_slot,
    new_db_key,
    new_recovery_code,
    normalise_recovery_code,
    open_slot,
    passphrase_secret,
)

VAULT_ID = "5f1c2a9e-0000-4000-8000-000000000001"


def test_slot_round_trip_and_wrong_secret() -> None:
    key = new_db_key()
    slot = make_slot(
        vault_id=VAULT_ID,
        slot_type="member",
        member_id="m1",
        secret=b"geheim",
        db_key=key,
        kdf=TEST_KDF,
    )
    assert open_slot(slot, vault_id=VAULT_ID, secret=b"geheim") == key
    with pytest.raises(SlotLocked):
        open_slot(slot, vault_id=VAULT_ID, secret=b"Geheim")
    with pytest.raises(SlotLocked):  # bound to the vault id
        open_slot(slot, vault_id="another-vault", secret=b"geheim")


def test_device_secret_is_required_when_mixed_in() -> None:
    key = new_db_key()
    device = bytes(32)
    slot = make_slot(
        vault_id=VAULT_ID,
        slot_type="member",
        member_id="m1",
        secret=b"pw",
        db_key=key,
        kdf=TEST_KDF,
        device_secret=device,
    )
    assert slot.device_secret is not None
    assert open_slot(slot, vault_id=VAULT_ID, secret=b"pw", device_secret=device) == key
    with pytest.raises(SlotLocked):
        open_slot(slot, vault_id=VAULT_ID, secret=b"pw")


def test_nfc_normalisation() -> None:
    composed = "café-Zoë"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert passphrase_secret(composed) == passphrase_secret(decomposed)


def test_recovery_code_shape_and_normalisation() -> None:
    code = new_recovery_code()
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    canonical = normalise_recovery_code(code)
    assert canonical is not None and len(canonical) * 5 >= 128
    assert normalise_recovery_code(" " + code.lower().replace("-", " ") + " ") == canonical
    sloppy = canonical.replace("0", "o").replace("1", "l")
    assert normalise_recovery_code(sloppy) == canonical
    assert normalise_recovery_code(code[:-1]) is None
    assert normalise_recovery_code("U" * 32) is None
    assert len({new_recovery_code() for _ in range(50)}) == 50


def test_kdf_tiers() -> None:
    assert PRODUCTION_KDF.memory_kib >= 64 * 1024 and PRODUCTION_KDF.time_cost >= 3
    assert hardened(PRODUCTION_KDF) == HEAVY_KDF
    assert (
        HEAVY_KDF.time_cost * HEAVY_KDF.memory_kib
        > PRODUCTION_KDF.time_cost * PRODUCTION_KDF.memory_kib
    )
    assert hardened(TEST_KDF) != TEST_KDF
    with pytest.raises(ValueError):
        KdfParams.from_json({"t": 1, "m": 10**9, "p": 1})  # a damaged file cannot ask for 1 TB


def _keyfile(names: list[str]) -> KeyFile:
    key = new_db_key()
    members = tuple(TeamMember(f"m{i}", n, Role.LEERKRACHT) for i, n in enumerate(names))
    kf = KeyFile(VAULT_ID, "Team Zuid", "2026-01-01T00:00:00+00:00", members, ())
    for m in members:
        kf = kf.with_slot(
            make_slot(
                vault_id=VAULT_ID,
                slot_type="member",
                member_id=m.id,
                secret=b"pw",
                db_key=key,
                kdf=TEST_KDF,
            )
        )
    return kf


def test_keyfile_round_trip_with_international_names(tmp_path: Path) -> None:
    names = ["Şükrü", "Łucja", "Zoë", "Nguyễn", "محمد"]
    kf = _keyfile(names)
    db = tmp_path / "v.kcv"
    keyfile.save(db, kf)
    loaded = keyfile.load(db)
    assert [m.name for m in loaded.members] == names
    assert loaded == kf
    doc = json.loads(keyfile.keyfile_path(db).read_text(encoding="utf-8"))
    assert doc["format"] == 1 and doc["vault_id"] == VAULT_ID
    slot = doc["slots"][0]
    for field in ("id", "type", "member_id", "kdf", "salt", "device_secret", "nonce", "ciphertext"):
        assert field in slot
    assert keyfile.backup_keyfile_path(db).read_bytes() == keyfile.keyfile_path(db).read_bytes()


def test_keyfile_falls_back_to_bak_without_touching_files(tmp_path: Path) -> None:
    db = tmp_path / "v.kcv"
    kf = _keyfile(["Anna"])
    keyfile.save(db, kf)
    keyfile.keyfile_path(db).write_bytes(b"{not json")
    assert keyfile.load(db) == kf
    assert keyfile.keyfile_path(db).read_bytes() == b"{not json"
    keyfile.backup_keyfile_path(db).write_bytes(b"")
    with pytest.raises(VaultDamaged):
        keyfile.load(db)


def test_swapped_ciphertext_is_detected(tmp_path: Path) -> None:
    db = tmp_path / "v.kcv"
    keyfile.save(db, _keyfile(["Anna", "Bram"]))
    doc = json.loads(keyfile.keyfile_path(db).read_text(encoding="utf-8"))
    a, b = doc["slots"]
    a["ciphertext"], b["ciphertext"] = b["ciphertext"], a["ciphertext"]
    with pytest.raises(ValueError):
        keyfile.from_bytes(json.dumps(doc).encode())
