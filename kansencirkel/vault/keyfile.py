"""The key file `<vault>.kcv.keys` (JSON) and its mirror `<vault>.kcv.keys.bak`.

Contents: format version, vault id, team name, creation time, team members and key slots.
Team members' names are stored here in plaintext so the unlock screen can list them before
any key is known. That is acceptable: they are staff of the kernteam, never children, and the
file holds nothing about any child.

Each slot carries a checksum bound to the vault id and the file carries a checksum over all of
it. These detect damage (bit rot, a bad copy, a slot pasted from another vault) so it can be
reported as "damaged" rather than "wrong passphrase"; they are not a security measure — the
AES-GCM tag on each slot is.

The `.bak` mirrors the current file (not the previous version), so a removed member or an old
passphrase is really revoked. The main file is always written first, so after a crash between
the two writes the main file is the newer one. If the main file is missing or broken and the
`.bak` is intact, the `.bak` is read without repairing anything; once an unlock has proved
the copy in use right, :func:`repair` makes both copies hold it again and says what it did.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kansencirkel.core import crashpoint
from kansencirkel.core.enums import Role
from kansencirkel.core.files import atomic_write_bytes
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.model import TeamMember
from kansencirkel.core.write_errors import is_disk_full
from kansencirkel.vault.errors import DiskFull, VaultDamaged, VaultError
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyslots import Slot
from kansencirkel.vault.layout import backup_keyfile_path, keyfile_path

__all__ = ["KeyFile", "backup_keyfile_path", "keyfile_path", "load", "repair", "save"]

FORMAT_VERSION = 1
_MAX_KEYFILE_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class KeyFile:
    vault_id: str
    team_name: str
    created_at: str
    members: tuple[TeamMember, ...]
    slots: tuple[Slot, ...]

    def member(self, member_id: str) -> TeamMember | None:
        return next((m for m in self.members if m.id == member_id), None)

    def member_slot(self, member_id: str) -> Slot | None:
        return next(
            (s for s in self.slots if s.type == "member" and s.member_id == member_id), None
        )

    def recovery_slot(self) -> Slot | None:
        return next((s for s in self.slots if s.type == "recovery"), None)

    def with_slot(self, slot: Slot, *, replacing: Slot | None = None) -> KeyFile:
        kept = tuple(s for s in self.slots if replacing is None or s.id != replacing.id)
        return replace(self, slots=(*kept, slot))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("base64 field")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _digest(payload: Any) -> str:
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


def _slot_json(slot: Slot, vault_id: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": slot.id,
        "type": slot.type,
        "member_id": slot.member_id,
        "kdf": {"algorithm": "argon2id", **slot.kdf.to_json()},
        "hardened": slot.hardened,
        "salt": _b64(slot.salt),
        "device_secret": slot.device_secret,
        "cipher": "aes-256-gcm",
        "nonce": _b64(slot.nonce),
        "ciphertext": _b64(slot.ciphertext),
        "created_at": slot.created_at,
    }
    data["check"] = _digest({"vault_id": vault_id, **data})
    return data


def _slot_from_json(data: Any, vault_id: str) -> Slot:
    if not isinstance(data, dict):
        raise ValueError("slot")
    body = {k: v for k, v in data.items() if k != "check"}
    if data.get("check") != _digest({"vault_id": vault_id, **body}):
        raise ValueError("slot checksum")
    kdf = data["kdf"]
    if not isinstance(kdf, dict) or kdf.get("algorithm") != "argon2id":
        raise ValueError("kdf")
    slot_type = data["type"]
    if slot_type not in ("member", "recovery") or data.get("cipher") != "aes-256-gcm":
        raise ValueError("slot type")
    member_id = data["member_id"]
    fingerprint = data["device_secret"]
    return Slot(
        id=str(data["id"]),
        type=slot_type,
        member_id=member_id if isinstance(member_id, str) else None,
        kdf=KdfParams.from_json(kdf),
        hardened=bool(data["hardened"]),
        salt=_unb64(data["salt"]),
        device_secret=fingerprint if isinstance(fingerprint, str) else None,
        nonce=_unb64(data["nonce"]),
        ciphertext=_unb64(data["ciphertext"]),
        created_at=str(data["created_at"]),
    )


def to_bytes(kf: KeyFile) -> bytes:
    doc: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "kind": "kansencirkel-keys",
        "vault_id": kf.vault_id,
        "team_name": kf.team_name,
        "created_at": kf.created_at,
        "members": [{"id": m.id, "name": m.name, "role": m.role.value} for m in kf.members],
        "slots": [_slot_json(s, kf.vault_id) for s in kf.slots],
    }
    doc["checksum"] = _digest(doc)
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def from_bytes(raw: bytes) -> KeyFile:
    """Parse and verify; raises ValueError (or KeyError/TypeError) on anything wrong."""
    doc = json.loads(raw.decode("utf-8"))
    if not isinstance(doc, dict) or doc.get("kind") != "kansencirkel-keys":
        raise ValueError("not a key file")
    if doc.get("format") != FORMAT_VERSION:
        raise ValueError("unknown key file format")
    body = {k: v for k, v in doc.items() if k != "checksum"}
    if doc.get("checksum") != _digest(body):
        raise ValueError("key file checksum")
    vault_id = str(doc["vault_id"])
    members = tuple(
        TeamMember(id=str(m["id"]), name=str(m["name"]), role=Role(m["role"]))
        for m in doc["members"]
    )
    slots = tuple(_slot_from_json(s, vault_id) for s in doc["slots"])
    if len({s.id for s in slots}) != len(slots):
        raise ValueError("duplicate slot")
    return KeyFile(vault_id, str(doc["team_name"]), str(doc["created_at"]), members, slots)


def _read_one(path: Path) -> KeyFile | None:
    try:
        if path.stat().st_size > _MAX_KEYFILE_BYTES:
            return None
        return from_bytes(path.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        return None


def load(db_path: Path) -> KeyFile:
    """The key file, or its mirror when the main file is missing or broken; else VaultDamaged."""
    for candidate in (keyfile_path(db_path), backup_keyfile_path(db_path)):
        kf = _read_one(candidate)
        if kf is not None:
            return kf
    raise VaultDamaged()


def health(db_path: Path) -> list[str]:
    """Problems with the key file and its mirror (for `vault check`); empty when both are fine."""
    main, mirror = _read_one(keyfile_path(db_path)), _read_one(backup_keyfile_path(db_path))
    problems = []
    if main is None:
        problems.append("key file: unreadable or missing, the .bak mirror is in use")
    if mirror is None:
        problems.append("key file: the .bak mirror is unreadable or missing")
    if main is not None and mirror is not None and main != mirror:
        problems.append("key file: differs from its .bak mirror")
    return problems


MIRROR_REPAIRED = N_(
    "De reservekopie van het sleutelbestand (.keys.bak) liep achter, bijvoorbeeld na een "
    "onderbroken wijziging; hij is bijgewerkt vanuit het nieuwere sleutelbestand en er is "
    "niets verloren."
)
MAIN_REPAIRED = N_(
    "Het sleutelbestand ontbrak of was beschadigd; het is hersteld uit zijn reservekopie "
    "(.keys.bak) en er is niets verloren."
)


def repair(db_path: Path, kf: KeyFile) -> Msgid | None:
    """Make the key file and its mirror both hold ``kf`` again, after an unlock proved ``kf``
    (what :func:`load` chose: the main file, or the mirror when the main file is broken)
    right. Returns what was repaired, or None when both copies were fine. A copy that cannot
    be written now (a full disk) is left for the next unlock: raises nothing."""
    paths = {"main": keyfile_path(db_path), "mirror": backup_keyfile_path(db_path)}
    stale = [which for which, path in paths.items() if _read_one(path) != kf]
    if not stale:
        return None
    data = to_bytes(kf)
    try:
        for which in stale:  # the main file first, as in save()
            atomic_write_bytes(paths[which], data)
    except OSError:
        return None
    return MAIN_REPAIRED if "main" in stale else MIRROR_REPAIRED


KEYFILE_DISK_FULL = N_(
    "De schijf is vol; het sleutelbestand kan niet worden opgeslagen en er is niets "
    "gewijzigd. Maak ruimte vrij en probeer het opnieuw."
)


def _write_error(exc: OSError) -> VaultError:
    if is_disk_full(exc):
        return DiskFull(KEYFILE_DISK_FULL)
    return VaultError(N_("Het sleutelbestand kan niet worden opgeslagen; er is niets gewijzigd."))


def write_pair(db_path: Path, kf: KeyFile) -> None:
    """Write the main file, then its mirror, each atomically; OSError as it comes."""
    data = to_bytes(kf)
    atomic_write_bytes(keyfile_path(db_path), data)
    crashpoint.reached("keyfile:main-written")
    atomic_write_bytes(backup_keyfile_path(db_path), data)


def save(db_path: Path, kf: KeyFile, *, before_replace: Callable[[], object] | None = None) -> None:
    """Write the main file, then its mirror, each atomically.

    If the main file cannot be written nothing changed and the user is told (a full disk
    says so). ``before_replace`` runs once the new main file is on disk, just before it
    takes effect (logging the change: both or neither). If only the mirror fails, the stale
    mirror is removed rather than left holding revoked slots; the next unlock writes it
    again (:func:`repair`)."""
    data = to_bytes(kf)
    try:
        atomic_write_bytes(keyfile_path(db_path), data, before_replace=before_replace)
    except OSError as exc:
        raise _write_error(exc) from None
    crashpoint.reached("keyfile:main-written")
    try:
        atomic_write_bytes(backup_keyfile_path(db_path), data)
    except OSError:
        with contextlib.suppress(OSError):
            backup_keyfile_path(db_path).unlink()
