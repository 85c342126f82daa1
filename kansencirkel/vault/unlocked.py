"""Finishing an unlock: the engine (an exclusive one on a full disk), every page checked, the
schema brought up to date, the key file repaired from the copy this unlock proved, work files
of interrupted jobs removed, and the unlock logged with the failed attempts before it.
"""

from __future__ import annotations

import sqlalchemy
from alembic.util import CommandError

from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_, Message
from kansencirkel.vault import keyfile, layout, schema
from kansencirkel.vault.engine import cipher_check, damage_guard, make_engine
from kansencirkel.vault.errors import DiskFull, VaultDamaged, VaultError
from kansencirkel.vault.opened import OpenVault
from kansencirkel.vault.readonly import forbid_writes
from kansencirkel.vault.unlock import record_failure, restore_failures, take_failures

#: Said after an unlock on a full disk (the vault opened with one exclusive connection).
DISK_FULL_READ_ONLY = N_(
    "De schijf waarop de kluis staat is vol: je kunt lezen, maar wijzigingen (en het openen "
    "van een dossier, dat in het logboek komt) lukken pas als er weer ruimte is."
)


def _upgrade(engine: sqlalchemy.Engine) -> None:
    """Bring the schema to this version's head; a vault from a newer version is refused."""
    try:
        with damage_guard():
            schema.upgrade_to_head(engine)
    except CommandError:
        raise VaultError(
            N_(
                "Deze kluis is gemaakt met een nieuwere versie van Kansencirkel; werk "
                "het programma bij."
            )
        ) from None


def _attach(opened: OpenVault) -> bool:
    """Attach the engine; on a full disk the exclusive one that reads without a -shm.
    Returns whether the disk is full."""
    try:
        opened.attach_engine(make_engine(opened.path, opened.db_key, must_exist=True))
        return False
    except DiskFull:
        opened.attach_engine(
            make_engine(opened.path, opened.db_key, must_exist=True, exclusive=True)
        )
        opened.notices.append(Message(DISK_FULL_READ_ONLY))
        return True


def _log_unlock(opened: OpenVault, disk_full: bool) -> None:
    """Log the events kept from before this unlock (failed attempts, unlocks on a full disk),
    then UNLOCK itself. With no room for them they all wait, in memory, for the next unlock
    in this process, and the vault opens for reading."""
    attempts = take_failures(opened.path)
    logged = 0
    try:
        for attempt in attempts:
            tried = opened.keyfile.member(attempt.member_id)
            opened.log(
                attempt.kind,
                "vault",
                opened.keyfile.vault_id if attempt.kind is AuditKind.UNLOCK else attempt.member_id,
                at=attempt.at,
                actor=tried.name if tried else attempt.member_id,
            )
            logged += 1
        opened.log(AuditKind.UNLOCK, "vault", opened.keyfile.vault_id)
    except DiskFull:
        restore_failures(opened.path, attempts[logged:])
        record_failure(opened.path, opened.actor.id, AuditKind.UNLOCK)
        if not disk_full:
            opened.notices.append(Message(DISK_FULL_READ_ONLY))
    except BaseException:
        restore_failures(opened.path, attempts[logged:])
        raise


def finish_unlock(opened: OpenVault, *, check_pages: bool = True) -> OpenVault:
    """Attach the engine, check every page (unless the caller does so in the background:
    ``check_pages``), bring the schema up to date, repair the key file from the copy this
    unlock proved, remove what an interrupted job left, and log."""
    try:
        disk_full = _attach(opened)
        # Every page's HMAC (≈0.15 s per 40 MB), before anything is written.
        if check_pages and cipher_check(opened.engine):
            raise VaultDamaged()
        _upgrade(opened.engine)
        opened.load_info()
        if opened.info.snapshot_of:  # a team server's snapshot: read only, from here on
            forbid_writes(opened.engine)
        repaired = keyfile.repair(opened.path, opened.keyfile)
        if repaired is not None:
            opened.notices.append(Message(repaired))
        for leftover in layout.leftovers(opened.path):
            leftover.unlink(missing_ok=True)
        _log_unlock(opened, disk_full)
    except BaseException:
        opened.shutdown(log_lock=False)
        raise
    return opened
