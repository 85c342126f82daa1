"""Record versions: two kernteam members editing the same record at once on a team store.

- children, persons, actions, meetings, consents: ``version`` (from 1), one up with every
  save. A save names the version it was based on; when the record has moved on since, the
  save is refused as a conflict showing both sides, never a silent overwrite. Assessments
  are versions already and notes have had a ``version`` since 0002.

Columns are added with ``ALTER TABLE ... ADD COLUMN`` rather than a batch copy: copying a
table with foreign keys on deletes the rows that point at it (ON DELETE CASCADE), see 0002.
Both dialects take the same statement; existing rows get version 1.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 22:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen: the tables whose records get a version at this revision.
VERSIONED_TABLES = ("children", "persons", "actions", "meetings", "consents")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    # In place on both dialects (no copy, so no cascade), as 0003 does.
    for table in VERSIONED_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN version")
