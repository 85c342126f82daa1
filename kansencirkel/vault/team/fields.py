"""Field encryption for the team store: names, dates of birth, contact lines, notes and free
texts leave the app only as ``kc1:<key id>:<urlsafe base64 of nonce || ciphertext>``.

AES-256-GCM (``cryptography``) with the team's 32-byte data key and a random 96-bit nonce per
value. The associated data is a length-prefixed encoding of (``kansencirkel/field/v1``, team id,
key id, table, column[, row id]), so a value copied to another column, table or team fails to
open instead of showing up in the wrong place.

Why the row id is optional: the SQLAlchemy column type that seals and opens values on their
way to and from the database only sees its table and column, not the row (the primary key may
not even exist yet on insert). Without the row id in the associated data, whoever controls the
server can swap two sealed values *within one column* (child A's first name shown for child
B); they still cannot read, forge or move values to another column or team. A caller that
knows the row passes ``row_id`` to bind the value to it as well.

Every value is sealed, the empty string too, so the server cannot tell which fields are
empty. The ciphertext length still shows the value's length in UTF-8 bytes (plus 28).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
from datetime import date

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kansencirkel.vault.team.canonical import encode_parts

PREFIX = "kc1"
DATA_KEY_LEN = 32
NONCE_LEN = 12
TAG_LEN = 16
_AD_LABEL = b"kansencirkel/field/v1"
_KEY_ID_LABEL = b"kansencirkel/field-key-id/v1"


class FieldUnreadable(Exception):
    """A sealed field could not be opened: wrong key, team, table, column or row, tampered,
    or not a ``kc1`` value at all. Carries no part of the value."""


def field_key_id(data_key: bytes) -> str:
    """Short public tag of a data key (8 hex), so a rotation can tell which key sealed a value.

    Domain-separated hash: it says nothing about the key beyond "same key or not".
    """
    return hashlib.sha256(_KEY_ID_LABEL + data_key).hexdigest()[:8]


def _b64encode(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


_URLSAFE = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_FROM_URLSAFE = bytes.maketrans(b"-_", b"+/")
#: Bits the last character of an unpadded spelling leaves unused (by length mod 4): they must
#: be zero, or two spellings would decode to the same bytes.
_UNUSED_BITS = {0: 0, 2: 0x0F, 3: 0x03}


def _b64decode(text: str) -> bytes | None:
    """Strict: only the one canonical unpadded spelling of some bytes is accepted.

    Checked directly (alphabet, length, unused bits) with byte-level translations rather than
    by encoding the result again: a children list of 10,000 opens some 50,000 values, and
    this is on its path."""
    rest = len(text) % 4
    if rest == 1 or not text.isascii():
        return None
    raw = text.encode("ascii")
    if raw.translate(None, _URLSAFE):  # anything left is outside the alphabet
        return None
    if raw and _URLSAFE.index(raw[-1]) & _UNUSED_BITS[rest]:
        return None
    try:
        return binascii.a2b_base64(raw.translate(_FROM_URLSAFE) + b"=" * (-rest % 4))
    except binascii.Error:
        return None


def _split(text: str) -> tuple[str, bytes] | None:
    """(key id, nonce || ciphertext) of a well-formed sealed value, else None."""
    if not isinstance(text, str):
        return None
    parts = text.split(":")
    if len(parts) != 3 or parts[0] != PREFIX or not _valid_key_id(parts[1]):
        return None
    blob = _b64decode(parts[2])
    if blob is None or len(blob) < NONCE_LEN + TAG_LEN:
        return None
    return parts[1], blob


def _valid_key_id(key_id: str) -> bool:
    return 0 < len(key_id) <= 64 and key_id.isascii() and key_id.isalnum()


def split_sealed(text: str) -> tuple[str, bytes] | None:
    """(key id, nonce || ciphertext) of a well-formed sealed value, else None."""
    return _split(text)


def is_sealed(text: str) -> bool:
    """Whether ``text`` looks like a sealed field (says nothing about who can open it)."""
    return _split(text) is not None


def sealed_key_id(text: str) -> str | None:
    """The key id a sealed value names, or None when it is not a sealed value."""
    split = _split(text)
    return None if split is None else split[0]


class FieldCipher:
    """Seals and opens field values for one team with one data key."""

    __slots__ = ("_ads", "_aead", "key_id", "team_id")

    def __init__(self, team_id: str, data_key: bytes, key_id: str | None = None) -> None:
        if len(data_key) != DATA_KEY_LEN:
            raise ValueError("the data key must be 32 bytes")
        if not team_id:
            raise ValueError("team id is required")
        key_id = field_key_id(data_key) if key_id is None else key_id
        if not _valid_key_id(key_id):
            raise ValueError("key id must be 1-64 ASCII letters or digits")
        self.team_id = team_id
        self.key_id = key_id
        self._aead = AESGCM(bytes(data_key))
        self._ads: dict[tuple[str, str], bytes] = {}  # per column: the same for every row

    def __repr__(self) -> str:
        return f"FieldCipher(team_id={self.team_id!r}, key_id={self.key_id!r})"

    def _ad(self, table: str, column: str, row_id: str | None) -> bytes:
        if row_id is None:
            ad = self._ads.get((table, column))
            if ad is None:
                ad = self._ads[table, column] = encode_parts(
                    _AD_LABEL, self.team_id, self.key_id, table, column
                )
            return ad
        parts: list[bytes | str] = [_AD_LABEL, self.team_id, self.key_id, table, column]
        if row_id is not None:
            parts.append(row_id)  # one part more: never equal to an encoding without a row
        return encode_parts(*parts)

    def seal(self, value: str, *, table: str, column: str, row_id: str | None = None) -> str:
        """``kc1:<key id>:<base64>``; a str with lone surrogates raises UnicodeEncodeError."""
        nonce = secrets.token_bytes(NONCE_LEN)
        ciphertext = self._aead.encrypt(
            nonce, value.encode("utf-8"), self._ad(table, column, row_id)
        )
        return f"{PREFIX}:{self.key_id}:{_b64encode(nonce + ciphertext)}"

    def open(self, text: str, *, table: str, column: str, row_id: str | None = None) -> str:
        """The value, or `FieldUnreadable`; never garbage."""
        split = _split(text)
        if split is None:
            raise FieldUnreadable("not a sealed field")
        return self.open_split(split, table=table, column=column, row_id=row_id)

    def open_split(
        self,
        split: tuple[str, bytes],
        *,
        table: str,
        column: str,
        row_id: str | None = None,
    ) -> str:
        """:meth:`open` of a value already taken apart by :func:`split_sealed` (a key ring
        reads the key id first and should not parse the value twice)."""
        key_id, blob = split
        if key_id != self.key_id:
            raise FieldUnreadable("sealed with another key")
        try:
            plain = self._aead.decrypt(
                blob[:NONCE_LEN], blob[NONCE_LEN:], self._ad(table, column, row_id)
            )
            return plain.decode("utf-8")
        except (InvalidTag, UnicodeDecodeError):
            raise FieldUnreadable("wrong key, place or tampered") from None

    def seal_date(self, value: date, *, table: str, column: str, row_id: str | None = None) -> str:
        if not isinstance(value, date) or hasattr(value, "hour"):
            raise TypeError("a datetime.date is required")  # a datetime would lose its time
        return self.seal(value.isoformat(), table=table, column=column, row_id=row_id)

    def open_date(self, text: str, *, table: str, column: str, row_id: str | None = None) -> date:
        iso = self.open(text, table=table, column=column, row_id=row_id)
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            raise FieldUnreadable("not a date") from None
        if day.isoformat() != iso:
            raise FieldUnreadable("not a date")
        return day
