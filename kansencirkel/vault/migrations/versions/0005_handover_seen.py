"""Sealed hand-overs: which state of each record this vault has sent or received.

- handover_seen: per child, per record ("action:<id>", "child", …) the SHA-256 of a state of
  that record that went out in a hand-over or came in from one (a fingerprint, never the
  content). Reading a later hand-over in, a record whose incoming state was seen before is
  older than this vault's; one whose state here was seen before, but not the incoming one,
  was changed on the other side only. Removed with the child (erasure).

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 18:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handover_seen",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("record", sa.String(length=80), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("child_id", "record", "fingerprint"),
    )


def downgrade() -> None:
    op.drop_table("handover_seen")
