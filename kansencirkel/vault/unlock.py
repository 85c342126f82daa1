"""Opening key slots with a passphrase or the recovery code, and remembering failed attempts.

A failed unlock cannot be written into the encrypted database (there is no key), and the vault
files must stay byte-identical after a wrong passphrase. So failed attempts are kept in memory,
per vault path, in this process; the next successful unlock in this process writes them to the
audit log as FAILED_UNLOCK events with their original time. Attempts in a process that ends
before a successful unlock are not logged — an accepted gap, stated in the documentation.
An unlock on a full disk, which cannot write its UNLOCK event, is kept the same way.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_
from kansencirkel.vault import keyring_access, keyring_record
from kansencirkel.vault.errors import DeviceSecretMissing, NotFound, VaultDamaged, WrongPassphrase
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import (
    Slot,
    SlotLocked,
    device_fingerprint,
    normalise_recovery_code,
    open_slot,
    passphrase_secret,
    recovery_secret,
)

RECOVERY_ACTOR_ID = "herstelcode"

#: Why a slot's device secret is missing: one sentence each, naming the keyring backend it
#: needs, ending in what to do (tests compare these names, not the wording).
SECRET_SILENT = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) antwoordt niet, en daarin staat de "
    "sleutel van deze computer voor de kluis; open de kluis met de herstelcode, of probeer "
    "het later opnieuw."
)
SECRET_BACKEND_CHANGED = N_(
    "De sleutel van deze computer voor de kluis staat in het wachtwoordbeheer {expected}, "
    "maar nu wordt {backend} gebruikt; open de kluis met de herstelcode, of start "
    "Kansencirkel weer met {expected}."
)
SECRET_NO_KEYRING = N_(
    "De sleutel van deze computer voor de kluis staat in het wachtwoordbeheer {expected}, "
    "maar er is nu geen wachtwoordbeheer beschikbaar; open de kluis met de herstelcode."
)
SECRET_LOST = N_(
    "Het wachtwoordbeheer van het systeem ({backend}) heeft de sleutel van deze computer "
    "voor de kluis niet meer; open de kluis met de herstelcode en kies daarna een nieuw "
    "wachtwoord."
)


@dataclass(frozen=True, slots=True)
class UnloggedEvent:
    """An unlock event the audit log could not take yet (no key, or no room)."""

    at: datetime
    member_id: str  # RECOVERY_ACTOR_ID for a recovery code attempt
    kind: AuditKind = AuditKind.FAILED_UNLOCK


_failed: dict[str, list[UnloggedEvent]] = {}
_failed_lock = threading.Lock()


def _key(path: Path) -> str:
    return str(Path(path).resolve())


def record_failure(path: Path, member_id: str, kind: AuditKind = AuditKind.FAILED_UNLOCK) -> None:
    """Remember an event to log at the next unlock that can write (a failed attempt, or an
    unlock on a full disk: ``kind=UNLOCK``)."""
    with _failed_lock:
        _failed.setdefault(_key(path), []).append(UnloggedEvent(clock.now(), member_id, kind))


def take_failures(path: Path) -> list[UnloggedEvent]:
    with _failed_lock:
        return _failed.pop(_key(path), [])


def restore_failures(path: Path, attempts: list[UnloggedEvent]) -> None:
    """Put attempts back when writing them failed, so they are not lost."""
    if not attempts:
        return
    with _failed_lock:
        _failed.setdefault(_key(path), [])[:0] = attempts


def device_secret_for(slot: Slot, vault_id: str) -> bytes | None:
    """The device secret a slot needs, or DeviceSecretMissing (saying why) when this computer
    cannot give it. A passphrase-only slot never waits for the keyring."""
    if slot.device_secret is None:
        return None
    found = keyring_access.lookup_device_secret(vault_id)
    if found.secret is None or device_fingerprint(found.secret) != slot.device_secret:
        raise missing_secret(vault_id, found)
    return found.secret


def missing_secret(vault_id: str, found: keyring_access.SecretLookup) -> DeviceSecretMissing:
    """The error for a slot whose device secret could not be had, saying why."""
    expected = keyring_record.expected_backend(vault_id)
    if found.problem is keyring_access.Problem.SILENT:
        return DeviceSecretMissing(SECRET_SILENT, backend=found.backend or expected or "?")
    if expected is None:
        return DeviceSecretMissing()  # never stored here: a new laptop, a restored vault
    if found.problem is keyring_access.Problem.NO_KEYRING:
        return DeviceSecretMissing(SECRET_NO_KEYRING, expected=expected)
    if found.backend != expected:
        return DeviceSecretMissing(SECRET_BACKEND_CHANGED, expected=expected, backend=found.backend)
    return DeviceSecretMissing(SECRET_LOST, backend=found.backend)


def unlock_member(path: Path, kf: KeyFile, member_id: str, passphrase: str) -> bytes:
    """The database key from a member's slot. Never writes to disk."""
    slot = kf.member_slot(member_id)
    if slot is None or kf.member(member_id) is None:
        raise NotFound(N_("Dit teamlid staat niet (meer) in deze kluis."))
    device_secret = device_secret_for(slot, kf.vault_id)
    try:
        return open_slot(
            slot,
            vault_id=kf.vault_id,
            secret=passphrase_secret(passphrase),
            device_secret=device_secret,
        )
    except SlotLocked:
        record_failure(path, member_id)
        raise WrongPassphrase() from None


def unlock_recovery(path: Path, kf: KeyFile, code: str) -> bytes:
    """The database key from the recovery slot. Never writes to disk."""
    slot = kf.recovery_slot()
    if slot is None:
        raise VaultDamaged()
    normalised = normalise_recovery_code(code)
    if normalised is None:
        record_failure(path, RECOVERY_ACTOR_ID)
        raise WrongPassphrase.recovery()
    try:
        return open_slot(slot, vault_id=kf.vault_id, secret=recovery_secret(normalised))
    except SlotLocked:
        record_failure(path, RECOVERY_ACTOR_ID)
        raise WrongPassphrase.recovery() from None
