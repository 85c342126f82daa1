"""The vault: one encrypted SQLCipher file plus its key file, opened by one process at a time.

Lifecycle: create → open / open_with_recovery → work through `repos` → close. Key management
(members, passphrases, recovery code) rewrites only the affected slot of the key file; the
database key only changes through `rotate_key`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy
from alembic.util import CommandError

from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import audit, keyfile, keyring_access, meta, schema
from kansencirkel.vault.engine import (
    cipher_check,
    damage_guard,
    integrity_check,
    make_engine,
    seal_engine,
)
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.keyring_access import KeyringStatus
from kansencirkel.vault.lifecycle import (
    check_db_file,
    create_vault,
    require_vault_here,
)
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.members import MemberManagement, member_not_found
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.repos.base import engine_lock
from kansencirkel.vault.rotate import finish_interrupted_rotation
from kansencirkel.vault.shortcuts import RepositoryShortcuts
from kansencirkel.vault.unlock import (
    RECOVERY_ACTOR_ID,
    restore_failures,
    take_failures,
    unlock_member,
    unlock_recovery,
)

RECOVERY_ACTOR = TeamMember(id=RECOVERY_ACTOR_ID, name="herstelcode", role=Role.ANDERS)


@dataclass(frozen=True, slots=True)
class VaultInfo:
    vault_id: str
    team_name: str
    is_demo: bool
    created_at: datetime
    path: Path


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


def _locked() -> VaultError:
    return VaultError(N_("De kluis is vergrendeld."))


class Vault(MemberManagement, RepositoryShortcuts):
    """An open vault. Made by `Vault.create`, `Vault.open` or `Vault.open_with_recovery`."""

    def __init__(
        self, path: Path, lock: VaultLock, kf: KeyFile, db_key: bytes, actor: TeamMember
    ) -> None:
        self._path = Path(path)
        self._lock = lock
        self._kf = kf
        self._key: bytes | None = db_key
        self._actor = actor
        self._engine: sqlalchemy.Engine | None = None
        self._repos: Repositories | None = None
        self._info: VaultInfo | None = None
        self._keyring_status: KeyringStatus | None = None

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
        return create_vault(
            cls,
            Path(path),
            team_name,
            member_name,
            member_role,
            passphrase,
            demo=demo,
            kdf=kdf or PRODUCTION_KDF,
        )

    @staticmethod
    def members(path: Path) -> list[TeamMember]:
        """The team members who can unlock the vault; reads the key file only."""
        path = Path(path)
        require_vault_here(path)
        return list(keyfile.load(path).members)

    @classmethod
    def open(cls, path: Path, member_id: str, passphrase: str) -> Vault:
        path = Path(path)

        def actor_of(kf: KeyFile) -> TeamMember:
            actor = kf.member(member_id)
            if actor is None:
                raise member_not_found()
            return actor

        return cls._open_with(
            path, lambda kf: unlock_member(path, kf, member_id, passphrase), actor_of
        )

    @classmethod
    def open_with_recovery(cls, path: Path, code: str) -> Vault:
        """Unlock with the recovery code; the actor is "herstelcode"."""
        path = Path(path)
        return cls._open_with(
            path, lambda kf: unlock_recovery(path, kf, code), lambda _kf: RECOVERY_ACTOR
        )

    @classmethod
    def _open_with(
        cls,
        path: Path,
        unlock: Callable[[KeyFile], bytes],
        actor_of: Callable[[KeyFile], TeamMember],
    ) -> Vault:
        """Lock, read the key file, check the database, unlock (finishing an interrupted
        rotation with the same credentials), then open as ``actor_of(key file)``."""
        require_vault_here(path)
        lock = VaultLock(path)
        lock.acquire()
        try:
            kf = keyfile.load(path)
            check_db_file(path)  # damage is reported as damage, before any passphrase check
            db_key = unlock(kf)
            kf, db_key = finish_interrupted_rotation(path, kf, db_key, unlock)
            return cls._finish_open(path, lock, kf, db_key, actor_of(kf))
        except BaseException:
            lock.release()
            raise

    @classmethod
    def _finish_open(
        cls, path: Path, lock: VaultLock, kf: KeyFile, db_key: bytes, actor: TeamMember
    ) -> Vault:
        vault = cls(path, lock, kf, db_key, actor)
        try:
            engine = vault._attach_engine(make_engine(path, db_key, must_exist=True))
            # Every page's HMAC is checked before anything is written (≈0.15 s per 40 MB).
            if cipher_check(engine):
                raise VaultDamaged()
            _upgrade(engine)
            vault._load_info()
            attempts = take_failures(path)
            try:
                for attempt in attempts:
                    tried = kf.member(attempt.member_id)
                    vault._log_with(
                        engine,
                        AuditKind.FAILED_UNLOCK,
                        "vault",
                        attempt.member_id,
                        at=attempt.at,
                        actor=tried.name if tried else attempt.member_id,
                    )
            except BaseException:
                restore_failures(path, attempts)
                raise
            vault.log(AuditKind.UNLOCK, "vault", kf.vault_id)
        except BaseException:
            vault._shutdown(log_lock=False)
            raise
        return vault

    def _attach_engine(self, engine: sqlalchemy.Engine) -> sqlalchemy.Engine:
        self._engine = engine
        return engine

    def _detach_engine(self) -> None:
        engine, self._engine = self._engine, None
        self._repos = None
        if engine is not None:
            seal_engine(engine)

    def _rekeyed(self, kf: KeyFile, key: bytes, engine: sqlalchemy.Engine) -> None:
        self._kf, self._key = kf, key
        self._attach_engine(engine)

    def _load_info(self) -> None:
        values = meta.read_values(self.engine)
        if values.get("vault_id") != self._kf.vault_id:
            raise VaultDamaged()  # database and key file do not belong together
        try:
            created = datetime.fromisoformat(values.get("created_at", ""))
        except ValueError:
            created = datetime.fromisoformat(self._kf.created_at)
        self._info = VaultInfo(
            vault_id=self._kf.vault_id,
            team_name=values.get("team_name") or self._kf.team_name,
            is_demo=meta.meta_flag(values, "is_demo"),
            created_at=created,
            path=self._path,
        )

    def close(self) -> None:
        """Log LOCK, close every connection, drop the key, release the lock. Idempotent."""
        self._shutdown(log_lock=True)

    def _shutdown(self, *, log_lock: bool) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            if log_lock and self._info is not None:
                with contextlib.suppress(Exception):  # closing must never fail
                    self._log_with(engine, AuditKind.LOCK, "vault", self._kf.vault_id)
            seal_engine(engine)
        self._key = None
        self._repos = None
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- accessors ---------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def path(self) -> Path:
        return self._path

    @property
    def engine(self) -> sqlalchemy.Engine:
        if self._engine is None:
            raise _locked()
        return self._engine

    @property
    def info(self) -> VaultInfo:
        if self._info is None:
            raise _locked()
        return self._info

    @property
    def actor(self) -> TeamMember:
        return self._actor

    @property
    def opened_with_recovery(self) -> bool:
        return self._actor.id == RECOVERY_ACTOR_ID

    @property
    def keyfile(self) -> KeyFile:
        return self._kf

    @property
    def keyring_status(self) -> KeyringStatus:
        """What protects this vault on this computer, for the settings and unlock screens."""
        if self._keyring_status is None:
            status = keyring_access.keyring_status()
            slot = self._kf.member_slot(self._actor.id)
            if status.available and slot is not None and slot.device_secret is None:
                status = keyring_access.not_used_by_slot(status)
            self._keyring_status = status
        return self._keyring_status

    @property
    def db_key(self) -> bytes:
        if self._key is None:
            raise _locked()
        return self._key

    @property
    def base_kdf(self) -> KdfParams:
        """The vault's cost tier: its recovery slot's KDF (member slots may be hardened)."""
        slot = self._kf.recovery_slot()
        return slot.kdf if slot is not None else PRODUCTION_KDF

    # --- audit -------------------------------------------------------------------------------

    def log(
        self,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        *,
        detail: str = "",
        at: datetime | None = None,
    ) -> None:
        """Append a vault-level audit event (never with content)."""
        self._log_with(self.engine, kind, record_type, record_id, detail=detail, at=at)

    def _log_with(
        self,
        engine: sqlalchemy.Engine,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        *,
        detail: str = "",
        at: datetime | None = None,
        actor: str | None = None,
    ) -> None:
        # The repositories' per-engine lock keeps the audit hash chain strictly sequential.
        with engine_lock(engine), damage_guard(), engine.begin() as conn:
            audit.append_event(
                conn,
                actor=self._actor.name if actor is None else actor,
                kind=kind,
                record_type=record_type,
                record_id=record_id,
                detail=detail,
                at=at,
            )

    # --- checks, backup ----------------------------------------------------------------------

    def check(self) -> CheckReport:
        """Page HMACs, database structure, key file and mirror, schema at head, audit chain.
        Reads only; runs for seconds on a big vault, so call it off the GUI thread."""
        problems = (*integrity_check(self.engine), *keyfile.health(self._path))
        head = schema.head_revision()
        with damage_guard():
            revision = schema.current_revision(self.engine) or ""
            with self.engine.connect() as conn:
                chain = audit.verify_chain(conn)
        ok = not problems and revision == head and chain.ok
        return CheckReport(
            ok, problems, revision, head, chain.ok, chain.checked, chain.first_bad_seq
        )

    def backup(self, folder: Path, keep: int = 10) -> Path:
        """A consistent encrypted copy (+ key file) in `folder`; keeps the newest `keep`."""
        from kansencirkel.vault.backup import make_backup

        target = make_backup(self, Path(folder), keep=keep)
        self.log(AuditKind.BACKUP, "vault", self._kf.vault_id, detail=target.name)
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
        from kansencirkel.vault.backup import restore_backup

        restore_backup(
            Path(backup),
            Path(target),
            member_id=member_id,
            passphrase=passphrase,
            recovery_code=recovery_code,
        )

    def rotate_key(self, passphrases: Mapping[str, str]) -> str:
        """Re-encrypt the database under a new key; needs every member's passphrase
        (member id → passphrase). Returns the new recovery code (show it once)."""
        from kansencirkel.vault.rotate import rotate_key

        return rotate_key(self, passphrases)

    # --- repositories ------------------------------------------------------------------------

    @property
    def repos(self) -> Repositories:
        if self._repos is None:
            self._repos = Repositories(self.engine, self._actor)
        return self._repos
