"""Shared plumbing of the repositories: one session per call, one writer at a time, error
translation and audit events. What input they accept is decided in one place for every way
in, :mod:`kansencirkel.vault.validation`."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.model import TeamMember
from kansencirkel.vault.audit import append_event
from kansencirkel.vault.engine import translate_db_error
from kansencirkel.vault.errors import SERVER_LOST as SERVER_LOST  # re-exported
from kansencirkel.vault.errors import (
    DiskFull,
    InputRejected,
    NotFound,
    ServerLost,
    VaultError,
)
from kansencirkel.vault.models import Base

T = TypeVar("T", bound=Base)

#: A checkpoint after a committed change failed for lack of space.
SAVED_NOT_TIDIED = N_(
    "De wijziging is opgeslagen, maar de schijf is vol: oude resten zijn nog niet uit het "
    "kluisbestand opgeruimd. Maak ruimte vrij en sluit de kluis."
)

_LOCKS: WeakKeyDictionary[Engine, threading.RLock] = WeakKeyDictionary()
_LOCKS_GUARD = threading.Lock()


def engine_lock(engine: Engine) -> threading.RLock:
    """One lock per engine: the audit chain needs its appends strictly one after another."""
    with _LOCKS_GUARD:
        lock = _LOCKS.get(engine)
        if lock is None:
            lock = _LOCKS[engine] = threading.RLock()
        return lock


def new_id() -> str:
    return str(uuid.uuid4())


class RepoContext:
    """What every repository shares: the engine, the acting team member and the write lock."""

    def __init__(self, engine: Engine, actor: TeamMember) -> None:
        self.engine = engine
        self.actor = actor
        #: On whose behalf the actor works (NEN 7513), e.g. their school or CJG: the app
        #: sets it from the member's own setting; every event records it.
        self.on_behalf_of = ""
        self.lock = engine_lock(engine)
        self._active = threading.local()

    @contextmanager
    def tx(self, *, secure_delete: bool = False) -> Iterator[Session]:
        """One session and transaction; commits on success, rolls back on any error.

        Nested calls on the same thread join the outer transaction, so a use case built from
        several repository calls (create a person and involve them) commits all or nothing.
        ``secure_delete`` zeroes deleted content on disk for this transaction (erasure).
        """
        outer: Session | None = getattr(self._active, "session", None)
        if outer is not None:
            if secure_delete:  # the pragma is set per connection, before the transaction
                raise RuntimeError("an erasure runs in its own transaction")
            yield outer
            return
        with self.lock:
            try:
                with self.engine.connect() as conn:
                    if secure_delete and conn.dialect.name == "sqlite":
                        # SQLCipher's default already, but erasure must not depend on a default.
                        self._pragma(conn, "secure_delete = ON")
                    with Session(bind=conn, expire_on_commit=False) as session, session.begin():
                        self._active.session = session
                        try:
                            yield session
                        finally:
                            self._active.session = None
            except VaultError:
                raise
            except IntegrityError:
                # Checks run before writing; a constraint firing anyway is still bad input.
                # Not chained: the driver error quotes the statement's values (child data).
                raise InputRejected() from None
            except DBAPIError as exc:
                if self.engine.dialect.name != "sqlite" and isinstance(exc, OperationalError):
                    # The server went away: whatever this transaction did is not confirmed.
                    raise ServerLost() from None
                translated = translate_db_error(exc)
                if translated is not exc:
                    raise translated from None
                if isinstance(exc, OperationalError):
                    # e.g. read-only file, disk full, locked: one sentence, never a traceback
                    raise VaultError() from None
                raise

    @staticmethod
    def _pragma(conn: Connection, pragma: str) -> None:
        # Committed at once: a pending autobegun transaction would make the session join it
        # and never commit.
        conn.exec_driver_sql(f"PRAGMA {pragma}")
        conn.commit()

    def checkpoint(self, *, vacuum: bool = False) -> None:
        """Fold the WAL into the main file and truncate it (after an erasure). Runs after a
        commit, so a full disk here must not say "nothing was changed". ``vacuum`` first
        rebuilds every page: secure_delete zeroes freed cells, but a b-tree rebalance can
        leave copies of moved cells in a page's unallocated gap (the erasure check found
        an erased child's id there), and VACUUM writes every page anew."""
        if self.engine.dialect.name != "sqlite":
            return  # a team server has no WAL file of ours to fold or pages to rebuild
        with self.lock, self.engine.connect() as conn:
            try:
                if vacuum:
                    conn.exec_driver_sql("VACUUM")
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            except DBAPIError as exc:
                if self.engine.dialect.name != "sqlite" and isinstance(exc, OperationalError):
                    # The server went away: whatever this transaction did is not confirmed.
                    raise ServerLost() from None
                translated = translate_db_error(exc)
                if isinstance(translated, DiskFull):
                    raise DiskFull(SAVED_NOT_TIDIED) from None
                raise translated from None

    def audit(
        self,
        session: Session,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        child_id: str | None = None,
        detail: str = "",
        *,
        on_behalf_of: str | None = None,
    ) -> None:
        """Append one event; ``on_behalf_of`` when this one act was for someone else (a
        reading typed in for a parent), else the actor's own :attr:`on_behalf_of`."""
        append_event(
            session.connection(),
            actor=self.actor.name,
            kind=kind,
            record_type=record_type,
            record_id=record_id,
            child_id=child_id,
            detail=detail,
            on_behalf_of=self.on_behalf_of if on_behalf_of is None else on_behalf_of,
        )


_NOT_FOUND: dict[str, Msgid] = {
    "Dit kind": N_("Dit kind bestaat niet (meer) in de kluis."),
    "Deze afspraak": N_("Deze afspraak bestaat niet (meer) in de kluis."),
    "Deze betrokkenheid": N_("Deze betrokkenheid bestaat niet (meer) in de kluis."),
    "Deze meting": N_("Deze meting bestaat niet (meer) in de kluis."),
    "Deze notitie": N_("Deze notitie bestaat niet (meer) in de kluis."),
    "Deze persoon": N_("Deze persoon bestaat niet (meer) in de kluis."),
    "Deze toestemming": N_("Deze toestemming bestaat niet (meer) in de kluis."),
    "Dit concept": N_("Dit concept bestaat niet (meer) in de kluis."),
    "Dit overleg": N_("Dit overleg bestaat niet (meer) in de kluis."),
}


def get_or_404(session: Session, model: type[T], key: object, what: str) -> T:
    """The row, or `NotFound` with the sentence for ``what`` ("Dit kind", "Deze meting", …:
    one whole sentence per kind of record, so it translates as a whole)."""
    row = session.get(model, key)
    if row is None:
        raise NotFound(_NOT_FOUND.get(what))
    return row


# --- input checks: the rules themselves are in kansencirkel.vault.validation -------------


def reject(msgid: Msgid, /, **values: object) -> InputRejected:
    return InputRejected(msgid, **values)


def changed_fields(fields: dict[str, object]) -> str:
    """Audit detail naming the changed fields, never their values."""
    return "fields:" + ",".join(sorted(fields))
