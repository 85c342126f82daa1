"""Initial schema: all tables, indexes and the append-only audit triggers.

Revision ID: 0001
Revises:
Create Date: 2026-11-25 21:56:46.876273
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kansencirkel.vault import pg_triggers

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _in(*values: str) -> str:
    return "(" + ", ".join(f"'{v}'" for v in values) + ")"


# Frozen copies of the enum values at this revision.
ROLES = _in(
    "leerkracht",
    "ib",
    "cjg_coach",
    "jeugdhulp",
    "ouder",
    "kind",
    "smw",
    "jeugdarts",
    "leerplicht",
    "anders",
)
ELEMENTS = _in(
    "actief",
    "gerespecteerd",
    "verantwoordelijk",
    "erbij_horen",
    "veilig",
    "gezond",
    "ontplooiing",
    "gekoesterd",
)
AUDIT_KINDS = _in(
    "view",
    "create",
    "change",
    "delete",
    "export",
    "print",
    "unlock",
    "failed_unlock",
    "lock",
    "backup",
    "restore",
    "erase",
    "key_change",
)
PERSPECTIVES = "('kind', 'ouders', 'school', 'zorg', 'kernteam')"

# Frozen copies (a migration never changes after release): the audit log is append-only.
AUDIT_TRIGGERS = {
    "audit_events_no_update": (
        "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
    "audit_events_no_delete": (
        "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END"
    ),
}

# Keep perspective_latest (the children list's latest reading per perspective) in step.
LATEST_TRIGGERS = {
    "assessments_latest_insert": (
        "CREATE TRIGGER assessments_latest_insert AFTER INSERT ON assessments WHEN "
        "NEW.superseded_at IS NULL BEGIN INSERT INTO perspective_latest (child_id, "
        "perspective, assessed_on) VALUES (NEW.child_id, NEW.perspective, "
        "NEW.assessed_on) ON CONFLICT (child_id, perspective) DO UPDATE SET assessed_on ="
        " max(assessed_on, excluded.assessed_on); END"
    ),
    "assessments_latest_update": (
        "CREATE TRIGGER assessments_latest_update AFTER UPDATE OF child_id, perspective, "
        "assessed_on, superseded_at ON assessments BEGIN DELETE FROM perspective_latest "
        "WHERE child_id = OLD.child_id AND perspective = OLD.perspective; INSERT INTO "
        "perspective_latest (child_id, perspective, assessed_on) SELECT child_id, "
        "perspective, max(assessed_on) FROM assessments WHERE child_id = OLD.child_id AND"
        " perspective = OLD.perspective AND superseded_at IS NULL GROUP BY child_id, "
        "perspective; DELETE FROM perspective_latest WHERE child_id = NEW.child_id AND "
        "perspective = NEW.perspective; INSERT INTO perspective_latest (child_id, "
        "perspective, assessed_on) SELECT child_id, perspective, max(assessed_on) FROM "
        "assessments WHERE child_id = NEW.child_id AND perspective = NEW.perspective AND "
        "superseded_at IS NULL GROUP BY child_id, perspective; END"
    ),
    "assessments_latest_delete": (
        "CREATE TRIGGER assessments_latest_delete AFTER DELETE ON assessments BEGIN "
        "DELETE FROM perspective_latest WHERE child_id = OLD.child_id AND perspective = "
        "OLD.perspective; INSERT INTO perspective_latest (child_id, perspective, "
        "assessed_on) SELECT child_id, perspective, max(assessed_on) FROM assessments "
        "WHERE child_id = OLD.child_id AND perspective = OLD.perspective AND "
        "superseded_at IS NULL GROUP BY child_id, perspective; END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_type", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=True),
        sa.Column("child_id", sa.String(length=36), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            f"kind IN {AUDIT_KINDS}",
            name="ck_audit_events_kind",
        ),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_index("ix_audit_events_child", "audit_events", ["child_id", "seq"])
    pg = pg_triggers.is_postgresql()
    for sql in pg_triggers.AUDIT_APPEND_ONLY if pg else AUDIT_TRIGGERS.values():
        op.execute(sql)
    op.create_table(
        "meta",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "persons",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("phone", sa.Text(), nullable=False),
        sa.Column("email", sa.Text(), nullable=False),
        sa.Column("team_member_id", sa.String(length=36), nullable=True),
        sa.CheckConstraint(
            f"role IN {ROLES}",
            name="ck_persons_role",
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("team_member_id"),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "children",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("given_name", sa.Text(), nullable=False),
        sa.Column("family_name", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("school", sa.Text(), nullable=False),
        sa.Column("school_group", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("regiehouder_id", sa.String(length=36), nullable=True),
        sa.CheckConstraint("status IN ('actief', 'afgesloten')", name="ck_children_status"),
        sa.CheckConstraint("length(trim(given_name)) > 0", name="ck_children_given_name"),
        sa.ForeignKeyConstraint(["regiehouder_id"], ["persons.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_children_regiehouder_id", "children", ["regiehouder_id"])
    op.create_index("ix_children_status_name", "children", ["status", "family_name", "given_name"])
    op.create_table(
        "assessments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("perspective", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("given_by", sa.Text(), nullable=False),
        sa.Column("given_by_role", sa.String(length=20), nullable=False),
        sa.Column("goes_well", sa.Text(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=False),
        sa.Column("recorded_by", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("lineage_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("superseded_at", sa.DateTime(), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"given_by_role IN {ROLES}",
            name="ck_assessments_given_by_role",
        ),
        sa.CheckConstraint(
            f"perspective IN {PERSPECTIVES}",
            name="ck_assessments_perspective",
        ),
        sa.CheckConstraint("length(trim(goes_well)) > 0", name="ck_assessments_goes_well"),
        sa.CheckConstraint("version >= 1", name="ck_assessments_version"),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_assessments_child_date", "assessments", ["child_id", "assessed_on"])
    op.create_index(
        "ix_assessments_current",
        "assessments",
        ["superseded_at", "child_id", "perspective", "assessed_on"],
    )
    op.create_index(
        "ix_assessments_lineage_version", "assessments", ["lineage_id", "version"], unique=True
    )
    op.create_table(
        "perspective_latest",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("perspective", sa.String(length=20), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("child_id", "perspective"),
        sqlite_with_rowid=False,
    )
    if pg:
        op.execute(pg_triggers.latest_function("superseded_at IS NULL"))
    for sql in pg_triggers.LATEST_TRIGGERS if pg else LATEST_TRIGGERS.values():
        op.execute(sql)
    op.create_table(
        "consents",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("consenter", sa.String(length=20), nullable=False),
        sa.Column("given_by", sa.Text(), nullable=False),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.CheckConstraint("consenter IN ('ouders', 'kind')", name="ck_consents_consenter"),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_consents_child", "consents", ["child_id", "given_on"])
    op.create_table(
        "drafts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("perspective", sa.String(length=20), nullable=True),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.Column("author_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            f"perspective IS NULL OR perspective IN {PERSPECTIVES}",
            name="ck_drafts_perspective",
        ),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_drafts_author", "drafts", ["author_id", "updated_at"])
    op.create_index("ix_drafts_child", "drafts", ["child_id", "updated_at"])
    op.create_table(
        "involvements",
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("is_regiehouder", sa.Boolean(), nullable=False),
        sa.Column("remark", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"role IN {ROLES}",
            name="ck_involvements_role",
        ),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["person_id"], ["persons.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("child_id", "person_id"),
    )
    op.create_index("ix_involvements_person_id", "involvements", ["person_id"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column("next_on", sa.Date(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('kernteam', 'oudergesprek', 'mdo', 'evaluatie')", name="ck_meetings_kind"
        ),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_meetings_child_held", "meetings", ["child_id", "held_on"])
    op.create_index("ix_meetings_held_on", "meetings", ["held_on"])
    op.create_index("ix_meetings_next_on", "meetings", ["next_on"])
    op.create_table(
        "notes",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("visibility", sa.String(length=20), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("visibility IN ('intern', 'deelbaar')", name="ck_notes_visibility"),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_notes_child_written", "notes", ["child_id", "written_on"])
    op.create_table(
        "actions",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("child_id", sa.String(length=36), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("start_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("meeting_id", sa.String(length=36), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('gepland', 'lopend', 'afgerond', 'gestopt')", name="ck_actions_status"
        ),
        sa.CheckConstraint(
            "due_on IS NULL OR start_on IS NULL OR due_on >= start_on", name="ck_actions_dates"
        ),
        sa.CheckConstraint("length(trim(what)) > 0", name="ck_actions_what"),
        sa.ForeignKeyConstraint(["child_id"], ["children.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["owner_id"], ["persons.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_actions_child_status_due", "actions", ["child_id", "status", "due_on"])
    op.create_index("ix_actions_meeting_id", "actions", ["meeting_id"])
    op.create_index("ix_actions_owner_id", "actions", ["owner_id"])
    op.create_table(
        "consent_audiences",
        sa.Column("consent_id", sa.String(length=36), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "audience IN ('ouders', 'kernteam', 'school', 'zorg')",
            name="ck_consent_audiences_audience",
        ),
        sa.ForeignKeyConstraint(["consent_id"], ["consents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("consent_id", "audience"),
    )
    op.create_table(
        "consent_parts",
        sa.Column("consent_id", sa.String(length=36), nullable=False),
        sa.Column("part", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(["consent_id"], ["consents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("consent_id", "part"),
    )
    op.create_table(
        "element_scores",
        sa.Column("assessment_id", sa.String(length=36), nullable=False),
        sa.Column("element_key", sa.String(length=30), nullable=False),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.CheckConstraint(
            f"element_key IN {ELEMENTS}",
            name="ck_element_scores_element_key",
        ),
        sa.CheckConstraint(
            "score IS NULL OR score BETWEEN 1 AND 5", name="ck_element_scores_score"
        ),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("assessment_id", "element_key"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "meeting_attendees",
        sa.Column("meeting_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("meeting_id", "position"),
    )
    op.create_table(
        "note_elements",
        sa.Column("note_id", sa.String(length=36), nullable=False),
        sa.Column("element_key", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            f"element_key IN {ELEMENTS}",
            name="ck_note_elements_element_key",
        ),
        sa.ForeignKeyConstraint(["note_id"], ["notes.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("note_id", "element_key"),
    )
    op.create_table(
        "action_elements",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("element_key", sa.String(length=30), nullable=False),
        sa.CheckConstraint(
            f"element_key IN {ELEMENTS}",
            name="ck_action_elements_element_key",
        ),
        sa.ForeignKeyConstraint(["action_id"], ["actions.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("action_id", "element_key"),
    )


def downgrade() -> None:
    for name in LATEST_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("perspective_latest")
    for name in AUDIT_TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("action_elements")
    op.drop_table("note_elements")
    op.drop_table("meeting_attendees")
    op.drop_table("element_scores")
    op.drop_table("consent_parts")
    op.drop_table("consent_audiences")
    op.drop_index("ix_actions_owner_id", table_name="actions")
    op.drop_index("ix_actions_meeting_id", table_name="actions")
    op.drop_index("ix_actions_child_status_due", table_name="actions")
    op.drop_table("actions")
    op.drop_index("ix_notes_child_written", table_name="notes")
    op.drop_table("notes")
    op.drop_index("ix_meetings_next_on", table_name="meetings")
    op.drop_index("ix_meetings_held_on", table_name="meetings")
    op.drop_index("ix_meetings_child_held", table_name="meetings")
    op.drop_table("meetings")
    op.drop_index("ix_involvements_person_id", table_name="involvements")
    op.drop_table("involvements")
    op.drop_index("ix_drafts_child", table_name="drafts")
    op.drop_index("ix_drafts_author", table_name="drafts")
    op.drop_table("drafts")
    op.drop_index("ix_consents_child", table_name="consents")
    op.drop_table("consents")
    op.drop_index("ix_assessments_lineage_version", table_name="assessments")
    op.drop_index("ix_assessments_current", table_name="assessments")
    op.drop_index("ix_assessments_child_date", table_name="assessments")
    op.drop_table("assessments")
    op.drop_index("ix_children_status_name", table_name="children")
    op.drop_index("ix_children_regiehouder_id", table_name="children")
    op.drop_table("children")
    op.drop_table("settings")
    op.drop_table("persons")
    op.drop_table("meta")
    op.drop_index("ix_audit_events_child", table_name="audit_events")
    op.drop_table("audit_events")
