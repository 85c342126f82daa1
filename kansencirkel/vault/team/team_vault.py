"""A team store opened by one member, with the part of :class:`~kansencirkel.vault.vault.Vault`
the desktop app uses: ``repos``, ``info``, ``actor``, ``log``, ``close`` and the rest.

What a team store does not do from the app says so in one sentence (a `VaultError`), never
with a traceback: the school makes the server's backups; members are managed with
``kansencirkel team member …`` (so ``keys`` is None and the app hides those actions).
"""

from __future__ import annotations

import contextlib
import threading
from datetime import datetime
from pathlib import Path

import sqlalchemy

from kansencirkel.core import clock
from kansencirkel.core.changes import Written
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_, Message
from kansencirkel.core.model import Draft, TeamMember
from kansencirkel.vault import audit, meta
from kansencirkel.vault.acting import ActsOnBehalf
from kansencirkel.vault.engine import damage_guard
from kansencirkel.vault.erasure import ErasureReport
from kansencirkel.vault.errors import VaultError
from kansencirkel.vault.opened import VaultInfo, locked
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.repos.base import engine_lock
from kansencirkel.vault.team import membership
from kansencirkel.vault.team.local_drafts import LocalDrafts
from kansencirkel.vault.team.membership import TeamProfile
from kansencirkel.vault.team.offline_drafts import push_local
from kansencirkel.vault.team.profile import read_profile
from kansencirkel.vault.team.ring_follow import key_ring_of
from kansencirkel.vault.team.snapshot import DEFAULT_TEAM_NAME

#: How long locking waits for the LOCK event to reach the server (it takes milliseconds).
LOCK_LOG_WAIT_S = 2.0

NO_BACKUP = N_("Van een teamserver maakt de school zelf back-ups; deze app maakt er geen.")
NO_ERASE = N_(
    "Een kind wissen op een teamserver kan nog niet vanuit deze app; "
    "vraag het de beheerder van het team."
)
PROFILE_UNREADABLE = N_("Het teamprofiel is niet te lezen of staat niet meer op zijn plek.")


def read_team_profile(path: Path) -> TeamProfile:
    """The team profile in ``path``; a missing file is one sentence (`ProfileRejected` for a
    file that is no profile)."""
    try:
        return read_profile(path)
    except OSError:
        raise VaultError(PROFILE_UNREADABLE) from None


class TeamVault(ActsOnBehalf):
    """An open team store. Made by :meth:`open`; :meth:`close` logs LOCK and lets it go."""

    #: Members are managed on the command line; the app hides key actions when this is None.
    keys: None = None
    opened_with_recovery = False
    is_team = True

    def __init__(self, profile: TeamProfile, profile_path: Path, engine: sqlalchemy.Engine) -> None:
        self.profile = profile
        self._path = Path(profile_path)
        self._engine: sqlalchemy.Engine | None = engine
        self._actor = membership.member_of(engine, profile.login)
        values = meta.read_values(engine)
        try:
            created = datetime.fromisoformat(values.get("created_at", ""))
        except ValueError:
            created = clock.now()
        self._info = VaultInfo(
            vault_id=profile.team_id,
            team_name=values.get("team_name") or DEFAULT_TEAM_NAME,
            is_demo=meta.meta_flag(values, "is_demo"),
            created_at=created,
            path=self._path,
        )
        self._repos: Repositories | None = None
        #: What this member typed while the server was away, encrypted on this laptop.
        self.local_drafts = LocalDrafts(
            lambda: key_ring_of(engine), profile.login, self._actor.name
        )

    @classmethod
    def open(cls, profile: TeamProfile, profile_path: Path, passphrase: str) -> TeamVault:
        """Open the team as the profile's member (one sentence why not, see `open_team`)."""
        engine = membership.open_team(profile, passphrase)
        try:
            return cls(profile, profile_path, engine)
        except sqlalchemy.exc.OperationalError as exc:
            engine.dispose()
            raise membership.connect_error(exc) from None
        except BaseException:
            engine.dispose()
            raise

    # --- what it is --------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> sqlalchemy.Engine:
        if self._engine is None:
            raise locked()
        return self._engine

    @property
    def repos(self) -> Repositories:
        engine = self.engine
        if self._repos is None:
            self._repos = self._new_repos(engine, self._actor)
            self._repos.local_drafts = self.local_drafts  # the autosave falls back on these
        return self._repos

    @property
    def path(self) -> Path:
        """The team profile file (what the app remembers)."""
        return self._path

    @property
    def info(self) -> VaultInfo:
        if self._engine is None:
            raise locked()
        return self._info

    @property
    def actor(self) -> TeamMember:
        return self._actor

    @property
    def notices(self) -> tuple[Message, ...]:
        return ()

    def log(
        self, kind: AuditKind, record_type: str, record_id: str | None = None, *, detail: str = ""
    ) -> None:
        """Append a team-level audit event (never with content)."""
        self._append(self.engine, kind, record_type, record_id, detail)

    def _append(
        self,
        engine: sqlalchemy.Engine,
        kind: AuditKind,
        record_type: str,
        record_id: str | None,
        detail: str = "",
    ) -> None:
        with engine_lock(engine), damage_guard(), engine.begin() as conn:
            audit.append_event(
                conn,
                actor=self._actor.name,
                kind=kind,
                record_type=record_type,
                record_id=record_id,
                detail=detail,
                on_behalf_of=self._on_behalf_of,
            )

    def push_local_drafts(self) -> Written[dict[str, Draft]]:
        """The drafts kept on this laptop while the server was away go to the server
        (:func:`~kansencirkel.vault.team.offline_drafts.push_local`); `ServerLost` if it is
        away again."""
        return push_local(self.local_drafts, self.repos.drafts)

    # --- what a laptop vault does and a team store does not ---------------------------------

    def check_pages(self) -> None:
        """Nothing to check here: the server keeps its own pages (no SQLCipher file)."""

    def backup(self, folder: Path, keep: int = 10) -> Path:
        raise VaultError(NO_BACKUP)

    def erase_child(
        self, child_id: str, *, backup_folder: Path | None = None
    ) -> Written[ErasureReport]:
        raise VaultError(NO_ERASE)

    # --- closing -----------------------------------------------------------------------------

    def close(self) -> None:
        """Log LOCK, close every connection. Idempotent; never fails, and never waits more
        than :data:`LOCK_LOG_WAIT_S` for the server: a server that stalls (its connections
        open, nothing answered) must not keep the app from locking. The LOCK event is then
        written when the server answers again, by a thread that holds the engine (and so
        the team's keys) until then or until the app quits; nothing else can reach it."""
        if self._engine is None:
            return
        engine, self._engine, self._repos = self._engine, None, None
        writer = threading.Thread(
            target=self._log_lock_and_dispose, args=(engine,), name="kc-team-lock", daemon=True
        )
        writer.start()
        writer.join(LOCK_LOG_WAIT_S)

    def _log_lock_and_dispose(self, engine: sqlalchemy.Engine) -> None:
        try:
            with contextlib.suppress(Exception):  # an unreachable server must not stop the lock
                self._append(engine, AuditKind.LOCK, "vault", self.profile.team_id)
        finally:
            engine.dispose()

    def __enter__(self) -> TeamVault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
