"""The vault: one encrypted SQLCipher file plus its key file, opened by one process at a time.

`Vault` is a small facade over parts with one job each: the open vault itself
(:class:`~kansencirkel.vault.opened.OpenVault`: path, lock, key file, engine), its data
(:class:`~kansencirkel.vault.repos.Repositories`, as ``vault.repos``), who can unlock it
(:class:`~kansencirkel.vault.members.KeySlots`, as ``vault.keys``), and backups. Hand a view the
part it needs, not the facade.

Lifecycle: create → open / open_with_recovery → work through `repos` → close.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy
from alembic.util import CommandError

from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import audit, keyfile, schema
from kansencirkel.vault.backup import make_backup, restore_backup
from kansencirkel.vault.engine import cipher_check, damage_guard, integrity_check, make_engine
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.lifecycle import check_db_file, create_vault, require_vault_here
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.members import KeySlots, member_not_found
from kansencirkel.vault.opened import OpenVault, VaultInfo
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.rotate import finish_interrupted_rotation
from kansencirkel.vault.unlock import (
    RECOVERY_ACTOR_ID,
    restore_failures,
    take_failures,
    unlock_member,
    unlock_recovery,
)
from kansencirkel.vault.walcheck import check_wal

__all__ = ["CheckReport", "Vault", "VaultInfo"]

RECOVERY_ACTOR = TeamMember(id=RECOVERY_ACTOR_ID, name="herstelcode", role=Role.ANDERS)


@dataclass(frozen=True, slots=True)
class CheckReport:
    ok: bool
    integrity_problems: tuple[str, ...]  # page HMACs, SQLite structure, key file + mirror
    schema_revision: str
    schema_head: str
    audit_ok: bool
    audit_checked: int
    audit_first_bad_seq: int | None

    @property
    def schema_ok(self) -> bool:
        return bool(self.schema_head) and self.schema_revision == self.schema_head


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


class Vault:
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
            self._repos = Repositories(engine, self._open.actor)
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
    ) -> tuple[Vault, str]:
        """A new vault with one member; returns it open, with the recovery code (shown once).

        Refuses when vault files exist (`VaultExists`). `kdf` is for tests only."""
        opened, code = create_vault(
            Path(path),
            team_name,
            member_name,
            member_role,
            passphrase,
            demo=demo,
            kdf=kdf or PRODUCTION_KDF,
        )
        return cls(opened), code

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
            return cls(_unlocked(opened, check_pages=check_pages))
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
    def engine(self) -> sqlalchemy.Engine:
        """The SQLCipher engine (tools and tests; views go through ``repos``)."""
        return self._open.engine

    def log(
        self, kind: AuditKind, record_type: str, record_id: str | None = None, *, detail: str = ""
    ) -> None:
        """Append a vault-level audit event (never with content)."""
        self._open.log(kind, record_type, record_id, detail=detail)

    # --- checks, backup ----------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Page HMACs, database structure, key file and mirror, schema at head, audit chain.
        Reads only; runs for seconds on a big vault, so call it off the GUI thread."""
        engine = self._open.engine
        problems = (*integrity_check(engine), *keyfile.health(self.path))
        head = schema.head_revision()
        with damage_guard():
            revision = schema.current_revision(engine) or ""
            with engine.connect() as conn:
                chain = audit.verify_chain(conn)
        ok = not problems and revision == head and chain.ok
        return CheckReport(
            ok, problems, revision, head, chain.ok, chain.checked, chain.first_bad_seq
        )

    def backup(self, folder: Path, keep: int = 10) -> Path:
        """A consistent encrypted copy (+ key file) in `folder`; keeps the newest `keep`."""
        target = make_backup(self._open, Path(folder), keep=keep)
        self.log(AuditKind.BACKUP, "vault", self._open.keyfile.vault_id, detail=target.name)
        return target

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


def _unlocked(opened: OpenVault, *, check_pages: bool) -> OpenVault:
    """Attach the engine, check every page (unless the caller does so in the background),
    bring the schema up to date, log the failed attempts that came before this unlock, then
    UNLOCK itself."""
    try:
        engine = opened.attach_engine(make_engine(opened.path, opened.db_key, must_exist=True))
        if check_pages and cipher_check(engine):
            raise VaultDamaged()
        _upgrade(engine)
        opened.load_info()
        attempts = take_failures(opened.path)
        try:
            for attempt in attempts:
                tried = opened.keyfile.member(attempt.member_id)
                opened.log(
                    AuditKind.FAILED_UNLOCK,
                    "vault",
                    attempt.member_id,
                    at=attempt.at,
                    actor=tried.name if tried else attempt.member_id,
                )
        except BaseException:
            restore_failures(opened.path, attempts)
            raise
        opened.log(AuditKind.UNLOCK, "vault", opened.keyfile.vault_id)
    except BaseException:
        opened.shutdown(log_lock=False)
        raise
    return opened
