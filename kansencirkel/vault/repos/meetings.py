"""Overleggen about one child, and the agenda of a day."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, MeetingKind
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Meeting
from kansencirkel.vault.models import ChildRow, MeetingAttendeeRow, MeetingRow
from kansencirkel.vault.repos.base import RepoContext, changed_fields, get_or_404, new_id, reject

_FIELDS = ("held_on", "kind", "attendees", "summary", "decisions", "next_on")


def _kind(value: object) -> MeetingKind:
    try:
        return MeetingKind(str(value))
    except ValueError:
        raise reject(N_("Dit soort overleg bestaat niet.")) from None


def _check_next(held_on: date, next_on: date | None) -> None:
    if next_on is not None and next_on < held_on:
        raise reject(N_("Het volgende overleg ligt voor dit overleg."))


def _build(row: MeetingRow, attendees: Sequence[str]) -> Meeting:
    return Meeting(
        id=row.id,
        child_id=row.child_id,
        held_on=row.held_on,
        kind=MeetingKind(row.kind),
        attendees=tuple(attendees),
        summary=row.summary,
        decisions=row.decisions,
        next_on=row.next_on,
    )


def load_meetings(session: Session, child_id: str) -> list[Meeting]:
    rows = session.scalars(
        select(MeetingRow).where(MeetingRow.child_id == child_id).order_by(MeetingRow.held_on)
    ).all()
    names: dict[str, list[str]] = defaultdict(list)
    for meeting_id, name in session.execute(
        select(MeetingAttendeeRow.meeting_id, MeetingAttendeeRow.name)
        .join(MeetingRow, MeetingRow.id == MeetingAttendeeRow.meeting_id)
        .where(MeetingRow.child_id == child_id)
        .order_by(MeetingAttendeeRow.meeting_id, MeetingAttendeeRow.position)
    ):
        names[meeting_id].append(name)
    return [_build(r, names[r.id]) for r in rows]


def _set_attendees(s: Session, meeting_id: str, attendees: Sequence[str]) -> tuple[str, ...]:
    clean = tuple(a.strip() for a in attendees if a.strip())
    s.execute(delete(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id == meeting_id))
    if clean:
        s.execute(
            insert(MeetingAttendeeRow),
            [{"meeting_id": meeting_id, "position": i, "name": n} for i, n in enumerate(clean)],
        )
    return clean


class MeetingsRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def create(
        self,
        child_id: str,
        held_on: date,
        kind: MeetingKind,
        attendees: Sequence[str],
        summary: str = "",
        decisions: str = "",
        next_on: date | None = None,
    ) -> Written[Meeting]:
        _check_next(held_on, next_on)
        row = MeetingRow(
            id=new_id(),
            child_id=child_id,
            held_on=held_on,
            kind=_kind(kind).value,
            summary=summary,
            decisions=decisions,
            next_on=next_on,
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            names = _set_attendees(s, row.id, attendees)
            self._ctx.audit(s, AuditKind.CREATE, "meeting", row.id, child_id)
            return Written(_build(row, names), Changes.child(row.child_id))

    def update(self, meeting_id: str, **fields: object) -> Written[Meeting]:
        if set(fields) - set(_FIELDS):
            raise reject(N_("Dit gegeven van een overleg bestaat niet."))
        with self._ctx.tx() as s:
            row = get_or_404(s, MeetingRow, meeting_id, "Dit overleg")
            for key, value in fields.items():
                if key == "attendees":
                    continue
                setattr(row, key, _kind(value).value if key == "kind" else value)
            _check_next(row.held_on, row.next_on)
            if "attendees" in fields:
                names = _set_attendees(s, row.id, fields["attendees"])  # type: ignore[arg-type]
            else:
                names = tuple(
                    s.scalars(
                        select(MeetingAttendeeRow.name)
                        .where(MeetingAttendeeRow.meeting_id == row.id)
                        .order_by(MeetingAttendeeRow.position)
                    ).all()
                )
            self._ctx.audit(
                s, AuditKind.CHANGE, "meeting", row.id, row.child_id, changed_fields(fields)
            )
            return Written(_build(row, names), Changes.child(row.child_id))

    def for_child(self, child_id: str) -> list[Meeting]:
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            result = load_meetings(s, child_id)
            self._ctx.audit(s, AuditKind.VIEW, "meeting", child_id=child_id)
            return result

    def delete(self, meeting_id: str) -> Changes:
        with self._ctx.tx() as s:
            row = get_or_404(s, MeetingRow, meeting_id, "Dit overleg")
            s.delete(row)
            self._ctx.audit(s, AuditKind.DELETE, "meeting", meeting_id, row.child_id)
            return Changes.child(row.child_id)

    def agenda(self, day: date) -> list[str]:
        """Ids of children with an overleg held or planned on ``day``, by family name."""
        with self._ctx.tx() as s:
            ids = s.scalars(
                select(ChildRow.id)
                .where(
                    ChildRow.id.in_(
                        select(MeetingRow.child_id).where(
                            or_(MeetingRow.held_on == day, MeetingRow.next_on == day)
                        )
                    )
                )
                .order_by(ChildRow.family_name, ChildRow.given_name)
            ).all()
            return list(ids)
