"""'Hier wil ik over praten': a flag per element score, set by the child or parent filling in.

Samen invullen lets the person filling in mark elements they want to talk about; those become
conversation topics shown first. One boolean per element score, default false, added with
``ALTER TABLE ... ADD COLUMN`` (no table copy, see 0002).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01 13:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column(
        "element_scores",
        sa.Column("talk", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    op.execute("ALTER TABLE element_scores DROP COLUMN talk")
