"""Overleggen about one child, and the agenda of a day.

An overleg is planned (a date in the diary: "Volgend overleg" everywhere, by the rule in
:func:`kansencirkel.core.attention.next_meeting_dates`) or held (who was there, summary,
decisions, the next date). A planned one is marked held when it has taken place.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import cast

from sqlalchemy import delete, insert, or_, select
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, MeetingKind, MeetingStatus
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Meeting
from kansencirkel.vault.models import ChildRow, MeetingAttendeeRow, MeetingRow
from kansencirkel.vault.repos.base import RepoContext, changed_fields, get_or_404, new_id, reject
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT

_FIELDS = ("held_on", "kind", "attendees", "summary", "decisions", "next_on")


def _typed(names: object) -> object:
    """Attendees as a form gives them: stripped, empty lines left out. Anything that is not a
    list of texts goes to the rules as it is (and is refused there)."""
    if not isinstance(names, list | tuple) or not all(isinstance(n, str) for n in names):
        return names
    return tuple(n.strip() for n in names if n.strip())


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
        status=MeetingStatus(row.status),
        version=row.version,
    )


def _current(s: Session, row: MeetingRow) -> Meeting:
    """One overleg as it is in the store, with its attendees."""
    names = s.scalars(
        select(MeetingAttendeeRow.name)
        .where(MeetingAttendeeRow.meeting_id == row.id)
        .order_by(MeetingAttendeeRow.position)
    ).all()
    return _build(row, names)


def _claim(
    s: Session, meeting_id: str, expected: int | None, mine: dict[str, object]
) -> MeetingRow:
    row = get_or_404(s, MeetingRow, meeting_id, "Dit overleg")
    return claim(s, row, "Dit overleg", expected, mine=mine, theirs=lambda r: _current(s, r))


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


def _set_attendees(s: Session, meeting_id: str, names: object) -> tuple[str, ...]:
    clean = tuple(cast(Sequence[str], names))  # checked by the rules before
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
        """Record an overleg that was held (today or before)."""
        names = _typed(attendees)
        rules.held_by_now(STRICT, held_on=held_on)
        rules.meeting(
            STRICT,
            held_on=held_on,
            kind=kind,
            attendees=names,
            summary=summary,
            decisions=decisions,
            next_on=next_on,
        )
        row = MeetingRow(
            id=new_id(),
            child_id=child_id,
            held_on=held_on,
            kind=MeetingKind(kind).value,
            summary=summary,
            decisions=decisions,
            next_on=next_on,
            status=MeetingStatus.GEHOUDEN.value,
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            stored = _set_attendees(s, row.id, names)
            self._ctx.audit(s, AuditKind.CREATE, "meeting", row.id, child_id)
            return Written(_build(row, stored), Changes.child(row.child_id))

    def plan(self, child_id: str, held_on: date, kind: MeetingKind) -> Written[Meeting]:
        """Put an overleg in the diary on ``held_on`` (today or later)."""
        rules.planned_on(STRICT, held_on=held_on)
        rules.meeting(
            STRICT,
            held_on=held_on,
            kind=kind,
            attendees=(),
            summary="",
            decisions="",
            next_on=None,
        )
        row = MeetingRow(
            id=new_id(),
            child_id=child_id,
            held_on=held_on,
            kind=MeetingKind(kind).value,
            summary="",
            decisions="",
            next_on=None,
            status=MeetingStatus.GEPLAND.value,
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            self._ctx.audit(s, AuditKind.CREATE, "meeting", row.id, child_id, "planned")
            return Written(_build(row, ()), Changes.child(child_id))

    def mark_held(
        self,
        meeting_id: str,
        held_on: date,
        attendees: Sequence[str],
        summary: str = "",
        decisions: str = "",
        next_on: date | None = None,
        kind: MeetingKind | None = None,
        *,
        expected_version: int | None = None,
    ) -> Written[Meeting]:
        """A planned overleg took place: who was there, what was said and decided."""
        names = _typed(attendees)
        rules.held_by_now(STRICT, held_on=held_on)
        mine: dict[str, object] = {
            "held_on": held_on,
            "attendees": attendees,
            "summary": summary,
            "decisions": decisions,
            "next_on": next_on,
            "kind": kind,
        }
        with self._ctx.tx() as s:
            row = _claim(s, meeting_id, expected_version, mine)
            if row.status != MeetingStatus.GEPLAND.value:
                raise reject(N_("Dit overleg is al gehouden."))
            rules.meeting(
                STRICT,
                held_on=held_on,
                kind=kind or row.kind,
                attendees=names,
                summary=summary,
                decisions=decisions,
                next_on=next_on,
            )
            row.status = MeetingStatus.GEHOUDEN.value
            row.held_on, row.summary, row.decisions, row.next_on = (
                held_on,
                summary,
                decisions,
                next_on,
            )
            if kind is not None:
                row.kind = MeetingKind(kind).value
            stored = _set_attendees(s, row.id, names)
            self._ctx.audit(s, AuditKind.CHANGE, "meeting", row.id, row.child_id, "held")
            return Written(_build(row, stored), Changes.child(row.child_id))

    def update(
        self, meeting_id: str, *, expected_version: int | None = None, **fields: object
    ) -> Written[Meeting]:
        """Change an overleg. ``expected_version``: the version the edit was based on; when
        the overleg has a newer one, EditConflict (nothing written). So for mark_held."""
        if set(fields) - set(_FIELDS):
            raise reject(N_("Dit gegeven van een overleg bestaat niet."))
        mine = dict(fields)
        if "attendees" in fields:
            fields["attendees"] = _typed(fields["attendees"])
        with self._ctx.tx() as s:
            row = _claim(s, meeting_id, expected_version, mine)
            record: dict[str, object] = {
                "held_on": row.held_on,
                "kind": row.kind,
                "attendees": (),
                "summary": row.summary,
                "decisions": row.decisions,
                "next_on": row.next_on,
                **fields,
            }
            rules.meeting(STRICT, **record)  # the overleg as it will be, as a whole
            if "held_on" in fields:
                if row.status == MeetingStatus.GEPLAND.value:
                    rules.planned_on(STRICT, held_on=fields["held_on"])
                else:
                    rules.held_by_now(STRICT, held_on=fields["held_on"])
            for key, value in fields.items():
                if key == "kind":
                    value = MeetingKind(str(value)).value
                if key != "attendees":
                    setattr(row, key, value)
            if "attendees" in fields:
                names = _set_attendees(s, row.id, fields["attendees"])
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
            rows = s.execute(
                select(ChildRow.id, ChildRow.family_name, ChildRow.given_name).where(
                    ChildRow.id.in_(
                        select(MeetingRow.child_id).where(
                            or_(MeetingRow.held_on == day, MeetingRow.next_on == day)
                        )
                    )
                )
            ).all()
            # Sorted here: on a team server the names are ciphertext in SQL.
            return [r.id for r in sorted(rows, key=lambda r: (r.family_name, r.given_name))]
