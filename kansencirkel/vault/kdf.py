"""Passphrase → wrapping key: Argon2id, optionally mixed with a device secret (DESIGN §6).

Costs measured on the build machine (2 shared cores, argon2-cffi 25, best of 4):
PRODUCTION_KDF (256 MiB, t=3) ≈ 0.55 s, HEAVY_KDF (256 MiB, t=8) ≈ 1.1 s per unlock.
HEAVY_KDF is used for slots without a device secret (no secure
keyring), where the passphrase alone has to resist an offline attack on stolen files.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LEN = 32
SALT_LEN = 16

# Limits for parameters read back from a key file: a damaged or hostile file must not make
# us allocate gigabytes or spin for minutes before failing.
_MIN_MEMORY_KIB = 8 * 1024
_MAX_MEMORY_KIB = 2 * 1024 * 1024
_MAX_TIME_COST = 64
_MAX_PARALLELISM = 16


@dataclass(frozen=True, slots=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def is_sane(self) -> bool:
        return (
            1 <= self.time_cost <= _MAX_TIME_COST
            and _MIN_MEMORY_KIB <= self.memory_kib <= _MAX_MEMORY_KIB
            and 1 <= self.parallelism <= _MAX_PARALLELISM
        )

    def to_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: object) -> KdfParams:
        if not isinstance(data, dict):
            raise ValueError("kdf params")
        values = [data.get(k) for k in ("t", "m", "p")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise ValueError("kdf params")
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]))
        if not params.is_sane():
            raise ValueError("kdf params out of range")
        return params


PRODUCTION_KDF = KdfParams(time_cost=3, memory_kib=256 * 1024, parallelism=4)
HEAVY_KDF = KdfParams(time_cost=8, memory_kib=256 * 1024, parallelism=4)
# Tests only: fast enough to create hundreds of vaults. Never used by the app or `vault init`.
TEST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
_TEST_KDF_HEAVY = KdfParams(time_cost=2, memory_kib=8 * 1024, parallelism=1)


def hardened(params: KdfParams) -> KdfParams:
    """The heavier cost used for a passphrase-only slot at the given tier."""
    if params == TEST_KDF:
        return _TEST_KDF_HEAVY  # tests: still tiny, but observably different
    if params == PRODUCTION_KDF:
        return HEAVY_KDF
    return KdfParams(params.time_cost * 3, params.memory_kib, params.parallelism)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so a composed and a decomposed 'é' (different keyboards, macOS) give one key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive_wrapping_key(
    secret: bytes, salt: bytes, params: KdfParams, device_secret: bytes | None = None
) -> bytes:
    """Argon2id of `secret`; with a device secret, both are needed (HKDF-SHA256)."""
    stretched = hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )
    if device_secret is None:
        return stretched
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_LEN,
        salt=device_secret,
        info=b"kansencirkel/slot-wrapping-key/v1",
    )
    return hkdf.derive(stretched)
