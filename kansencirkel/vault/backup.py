"""Backups: a consistent encrypted copy of an open vault plus its key file, and restoring one.

The copy is made with `VACUUM INTO` on the keyed connection, so SQLCipher writes it encrypted
with the same key (checked: the copy contains no plaintext and opens with the key). File names
carry only a timestamp — nothing about the team or any child.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from pathlib import Path
from typing import TYPE_CHECKING

from kansencirkel.core import clock, crashpoint
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.files import (
    atomic_copy,
    atomic_move,
    create_private,
    fsync_dir,
    private_umask,
)
from kansencirkel.core.i18n import N_
from kansencirkel.core.write_errors import is_disk_full
from kansencirkel.vault import audit, keyfile, layout, meta
from kansencirkel.vault.engine import cipher_check, damage_guard, make_engine, seal_engine
from kansencirkel.vault.errors import DiskFull, InputRejected, VaultDamaged, VaultError
from kansencirkel.vault.lifecycle import check_db_file
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.unlock import unlock_member, unlock_recovery

if TYPE_CHECKING:
    from kansencirkel.vault.opened import OpenVault

PREFIX = "kansencirkel-backup-"
RESTORE_DISK_FULL = N_(
    "De schijf is vol; de reservekopie is niet (helemaal) teruggezet. Maak ruimte vrij en zet "
    "hem opnieuw terug."
)
RECOVERY_ACTOR_NAME = "herstelcode"
_NAME = re.compile(rf"^{PREFIX}\d{{8}}-\d{{6}}-\d{{6}}\.kcv$")


BACKUP_FOLDER_FULL = N_(
    "De map voor reservekopieën is vol; er is geen reservekopie gemaakt. Maak daar ruimte "
    "vrij of kies een andere map."
)


def _sidecars(db: Path) -> list[Path]:
    return [layout.wal_path(db), layout.shm_path(db)]


def _unlink_quietly(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _new_name(folder: Path) -> Path:
    """A name that sorts by time: the date, time and microseconds in UTC."""
    while True:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S-%f")
        candidate = folder / f"{PREFIX}{stamp}.kcv"
        if not candidate.exists() and not keyfile.keyfile_path(candidate).exists():
            return candidate


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, oldest first."""
    return sorted(p for p in Path(folder).glob(f"{PREFIX}*.kcv") if _NAME.match(p.name))


def _rotate(folder: Path, keep: int) -> None:
    backups = list_backups(folder)
    for old in backups[: max(0, len(backups) - keep)]:
        _unlink_quietly(
            old, keyfile.keyfile_path(old), keyfile.backup_keyfile_path(old), *_sidecars(old)
        )


def make_backup(vault: OpenVault, folder: Path, *, keep: int = 10) -> Path:
    """Copy the open vault into `folder`; returns the new backup's database path."""
    if keep < 1:
        raise InputRejected(N_("Bewaar minstens één reservekopie."))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputRejected(N_("Deze map voor reservekopieën kan niet worden gebruikt.")) from None
    target = _new_name(folder)
    # Made and checked next to the vault (where SQLite is known to work), then copied: the
    # backup folder may be a USB stick or a share where WAL and locking are unreliable.
    staging = layout.staging_path(vault.path, "backup")
    _unlink_quietly(staging, *_sidecars(staging))
    try:
        _stage(vault, staging)
        digest = _sha256(staging)
        # Key file first, database last: a backup without its key file never looks finished.
        keyfile.write_pair(target, vault.keyfile)  # with its .bak mirror, like the vault
        atomic_copy(staging, target)
        if _sha256(target) != digest:  # read back: catches short or failed writes
            raise VaultError(
                N_("De reservekopie is niet goed weggeschreven; controleer de schijf.")
            )
    except BaseException as exc:
        _unlink_quietly(target, keyfile.keyfile_path(target), keyfile.backup_keyfile_path(target))
        if isinstance(exc, DiskFull):  # the vault's own disk, said by _stage
            raise
        if is_disk_full(exc):  # the backup folder's disk
            raise DiskFull(BACKUP_FOLDER_FULL) from None
        if isinstance(exc, OSError) or isinstance(exc.__context__, OSError):
            raise VaultError(N_("De reservekopie kan in deze map niet worden gemaakt.")) from None
        raise
    finally:
        _unlink_quietly(staging, *_sidecars(staging))
    _rotate(folder, keep)
    fsync_dir(folder)
    return target


def _stage(vault: OpenVault, staging: Path) -> None:
    """The consistent copy next to the vault, owner-only from its first byte, checked."""
    try:
        with private_umask():
            create_private(staging)  # VACUUM INTO fills an empty file; -wal/-shm get its mode
            raw = vault.engine.raw_connection()
            try:
                with damage_guard():
                    raw.driver_connection.execute("VACUUM INTO ?", (str(staging),))  # type: ignore[union-attr]
            finally:
                raw.close()
            crashpoint.reached("backup:staged")
            _verify_copy(staging, vault.db_key, vault.keyfile.vault_id)
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull() from None
        raise VaultError(N_("De reservekopie kan naast de kluis niet worden voorbereid.")) from None


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _verify_copy(db: Path, key: bytes, vault_id: str) -> None:
    """Open the copy with the key and check every page's HMAC (a bit-exact, readable copy);
    the full structural check is `vault check`'s job and takes seconds on a big vault."""
    engine = make_engine(db, key, must_exist=True)
    try:
        if cipher_check(engine) or meta.read_values(engine).get("vault_id") != vault_id:
            raise VaultDamaged()
    finally:
        seal_engine(engine)


def restore_backup(
    backup: Path,
    target: Path,
    *,
    member_id: str | None,
    passphrase: str | None,
    recovery_code: str | None,
) -> None:
    """Verify the backup opens (member passphrase or recovery code), then swap it in.

    The database goes in first, then the key file. Restoring a backup of the same vault
    keeps its database key, so a crash between the two steps still leaves an openable vault.
    """
    if recovery_code is None and (member_id is None or passphrase is None):
        raise InputRejected(N_("Geef een wachtwoord of de herstelcode op."))
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = VaultLock(target)
    lock.acquire()  # VaultInUse while the target vault is open anywhere
    staging = layout.staging_path(target, "restore")
    try:
        kf = keyfile.load(backup)  # falls back to the backup's .bak, else VaultDamaged
        check_db_file(backup)
        if recovery_code is not None:
            key = unlock_recovery(backup, kf, recovery_code)
            actor = RECOVERY_ACTOR_NAME
        else:
            assert member_id is not None and passphrase is not None
            key = unlock_member(backup, kf, member_id, passphrase)
            member = kf.member(member_id)
            actor = member.name if member else member_id
        _unlink_quietly(staging, *_sidecars(staging))
        atomic_copy(backup, staging)
        _verify_copy(staging, key, kf.vault_id)
        # A WAL left by a crashed session belongs to the old database: it must never be
        # replayed onto the restored one.
        _unlink_quietly(*_sidecars(target), *_sidecars(staging))
        atomic_move(staging, target)
        keyfile.save(target, kf)
        _log_restore(target, key, actor, kf.vault_id, backup.name)
    except BaseException as exc:
        # Past the swap "nothing was changed" would not be true: one sentence for every step.
        if is_disk_full(exc):
            raise DiskFull(RESTORE_DISK_FULL) from None
        raise
    finally:
        _unlink_quietly(staging, *_sidecars(staging))
        lock.release()


def _log_restore(target: Path, key: bytes, actor: str, vault_id: str, source: str) -> None:
    engine = make_engine(target, key, must_exist=True)
    try:
        with damage_guard(), engine.begin() as conn:
            audit.append_event(
                conn,
                actor=actor,
                kind=AuditKind.RESTORE,
                record_type="vault",
                record_id=vault_id,
                detail=source,
            )
    finally:
        seal_engine(engine)
