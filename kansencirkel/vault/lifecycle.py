"""Creating a vault (all or nothing) and the checks and slot builders the vault shares."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import keyfile, keyring_access, meta, schema
from kansencirkel.vault.engine import damage_guard, make_engine
from kansencirkel.vault.errors import InputRejected, NotFound, VaultDamaged, VaultExists
from kansencirkel.vault.kdf import KdfParams, hardened
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import (
    Slot,
    make_slot,
    new_db_key,
    new_recovery_code,
    normalise_recovery_code,
    passphrase_secret,
    recovery_secret,
)
from kansencirkel.vault.lock import VaultLock, lock_path
from kansencirkel.vault.opened import OpenVault

PAGE_SIZE = 4096  # SQLCipher 4 default; the file is always a whole number of pages


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault (some may not exist)."""
    path = Path(path)
    return [
        path,
        wal_path(path),
        shm_path(path),
        keyfile.keyfile_path(path),
        keyfile.backup_keyfile_path(path),
        lock_path(path),
    ]


def require_text(value: str, msgid: Msgid) -> str:
    value = value.strip()
    if not value:
        raise InputRejected(msgid)
    return value


def require_passphrase(passphrase: str) -> str:
    if not passphrase or not passphrase.strip():
        raise InputRejected(N_("Kies een wachtwoord."))
    return passphrase


def require_vault_here(path: Path) -> None:
    """NotFound when none of the vault's files exist (a wrong path, not a damaged vault)."""
    if not any(p.exists() for p in vault_files(path)[:5]):
        raise NotFound(N_("Op deze plek staat geen kluis."))


def restrict_permissions(path: Path) -> None:
    """Owner-only access: the file is encrypted, but nobody else needs to read it."""
    if os.name != "nt":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)


def check_db_file(path: Path) -> None:
    """Cheap shape checks before any secret is tried: missing, empty or cut off = damaged.

    An empty file would otherwise open as a fresh, empty database."""
    try:
        size = path.stat().st_size
    except OSError:
        raise VaultDamaged() from None
    if size == 0 or size % PAGE_SIZE != 0:
        raise VaultDamaged()


def member_slot(
    kf: KeyFile, member_id: str, passphrase: str, db_key: bytes, base_kdf: KdfParams
) -> Slot:
    """A member slot: with this computer's device secret if a secure keyring has (or takes)
    one, otherwise passphrase-only with the heavier KDF."""
    device_secret = keyring_access.get_or_create_device_secret(kf.vault_id)
    return make_slot(
        vault_id=kf.vault_id,
        slot_type="member",
        member_id=member_id,
        secret=passphrase_secret(passphrase),
        db_key=db_key,
        kdf=base_kdf if device_secret else hardened(base_kdf),
        hardened=device_secret is None,
        device_secret=device_secret,
    )


def recovery_slot(kf: KeyFile, code: str, db_key: bytes, base_kdf: KdfParams) -> Slot:
    """No device secret: the recovery code must also work on a new laptop. Its 160 random
    bits need no extra hardening."""
    normalised = normalise_recovery_code(code)
    if normalised is None:
        raise ValueError("not a recovery code")
    return make_slot(
        vault_id=kf.vault_id,
        slot_type="recovery",
        member_id=None,
        secret=recovery_secret(normalised),
        db_key=db_key,
        kdf=base_kdf,
    )


def create_vault(
    path: Path,
    team_name: str,
    member_name: str,
    member_role: Role,
    passphrase: str,
    *,
    demo: bool,
    kdf: KdfParams,
) -> tuple[OpenVault, str]:
    team_name = require_text(team_name, N_("Vul de naam van het team in."))
    member_name = require_text(member_name, N_("Vul je naam in."))
    require_passphrase(passphrase)
    existing = [path, wal_path(path), keyfile.keyfile_path(path), keyfile.backup_keyfile_path(path)]
    if any(p.exists() for p in existing):
        raise VaultExists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputRejected(N_("Deze map kan niet worden aangemaakt.")) from None
    lock_existed = lock_path(path).exists()
    lock = VaultLock(path)
    lock.acquire()
    vault_id = str(uuid.uuid4())
    created_at = clock.now()
    member = TeamMember(id=uuid.uuid4().hex, name=member_name, role=Role(member_role))
    db_key = new_db_key()
    code = new_recovery_code()
    vault: OpenVault | None = None
    try:
        kf = KeyFile(vault_id, team_name, created_at.isoformat(timespec="seconds"), (member,), ())
        kf = kf.with_slot(member_slot(kf, member.id, passphrase, db_key, kdf))
        kf = kf.with_slot(recovery_slot(kf, code, db_key, kdf))
        vault = OpenVault(path, lock, kf, db_key, member)
        engine = vault.attach_engine(make_engine(path, db_key))
        restrict_permissions(path)
        with damage_guard():
            schema.upgrade_to_head(engine)
            meta.write_meta(
                engine, vault_id=vault_id, team_name=team_name, is_demo=demo, created_at=created_at
            )
        vault.load_info()
        vault.log(AuditKind.CREATE, "vault", vault_id)
        # The key file comes last: until it exists, nothing looks like a finished vault.
        keyfile.save(path, kf)
    except BaseException:
        _undo_create(path, vault, lock, vault_id, lock_existed)
        raise
    return vault, code


def _undo_create(
    path: Path, vault: OpenVault | None, lock: VaultLock, vault_id: str, lock_existed: bool
) -> None:
    """Remove what a failed create left behind, so the next attempt starts clean."""
    if vault is not None:
        vault.shutdown(log_lock=False)
    for leftover in vault_files(path)[:5]:
        with contextlib.suppress(OSError):
            leftover.unlink()
    keyring_access.delete_device_secret(vault_id)
    lock.release()
    if not lock_existed:
        with contextlib.suppress(OSError):
            lock_path(path).unlink()
