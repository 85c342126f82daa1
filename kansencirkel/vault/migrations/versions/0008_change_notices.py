"""Change notices on a team store: every committed write tells the team's open apps what it
touched (PostgreSQL ``NOTIFY``), so their views refresh within a second. Nothing changes in
a laptop vault.

- channel: ``kc_`` + the team id without dashes, taken from each changed row's ``team_id``.
  Any login may ``LISTEN`` on any channel name, so a payload names only random ids and
  kinds, never content: ``child:<uuid>``, ``drafts:<uuid>`` (a child's unsaved drafts),
  ``people``, ``settings``, ``team`` (members and key slots).
- statement-level AFTER triggers with transition tables (PostgreSQL allows one event per
  such trigger, hence three per table), ``SELECT DISTINCT`` over the changed rows: one
  statement sends one notice per child it touched, however many rows. PostgreSQL also folds
  identical notices within a transaction, and delivers them on commit only.
- rows without ``child_id`` (scores, attendees, …) name the child of their parent row. When
  the parent itself was deleted in the same statement (a cascade), the parent's own trigger
  has named the child already.
- not notified: perspective_latest (follows assessments), meta, and the audit log (reads are
  audited too: a notice for those would make every view that re-reads notify again).

Revision ID: 0008
Create Date: 2026-12-01 22:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from kansencirkel.vault import pg_triggers

revision: str = "0008"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen at this revision: table -> (kind, key column[, parent table]).
# kind "child"/"drafts": the payload names the child in the key column (of the parent row,
# found by its id, when a parent table is given); other kinds carry no id.
NOTICES: dict[str, tuple[str, ...]] = {
    "persons": ("people",),
    "children": ("child", "id"),
    "involvements": ("child", "child_id"),
    "assessments": ("child", "child_id"),
    "element_scores": ("child", "assessment_id", "assessments"),
    "meetings": ("child", "child_id"),
    "meeting_attendees": ("child", "meeting_id", "meetings"),
    "meeting_pulses": ("child", "meeting_id", "meetings"),
    "actions": ("child", "child_id"),
    "action_elements": ("child", "action_id", "actions"),
    "notes": ("child", "child_id"),
    "note_versions": ("child", "note_id", "notes"),
    "note_elements": ("child", "note_id", "notes"),
    "consents": ("child", "child_id"),
    "consent_parts": ("child", "consent_id", "consents"),
    "consent_audiences": ("child", "consent_id", "consents"),
    "drafts": ("drafts", "child_id"),
    "handover_seen": ("child", "child_id"),
    "settings": ("settings",),
    "kc_members": ("team",),
    "kc_key_slots": ("team",),
}
EVENTS = {
    "insert": "NEW TABLE AS kc_new",
    "update": "NEW TABLE AS kc_new OLD TABLE AS kc_old",
    "delete": "OLD TABLE AS kc_old",
}

# TG_ARGV: kind, key column, parent table (the last two optional). The notices are built
# with format(%I) from those arguments: no SQL text travels in a trigger argument.
NOTIFY_FUNCTION = """
CREATE FUNCTION kc_notify_changes() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
DECLARE
    changed text;
    query text;
    r record;
BEGIN
    changed := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT * FROM kc_new'
        WHEN 'DELETE' THEN 'SELECT * FROM kc_old'
        ELSE 'SELECT * FROM kc_new UNION ALL SELECT * FROM kc_old' END;
    IF TG_NARGS = 1 THEN
        query := format('SELECT DISTINCT c.team_id, %L AS notice FROM changed c', TG_ARGV[0]);
    ELSIF TG_NARGS = 2 THEN
        query := format(
            'SELECT DISTINCT c.team_id, %L || c.%I AS notice FROM changed c',
            TG_ARGV[0] || ':', TG_ARGV[1]);
    ELSE
        query := format(
            'SELECT DISTINCT c.team_id, %L || p.child_id AS notice FROM changed c '
            'JOIN %I p ON p.id = c.%I AND p.team_id = c.team_id',
            TG_ARGV[0] || ':', TG_ARGV[2], TG_ARGV[1]);
    END IF;
    FOR r IN EXECUTE 'WITH changed AS (' || changed || ') ' || query LOOP
        PERFORM pg_notify('kc_' || replace(r.team_id::text, '-', ''), r.notice);
    END LOOP;
    RETURN NULL;
END $$
"""


def _trigger(table: str, event: str, args: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{a}'" for a in args)  # fixed names from NOTICES above
    return (
        f"CREATE TRIGGER {table}_notify_{event} AFTER {event.upper()} ON {table} "
        f"REFERENCING {EVENTS[event]} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION kc_notify_changes({quoted})"
    )


def upgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    op.execute(NOTIFY_FUNCTION)
    for table, args in NOTICES.items():
        for event in EVENTS:
            op.execute(_trigger(table, event, args))


def downgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    for table in NOTICES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER {table}_notify_{event} ON {table}")
    op.execute("DROP FUNCTION kc_notify_changes()")
