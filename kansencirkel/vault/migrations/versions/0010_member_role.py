"""A team member's role on the team server, as the laptop vault's key file has it.

- kc_members (PostgreSQL only; a laptop vault keeps its members in the key file): ``role``
  (nullable text, sealed with the team's key like the member's name). NULL for members
  added before this revision: the app shows them as "Anders" until an administrator gives
  them one (``kansencirkel team member role``). The role is what the assessment form starts
  from (a teacher's own "school" reading, the role stored with a kernteam reading) and what
  the status bar shows.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 05:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from kansencirkel.vault import pg_triggers

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if pg_triggers.is_postgresql():
        op.execute("ALTER TABLE kc_members ADD COLUMN role text")


def downgrade() -> None:
    if pg_triggers.is_postgresql():
        op.execute("ALTER TABLE kc_members DROP COLUMN role")
