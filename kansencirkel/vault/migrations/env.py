"""Alembic environment, run programmatically by :mod:`kansencirkel.vault.schema`.

There is no alembic.ini and no database URL: the caller opens the (encrypted) connection and
passes it in ``config.attributes["connection"]``, so the key never leaves the engine.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from kansencirkel.vault.models import Base

connection = context.config.attributes.get("connection")
if not isinstance(connection, Connection):
    raise RuntimeError("kansencirkel migrations run online only, with a connection attribute")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables instead
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
