"""Key rotation: re-encrypt the database under a new key and give every slot the new key.

Slots cannot be rewrapped without their secrets, so rotation needs every member's passphrase
and the recovery code (all checked first: a wrong one changes nothing), like LUKS. Every
secret stays what it was, the recovery code too: a new code made here could be lost in a
crash before anyone saw it. A new recovery code is its own step, taken after it was shown
(`KeySlots.replace_recovery_code`).

Order, so a crash at any point leaves a vault that the same secrets open:
1. `sqlcipher_export` into a staging file under the new key; verify it.
2. Write the new key file as `<vault>.kcv.keys.next`.
3. Empty the WAL, close all connections, rename the staging file over the database.
4. Save the new key file (main + mirror), remove `.next`.
If the process dies between 3 and 4, the next unlock finds that the database only opens with
the key in `.next` and finishes step 4 (`finish_interrupted_rotation`); before 3, it removes
`.next` and the staging file, and the old key stays.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy

from kansencirkel.core import crashpoint
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.files import atomic_move, atomic_write_bytes, create_private, private_umask
from kansencirkel.core.i18n import N_
from kansencirkel.vault import keyfile, layout, meta
from kansencirkel.vault.engine import damage_guard, integrity_check, make_engine, seal_engine
from kansencirkel.vault.errors import InputRejected, VaultDamaged, VaultError
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import new_db_key
from kansencirkel.vault.layout import shm_path, wal_path
from kansencirkel.vault.lifecycle import member_slot, recovery_slot
from kansencirkel.vault.repos.base import engine_lock
from kansencirkel.vault.unlock import unlock_member, unlock_recovery

if TYPE_CHECKING:
    from kansencirkel.vault.opened import OpenVault

pending_keyfile_path = layout.rotation_keyfile_path


def _unlink(*paths: Path) -> None:
    for p in paths:
        with contextlib.suppress(OSError):
            p.unlink()


def _staging(path: Path) -> Path:
    return layout.staging_path(path, "rotate")


def _export(engine: sqlalchemy.Engine, staging: Path, key: bytes) -> None:
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        with damage_guard():
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            # The key is bound as a parameter: it never appears in SQL text.
            conn.execute("ATTACH DATABASE ? AS rotated KEY ?", (str(staging), f"x'{key.hex()}'"))
            try:
                conn.execute("SELECT sqlcipher_export('rotated')").fetchall()
                conn.execute(f"PRAGMA rotated.user_version = {int(version)}")
                conn.commit()
            finally:
                conn.execute("DETACH DATABASE rotated")
    finally:
        raw.close()


def _verify(db: Path, key: bytes, vault_id: str) -> None:
    engine = make_engine(db, key, must_exist=True)
    try:
        if integrity_check(engine) or meta.read_values(engine).get("vault_id") != vault_id:
            raise VaultDamaged()
    finally:
        seal_engine(engine)


def rotate_key(vault: OpenVault, passphrases: Mapping[str, str], recovery_code: str) -> None:
    """Rotate the database key; every passphrase and the recovery code stay valid."""
    path, kf = vault.path, vault.keyfile
    if any(m.id not in passphrases for m in kf.members):
        raise InputRejected(
            N_("Vul voor elk teamlid het wachtwoord in om de sleutel te vervangen.")
        )
    for member in kf.members:  # all checked before anything changes
        unlock_member(path, kf, member.id, passphrases[member.id])
    unlock_recovery(path, kf, recovery_code)  # WrongRecoveryCode: nothing changed
    new_key = new_db_key()
    new_kf = replace(kf, slots=())
    for member in kf.members:
        slot = member_slot(new_kf, member.id, passphrases[member.id], new_key, vault.base_kdf)
        new_kf = new_kf.with_slot(slot)
    new_kf = new_kf.with_slot(recovery_slot(new_kf, recovery_code, new_key, vault.base_kdf))

    staging = _staging(path)
    pending = pending_keyfile_path(path)
    engine = vault.engine
    with engine_lock(engine):
        _unlink(staging, wal_path(staging), shm_path(staging))
        try:
            with private_umask():
                create_private(staging)  # 0600 from its first byte, its -wal/-shm too
                _export(engine, staging, new_key)
                _verify(staging, new_key, kf.vault_id)
            crashpoint.reached("rotate:staged")
            atomic_write_bytes(pending, keyfile.to_bytes(new_kf))
            crashpoint.reached("rotate:next-written")
            with damage_guard(), engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            vault.detach_engine()
            wal = wal_path(path)
            if wal.exists() and wal.stat().st_size > 0:
                # A connection still busy elsewhere: its frames must not meet the new file.
                raise VaultError(N_("De kluis is nog bezig; probeer het zo opnieuw."))
            _unlink(shm_path(path), wal)
            atomic_move(staging, path)
        except BaseException:
            _unlink(staging, wal_path(staging), shm_path(staging), pending)
            if not vault.is_open:
                vault.attach_engine(make_engine(path, vault.db_key, must_exist=True))
            raise
        crashpoint.reached("rotate:swapped")
        keyfile.save(path, new_kf)
        crashpoint.reached("rotate:saved")
        _unlink(pending)
        vault.rekeyed(new_kf, new_key, make_engine(path, new_key, must_exist=True))
    vault.log(AuditKind.KEY_CHANGE, "vault", kf.vault_id, detail="rotate")


def finish_interrupted_rotation(
    path: Path, kf: KeyFile, key: bytes, unlock: Callable[[KeyFile], bytes]
) -> tuple[KeyFile, bytes]:
    """After a crash mid-rotation: use `.keys.next` when only its key opens the database.
    Runs with the vault's lock held, so no rotation can be under way: its staging copy
    (which only the key in `.keys.next` opens) is removed in any case."""
    pending = pending_keyfile_path(path)
    staging = _staging(path)
    _unlink(staging, wal_path(staging), shm_path(staging))
    if not pending.exists():
        return kf, key
    try:
        seal_engine(make_engine(path, key, must_exist=True))
    except VaultDamaged:
        pass
    else:
        _unlink(pending)  # rotation never reached the swap: the new key file is moot
        return kf, key
    try:
        next_kf = keyfile.from_bytes(pending.read_bytes())
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise VaultDamaged() from None
    next_key = unlock(next_kf)
    seal_engine(make_engine(path, next_key, must_exist=True))  # VaultDamaged if this fails
    keyfile.save(path, next_kf)
    _unlink(pending)
    return next_kf, next_key
