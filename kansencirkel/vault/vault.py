"""The vault: one encrypted SQLCipher file plus its key file, opened by one process at a time.

`Vault` is a small facade over parts with one job each: the open vault itself
(:class:`~kansencirkel.vault.opened.OpenVault`: path, lock, key file, engine), its data
(:class:`~kansencirkel.vault.repos.Repositories`, as ``vault.repos``), who can unlock it
(:class:`~kansencirkel.vault.members.KeySlots`, as ``vault.keys``), and backups. Hand a view the
part it needs, not the facade.

Lifecycle: create → (show the recovery code) → commit, or later open / open_with_recovery →
work through `repos` → close. A created vault counts as created only once committed
(:mod:`kansencirkel.vault.creation`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import sqlalchemy

from kansencirkel.core.changes import Written
from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_, Message
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import creation, keyfile, layout
from kansencirkel.vault.acting import ActsOnBehalf
from kansencirkel.vault.backup import make_backup, restore_backup
from kansencirkel.vault.checks import CheckReport, check_vault
from kansencirkel.vault.engine import cipher_check
from kansencirkel.vault.erasure import ErasureReport, erase_verified
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.lifecycle import check_db_file, require_vault_here
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.members import KeySlots, member_not_found
from kansencirkel.vault.opened import OpenVault, VaultInfo
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.rotate import finish_interrupted_rotation
from kansencirkel.vault.unlock import RECOVERY_ACTOR_ID, unlock_member, unlock_recovery
from kansencirkel.vault.unlocked import finish_unlock
from kansencirkel.vault.walcheck import check_wal

__all__ = ["CheckReport", "NewVault", "Vault", "VaultInfo"]

RECOVERY_ACTOR = TeamMember(id=RECOVERY_ACTOR_ID, name="herstelcode", role=Role.ANDERS)


class Vault(ActsOnBehalf):
    """An open vault. Made by `Vault.create`, `Vault.open` or `Vault.open_with_recovery`."""

    def __init__(self, opened: OpenVault) -> None:
        self._open = opened
        self._repos: Repositories | None = None
        self.keys = KeySlots(opened)

    @property
    def repos(self) -> Repositories:
        """The vault's data; rebuilt when a key rotation replaced the engine."""
        engine = self._open.engine  # raises while locked
        if self._repos is None or self._repos.engine is not engine:
            self._repos = self._new_repos(engine, self._open.actor)
        return self._repos

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        team_name: str,
        member_name: str,
        member_role: Role,
        passphrase: str,
        *,
        demo: bool = False,
        kdf: KdfParams | None = None,
    ) -> NewVault:
        """A new vault with one member, open but not yet counting as created: show its
        recovery code, have it confirmed, then :meth:`NewVault.commit`.

        Refuses when a vault is here (`VaultExists`); an unfinished creation here is removed
        first (``replaced_unfinished``). `kdf` is for tests only."""
        return NewVault(
            creation.begin_create(
                Path(path),
                team_name,
                member_name,
                member_role,
                passphrase,
                demo=demo,
                kdf=kdf or PRODUCTION_KDF,
            )
        )

    @staticmethod
    def state(path: Path) -> layout.State:
        """Whether a vault is here, an unfinished creation, or nothing (looks only at which
        files exist, opens none)."""
        return layout.state(Path(path))

    @staticmethod
    def finish_unfinished(path: Path, recovery_code: str) -> KeyFile:
        """Commit an interrupted creation whose recovery code reached its file; the code
        must open it. Returns its key file (team and member names)."""
        return creation.finish_unfinished(Path(path), recovery_code)

    @staticmethod
    def members(path: Path) -> list[TeamMember]:
        """The team members who can unlock the vault; reads the key file only."""
        path = Path(path)
        require_vault_here(path)
        return list(keyfile.load(path).members)

    @classmethod
    def open(
        cls, path: Path, member_id: str, passphrase: str, *, check_pages: bool = True
    ) -> Vault:
        """Unlock as ``member_id``. ``check_pages``: verify every page's HMAC before anything
        is written; the app passes False and runs :meth:`check_pages` in the background
        instead (SQLCipher verifies each page it reads anyway), so a big vault's list shows
        at once."""
        path = Path(path)

        def actor_of(kf: KeyFile) -> TeamMember:
            actor = kf.member(member_id)
            if actor is None:
                raise member_not_found()
            return actor

        return cls._open_with(
            path,
            lambda kf: unlock_member(path, kf, member_id, passphrase),
            actor_of,
            check_pages,
        )

    @classmethod
    def open_with_recovery(cls, path: Path, code: str, *, check_pages: bool = True) -> Vault:
        """Unlock with the recovery code; the actor is "herstelcode"."""
        path = Path(path)
        return cls._open_with(
            path,
            lambda kf: unlock_recovery(path, kf, code),
            lambda _kf: RECOVERY_ACTOR,
            check_pages,
        )

    @classmethod
    def _open_with(
        cls,
        path: Path,
        unlock: Callable[[KeyFile], bytes],
        actor_of: Callable[[KeyFile], TeamMember],
        check_pages: bool,
    ) -> Vault:
        """Lock, read the key file, check the database, unlock (finishing an interrupted
        rotation with the same credentials), then open as ``actor_of(key file)``."""
        require_vault_here(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            kf = keyfile.load(path)
            check_db_file(path)  # damage is reported as damage, before any passphrase check
            check_wal(path)  # a crashed session's committed changes must all still be there
            db_key = unlock(kf)
            kf, db_key = finish_interrupted_rotation(path, kf, db_key, unlock)
            opened = OpenVault(path, lock, kf, db_key, actor_of(kf))
            return cls(finish_unlock(opened, check_pages=check_pages))
        except BaseException:
            lock.release()
            raise

    def check_pages(self) -> None:
        """Every page's HMAC (SQLCipher's ``cipher_integrity_check``; ≈0.15 s per 40 MB);
        raises :class:`VaultDamaged` at the first bad page. Reads only, on its own
        connection, so it can run beside the views' reads after a fast unlock."""
        if cipher_check(self._open.engine):
            raise VaultDamaged()

    def close(self) -> None:
        """Log LOCK, close every connection, drop the key, release the lock. Idempotent."""
        self._open.shutdown(log_lock=True)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- what it is --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._open.is_open

    @property
    def path(self) -> Path:
        return self._open.path

    @property
    def info(self) -> VaultInfo:
        return self._open.info

    @property
    def actor(self) -> TeamMember:
        return self._open.actor

    @property
    def opened_with_recovery(self) -> bool:
        return self._open.opened_with_recovery

    @property
    def notices(self) -> tuple[Message, ...]:
        """What the user should hear about this unlock (a repaired key file, a full disk)."""
        return tuple(self._open.notices)

    @property
    def engine(self) -> sqlalchemy.Engine:
        """The SQLCipher engine (tools and tests; views go through ``repos``)."""
        return self._open.engine

    def log(
        self, kind: AuditKind, record_type: str, record_id: str | None = None, *, detail: str = ""
    ) -> None:
        """Append a vault-level audit event (never with content)."""
        self._open.log(kind, record_type, record_id, detail=detail, on_behalf_of=self._on_behalf_of)

    # --- checks, backup ----------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Page HMACs, database structure, schema at head, audit chain; a stale or broken
        key file copy is rewritten from the one this unlock proved (repair, not damage).
        Runs for seconds on a big vault, so call it off the GUI thread."""
        return check_vault(self._open)

    def backup(self, folder: Path, keep: int = 10) -> Path:
        """A consistent encrypted copy (+ key file) in `folder`; keeps the newest `keep`."""
        target = make_backup(self._open, Path(folder), keep=keep)
        self.log(AuditKind.BACKUP, "vault", self._open.keyfile.vault_id, detail=target.name)
        return target

    def erase_child(
        self, child_id: str, *, backup_folder: Path | None = None
    ) -> Written[ErasureReport]:
        """Erase one child, then check every decrypted page of the vault and its -wal for a
        trace of it (:mod:`.erasure`); the report also names the backups that still hold it."""
        return erase_verified(self._open, self.repos, child_id, backup_folder)

    @staticmethod
    def restore(
        backup: Path,
        target: Path,
        *,
        member_id: str | None = None,
        passphrase: str | None = None,
        recovery_code: str | None = None,
    ) -> None:
        """Check that `backup` opens with a member's passphrase or the recovery code, then
        put it in place of `target` atomically. Refused while `target` is open."""
        restore_backup(
            Path(backup),
            Path(target),
            member_id=member_id,
            passphrase=passphrase,
            recovery_code=recovery_code,
        )


class NewVault:
    """A vault just made that does not count as created yet (:mod:`creation`): show
    :attr:`recovery_code` once, have it confirmed (or written to its file), then
    :meth:`commit`. Closing it uncommitted (or leaving its ``with`` block) removes it."""

    def __init__(self, made: creation.Creation) -> None:
        self._made = made
        self._done = False

    @property
    def recovery_code(self) -> str:
        return self._made.recovery_code

    @property
    def replaced_unfinished(self) -> bool:
        """An earlier creation here, never finished, was removed to make this one."""
        return self._made.replaced_unfinished

    @property
    def path(self) -> Path:
        return self._made.opened.path

    @property
    def info(self) -> VaultInfo:
        return self._made.opened.info

    def commit(self) -> Vault:
        """The code was delivered: the vault exists from now on; returned open."""
        if self._done:
            raise VaultError(N_("De kluis is vergrendeld."))
        creation.commit(self._made)
        self._done = True
        return Vault(self._made.opened)

    def discard(self) -> None:
        """Remove the uncommitted vault (nothing of it stays). Idempotent."""
        if not self._done:
            self._done = True
            creation.abandon(self._made)

    close = discard

    def __enter__(self) -> NewVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()
