"""The checks and slot builders that creating, opening and changing a vault share."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.vault import keyring_access, layout
from kansencirkel.vault.errors import InputRejected, NotFound, VaultDamaged, VaultUnfinished
from kansencirkel.vault.kdf import KdfParams, hardened
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import (
    Slot,
    make_slot,
    normalise_recovery_code,
    passphrase_secret,
    recovery_secret,
)
from kansencirkel.vault.layout import lock_path, shm_path, wal_path

__all__ = [
    "PAGE_SIZE",
    "check_db_file",
    "member_slot",
    "recovery_slot",
    "require_not_a_wrong_path",
    "require_passphrase",
    "require_text",
    "require_vault_here",
    "restrict_permissions",
    "shm_path",
    "vault_files",
    "wal_path",
]

PAGE_SIZE = 4096  # SQLCipher 4 default; the file is always a whole number of pages


def vault_files(path: Path) -> list[Path]:
    """Every file that belongs to a vault (some may not exist)."""
    path = Path(path)
    return [
        *layout.database_files(path),
        layout.keyfile_path(path),
        layout.backup_keyfile_path(path),
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


def require_not_a_wrong_path(path: Path) -> None:
    """NotFound, saying what it is, for a folder or a file beside a vault given as one."""
    wrong = layout.wrong_path(path)
    if wrong is not None:
        raise NotFound(wrong[0], **wrong[1])


def require_vault_here(path: Path) -> None:
    """NotFound when there is no vault here (a wrong path, not a damaged vault), and
    VaultUnfinished for a creation whose recovery code was never confirmed."""
    require_not_a_wrong_path(path)
    found = layout.state(path)
    if found is layout.State.UNFINISHED:
        raise VaultUnfinished()
    if found is layout.State.ABSENT:
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
