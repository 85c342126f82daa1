"""INSERT … ON CONFLICT in the dialect of the store at hand (laptop vault or team server).

On a team server the keys that were unique per vault are unique per team (migration 0006),
so a conflict is named by the table's primary key constraint rather than by its columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.dialects import postgresql, sqlite


def insert_new_only(conn: Connection, model: Any) -> Any:
    """An insert of ``model`` rows that skips rows whose key is already there."""
    if conn.dialect.name == "postgresql":
        return postgresql.insert(model).on_conflict_do_nothing()
    return sqlite.insert(model).on_conflict_do_nothing()


def insert_or_update(
    conn: Connection, model: Any, rows: Any, *, keys: Sequence[str], update: Sequence[str]
) -> Any:
    """An insert of ``rows`` that, for a row whose ``keys`` exist, sets its ``update``
    columns to the new values instead."""
    if conn.dialect.name == "postgresql":
        pg = postgresql.insert(model).values(rows)
        return pg.on_conflict_do_update(
            constraint=f"{model.__tablename__}_pkey",
            set_={c: pg.excluded[c] for c in update},
        )
    lite = sqlite.insert(model).values(rows)
    return lite.on_conflict_do_update(
        index_elements=list(keys), set_={c: lite.excluded[c] for c in update}
    )
