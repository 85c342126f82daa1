"""The audit log: append-only (SQL triggers) and hash-chained (SHA-256).

Each event's hash covers the previous event's hash and a canonical serialisation of its own
fields, so changing, removing or inserting a row anywhere breaks the chain from that row on.
Events name records by id only, never their content. Who acted is recorded with on whose
behalf (NEN 7513): the organisation they work for, or the person a reading was typed in for.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.engine import Connection, Row

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import AuditEntry
from kansencirkel.vault.models import AuditEventRow

GENESIS_HASH = "0" * 64
MAX_DETAIL = 200


@dataclass(frozen=True, slots=True)
class ChainReport:
    ok: bool
    checked: int
    first_bad_seq: int | None = None


def canonical(
    seq: int,
    at: datetime,
    actor: str,
    kind: str,
    record_type: str,
    record_id: str | None,
    child_id: str | None,
    detail: str,
    on_behalf_of: str | None = None,
) -> bytes:
    """Stable bytes for hashing: a JSON array, UTC ISO time, no whitespace, UTF-8.

    ``on_behalf_of`` is appended only when it holds a value: events from before it existed
    (and events for oneself) hash as they always did."""
    fields: list[object] = [
        seq,
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        actor,
        kind,
        record_type,
        record_id,
        child_id,
        detail,
    ]
    if on_behalf_of:
        fields.append(on_behalf_of)
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chain_hash(prev_hash: str, payload: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + payload).hexdigest()


def _hold_chain(conn: Connection) -> None:
    """On a team server several apps append to one team's chain: each append holds the
    team's chain until its transaction ends (in a laptop vault the engine lock does this)."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                "SELECT pg_advisory_xact_lock(hashtext('kansencirkel-audit:' || "
                "current_setting('kansencirkel.team', true)))"
            )
        )


def append_event(
    conn: Connection,
    *,
    actor: str,
    kind: AuditKind,
    record_type: str,
    record_id: str | None = None,
    child_id: str | None = None,
    detail: str = "",
    at: datetime | None = None,
    on_behalf_of: str = "",
) -> AuditEntry:
    """Append one event inside the caller's transaction (the caller holds the write lock)."""
    at = at or clock.now()
    detail, on_behalf_of = detail[:MAX_DETAIL], on_behalf_of.strip()[:MAX_DETAIL]
    _hold_chain(conn)
    last = conn.execute(
        select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
    ).first()
    seq = 1 if last is None else int(last[0]) + 1
    prev = GENESIS_HASH if last is None else str(last[1])
    kind = AuditKind(kind)
    digest = chain_hash(
        prev,
        canonical(
            seq, at, actor, kind.value, record_type, record_id, child_id, detail, on_behalf_of
        ),
    )
    conn.execute(
        insert(AuditEventRow).values(
            seq=seq,
            at=at,
            actor=actor,
            kind=kind.value,
            record_type=record_type,
            record_id=record_id,
            child_id=child_id,
            detail=detail,
            on_behalf_of=on_behalf_of or None,
            prev_hash=prev,
            hash=digest,
        )
    )
    return AuditEntry(seq, at, actor, kind, record_type, record_id, child_id, detail, on_behalf_of)


#: One event of :func:`append_events`: kind, record type, record id, child id, detail.
Event = tuple[AuditKind, str, str | None, str | None, str]


def append_events(
    conn: Connection,
    *,
    actor: str,
    events: Sequence[Event],
    at: datetime | None = None,
    on_behalf_of: str = "",
) -> int:
    """Append many events at once, chained exactly as :func:`append_event` one by one would
    (one look-up of the last event, one executemany); returns how many."""
    if not events:
        return 0
    at = at or clock.now()
    return _append_all(conn, [(at, actor, *event, on_behalf_of) for event in events])


def copy_events(conn: Connection, entries: Sequence[AuditEntry]) -> int:
    """Append events that happened elsewhere (a laptop vault taken into a team), each with
    its own time and actor, chained after this log's last event; returns how many."""
    return _append_all(
        conn,
        [
            (
                e.at,
                e.actor,
                e.kind,
                e.record_type,
                e.record_id,
                e.child_id,
                e.detail,
                e.on_behalf_of,
            )
            for e in entries
        ],
    )


def _append_all(
    conn: Connection,
    events: Sequence[tuple[datetime, str, AuditKind, str, str | None, str | None, str, str]],
) -> int:
    if not events:
        return 0
    _hold_chain(conn)
    last = conn.execute(
        select(AuditEventRow.seq, AuditEventRow.hash).order_by(AuditEventRow.seq.desc()).limit(1)
    ).first()
    seq = 0 if last is None else int(last[0])
    prev = GENESIS_HASH if last is None else str(last[1])
    rows = []
    for at, actor, kind, record_type, record_id, child_id, detail, behalf in events:
        seq += 1
        kind, detail, behalf = AuditKind(kind), detail[:MAX_DETAIL], behalf.strip()[:MAX_DETAIL]
        payload = canonical(
            seq, at, actor, kind.value, record_type, record_id, child_id, detail, behalf
        )
        digest = chain_hash(prev, payload)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "actor": actor,
                "kind": kind.value,
                "record_type": record_type,
                "record_id": record_id,
                "child_id": child_id,
                "detail": detail,
                "on_behalf_of": behalf or None,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn.execute(insert(AuditEventRow), rows)
    return len(rows)


def verify_chain(conn: Connection, batch: int = 5000) -> ChainReport:
    """Recompute every hash in order; report the first event that does not fit."""
    prev = GENESIS_HASH
    checked = 0
    expected_seq = 1
    table = AuditEventRow.__table__
    rows = conn.execute(select(table).order_by(table.c.seq)).yield_per(batch)
    for row in rows:
        payload = canonical(
            row.seq,
            row.at,
            row.actor,
            row.kind,
            row.record_type,
            row.record_id,
            row.child_id,
            row.detail,
            row.on_behalf_of,
        )
        if (
            row.seq != expected_seq
            or row.prev_hash != prev
            or chain_hash(prev, payload) != row.hash
        ):
            return ChainReport(False, checked, row.seq)
        prev = row.hash
        checked += 1
        expected_seq += 1
    return ChainReport(True, checked, None)


def entry_from_row(row: AuditEventRow | Row[Any]) -> AuditEntry:
    return AuditEntry(
        seq=row.seq,
        at=row.at,
        actor=row.actor,
        kind=AuditKind(row.kind),
        record_type=row.record_type,
        record_id=row.record_id,
        child_id=row.child_id,
        detail=row.detail,
        on_behalf_of=row.on_behalf_of or "",
    )
