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
down_revision: str | None = "0007"
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


def _notices(table: str, rows: str) -> str:
    """SELECT team_id, notice for the changed ``rows`` (a transition table) of ``table``."""
    kind, *key = NOTICES[table]
    if not key:
        return f"SELECT DISTINCT team_id, '{kind}' AS notice FROM {rows}"
    if len(key) == 1:
        return f"SELECT DISTINCT team_id, '{kind}:' || {key[0]} AS notice FROM {rows}"
    column, parent = key
    return (
        f"SELECT DISTINCT c.team_id, '{kind}:' || p.child_id AS notice FROM {rows} c "
        f"JOIN public.{parent} p ON p.id = c.{column} AND p.team_id = c.team_id"
    )


def _function(table: str) -> str:
    """One static function per table: PL/pgSQL keeps its plans for the session, where one
    generic function with dynamic SQL would plan again on every statement (an import sends
    one statement per row). No SET clause (it would cost on every call): the one table it
    reads is named with its schema."""
    notify = "PERFORM pg_notify('kc_' || replace(n.team_id::text, '-', ''), n.notice) FROM"
    both = f"{_notices(table, 'kc_new')} UNION {_notices(table, 'kc_old')}"
    return (
        f"CREATE FUNCTION kc_notify_{table}() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ BEGIN "
        f"IF TG_OP = 'INSERT' THEN {notify} ({_notices(table, 'kc_new')}) n; "
        f"ELSIF TG_OP = 'DELETE' THEN {notify} ({_notices(table, 'kc_old')}) n; "
        f"ELSE {notify} ({both}) n; END IF; "
        "RETURN NULL; END $$"
    )


def _trigger(table: str, event: str) -> str:
    return (
        f"CREATE TRIGGER {table}_notify_{event} AFTER {event.upper()} ON {table} "
        f"REFERENCING {EVENTS[event]} FOR EACH STATEMENT "
        f"EXECUTE FUNCTION kc_notify_{table}()"
    )


def upgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    for table in NOTICES:
        op.execute(_function(table))
        for event in EVENTS:
            op.execute(_trigger(table, event))


def downgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    for table in NOTICES:
        for event in EVENTS:
            op.execute(f"DROP TRIGGER {table}_notify_{event} ON {table}")
        op.execute(f"DROP FUNCTION kc_notify_{table}()")
