"""Creating a vault in two steps, so that its recovery code cannot be lost (DESIGN §6).

1. :func:`begin_create` writes the key file first, under the name
   ``<vault>.kcv.keys.unconfirmed``, then the database (schema, meta, CREATE in the audit
   log). The vault is open, but it does not count as created: opening it is refused
   (``VaultUnfinished``) and nothing can be stored in it through the app or the command line.
2. The caller delivers the recovery code: the app and ``vault init`` on a terminal show it and
   have its last group typed back; ``vault init --recovery-code-file`` writes it to a new
   file and syncs it.
3. :func:`commit` renames the key file to ``<vault>.kcv.keys`` (one atomic rename) and
   mirrors it to ``.bak``. Only from here on does the vault exist.

The unconfirmed key file is written before anything else and removed after everything else,
so while it is there without a key file, every vault file here belongs to a creation nobody
ever opened. A new creation at the same place therefore removes it (``begin_create`` says so),
and a rerun of ``vault init`` whose code file was already written finishes it instead
(:func:`finish_unfinished`). A crash anywhere leaves nothing, or such a leftover.
"""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass
from pathlib import Path

from kansencirkel.core import clock, crashpoint
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.files import (
    atomic_move,
    atomic_write_bytes,
    create_private,
    private_umask,
)
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.core.write_errors import is_disk_full
from kansencirkel.vault import keyfile, keyring_access, layout, meta, schema
from kansencirkel.vault.engine import cipher_check, damage_guard, make_engine, seal_engine
from kansencirkel.vault.errors import (
    DiskFull,
    InputRejected,
    VaultDamaged,
    VaultError,
    VaultExists,
)
from kansencirkel.vault.kdf import KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyslots import new_db_key, new_recovery_code
from kansencirkel.vault.lifecycle import (
    check_db_file,
    member_slot,
    recovery_slot,
    require_not_a_wrong_path,
    require_passphrase,
    require_text,
)
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.opened import OpenVault
from kansencirkel.vault.unlock import unlock_recovery


@dataclass(frozen=True, slots=True)
class Creation:
    """A vault made but not yet committed: open, with its recovery code (show it once)."""

    opened: OpenVault
    recovery_code: str
    replaced_unfinished: bool  # an earlier, unfinished creation here was removed first
    lock_existed: bool


def _remove_unfinished(path: Path) -> None:
    """Remove an unfinished creation's files (the lock is held): the database first, the
    unconfirmed key file that marks them last, then its keyring entry."""
    marker = layout.unconfirmed_keyfile_path(path)
    try:
        vault_id: str | None = keyfile.from_bytes(marker.read_bytes()).vault_id
    except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
        vault_id = None
    for leftover in (*layout.database_files(path), marker):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
    if vault_id is not None:
        keyring_access.delete_device_secret(vault_id)


def _claim(path: Path) -> tuple[VaultLock, bool, bool]:
    """Lock the place for a new vault: (lock, lock file existed, unfinished one removed)."""
    if layout.state(path) is layout.State.PRESENT:
        raise VaultExists()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise InputRejected(N_("Deze map kan niet worden aangemaakt.")) from None
    lock_existed = layout.lock_path(path).exists()
    lock = VaultLock(path)
    lock.acquire()  # VaultInUse while another process is creating (or using) a vault here
    try:
        found = layout.state(path)  # again, now that nobody else can change it
        if found is layout.State.PRESENT:
            raise VaultExists()
        if found is layout.State.UNFINISHED:
            _remove_unfinished(path)
    except BaseException:
        _release(path, lock, lock_existed)
        raise
    return lock, lock_existed, found is layout.State.UNFINISHED


def _release(path: Path, lock: VaultLock, lock_existed: bool) -> None:
    lock.release()
    if not lock_existed:
        with contextlib.suppress(OSError):
            layout.lock_path(path).unlink()


def begin_create(
    path: Path,
    team_name: str,
    member_name: str,
    member_role: Role,
    passphrase: str,
    *,
    demo: bool,
    kdf: KdfParams,
) -> Creation:
    """Make the vault, uncommitted (see the module text). Refuses a place where a vault is."""
    team_name = require_text(team_name, N_("Vul de naam van het team in."))
    member_name = require_text(member_name, N_("Vul je naam in."))
    require_passphrase(passphrase)
    require_not_a_wrong_path(path)
    lock, lock_existed, replaced = _claim(path)
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
        with private_umask():
            atomic_write_bytes(layout.unconfirmed_keyfile_path(path), keyfile.to_bytes(kf))
            crashpoint.reached("create:unconfirmed-written")
            create_private(path)  # 0600 before SQLite opens it; its -wal/-shm get the same
            vault = OpenVault(path, lock, kf, db_key, member)
            engine = vault.attach_engine(make_engine(path, db_key))
            with damage_guard():
                schema.upgrade_to_head(engine)
                meta.write_meta(
                    engine,
                    vault_id=vault_id,
                    team_name=team_name,
                    is_demo=demo,
                    created_at=created_at,
                )
            vault.load_info()
            vault.log(AuditKind.CREATE, "vault", vault_id)
        crashpoint.reached("create:database-made")
    except BaseException as exc:
        _undo(path, vault, lock, lock_existed)
        if is_disk_full(exc):
            raise DiskFull() from None
        if isinstance(exc, OSError):
            raise VaultError(
                N_("Het kluisbestand kan op deze plek niet worden geopend of aangemaakt.")
            ) from None
        raise
    return Creation(vault, code, replaced, lock_existed)


def _undo(path: Path, vault: OpenVault | None, lock: VaultLock, lock_existed: bool) -> None:
    """Remove what an uncommitted creation made, so the next attempt starts clean."""
    if vault is not None:
        vault.shutdown(log_lock=False)
    _remove_unfinished(path)
    _release(path, lock, lock_existed)


def abandon(creation: Creation) -> None:
    """The code was not delivered: remove the uncommitted vault (it never existed)."""
    _undo(creation.opened.path, creation.opened, creation.opened.lock, creation.lock_existed)


def _commit_files(path: Path, kf: KeyFile) -> None:
    try:
        atomic_move(layout.unconfirmed_keyfile_path(path), layout.keyfile_path(path))
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull() from None
        raise VaultError(
            N_("Het sleutelbestand kan niet worden opgeslagen; er is niets gewijzigd.")
        ) from None
    crashpoint.reached("create:committed")
    # The mirror may fail (full disk): the next unlock writes it (keyfile.repair).
    with contextlib.suppress(OSError):
        atomic_write_bytes(layout.backup_keyfile_path(path), keyfile.to_bytes(kf))


def commit(creation: Creation) -> None:
    """The code was delivered: from now on the vault exists (it stays open)."""
    crashpoint.reached("create:before-commit")
    _commit_files(creation.opened.path, creation.opened.keyfile)


def finish_unfinished(path: Path, code: str) -> KeyFile:
    """Commit an unfinished creation whose recovery code the caller has (it was written to
    its file before the crash): the code must open it and the database must be whole."""
    lock = VaultLock(path)
    lock.acquire()
    try:
        if layout.state(path) is not layout.State.UNFINISHED:
            raise VaultExists()
        try:
            raw = layout.unconfirmed_keyfile_path(path).read_bytes()
            kf = keyfile.from_bytes(raw)
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise VaultDamaged() from None
        check_db_file(path)
        key = unlock_recovery(path, kf, code)
        engine = make_engine(path, key, must_exist=True)
        try:
            if cipher_check(engine) or meta.read_values(engine).get("vault_id") != kf.vault_id:
                raise VaultDamaged()
        finally:
            seal_engine(engine)
        _commit_files(path, kf)
        return kf
    finally:
        lock.release()
