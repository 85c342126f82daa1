"""A vault that may be read but not changed: a snapshot of a team server (§8c).

Enforced by SQLite itself, with an authorizer on every connection the engine hands out: any
statement that would change, add or remove a row or a table of the vault is refused when it
is prepared, whichever way in it comes (repositories, meta, erasure, import). Only the audit
log still takes new events, so who opened and read which child stays recorded.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import sqlalchemy
from sqlalchemy import event

from kansencirkel.core.i18n import N_

SNAPSHOT_READ_ONLY = N_("Dit is een momentopname van de teamserver: alleen lezen.")

#: What SQLite says when the authorizer refuses a statement (see engine.translate_db_error).
DENIED_MARKER = "not authorized"

_AUDIT_TABLE = "audit_events"
_WRITES = frozenset(
    {
        sqlite3.SQLITE_INSERT,
        sqlite3.SQLITE_UPDATE,
        sqlite3.SQLITE_DELETE,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_REINDEX,
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_VTABLE,
    }
)


def _authorize(
    action: int, arg1: str | None, _arg2: str | None, database: str | None, _source: str | None
) -> int:
    if action not in _WRITES or database not in ("main", None):
        return sqlite3.SQLITE_OK  # reads, pragmas, and copies into an attached file (backup)
    if action == sqlite3.SQLITE_INSERT and arg1 == _AUDIT_TABLE:
        return sqlite3.SQLITE_OK
    return sqlite3.SQLITE_DENY


def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
    if not record.info.get("kc_read_only"):  # once per connection: setting it re-prepares
        dbapi_connection.set_authorizer(_authorize)
        record.info["kc_read_only"] = True


def forbid_writes(engine: sqlalchemy.Engine) -> None:
    """From now on every connection of ``engine`` refuses writes (pooled ones included)."""
    if not event.contains(engine, "checkout", _on_checkout):
        event.listen(engine, "checkout", _on_checkout)
