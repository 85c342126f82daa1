"""Records a user can mend: note versions and removal, assessment withdrawal, planned overleg.

- notes: ``version`` and soft removal (``removed_at``, ``removed_by``, ``remove_reason``);
  ``note_versions`` keeps every earlier version with who replaced it, when and why.
- assessments: withdrawal (``withdrawn_at``, ``withdrawn_by``, ``withdraw_reason``); the
  perspective_latest triggers leave withdrawn readings out.
- meetings: ``status`` gepland/gehouden. An overleg dated after the day of the upgrade cannot
  have been held yet, so it becomes planned; every other one is held.

Columns are added with ``ALTER TABLE ... ADD COLUMN`` rather than a batch copy: copying
``meetings`` would drop the table, and with foreign keys on that deletes its attendees and
unlinks its afspraken.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01 12:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kansencirkel.core import clock
from kansencirkel.vault import pg_triggers

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_LATEST = ("assessments_latest_insert", "assessments_latest_update", "assessments_latest_delete")


def _recompute(r: str, current: str) -> str:
    return (
        f"DELETE FROM perspective_latest WHERE child_id = {r}.child_id AND perspective = "
        f"{r}.perspective; INSERT INTO perspective_latest (child_id, perspective, assessed_on) "
        f"SELECT child_id, perspective, max(assessed_on) FROM assessments WHERE child_id = "
        f"{r}.child_id AND perspective = {r}.perspective AND {current} "
        "GROUP BY child_id, perspective; "
    )


def _triggers(current: str, when: str, columns: str) -> list[str]:
    """The three perspective_latest triggers, for one definition of a current reading."""
    return [
        "CREATE TRIGGER assessments_latest_insert AFTER INSERT ON assessments WHEN "
        f"{when} BEGIN INSERT INTO perspective_latest (child_id, perspective, assessed_on) "
        "VALUES (NEW.child_id, NEW.perspective, NEW.assessed_on) ON CONFLICT (child_id, "
        "perspective) DO UPDATE SET assessed_on = max(assessed_on, excluded.assessed_on); END",
        f"CREATE TRIGGER assessments_latest_update AFTER UPDATE OF {columns} ON assessments "
        "BEGIN " + _recompute("OLD", current) + _recompute("NEW", current) + "END",
        "CREATE TRIGGER assessments_latest_delete AFTER DELETE ON assessments BEGIN "
        + _recompute("OLD", current)
        + "END",
    ]


# Frozen copies at this revision: withdrawn readings are not current.
TRIGGERS_0002 = _triggers(
    "superseded_at IS NULL AND withdrawn_at IS NULL",
    "NEW.superseded_at IS NULL AND NEW.withdrawn_at IS NULL",
    "child_id, perspective, assessed_on, superseded_at, withdrawn_at",
)
TRIGGERS_0001 = _triggers(
    "superseded_at IS NULL",
    "NEW.superseded_at IS NULL",
    "child_id, perspective, assessed_on, superseded_at",
)


def _text(table: str, column: str) -> None:
    op.add_column(table, sa.Column(column, sa.Text(), nullable=False, server_default=""))


def _replace_latest(sqlite_triggers: list[str], current: str) -> None:
    """Make the perspective_latest triggers follow ``current`` (PostgreSQL: one function)."""
    if pg_triggers.is_postgresql():
        op.execute(pg_triggers.latest_function(current))
        return
    for name in _LATEST:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for sql in sqlite_triggers:
        op.execute(sql)


def upgrade() -> None:
    op.add_column("assessments", sa.Column("withdrawn_at", sa.DateTime(), nullable=True))
    _text("assessments", "withdrawn_by")
    _text("assessments", "withdraw_reason")

    op.add_column("notes", sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
    op.add_column("notes", sa.Column("removed_at", sa.DateTime(), nullable=True))
    _text("notes", "removed_by")
    _text("notes", "remove_reason")
    op.create_table(
        "note_versions",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("elements", sa.Text(), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("replaced_at", sa.DateTime(), nullable=False),
        sa.Column("replaced_by", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "visibility IN ('intern', 'deelbaar')", name="ck_note_versions_visibility"
        ),
        sa.CheckConstraint("version >= 1", name="ck_note_versions_version"),
        sa.ForeignKeyConstraint(["note_id"], ["notes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "version"),
    )

    op.execute(
        "ALTER TABLE meetings ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'gehouden' "
        "CONSTRAINT ck_meetings_status CHECK (status IN ('gepland', 'gehouden'))"
    )
    op.get_bind().execute(
        sa.text("UPDATE meetings SET status = 'gepland' WHERE held_on > :today"),
        {"today": clock.today().isoformat()},
    )

    _replace_latest(TRIGGERS_0002, "superseded_at IS NULL AND withdrawn_at IS NULL")


def downgrade() -> None:
    # Withdrawn readings count again once the columns that leave them out are gone.
    _replace_latest(TRIGGERS_0001, "superseded_at IS NULL")
    op.drop_table("note_versions")
    for table, column in (
        ("meetings", "status"),
        ("notes", "remove_reason"),
        ("notes", "removed_by"),
        ("notes", "removed_at"),
        ("notes", "version"),
        ("assessments", "withdraw_reason"),
        ("assessments", "withdrawn_by"),
        ("assessments", "withdrawn_at"),
    ):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
