"""The team's key ring: every data key the team ever had, the current one marked.

Sealing always uses the current key; opening picks the key named inside the ciphertext
(``kc1:<key id>:…``, :func:`fields.sealed_key_id`). After a rotation everything that can be
rewritten is sealed again with the new key; the audit log cannot be rewritten (append-only),
so its older rows stay readable with the older keys, which the ring keeps. A removed member's
copy of an old key opens nothing written after the rotation.

How the ring reaches the members without anyone knowing the others' passphrases: each holder
(member or the recovery code) has an X25519 key pair. Its private key is what the holder's
slot (:mod:`.slots`) wraps; the ring itself is sealed to the holder's public key in a *ring
box* (ephemeral X25519, HKDF-SHA256, AES-256-GCM; all from ``cryptography``). So whoever holds
the ring can hand a new ring to every remaining holder with public keys alone. The ring also
carries every holder's public key, so a rotation never trusts a public key the server serves.

Limit: a box is not signed. Whoever controls the server could put in a box with a ring of
their own making; the member would then fail to open the team's existing values (which
shows), and values written from then on would be sealed with a key the server knows.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kansencirkel.vault.team.canonical import encode_parts
from kansencirkel.vault.team.fields import (
    DATA_KEY_LEN,
    FieldCipher,
    FieldUnreadable,
    field_key_id,
    sealed_key_id,
    split_sealed,
)

RECOVERY_HOLDER = "#recovery"  # never a login: logins are plain lower-case identifiers
_BOX_LABEL = b"kansencirkel/ring-box/v1"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


class RingUnreadable(Exception):
    """A ring box or ring payload did not open or is malformed."""


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise RingUnreadable("not base64 text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise RingUnreadable("not base64") from None


def new_holder_key() -> tuple[bytes, bytes]:
    """(private, public) raw 32-byte X25519 keys of a new holder."""
    private = X25519PrivateKey.generate()
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return raw, private.public_key().public_bytes(*_RAW)


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(*_RAW)


class KeyRing:
    """Seals with the current data key, opens with whichever key the value names."""

    __slots__ = ("_ciphers", "current", "holders", "keys", "team_id")

    def __init__(
        self,
        team_id: str,
        keys: dict[str, bytes],
        current: str,
        holders: dict[str, bytes] | None = None,
    ) -> None:
        if current not in keys:
            raise ValueError("the current key must be in the ring")
        self.team_id = team_id
        self.keys = dict(keys)
        self.current = current
        self.holders = dict(holders or {})
        self._ciphers = {kid: FieldCipher(team_id, key, kid) for kid, key in keys.items()}

    @classmethod
    def new(cls, team_id: str, holders: dict[str, bytes] | None = None) -> KeyRing:
        key = secrets.token_bytes(DATA_KEY_LEN)
        return cls(team_id, {field_key_id(key): key}, field_key_id(key), holders)

    def __repr__(self) -> str:
        return f"KeyRing(team_id={self.team_id!r}, current={self.current!r}, keys={len(self.keys)})"

    @property
    def key_id(self) -> str:
        return self.current

    @property
    def current_key(self) -> bytes:
        return self.keys[self.current]

    def rotated(self) -> KeyRing:
        """The same ring with a new current key (the old ones kept for the audit log)."""
        key = secrets.token_bytes(DATA_KEY_LEN)
        return KeyRing(
            self.team_id, {**self.keys, field_key_id(key): key}, field_key_id(key), self.holders
        )

    def with_holders(self, holders: dict[str, bytes]) -> KeyRing:
        return KeyRing(self.team_id, self.keys, self.current, holders)

    # --- sealing -------------------------------------------------------------------------

    def seal(self, value: str, *, table: str, column: str, row_id: str | None = None) -> str:
        return self._ciphers[self.current].seal(value, table=table, column=column, row_id=row_id)

    def _for(self, text: str) -> FieldCipher:
        cipher = self._ciphers.get(sealed_key_id(text) or "")
        if cipher is None:
            raise FieldUnreadable("sealed with a key this ring does not hold")
        return cipher

    def open(self, text: str, *, table: str, column: str, row_id: str | None = None) -> str:
        split = split_sealed(text)  # once: the key id picks the cipher, which opens the rest
        cipher = None if split is None else self._ciphers.get(split[0])
        if split is None:
            raise FieldUnreadable("not a sealed field")
        if cipher is None:
            raise FieldUnreadable("sealed with a key this ring does not hold")
        return cipher.open_split(split, table=table, column=column, row_id=row_id)

    def seal_date(self, value: date, *, table: str, column: str, row_id: str | None = None) -> str:
        return self._ciphers[self.current].seal_date(
            value, table=table, column=column, row_id=row_id
        )

    def open_date(self, text: str, *, table: str, column: str, row_id: str | None = None) -> date:
        return self._for(text).open_date(text, table=table, column=column, row_id=row_id)

    # --- the ring as bytes, and sealed to a holder ----------------------------------------

    def to_payload(self) -> bytes:
        return json.dumps(
            {
                "v": 1,
                "team": self.team_id,
                "current": self.current,
                "keys": {kid: _b64(key) for kid, key in self.keys.items()},
                "holders": {name: _b64(pub) for name, pub in self.holders.items()},
            },
            sort_keys=True,
        ).encode("utf-8")

    @classmethod
    def from_payload(cls, team_id: str, raw: bytes) -> KeyRing:
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise RingUnreadable("not a key ring") from None
        if not isinstance(data, dict) or data.get("v") != 1 or data.get("team") != team_id:
            raise RingUnreadable("not this team's key ring")
        keys, holders = data.get("keys"), data.get("holders")
        if not isinstance(keys, dict) or not isinstance(holders, dict):
            raise RingUnreadable("malformed key ring")
        opened = {str(kid): _unb64(key) for kid, key in keys.items()}
        if any(len(k) != DATA_KEY_LEN or field_key_id(k) != kid for kid, k in opened.items()):
            raise RingUnreadable("a key does not match its id")
        try:
            pubs = {str(h): _unb64(p) for h, p in holders.items()}
            return cls(team_id, opened, str(data.get("current")), pubs)
        except ValueError:
            raise RingUnreadable("malformed key ring") from None

    def box_for(self, holder: str) -> str:
        """The ring sealed to ``holder``'s public key (JSON text for the server)."""
        recipient = self.holders[holder]
        ephemeral = X25519PrivateKey.generate()
        eph_pub = ephemeral.public_key().public_bytes(*_RAW)
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient))
        nonce = secrets.token_bytes(12)
        ad = encode_parts(_BOX_LABEL, self.team_id, holder)
        ciphertext = AESGCM(_box_key(shared, ad, eph_pub, recipient)).encrypt(
            nonce, self.to_payload(), ad
        )
        return json.dumps(
            {"v": 1, "eph": _b64(eph_pub), "nonce": _b64(nonce), "ct": _b64(ciphertext)}
        )

    @classmethod
    def open_box(cls, team_id: str, holder: str, box: str, private: bytes) -> KeyRing:
        """The ring from ``holder``'s box with the holder's private key, or RingUnreadable."""
        try:
            data = json.loads(box)
        except ValueError:
            raise RingUnreadable("not a ring box") from None
        if not isinstance(data, dict) or data.get("v") != 1:
            raise RingUnreadable("not a ring box")
        eph_pub, nonce = _unb64(data.get("eph")), _unb64(data.get("nonce"))
        try:
            me = X25519PrivateKey.from_private_bytes(private)
            shared = me.exchange(X25519PublicKey.from_public_bytes(eph_pub))
            ad = encode_parts(_BOX_LABEL, team_id, holder)
            key = _box_key(shared, ad, eph_pub, me.public_key().public_bytes(*_RAW))
            payload = AESGCM(key).decrypt(nonce, _unb64(data.get("ct")), ad)
        except (InvalidTag, ValueError):
            raise RingUnreadable("the box does not open with this key") from None
        return cls.from_payload(team_id, payload)


def _box_key(shared: bytes, ad: bytes, eph_pub: bytes, recipient: bytes) -> bytes:
    info = encode_parts(ad, eph_pub, recipient)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)
