"""The engine of a team store: PostgreSQL over verified TLS, one team per transaction.

Every transaction starts by naming its team (``kansencirkel.team``, local to the
transaction); the server's row-level security shows and accepts only that team's rows, and
only when the logged-in member belongs to it. The field cipher rides on the engine's dialect
(:mod:`kansencirkel.vault.sealed`), so the repositories work unchanged on this engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy
from sqlalchemy import event
from sqlalchemy.engine import URL

from kansencirkel.vault.sealed import FieldSealer, attach_cipher

CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ServerAddress:
    """Where a team store lives: no secret in here (it may sit in the app's settings)."""

    host: str
    port: int
    database: str
    ca_file: Path  # the team's CA: the server certificate must chain to it and name ``host``

    def url(self, login: str, password: str) -> URL:
        return URL.create(
            "postgresql+psycopg",
            username=login,
            password=password,
            host=self.host,
            port=self.port,
            database=self.database,
            query={
                "sslmode": "verify-full",
                "sslrootcert": str(self.ca_file),
                "connect_timeout": str(CONNECT_TIMEOUT_S),
                "application_name": "kansencirkel",
            },
        )


#: The team's key lock (see :mod:`.ring_follow`): every member transaction holds it shared,
#: a key rotation exclusively.
KEY_LOCK = "hashtext('kansencirkel-keys:' || %(team)s)"


def team_engine(
    url: URL, team_id: str, cipher: FieldSealer | None, **engine_options: Any
) -> sqlalchemy.Engine:
    """An engine whose every transaction works in ``team_id``, sealing fields with ``cipher``
    (None: the sealed fields cannot be read or written, as for an administrator)."""
    if url.query.get("sslmode") != "verify-full":
        raise ValueError("a team store is reached over verified TLS only")
    engine = sqlalchemy.create_engine(url, pool_pre_ping=True, **engine_options)
    attach_cipher(engine.dialect, cipher)

    @event.listens_for(engine, "begin")
    def _name_the_team(conn: sqlalchemy.Connection) -> None:
        # One round trip for both: the team this transaction works in, and the team's key
        # lock, so it waits while a rotation retires the key it would seal with.
        conn.exec_driver_sql(
            "SELECT set_config('kansencirkel.team', %(team)s, true), "
            f"pg_advisory_xact_lock_shared({KEY_LOCK})",
            {"team": team_id},
        )

    return engine
