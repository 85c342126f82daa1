"""Vault-level facts kept inside the encrypted database: id, team name, demo flag, schema.

Values are strings; booleans are stored as "1"/"0" and datetimes as ISO 8601 text, so the
key file and the database can be checked against each other without an ORM.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, select

from kansencirkel.vault.engine import damage_guard
from kansencirkel.vault.models import MetaRow
from kansencirkel.vault.schema import current_revision, head_revision
from kansencirkel.vault.upsert import insert_or_update

META_KEYS: tuple[str, ...] = ("vault_id", "team_name", "is_demo", "created_at")
#: Set only in a read-only snapshot of a team server: the team's id and when it was taken.
SNAPSHOT_OF = "snapshot_of"
SNAPSHOT_AT = "snapshot_at"


def _as_text(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value)


def write_meta(engine: Engine, **values: object) -> None:
    """Set (insert or replace) meta values; bools become "1"/"0", datetimes ISO text."""
    if not values:
        return
    rows = [{"key": k, "value": _as_text(v)} for k, v in values.items()]
    with damage_guard(), engine.begin() as conn:
        conn.execute(insert_or_update(conn, MetaRow, rows, keys=["key"], update=["value"]))


def read_values(engine: Engine) -> dict[str, str]:
    """All meta values as stored (one query; what unlock, backup and rotation check)."""
    with damage_guard(), engine.connect() as conn:
        rows = conn.execute(select(MetaRow.key, MetaRow.value)).all()
    return {str(k): str(v) for k, v in rows}


def read_meta(engine: Engine) -> dict[str, str]:
    """All meta values plus ``schema_revision`` and ``schema_head`` (for `vault check`)."""
    meta = read_values(engine)
    with damage_guard():
        meta["schema_revision"] = current_revision(engine) or ""
    meta["schema_head"] = head_revision()
    return meta


def flag_value(value: str | None) -> bool:
    """A stored boolean ("1"/"0"; "true"/"yes" also count as set)."""
    return (value or "0").lower() in ("1", "true", "yes")


def meta_flag(meta: dict[str, str], key: str) -> bool:
    return flag_value(meta.get(key))


def snapshot_moment(meta: dict[str, str]) -> datetime | None:
    """When this vault was taken as a snapshot of a team server; None if it is none."""
    if not meta.get(SNAPSHOT_OF):
        return None
    try:
        return datetime.fromisoformat(meta.get(SNAPSHOT_AT, ""))
    except ValueError:
        return None
