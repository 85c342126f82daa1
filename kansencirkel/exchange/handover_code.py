"""The one-time code of a sealed hand-over: 110 random bits, read aloud over the phone.

Crockford's base-32 alphabet (no I, L, O or U, so nothing reads as another letter), 24
characters in six groups of four: 22 from :mod:`secrets` and two check characters, so a typo
says "de code klopt niet" before any key is derived. Reading is tolerant: spaces, dashes,
lower case, and O/I/L typed for 0/1/1 are all accepted.
"""

from __future__ import annotations

import hashlib
import secrets

from kansencirkel.core.i18n import N_
from kansencirkel.vault.errors import InputRejected

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_CHARS = 22  # 22 × 5 = 110 bits
CHECK_CHARS = 2
GROUP = 4
LENGTH = RANDOM_CHARS + CHECK_CHARS
_READ_AS = {"O": "0", "I": "1", "L": "1"}

CODE_WRONG_LENGTH = N_(
    "De code klopt niet: er horen {length} tekens in (zes groepjes van vier); er zijn er {count}."
)
CODE_BAD_CHARACTER = N_("De code klopt niet: het teken '{char}' komt in zo'n code niet voor.")
CODE_TYPO = N_("De code klopt niet; controleer elk groepje met wie hem doorgaf.")


class HandoverRejected(InputRejected):
    """A hand-over file (or its code) refused whole, before anything is written: exit code 5,
    one sentence naming the problem."""


class CodeRejected(HandoverRejected):
    """The typed code is no hand-over code (a typo): caught before any key is derived."""


def _check(body: str) -> str:
    digest = hashlib.sha256(b"kansencirkel/kcx-code/v1:" + body.encode("ascii")).digest()
    value = int.from_bytes(digest[:2], "big") & 0x3FF  # 10 bits
    return ALPHABET[value >> 5] + ALPHABET[value & 0x1F]


def new_code() -> str:
    """A fresh code, as it is stored and typed: 24 characters without spaces."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_CHARS))
    return body + _check(body)


def shown(code: str) -> str:
    """The code in readable groups: ``7K3M 9QXR …``."""
    return " ".join(code[i : i + GROUP] for i in range(0, len(code), GROUP))


def parse_code(text: str) -> str:
    """The code typed in ``text`` (any spacing, dashes, case), or :class:`CodeRejected`."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n\u00a0")
    cleaned = "".join(_READ_AS.get(ch, ch) for ch in cleaned)
    for ch in cleaned:
        if ch not in ALPHABET:
            raise CodeRejected(CODE_BAD_CHARACTER, char=ch if ch.isprintable() else "?")
    if len(cleaned) != LENGTH:
        raise CodeRejected(CODE_WRONG_LENGTH, length=LENGTH, count=len(cleaned))
    body, check = cleaned[:RANDOM_CHARS], cleaned[RANDOM_CHARS:]
    if not secrets.compare_digest(_check(body), check):
        raise CodeRejected(CODE_TYPO)
    return cleaned
