"""The open vault: its path, lock, key file, database key and engine, acting as one member.

One job: hold what an unlocked vault is made of, and let it go again. Everything else works
on it from outside: the repositories (data), :mod:`members` (key slots), :mod:`backup`,
:mod:`rotate`. Made by :mod:`kansencirkel.vault.lifecycle` (create) and :mod:`unlock` paths
in :mod:`kansencirkel.vault.vault`.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlalchemy

from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_, Message
from kansencirkel.core.model import TeamMember
from kansencirkel.vault import audit, keyfile, meta
from kansencirkel.vault.engine import damage_guard, seal_engine
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams
from kansencirkel.vault.keyfile import KeyFile
from kansencirkel.vault.lock import VaultLock
from kansencirkel.vault.readonly import forbid_writes
from kansencirkel.vault.repos.base import engine_lock
from kansencirkel.vault.unlock import RECOVERY_ACTOR_ID


@dataclass(frozen=True, slots=True)
class VaultInfo:
    vault_id: str
    team_name: str
    is_demo: bool
    created_at: datetime
    path: Path
    #: A read-only snapshot of a team server: which team, and of when (else "" and None).
    snapshot_of: str = ""
    snapshot_at: datetime | None = None


def locked() -> VaultError:
    return VaultError(N_("De kluis is vergrendeld."))


class OpenVault:
    """An unlocked vault's parts. Closing drops the key and releases the lock."""

    def __init__(
        self, path: Path, lock: VaultLock, kf: KeyFile, db_key: bytes, actor: TeamMember
    ) -> None:
        self.path = Path(path)
        self.actor = actor
        self._lock = lock
        self._kf = kf
        self._key: bytes | None = db_key
        self._engine: sqlalchemy.Engine | None = None
        self._info: VaultInfo | None = None
        #: What the user should hear about this unlock: a key file repaired from its mirror,
        #: a full disk. Shown by the command line and the app; never about a child.
        self.notices: list[Message] = []

    # --- parts -------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def lock(self) -> VaultLock:
        return self._lock

    @property
    def engine(self) -> sqlalchemy.Engine:
        if self._engine is None:
            raise locked()
        return self._engine

    @property
    def db_key(self) -> bytes:
        if self._key is None:
            raise locked()
        return self._key

    @property
    def keyfile(self) -> KeyFile:
        return self._kf

    @property
    def info(self) -> VaultInfo:
        if self._info is None:
            raise locked()
        return self._info

    @property
    def opened_with_recovery(self) -> bool:
        return self.actor.id == RECOVERY_ACTOR_ID

    @property
    def base_kdf(self) -> KdfParams:
        """The vault's cost tier: its recovery slot's KDF (member slots may be hardened)."""
        slot = self._kf.recovery_slot()
        return slot.kdf if slot is not None else PRODUCTION_KDF

    # --- changing parts ----------------------------------------------------------------------

    def attach_engine(self, engine: sqlalchemy.Engine) -> sqlalchemy.Engine:
        self._engine = engine
        if self._info is not None and self._info.snapshot_of:  # a rotated snapshot stays one
            forbid_writes(engine)
        return engine

    def detach_engine(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            seal_engine(engine)

    def change_keys(
        self, kf: KeyFile, record_type: str, record_id: str | None, *, detail: str
    ) -> None:
        """Save a changed key file and log it as KEY_CHANGE: both, or neither.

        The new key file is written to a temp file first; the event is logged once that is
        on disk, and only then is the temp file renamed into place (a rename takes no space).
        So a full disk fails before anything changed, and the old passphrase keeps working.
        The mirror follows as in :func:`keyfile.save`: a mirror that cannot be written is
        removed rather than left holding revoked slots (`vault check` reports it)."""

        def log() -> None:
            self.log(AuditKind.KEY_CHANGE, record_type, record_id, detail=detail)

        keyfile.save(self.path, kf, before_replace=log)
        self._kf = kf

    def rekeyed(self, kf: KeyFile, key: bytes, engine: sqlalchemy.Engine) -> None:
        """After a key rotation: the new key file, key and engine."""
        self._kf, self._key = kf, key
        self.attach_engine(engine)

    def load_info(self) -> None:
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
            path=self.path,
            snapshot_of=values.get(meta.SNAPSHOT_OF, ""),
            snapshot_at=meta.snapshot_moment(values),
        )

    # --- audit -------------------------------------------------------------------------------

    def log(
        self,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        *,
        detail: str = "",
        at: datetime | None = None,
        actor: str | None = None,
        on_behalf_of: str = "",
    ) -> None:
        """Append a vault-level audit event (never with content)."""
        engine = self.engine
        # The repositories' per-engine lock keeps the audit hash chain strictly sequential.
        with engine_lock(engine), damage_guard(), engine.begin() as conn:
            audit.append_event(
                conn,
                actor=self.actor.name if actor is None else actor,
                kind=kind,
                record_type=record_type,
                record_id=record_id,
                detail=detail,
                at=at,
                on_behalf_of=on_behalf_of,
            )

    # --- closing -----------------------------------------------------------------------------

    def shutdown(self, *, log_lock: bool) -> None:
        """Optionally log LOCK, close every connection, drop the key, release the lock."""
        if self._engine is not None and log_lock and self._info is not None:
            with contextlib.suppress(Exception):  # closing must never fail
                self.log(AuditKind.LOCK, "vault", self._kf.vault_id)
        self.detach_engine()
        self._key = None
        self._lock.release()
