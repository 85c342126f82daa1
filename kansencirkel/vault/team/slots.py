"""Key slots of a team, kept on the server as rows (DESIGN §6, §8c).

Like the laptop vault's slots: a 32-byte secret wrapped with AES-256-GCM, once per member
and once for the recovery code. What a slot holds is that holder's private key, which opens
the holder's box of the team's key ring (:mod:`.keyring_cipher`, :mod:`.members`): so a key
rotation can re-seal the ring for every holder without anyone's passphrase. The associated
data binds a slot to its team, slot id, slot type and member login, so a row copied to
another team or moved to another login fails to open.

- member slot: wrapped directly with the member's ``slot_secret`` (`login.derive_member_secrets`
  already ran Argon2id once). ``salt`` and ``kdf`` record the deterministic member salt and
  the cost that produced it, for information and for a passphrase change; opening checks the
  salt still belongs to (team, login).
- recovery slot: Argon2id of the normalised recovery code with a random salt and the recorded
  cost, exactly as in the laptop vault.

What the server can still do: delete slots, or serve an older slot (of a key rotated away).
It cannot read the data key, forge a slot, or make one member's slot open for another.
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kansencirkel.core import clock
from kansencirkel.vault.kdf import KEY_LEN, SALT_LEN, KdfParams, derive_wrapping_key
from kansencirkel.vault.keyslots import (
    NONCE_LEN,
    SlotLocked,
    normalise_recovery_code,
    recovery_secret,
)
from kansencirkel.vault.team.canonical import encode_parts
from kansencirkel.vault.team.login import member_salt

__all__ = [
    "SlotLocked",
    "TeamSlot",
    "TeamSlotType",
    "new_data_key",
    "open_member_slot",
    "open_recovery_slot",
    "slot_from_row",
    "slot_to_row",
    "wrap_for_member",
    "wrap_for_recovery",
]

TeamSlotType = Literal["member", "recovery"]
_AD_LABEL = b"kansencirkel/team-slot/v1"


@dataclass(frozen=True, slots=True)
class TeamSlot:
    id: str
    type: TeamSlotType
    member_login: str | None  # None for the recovery slot
    kdf: dict[str, int]  # KdfParams.to_json()
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    created_at: str  # ISO 8601, seconds


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_LEN)


def _ad(team_id: str, slot_id: str, slot_type: str, login: str | None) -> bytes:
    # the type is bound too, so a recovery slot (no login) never reads as a member with ""
    return encode_parts(_AD_LABEL, team_id, slot_id, slot_type, login or "")


def _wrap(
    wrapping: bytes,
    data_key: bytes,
    *,
    team_id: str,
    slot_type: TeamSlotType,
    login: str | None,
    params: KdfParams,
    salt: bytes,
) -> TeamSlot:
    if len(data_key) != KEY_LEN:
        raise ValueError("the data key must be 32 bytes")
    slot_id = uuid.uuid4().hex
    nonce = secrets.token_bytes(NONCE_LEN)
    ad = _ad(team_id, slot_id, slot_type, login)
    return TeamSlot(
        id=slot_id,
        type=slot_type,
        member_login=login,
        kdf=params.to_json(),
        salt=salt,
        nonce=nonce,
        ciphertext=AESGCM(wrapping).encrypt(nonce, data_key, ad),
        created_at=clock.now().isoformat(timespec="seconds"),
    )


def _unwrap(slot: TeamSlot, team_id: str, wrapping: bytes) -> bytes:
    ad = _ad(team_id, slot.id, slot.type, slot.member_login)
    try:
        key = AESGCM(wrapping).decrypt(slot.nonce, slot.ciphertext, ad)
    except (InvalidTag, ValueError):
        raise SlotLocked() from None
    if len(key) != KEY_LEN:
        raise SlotLocked()
    return key


def wrap_for_member(
    data_key: bytes, team_id: str, login: str, slot_secret: bytes, params: KdfParams
) -> TeamSlot:
    """A member slot; ``slot_secret`` and ``params`` as used in `derive_member_secrets`."""
    if len(slot_secret) != KEY_LEN:
        raise ValueError("the slot secret must be 32 bytes")
    return _wrap(
        slot_secret,
        data_key,
        team_id=team_id,
        slot_type="member",
        login=login,
        params=params,
        salt=member_salt(team_id, login),
    )


def open_member_slot(slot: TeamSlot, team_id: str, slot_secret: bytes) -> bytes:
    """The data key, or `SlotLocked` (wrong passphrase, other team, other login, tampered)."""
    if slot.type != "member" or not slot.member_login or len(slot_secret) != KEY_LEN:
        raise SlotLocked()
    if not secrets.compare_digest(slot.salt, member_salt(team_id, slot.member_login)):
        raise SlotLocked()
    return _unwrap(slot, team_id, slot_secret)


def wrap_for_recovery(data_key: bytes, team_id: str, code: str, params: KdfParams) -> TeamSlot:
    """The recovery slot for ``code`` (from `keyslots.new_recovery_code`)."""
    normalised = normalise_recovery_code(code)
    if normalised is None:
        raise ValueError("not a recovery code")
    salt = secrets.token_bytes(SALT_LEN)
    wrapping = derive_wrapping_key(recovery_secret(normalised), salt, params)
    return _wrap(
        wrapping,
        data_key,
        team_id=team_id,
        slot_type="recovery",
        login=None,
        params=params,
        salt=salt,
    )


def open_recovery_slot(slot: TeamSlot, team_id: str, code: str) -> bytes:
    """The data key, or `SlotLocked`; the code may be typed with dashes, spaces, any case."""
    normalised = normalise_recovery_code(code)
    if slot.type != "recovery" or slot.member_login is not None or normalised is None:
        raise SlotLocked()
    try:
        params = KdfParams.from_json(slot.kdf)  # a hostile row must not set a huge cost
    except ValueError:
        raise SlotLocked() from None
    wrapping = derive_wrapping_key(recovery_secret(normalised), slot.salt, params)
    return _unwrap(slot, team_id, wrapping)


# --- rows --------------------------------------------------------------------------------------


def slot_to_row(slot: TeamSlot) -> dict[str, object]:
    """Plain values for a table row: text, bytes (bytea) and a JSON-able dict (jsonb)."""
    return {
        "id": slot.id,
        "type": slot.type,
        "member_login": slot.member_login,
        "kdf": dict(slot.kdf),
        "salt": slot.salt,
        "nonce": slot.nonce,
        "ciphertext": slot.ciphertext,
        "created_at": slot.created_at,
    }


def _bytes(value: object, name: str) -> bytes:
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value)
    raise ValueError(f"slot row: {name} is not bytes")


def _text(value: object, name: str) -> str:
    if isinstance(value, str) and value:
        return value
    raise ValueError(f"slot row: {name} is not text")


def slot_from_row(row: dict[str, object]) -> TeamSlot:
    """A `TeamSlot` from a row as read back; ValueError when the row is malformed."""
    slot_type = row.get("type")
    if slot_type not in ("member", "recovery"):
        raise ValueError("slot row: unknown type")
    login = row.get("member_login")
    if slot_type == "member":
        login = _text(login, "member_login")
    elif login is not None:
        raise ValueError("slot row: a recovery slot has no member")
    kdf = row.get("kdf")
    if isinstance(kdf, str):  # a json column read as text
        kdf = json.loads(kdf)
    params = KdfParams.from_json(kdf)
    created = row.get("created_at")
    if isinstance(created, datetime):  # a timestamptz column
        created = created.isoformat(timespec="seconds")
    slot = TeamSlot(
        id=_text(row.get("id"), "id"),
        type="member" if slot_type == "member" else "recovery",
        member_login=login if isinstance(login, str) else None,
        kdf=params.to_json(),
        salt=_bytes(row.get("salt"), "salt"),
        nonce=_bytes(row.get("nonce"), "nonce"),
        ciphertext=_bytes(row.get("ciphertext"), "ciphertext"),
        created_at=_text(created, "created_at"),
    )
    if len(slot.salt) != SALT_LEN or len(slot.nonce) != NONCE_LEN:
        raise ValueError("slot row: salt or nonce has the wrong length")
    return slot
