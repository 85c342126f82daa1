"""Rows to core dataclasses (the only place that knows both shapes)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from kansencirkel.core.enums import ChildStatus, Role
from kansencirkel.core.model import Child, Person
from kansencirkel.core.retention import SETTING_KEY, parse_retention_years, retention_end
from kansencirkel.vault.models import ChildRow, PersonRow, SettingRow


def person_from_row(row: PersonRow | Row[Any]) -> Person:
    """From a loaded row, or a Core row of the persons table (the children list)."""
    return Person(
        id=row.id,
        name=row.name,
        role=Role(row.role),
        organisation=row.organisation,
        phone=row.phone,
        email=row.email,
        team_member_id=row.team_member_id,
        version=row.version,
    )


def retention_years(session: Session) -> int:
    value = session.scalar(select(SettingRow.value).where(SettingRow.key == SETTING_KEY))
    return parse_retention_years(value)


def child_from_row(row: ChildRow, regiehouder: Person | None, years: int) -> Child:
    closed_on: date | None = row.closed_on
    return Child(
        id=row.id,
        given_name=row.given_name,
        family_name=row.family_name,
        date_of_birth=row.date_of_birth,
        school=row.school,
        group=row.school_group,
        status=ChildStatus(row.status),
        opened_on=row.opened_on,
        closed_on=closed_on,
        regiehouder=regiehouder,
        retention_until=retention_end(closed_on, years),
        version=row.version,
    )


def load_child(session: Session, row: ChildRow) -> Child:
    person = session.get(PersonRow, row.regiehouder_id) if row.regiehouder_id else None
    return child_from_row(
        row, person_from_row(person) if person else None, retention_years(session)
    )
