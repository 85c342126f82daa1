"""The audit log as the UI and CLI see it: record, list, verify."""

from __future__ import annotations

from sqlalchemy import select

from kansencirkel.core.enums import AuditKind
from kansencirkel.core.model import AuditEntry
from kansencirkel.vault.audit import ChainReport, entry_from_row, verify_chain
from kansencirkel.vault.models import AuditEventRow
from kansencirkel.vault.repos.base import RepoContext


class AuditRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def record(
        self,
        kind: AuditKind,
        record_type: str,
        record_id: str | None = None,
        child_id: str | None = None,
        detail: str = "",
    ) -> None:
        """Log an event done outside the repositories (unlock, export, print, backup …)."""
        with self._ctx.tx() as s:
            self._ctx.audit(s, AuditKind(kind), record_type, record_id, child_id, detail)

    def entries(self, child_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        """Events in order (oldest first); with ``limit`` the most recent ``limit`` of them."""
        table = AuditEventRow.__table__
        stmt = select(table).order_by(table.c.seq.desc())
        if child_id is not None:
            stmt = stmt.where(table.c.child_id == child_id)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self._ctx.tx() as s:
            rows = s.execute(stmt).all()
        return [entry_from_row(r) for r in reversed(rows)]

    def verify_chain(self) -> ChainReport:
        with self._ctx.tx() as s:
            return verify_chain(s.connection())
