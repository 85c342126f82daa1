"""The team store on PostgreSQL: every row carries its team, row-level security keeps teams
apart, the team's members and key slots (DESIGN §8c). Nothing changes in a laptop vault.

- kc_teams: one row per team, with the NOLOGIN role its members are granted.
- kc_current_team(): the team set for this transaction (``kansencirkel.team``), but only when
  the logged-in role is a member of it; NULL otherwise. Setting another team's id therefore
  shows nothing and writes nothing.
- every data table gets ``team_id`` (default: the current team), FORCE ROW LEVEL SECURITY and
  one policy ``team_id = kc_current_team()`` for reading and writing. Keys that were unique
  per vault (meta, settings, the audit sequence) become unique per team.
- kc_members and kc_key_slots: the team's members (login role, team member id, sealed display
  name) and the team data key wrapped per member and for the recovery code.
- kc_app: the role every team role is granted; it may read and write the data tables, but the
  audit log only read and append (the triggers of 0001 refuse the rest as well).
- children.date_of_birth holds ciphertext text from here on (a team store starts empty).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

from kansencirkel.vault import pg_triggers

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of the data tables at this revision.
DATA_TABLES = (
    "persons",
    "children",
    "involvements",
    "assessments",
    "perspective_latest",
    "element_scores",
    "meetings",
    "meeting_attendees",
    "actions",
    "meeting_pulses",
    "action_elements",
    "notes",
    "note_versions",
    "note_elements",
    "consents",
    "consent_parts",
    "consent_audiences",
    "drafts",
    "handover_seen",
    "settings",
    "meta",
    "audit_events",
)
TEAM_TABLES = ("kc_members", "kc_key_slots")
PER_TEAM_KEYS = {"meta": "key", "settings": "key", "audit_events": "seq"}

CREATE_APP_ROLE = (
    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kc_app') THEN "
    "CREATE ROLE kc_app NOLOGIN; END IF; END $$"
)
# PL/pgSQL, not SQL: it runs for every inserted row (the team_id default) and a PL/pgSQL
# function keeps its query plan for the session; the SQL form was re-planned on every call
# and made a bulk import about 2.5x slower.
CURRENT_TEAM = (
    "CREATE FUNCTION kc_current_team() RETURNS uuid LANGUAGE plpgsql STABLE SECURITY DEFINER "
    "SET search_path = pg_catalog, public AS $$ DECLARE team uuid; BEGIN "
    "SELECT t.id INTO team FROM public.kc_teams t WHERE "
    "t.id::text = current_setting('kansencirkel.team', true) "
    "AND pg_has_role(session_user, t.role_name, 'MEMBER'); RETURN team; END $$"
)


def _team_column(table: str) -> None:
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN team_id uuid NOT NULL DEFAULT kc_current_team() "
        "REFERENCES kc_teams (id) ON DELETE CASCADE"
    )
    op.execute(f"CREATE INDEX ix_{table}_team ON {table} (team_id)")
    op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
    op.execute(f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY")
    op.execute(
        f"CREATE POLICY {table}_team ON {table} USING (team_id = (SELECT kc_current_team())) "
        "WITH CHECK (team_id = (SELECT kc_current_team()))"
    )


def upgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    op.execute(CREATE_APP_ROLE)
    op.execute(
        "CREATE TABLE kc_teams (id uuid PRIMARY KEY, role_name text NOT NULL UNIQUE, "
        "created_at timestamp NOT NULL)"
    )
    op.execute("ALTER TABLE kc_teams ENABLE ROW LEVEL SECURITY")
    op.execute("ALTER TABLE kc_teams FORCE ROW LEVEL SECURITY")
    op.execute(
        "CREATE POLICY kc_teams_member ON kc_teams "
        "USING (pg_has_role(session_user, role_name, 'MEMBER'))"
    )
    op.execute(CURRENT_TEAM)
    op.execute(
        "CREATE TABLE kc_members (login text NOT NULL, member_id varchar(36) NOT NULL, "
        "name text NOT NULL, added_at timestamp NOT NULL, removed_at timestamp, "
        "PRIMARY KEY (login))"
    )
    op.execute(
        "CREATE TABLE kc_key_slots (id varchar(36) PRIMARY KEY, type varchar(20) NOT NULL "
        "CHECK (type IN ('member', 'recovery')), member_login text, kdf jsonb NOT NULL, "
        "salt bytea NOT NULL, nonce bytea NOT NULL, ciphertext bytea NOT NULL, "
        "created_at text NOT NULL)"
    )
    for table in DATA_TABLES + TEAM_TABLES:
        _team_column(table)
    for table, key in PER_TEAM_KEYS.items():
        op.execute(f"ALTER TABLE {table} DROP CONSTRAINT {table}_pkey")
        op.execute(f"ALTER TABLE {table} ADD PRIMARY KEY (team_id, {key})")
    op.execute("DROP INDEX ix_audit_events_child")
    op.execute("CREATE INDEX ix_audit_events_child ON audit_events (team_id, child_id, seq)")
    op.execute(
        "ALTER TABLE children ALTER COLUMN date_of_birth TYPE text USING date_of_birth::text"
    )
    data = ", ".join(t for t in DATA_TABLES + TEAM_TABLES if t != "audit_events")
    op.execute("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {data} TO kc_app")
    op.execute("GRANT SELECT, INSERT ON audit_events TO kc_app")
    op.execute("GRANT SELECT ON kc_teams, alembic_version TO kc_app")
    op.execute("REVOKE ALL ON FUNCTION kc_current_team() FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION kc_current_team() TO kc_app")


def downgrade() -> None:
    if not pg_triggers.is_postgresql():
        return
    raise NotImplementedError("a team store is not turned back into a laptop schema")
