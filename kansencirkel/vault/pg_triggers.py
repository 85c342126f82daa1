"""PostgreSQL forms of the SQLite triggers in the migrations (frozen, like the migrations).

SQLite writes a trigger's body inline; PostgreSQL needs a function. The behaviour is the
same: the audit log refuses UPDATE, DELETE and TRUNCATE, and perspective_latest follows the
current readings of each child and perspective.
"""

from __future__ import annotations

from alembic import op


def is_postgresql() -> bool:
    return bool(op.get_bind().dialect.name == "postgresql")


AUDIT_APPEND_ONLY = [
    "CREATE OR REPLACE FUNCTION kc_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$$ BEGIN RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'P0001'; END $$",
    "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION kc_audit_append_only()",
    "CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events "
    "FOR EACH ROW EXECUTE FUNCTION kc_audit_append_only()",
    "CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION kc_audit_append_only()",
]


def latest_function(current: str) -> str:
    """The function behind the perspective_latest triggers, for one meaning of 'current'
    (``current`` is SQL over the assessments table's columns).

    Several apps write to one team store at once: each child is recomputed holding its
    children row (a row lock, so an import of 10,000 children does not fill the server's
    lock table as 40,000 advisory locks did), and each statement of PL/pgSQL sees what was
    committed before it took the lock, so two readings saved at once cannot both miss the
    other (SQLite has one writer and needs none of this)."""
    recompute = (
        "PERFORM 1 FROM children WHERE id = r.child_id FOR NO KEY UPDATE; "
        "SELECT max(assessed_on) INTO latest FROM assessments WHERE child_id = r.child_id "
        f"AND perspective = r.perspective AND {current}; "
        "IF latest IS NULL THEN DELETE FROM perspective_latest WHERE child_id = r.child_id "
        "AND perspective = r.perspective; ELSE INSERT INTO perspective_latest (child_id, "
        "perspective, assessed_on) VALUES (r.child_id, r.perspective, latest) ON CONFLICT "
        "(child_id, perspective) DO UPDATE SET assessed_on = EXCLUDED.assessed_on; END IF;"
    )
    return (
        "CREATE OR REPLACE FUNCTION kc_perspective_latest() RETURNS trigger LANGUAGE plpgsql "
        "AS $$ DECLARE r record; latest date; BEGIN "
        "IF TG_OP IN ('UPDATE', 'DELETE') THEN r := OLD; " + recompute + " END IF; "
        "IF TG_OP IN ('UPDATE', 'INSERT') THEN r := NEW; " + recompute + " END IF; "
        "RETURN NULL; END $$"
    )


LATEST_TRIGGERS = [
    "CREATE TRIGGER assessments_latest AFTER INSERT OR UPDATE OR DELETE ON assessments "
    "FOR EACH ROW EXECUTE FUNCTION kc_perspective_latest()",
]
