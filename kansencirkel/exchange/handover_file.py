"""The sealed hand-over file (``.kcx``): one or more children's files for the other side.

Layout: a fixed header (magic, format version, Argon2id parameters, salt, nonce, a check of
the code, the length of what follows), then AES-256-GCM ciphertext with the whole header as
associated data. Inside: JSON with the case files (the case-file JSON of
:mod:`.casefile_json`), the expiry date, the sending vault's id, whether it is demo data and
for whom it is meant. The key comes from the one-time code (:mod:`.handover_code`) through
Argon2id with the vault's own cost (:mod:`kansencirkel.vault.kdf`), then HKDF into the
encryption key and a check value, so a code that belongs to another file ("wrong code") and
a changed file ("tampered") are told apart. Every refusal is :class:`HandoverRejected`.
"""

from __future__ import annotations

import json
import os
import secrets
import stat
import struct
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kansencirkel.core import clock
from kansencirkel.core.enums import Audience
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import CaseFile
from kansencirkel.exchange import casefile_json as cj
from kansencirkel.exchange.handover_code import CodeRejected, HandoverRejected, parse_code
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams, derive_wrapping_key
from kansencirkel.vault.validation import FileRejected

__all__ = ["CodeRejected", "Handover", "HandoverRejected", "open_handover", "seal_handover"]

MAGIC = b"\x89KCX\r\n\x1a\n"
VERSION = 1
FORMAT = "kansencirkel-handover"
_HEADER = struct.Struct(">8sHIII16s12s16sQ")
HEADER_LEN = _HEADER.size
MAX_BYTES = 100 * 1024 * 1024
_INFO = b"kansencirkel/kcx/v1"
_TOP_KEYS = frozenset(
    {"format", "version", "made_at", "expires_on", "vault_id", "is_demo", "audience", "case_files"}
)

EMPTY = N_("Dit bestand is leeg; het is geen overdrachtsbestand.")
IS_A_FOLDER = N_("{name} is een map; kies het overdrachtsbestand zelf.")
MISSING = N_("Het bestand {name} bestaat niet.")
UNREADABLE = N_("Het bestand {name} kan niet worden gelezen.")
NOT_KCX = N_("Dit bestand is geen overdrachtsbestand (.kcx) van Kansencirkel.")
OTHER_VERSION = N_(
    "Dit overdrachtsbestand heeft versie {version}; deze app leest versie {supported}."
)
TOO_BIG = N_("Dit bestand is groter dan {megabytes} MB; een overdrachtsbestand is kleiner.")
TRUNCATED = N_(
    "Dit overdrachtsbestand is onvolledig (afgebroken bij kopiëren of downloaden); vraag de "
    "afzender het opnieuw te sturen."
)
TAMPERED = N_(
    "Dit overdrachtsbestand is beschadigd of gewijzigd; er is niets ingelezen. Vraag de "
    "afzender het opnieuw te sturen."
)
WRONG_CODE = N_("Deze code hoort niet bij dit overdrachtsbestand.")
EXPIRED = N_("Deze overdracht is verlopen op {day}; vraag de afzender om een nieuwe.")


@dataclass(frozen=True, slots=True)
class Handover:
    """What a sealed file holds: the children's files and where they came from."""

    case_files: tuple[CaseFile, ...]
    audience: Audience  # the receiving side
    expires_on: date
    made_at: datetime
    vault_id: str  # the sending vault
    is_demo: bool


def _keys(code: str, salt: bytes, params: KdfParams) -> tuple[bytes, bytes]:
    stretched = derive_wrapping_key(code.encode("ascii"), salt, params)
    both = HKDF(algorithm=hashes.SHA256(), length=48, salt=None, info=_INFO).derive(stretched)
    return both[:32], both[32:]


def _plain(h: Handover) -> bytes:
    data = {
        "format": FORMAT,
        "version": VERSION,
        "made_at": h.made_at.isoformat(),
        "expires_on": h.expires_on.isoformat(),
        "vault_id": h.vault_id,
        "is_demo": h.is_demo,
        "audience": h.audience.value,
        "case_files": [cj.to_jsonable(c) for c in h.case_files],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def seal_handover(h: Handover, code: str, *, kdf: KdfParams = PRODUCTION_KDF) -> bytes:
    """The bytes of a ``.kcx`` file holding ``h``, sealed with ``code`` (from
    :func:`~kansencirkel.exchange.handover_code.new_code`)."""
    code = parse_code(code)
    salt, nonce = os.urandom(16), os.urandom(12)
    key, check = _keys(code, salt, kdf)
    plain = _plain(h)
    header = _HEADER.pack(
        MAGIC,
        VERSION,
        kdf.time_cost,
        kdf.memory_kib,
        kdf.parallelism,
        salt,
        nonce,
        check,
        len(plain) + 16,
    )
    return header + AESGCM(key).encrypt(nonce, plain, header)


def read_kcx_file(path: Path) -> bytes:
    """The bytes of the hand-over file at ``path``, or one sentence why not."""
    try:
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise HandoverRejected(IS_A_FOLDER, name=path.name)
        with path.open("rb") as fh:
            raw = fh.read(MAX_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        raise HandoverRejected(MISSING, name=path.name) from None
    except OSError:
        raise HandoverRejected(UNREADABLE, name=path.name) from None
    return raw


def check_file(raw: bytes) -> tuple[bytes, KdfParams, bytes, bytes, bytes, int]:
    """Refuse ``raw`` when it is no whole .kcx file, before a code is asked for; returns the
    header, KDF cost, salt, nonce, code check and length of the sealed part."""
    if not raw:
        raise HandoverRejected(EMPTY)
    if len(raw) > MAX_BYTES:
        raise HandoverRejected(TOO_BIG, megabytes=MAX_BYTES // (1024 * 1024))
    if len(raw) < len(MAGIC) + 2:
        raise HandoverRejected(TRUNCATED if MAGIC.startswith(raw[: len(MAGIC)]) else NOT_KCX)
    if raw[: len(MAGIC)] != MAGIC:
        raise HandoverRejected(NOT_KCX)
    (version,) = struct.unpack_from(">H", raw, len(MAGIC))
    if version != VERSION:
        raise HandoverRejected(OTHER_VERSION, version=version, supported=VERSION)
    if len(raw) < HEADER_LEN + 16:
        raise HandoverRejected(TRUNCATED)
    _, _, t, m, p, salt, nonce, check, length = _HEADER.unpack_from(raw)
    params = KdfParams(t, m, p)
    if not params.is_sane():
        raise HandoverRejected(TAMPERED)
    # What follows is cut short or grown: told apart by the length the header gives.
    body = len(raw) - HEADER_LEN
    if body < length:
        raise HandoverRejected(TRUNCATED)
    if body > length:
        raise HandoverRejected(TAMPERED)
    return raw[:HEADER_LEN], params, salt, nonce, check, length


def open_handover(raw: bytes, code: str) -> Handover:
    """The hand-over in ``raw``, opened with the typed ``code``; refuses (whole, with one
    sentence) a file that is empty, no .kcx, cut short, changed, expired, or a wrong code."""
    header, params, salt, nonce, check, _ = check_file(raw)
    code = parse_code(code)
    key, expected = _keys(code, salt, params)
    if not secrets.compare_digest(check, expected):
        raise HandoverRejected(WRONG_CODE)
    try:
        plain = AESGCM(key).decrypt(nonce, raw[HEADER_LEN:], header)
    except InvalidTag:
        raise HandoverRejected(TAMPERED) from None
    h = _read_plain(plain)
    if h.expires_on < clock.today():
        raise HandoverRejected(EXPIRED, day=h.expires_on.isoformat())
    return h


def _read_plain(plain: bytes) -> Handover:
    data: Any = cj.parse_json(plain)
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.keys() != _TOP_KEYS:
        raise HandoverRejected(NOT_KCX)
    if data.get("version") != VERSION:
        raise HandoverRejected(NOT_KCX)
    try:
        audience = Audience(data["audience"])
        expires_on = date.fromisoformat(data["expires_on"])
        made_at = datetime.fromisoformat(data["made_at"])
    except (TypeError, ValueError):
        raise HandoverRejected(NOT_KCX) from None
    vault_id, is_demo, cases = data["vault_id"], data["is_demo"], data["case_files"]
    if not isinstance(vault_id, str) or not isinstance(is_demo, bool):
        raise HandoverRejected(NOT_KCX)
    if not isinstance(cases, list) or not cases:
        raise HandoverRejected(NOT_KCX)
    read: list[CaseFile] = []
    for n, case in enumerate(cases, 1):
        try:
            read.append(
                cj.case_file_from_json(
                    {"format": cj.FORMAT, "version": cj.VERSION, "case_file": case}
                )
            )
        except FileRejected as exc:
            if len(cases) == 1:
                raise
            raise FileRejected([replace(p, case=n) for p in exc.problems]) from None
    return Handover(tuple(read), audience, expires_on, made_at, vault_id, is_demo)
