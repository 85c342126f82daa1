"""Which closed files are past their bewaartermijn (the vault's ``retention_years``)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kansencirkel.core.enums import ChildStatus
from kansencirkel.core.retention import RetentionDue, retention_end, retention_expired
from kansencirkel.vault.models import ChildRow
from kansencirkel.vault.repos.convert import retention_years


def retention_due(s: Session, today: date) -> list[RetentionDue]:
    """Closed files whose last day of keeping lies before ``today``, longest overdue first.
    An open file is never due, whatever its dates say."""
    years = retention_years(s)
    rows = s.execute(
        select(ChildRow.id, ChildRow.given_name, ChildRow.family_name, ChildRow.closed_on).where(
            ChildRow.status == ChildStatus.AFGESLOTEN.value, ChildRow.closed_on.is_not(None)
        )
    ).all()
    # Sorted here, not in SQL: on a team server the names are ciphertext there.
    rows = sorted(rows, key=lambda r: (r.closed_on, r.family_name, r.given_name))
    due = []
    for child_id, given, family, closed_on in rows:
        end = retention_end(closed_on, years)
        if closed_on is not None and end is not None and retention_expired(closed_on, today, years):
            due.append(RetentionDue(child_id, given, family, closed_on, end))
    return due
