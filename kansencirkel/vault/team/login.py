"""One passphrase, two independent secrets: the PostgreSQL login password and the key that
opens the member's slot of the team data key. The server sees neither the passphrase nor a key.

One Argon2id run (the cost the team chose, as in the laptop vault) stretches the passphrase;
HKDF-SHA256 with two different ``info`` labels splits the result. Knowing the login password
(it may end up in a connection string or, in a broken setup, on the wire) says nothing about
the slot secret, and the other way round.

The Argon2id salt is derived from team id and login instead of being random: the app must
compute the login password *before* it can read anything from the server. The KDF cost has
the same constraint: it must be known to the app (e.g. in the team's connection profile).

The login password is 32 random-looking bytes in unpadded urlsafe base64 (43 ASCII
characters). `scram_sha256_verifier` turns it into the form PostgreSQL stores, so
``CREATE ROLE … PASSWORD '<verifier>'`` (or ``ALTER ROLE``) never sends the password itself.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass, field

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kansencirkel.vault.kdf import (
    KEY_LEN,
    SALT_LEN,
    KdfParams,
    derive_wrapping_key,
    normalise_passphrase,
)
from kansencirkel.vault.team.canonical import encode_parts

_SALT_LABEL = b"kansencirkel/team-member-salt/v1"
_LOGIN_INFO = b"kansencirkel/pg-login/v1"
_SLOT_INFO = b"kansencirkel/team-slot/v1"
SCRAM_SALT_LEN = 16  # what PostgreSQL itself uses
SCRAM_DEFAULT_ITERATIONS = 4096  # PostgreSQL's default (scram_iterations)


@dataclass(frozen=True, slots=True)
class MemberSecrets:
    """Both secrets of one member; kept out of repr so they never reach a log."""

    login_password: str = field(repr=False)
    slot_secret: bytes = field(repr=False)


def member_salt(team_id: str, login: str) -> bytes:
    """Deterministic 16-byte Argon2id salt for this member of this team."""
    if not team_id or not login:
        raise ValueError("team id and login are required")
    return hashlib.sha256(_SALT_LABEL + encode_parts(team_id, login)).digest()[:SALT_LEN]


def _expand(stretched: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_LEN, salt=None, info=info).derive(stretched)


def derive_member_secrets(
    passphrase: str, team_id: str, login: str, params: KdfParams
) -> MemberSecrets:
    """Login password and slot secret from the passphrase (NFC-normalised), one Argon2id run."""
    if not params.is_sane():
        raise ValueError("kdf params out of range")
    stretched = derive_wrapping_key(
        normalise_passphrase(passphrase), member_salt(team_id, login), params
    )
    password = base64.urlsafe_b64encode(_expand(stretched, _LOGIN_INFO)).rstrip(b"=")
    return MemberSecrets(
        login_password=password.decode("ascii"),
        slot_secret=_expand(stretched, _SLOT_INFO),
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def scram_sha256_verifier(
    password: str, *, salt: bytes | None = None, iterations: int = SCRAM_DEFAULT_ITERATIONS
) -> str:
    """PostgreSQL's stored SCRAM-SHA-256 secret for ``password`` (RFC 5802 / RFC 7677):
    ``SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>``, standard base64.

    PostgreSQL (server and libpq) runs the password through SASLprep first. SASLprep leaves
    ASCII unchanged (its mappings and prohibitions that PostgreSQL applies concern non-ASCII
    characters; for ASCII control characters PostgreSQL falls back to the raw bytes anyway),
    so this function accepts printable ASCII only, which our base64 login passwords are, and
    refuses anything else rather than guess at SASLprep. With a 256-bit random password the
    iteration count adds no real protection; 4096 matches PostgreSQL's default.
    """
    if not password or not all(" " <= ch <= "~" for ch in password):
        raise ValueError("only non-empty printable ASCII passwords (SASLprep is the identity)")
    if iterations < 1:
        raise ValueError("iterations must be positive")
    salt = secrets.token_bytes(SCRAM_SALT_LEN) if salt is None else salt
    if not salt:
        raise ValueError("salt must not be empty")
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("ascii"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    return f"SCRAM-SHA-256${iterations}:{_b64(salt)}${_b64(stored_key)}:{_b64(server_key)}"
