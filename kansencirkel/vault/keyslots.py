"""Key slots (like LUKS): the 32-byte database key, wrapped once per team member and once for
the recovery code, with AES-256-GCM (DESIGN §6).

The associated data binds each slot to its vault, slot id, slot type and member, so a slot
copied from another vault or moved to another member fails to open.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kansencirkel.core import clock
from kansencirkel.vault.kdf import (
    KEY_LEN,
    SALT_LEN,
    KdfParams,
    derive_wrapping_key,
    normalise_passphrase,
)

SlotType = Literal["member", "recovery"]
NONCE_LEN = 12


@dataclass(frozen=True, slots=True)
class Slot:
    id: str
    type: SlotType
    member_id: str | None
    kdf: KdfParams
    hardened: bool  # heavier KDF because no device secret was available
    salt: bytes
    device_secret: str | None  # fingerprint of the device secret mixed in, None if none
    nonce: bytes
    ciphertext: bytes
    created_at: str


class SlotLocked(Exception):
    """The secret did not open this slot (wrong passphrase or code). Internal."""


def new_db_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def device_fingerprint(device_secret: bytes) -> str:
    """A short public tag telling which device secret a slot needs (not the secret itself)."""
    return hashlib.sha256(b"kansencirkel/device-fingerprint/v1" + device_secret).hexdigest()[:16]


def _associated_data(vault_id: str, slot_id: str, slot_type: str, member_id: str | None) -> bytes:
    return f"kansencirkel-slot-v1|{vault_id}|{slot_id}|{slot_type}|{member_id or ''}".encode()


def make_slot(
    *,
    vault_id: str,
    slot_type: SlotType,
    member_id: str | None,
    secret: bytes,
    db_key: bytes,
    kdf: KdfParams,
    hardened: bool = False,
    device_secret: bytes | None = None,
) -> Slot:
    slot_id = uuid.uuid4().hex
    salt = secrets.token_bytes(SALT_LEN)
    nonce = secrets.token_bytes(NONCE_LEN)
    wrapping = derive_wrapping_key(secret, salt, kdf, device_secret)
    ad = _associated_data(vault_id, slot_id, slot_type, member_id)
    ciphertext = AESGCM(wrapping).encrypt(nonce, db_key, ad)
    return Slot(
        id=slot_id,
        type=slot_type,
        member_id=member_id,
        kdf=kdf,
        hardened=hardened,
        salt=salt,
        device_secret=device_fingerprint(device_secret) if device_secret else None,
        nonce=nonce,
        ciphertext=ciphertext,
        created_at=clock.now().isoformat(timespec="seconds"),
    )


def open_slot(
    slot: Slot, *, vault_id: str, secret: bytes, device_secret: bytes | None = None
) -> bytes:
    """The database key, or `SlotLocked` when the secret (or device secret) is wrong."""
    wrapping = derive_wrapping_key(secret, slot.salt, slot.kdf, device_secret)
    ad = _associated_data(vault_id, slot.id, slot.type, slot.member_id)
    try:
        key = AESGCM(wrapping).decrypt(slot.nonce, slot.ciphertext, ad)
    except InvalidTag:
        raise SlotLocked() from None
    if len(key) != KEY_LEN:
        raise SlotLocked()
    return key


def passphrase_secret(passphrase: str) -> bytes:
    return normalise_passphrase(passphrase)


# --- recovery code -------------------------------------------------------------------------

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})
RECOVERY_BYTES = 20  # 160 random bits → 32 Crockford base32 characters
RECOVERY_GROUPS = 8


def new_recovery_code() -> str:
    """8 groups of 4 characters, e.g. ``7K2M-…``; shown once, printed, kept safe."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    std = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    code = raw.translate(str.maketrans(std, _CROCKFORD))
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def normalise_recovery_code(code: str) -> str | None:
    """Canonical form (32 characters, no dashes) or None when it cannot be a recovery code.

    Accepts any case, spaces and dashes, and the usual misreadings O→0, I/L→1.
    """
    cleaned = "".join(ch for ch in code.upper() if ch not in " -\t\r\n_.").translate(_CONFUSABLE)
    if len(cleaned) != RECOVERY_BYTES * 8 // 5 or any(ch not in _CROCKFORD for ch in cleaned):
        return None
    return cleaned


def recovery_secret(normalised_code: str) -> bytes:
    return normalised_code.encode("ascii")


def last_group(code: str) -> str:
    """The last group of a recovery code as shown (``…-7K2M`` → ``7K2M``): typed back to
    confirm the code was seen before a vault counts as created."""
    groups = [g for g in code.replace(" ", "-").split("-") if g]
    return groups[-1] if groups else code


def confirms_last_group(code: str, typed: str) -> bool:
    """Whether ``typed`` is the code's last group, in any case and with the misreadings the
    recovery code itself forgives (O→0, I/L→1), spaces and dashes ignored."""

    def clean(text: str) -> str:
        return "".join(ch for ch in text.upper() if ch not in " -\t\r\n").translate(_CONFUSABLE)

    expected = clean(last_group(code))
    return bool(expected) and clean(typed) == expected
