"""Audit as NEN 7513 asks: who, *on whose behalf*, when, which child, what.

- audit_events: ``on_behalf_of`` (nullable text; sealed on a team server like the actor).
  NULL for every event before this revision, and whenever the actor acted for themself.

The hash chain covers the new field only when it holds a value, so every chain written
before this revision verifies unchanged. Added with ``ALTER TABLE ... ADD COLUMN`` on both
dialects: the append-only triggers refuse UPDATE and DELETE of rows, not a new column.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 01:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("on_behalf_of", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE audit_events DROP COLUMN on_behalf_of")
