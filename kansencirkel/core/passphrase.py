"""A simple, dependency-free passphrase strength hint (length and variety).

This is a hint for the person typing, not a security guarantee: the vault's Argon2id cost
and the keyring device secret do the real work. Long passphrases of several words are
encouraged over short complex passwords, so length counts most.

The hint is taken of the NFC form, the form the vault derives its key from
(:func:`kansencirkel.vault.kdf.normalise_passphrase`), so "é" typed as one character or as
"e" plus an accent (macOS, some keyboards) gets the same hint and opens the same slot.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

MIN_LENGTH = 10
ACCEPTABLE_BITS = 35.0  # below this a long passphrase is still refused (e.g. "aaaaaaaaaaaa")

_COMMON = frozenset(
    {
        "wachtwoord",
        "password",
        "welkom",
        "welkom01",
        "qwerty",
        "azerty",
        "123456",
        "12345678",
        "1234567890",
        "geheim",
        "kansencirkel",
        "school",
        "letmein",
        "admin",
        "wachtwoord1",
        "password1",
        "voetbal",
        "zomer2024",
        "winter2024",
    }
)


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


@dataclass(frozen=True, slots=True)
class StrengthHint:
    strength: Strength
    bits: float  # rough estimate, for tests and ordering only
    acceptable: bool  # long enough, varied enough and not a known common password

    @property
    def percent(self) -> int:
        return int(self.strength) * 25


def _pool_size(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(c.isspace() for c in text):
        pool += 1
    if any(not c.isalnum() and not c.isspace() for c in text):
        pool += 32
    return max(pool, 1)


def _repetition_penalty(text: str) -> float:
    """1.0 for varied text, down to ~0.2 for 'aaaaaaaaaa' or '1212121212'."""
    if not text:
        return 1.0
    distinct = len(set(text))
    return min(1.0, 0.2 + distinct / max(len(text), 1))


def estimate(passphrase: str) -> StrengthHint:
    """Rough strength of ``passphrase`` from its length and character variety."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < MIN_LENGTH:
        bits = len(text) * math.log2(_pool_size(text)) if text else 0.0
        return StrengthHint(Strength.TOO_SHORT, bits, False)
    if text.lower().strip() in _COMMON:
        return StrengthHint(Strength.WEAK, 10.0, False)
    bits = len(text) * math.log2(_pool_size(text)) * _repetition_penalty(text)
    if bits < 45:
        level = Strength.WEAK
    elif bits < 60:
        level = Strength.FAIR
    elif bits < 80:
        level = Strength.GOOD
    else:
        level = Strength.STRONG
    return StrengthHint(level, bits, bits >= ACCEPTABLE_BITS)
