"""Wat werkt: an afspraak's kind and the team's evaluation with the readings it was based on.

- actions.kind: a key from the vault's list of kinds (``core.kinds``), or NULL.
- actions.helped: "heeft het geholpen?" (ja / deels / nee / weet_nog_niet), or NULL when the
  afspraak has not been evaluated; the sentence stays in ``actions.evaluation``.
- actions.evaluated_on: the day of the evaluation.
- meeting_pulses: how the cooperation went after an overleg, one row per side (school, zorg,
  ouders): three answers 1–5 or NULL, each with a sentence. Never a person.
- ix_actions_evaluated_on: the "Wat werkt" view reads evaluations by period.
- actions.evaluation_readings: JSON of the readings before and since that the answer was
  based on (ids, versions, dates and scores only), so a later correction shows as changed.

Columns are added with ``ALTER TABLE ... ADD COLUMN`` (as in 0002), never a batch copy, so
nothing linked to an afspraak is touched.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 13:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy at this revision (core.evaluation.Helped may grow later; this one may not).
_HELPED = ("ja", "deels", "nee", "weet_nog_niet")


def upgrade() -> None:
    op.add_column("actions", sa.Column("kind", sa.String(length=40), nullable=True))
    listed = ", ".join(f"'{v}'" for v in _HELPED)
    op.execute(
        "ALTER TABLE actions ADD COLUMN helped VARCHAR(20) CONSTRAINT ck_actions_helped "
        f"CHECK (helped IS NULL OR helped IN ({listed}))"
    )
    op.add_column("actions", sa.Column("evaluated_on", sa.Date(), nullable=True))
    op.add_column(
        "actions",
        sa.Column("evaluation_readings", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_actions_evaluated_on", "actions", ["evaluated_on"])
    questions = ("right_people", "regie", "next_steps")
    op.create_table(
        "meeting_pulses",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("side", sa.String(length=20), nullable=False),
        *(
            c
            for q in questions
            for c in (
                sa.Column(q, sa.Integer(), nullable=True),
                sa.Column(f"{q}_note", sa.Text(), nullable=False),
            )
        ),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("side IN ('school', 'zorg', 'ouders')", name="ck_meeting_pulses_side"),
        *(
            sa.CheckConstraint(f"{q} IS NULL OR {q} BETWEEN 1 AND 5", name=f"ck_meeting_pulses_{q}")
            for q in questions
        ),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "side"),
    )


def downgrade() -> None:
    op.drop_table("meeting_pulses")
    op.drop_index("ix_actions_evaluated_on", table_name="actions")
    for column in ("evaluation_readings", "evaluated_on", "helped", "kind"):
        op.execute(f"ALTER TABLE actions DROP COLUMN {column}")
