"""Afspraken: who does what, by when, for which element(s)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import ActionStatus, AuditKind
from kansencirkel.core.evaluation import (
    Evaluation,
    Helped,
    before_after,
    readings_from_json,
    readings_to_json,
)
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Action
from kansencirkel.core.what_works import EvaluatedAfspraak
from kansencirkel.vault.errors import EditConflict
from kansencirkel.vault.models import (
    ActionElementRow,
    ActionRow,
    ChildRow,
    MeetingRow,
    PersonRow,
)
from kansencirkel.vault.repos.assessments import load_assessments
from kansencirkel.vault.repos.base import RepoContext, changed_fields, get_or_404, new_id, reject
from kansencirkel.vault.repos.convert import person_from_row
from kansencirkel.vault.repos.settings import check_kind
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT, element_keys

_FIELDS = (
    "what",
    "elements",
    "owner_id",
    "start_on",
    "due_on",
    "status",
    "evaluation",
    "meeting_id",
    "kind",
)


def load_actions(session: Session, child_id: str) -> list[Action]:
    rows = session.execute(
        select(ActionRow, PersonRow)
        .outerjoin(PersonRow, PersonRow.id == ActionRow.owner_id)
        .where(ActionRow.child_id == child_id)
        .order_by(ActionRow.due_on.is_(None), ActionRow.due_on, ActionRow.created_at)
    ).all()
    tags: dict[str, list[str]] = defaultdict(list)
    for action_id, key in session.execute(
        select(ActionElementRow.action_id, ActionElementRow.element_key)
        .join(ActionRow, ActionRow.id == ActionElementRow.action_id)
        .where(ActionRow.child_id == child_id)
    ):
        tags[action_id].append(key)
    return [_build(a, p, element_keys(tags[a.id])) for a, p in rows]


def _build(row: ActionRow, owner: PersonRow | None, elements: tuple[str, ...]) -> Action:
    return Action(
        id=row.id,
        child_id=row.child_id,
        what=row.what,
        elements=elements,
        owner=person_from_row(owner) if owner else None,
        start_on=row.start_on,
        due_on=row.due_on,
        status=ActionStatus(row.status),
        evaluation=row.evaluation,
        meeting_id=row.meeting_id,
        kind=row.kind,
        evaluated=_evaluated(row),
        version=row.version,
    )


def _current(s: Session, row: ActionRow) -> Action:
    """One afspraak as it is in the store (its owner and elements read with it)."""
    owner = s.get(PersonRow, row.owner_id) if row.owner_id else None
    keys = s.scalars(
        select(ActionElementRow.element_key).where(ActionElementRow.action_id == row.id)
    ).all()
    return _build(row, owner, element_keys(keys))


def _claim(
    s: Session, action_id: str, expected: int | None, mine: Mapping[str, object]
) -> ActionRow:
    row = get_or_404(s, ActionRow, action_id, "Deze afspraak")
    return claim(s, row, "Deze afspraak", expected, mine=mine, theirs=lambda r: _current(s, r))


def _evaluated(row: ActionRow) -> Evaluation | None:
    if row.helped is None or row.evaluated_on is None:
        return None
    return Evaluation(
        Helped(row.helped),
        row.evaluation,
        row.evaluated_on,
        readings_from_json(row.evaluation_readings),
    )


#: An afspraak can be evaluated once it is finished or stopped.
EVALUATED_STATUSES = (ActionStatus.AFGEROND, ActionStatus.GESTOPT)


class ActionsRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def create(
        self,
        child_id: str,
        what: str,
        elements: tuple[str, ...] | list[str],
        owner_id: str | None,
        start_on: date | None,
        due_on: date | None,
        status: ActionStatus = ActionStatus.GEPLAND,
        meeting_id: str | None = None,
        evaluation: str = "",
        kind: str | None = None,
    ) -> Written[Action]:
        rules.action(
            STRICT,
            what=what,
            elements=elements,
            start_on=start_on,
            due_on=due_on,
            status=status,
            evaluation=evaluation,
        )
        keys = element_keys(elements)
        row = ActionRow(
            id=new_id(),
            child_id=child_id,
            what=what,
            owner_id=owner_id,
            start_on=start_on,
            due_on=due_on,
            status=ActionStatus(status).value,
            evaluation=evaluation,
            meeting_id=meeting_id,
            created_at=clock.now(),
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            owner = self._check_links(s, owner_id, meeting_id)
            row.kind = check_kind(s, kind)
            s.add(row)
            s.flush()
            _set_elements(s, row.id, keys)
            self._ctx.audit(s, AuditKind.CREATE, "action", row.id, child_id)
            return Written(_build(row, owner, keys), Changes.child(row.child_id))

    def update(
        self, action_id: str, *, expected_version: int | None = None, **fields: object
    ) -> Written[Action]:
        """Change an afspraak. ``expected_version``: the version the edit was based on; when
        the afspraak has a newer one, EditConflict (nothing written). So for every save below."""
        if set(fields) - set(_FIELDS):
            raise reject(N_("Dit gegeven van een afspraak bestaat niet."))
        with self._ctx.tx() as s:
            row = _claim(s, action_id, expected_version, fields)
            record: dict[str, object] = {
                "what": row.what,
                "elements": (),
                "start_on": row.start_on,
                "due_on": row.due_on,
                "status": row.status,
                "evaluation": row.evaluation,
            }
            record.update((k, v) for k, v in fields.items() if k in record)
            rules.action(STRICT, **record)  # the afspraak as it will be, as a whole
            keys: tuple[str, ...] | None = None
            for key, value in fields.items():
                if key == "status":
                    value = ActionStatus(str(value)).value
                elif key == "elements":
                    keys = element_keys(value)  # type: ignore[arg-type]
                    continue
                elif key == "kind":
                    value = check_kind(s, value, row.kind)
                setattr(row, key, value)
            owner = self._check_links(s, row.owner_id, row.meeting_id)
            if keys is not None:
                s.execute(delete(ActionElementRow).where(ActionElementRow.action_id == row.id))
                _set_elements(s, row.id, keys)
            self._ctx.audit(
                s, AuditKind.CHANGE, "action", row.id, row.child_id, changed_fields(fields)
            )
            s.flush()
            current = s.scalars(
                select(ActionElementRow.element_key).where(ActionElementRow.action_id == row.id)
            ).all()
            action = _build(row, owner, element_keys(current))
            return Written(action, Changes.child(row.child_id))

    def evaluate(
        self,
        action_id: str,
        status: ActionStatus,
        helped: Helped,
        sentence: str,
        evaluated_on: date | None = None,
        *,
        expected_version: int | None = None,
    ) -> Written[Action]:
        """Finish or stop an afspraak with the team's answer to "heeft het geholpen?".

        The readings before its start and since (up to ``evaluated_on``, default today) are
        chosen here, in the same transaction, from the current readings of its elements and
        stored with the answer, so the evaluation keeps what it was based on.
        """
        status = ActionStatus(status)
        if status not in EVALUATED_STATUSES:
            raise reject(N_("Een afspraak wordt geëvalueerd als ze afgerond of gestopt is."))
        helped = Helped(helped)
        day = evaluated_on or clock.today()
        mine = {"status": status, "helped": helped, "sentence": sentence, "evaluated_on": day}
        with self._ctx.tx() as s:
            row = _claim(s, action_id, expected_version, mine)
            rules.action(
                STRICT,
                what=row.what,
                elements=(),
                start_on=row.start_on,
                due_on=row.due_on,
                status=status,
                evaluation=sentence,
            )
            if row.start_on is not None and day < row.start_on:
                raise reject(N_("De evaluatie ligt vóór de start van de afspraak."))
            keys = element_keys(
                s.scalars(
                    select(ActionElementRow.element_key).where(ActionElementRow.action_id == row.id)
                ).all()
            )
            readings = before_after(
                load_assessments(s, row.child_id), keys, row.start_on, until=day
            )
            row.status = status.value
            row.helped = helped.value
            row.evaluation = sentence
            row.evaluated_on = day
            row.evaluation_readings = readings_to_json(readings)
            owner = self._check_links(s, row.owner_id, row.meeting_id)
            self._ctx.audit(s, AuditKind.CHANGE, "action", row.id, row.child_id, "evaluated")
            s.flush()
            return Written(_build(row, owner, keys), Changes.child(row.child_id))

    def finish(
        self,
        action_id: str | None,
        status: ActionStatus,
        helped: Helped,
        sentence: str,
        evaluated_on: date | None = None,
        *,
        child_id: str = "",
        fields: Mapping[str, Any] | None = None,
        expected_version: int | None = None,
    ) -> Written[Action]:
        """Save an afspraak's edits (``fields``, as :meth:`update` takes them; a new afspraak
        of ``child_id`` as :meth:`create` does when ``action_id`` is None) and finish or stop
        it with its evaluation, in one transaction: when the evaluation is refused or fails,
        nothing is saved and the afspraak stays as it was, unfinished (no edit without its
        evaluation, no audit event of either). One new version; on an EditConflict its
        ``mine`` holds this call's arguments (retry with ``**mine`` and the action id)."""
        edits = {k: v for k, v in (fields or {}).items() if k != "status"}  # status: below
        with self._ctx.tx():
            changes = Changes()
            try:
                if action_id is None:
                    written = self.create(child_id, **edits)
                    action_id, changes = written.value.id, written.changes
                elif edits:
                    changes = self.update(
                        action_id, expected_version=expected_version, **edits
                    ).changes
                done = self.evaluate(
                    action_id,
                    status,
                    helped,
                    sentence,
                    evaluated_on,
                    expected_version=expected_version,
                )
            except EditConflict as conflict:  # mine: what this call was asked to save
                mine: dict[str, object] = {"status": status, "helped": helped, "sentence": sentence}
                mine |= {"evaluated_on": evaluated_on, "child_id": child_id, "fields": fields}
                raise EditConflict(
                    mine=mine, theirs=conflict.theirs, expected=expected_version
                ) from None
            return Written(done.value, changes.merge(done.changes))

    def evaluated_between(self, start: date, end: date) -> list[EvaluatedAfspraak]:
        """Every afspraak evaluated from ``start`` to ``end``, for the "Wat werkt" view: kind,
        answer and stored readings only (the child id only counts children). One VIEW event
        without a child: the view shows no child's data."""
        stmt = select(
            ActionRow.child_id,
            ActionRow.kind,
            ActionRow.helped,
            ActionRow.evaluated_on,
            ActionRow.evaluation_readings,
        ).where(
            ActionRow.helped.is_not(None),
            ActionRow.evaluated_on >= start,
            ActionRow.evaluated_on <= end,
        )
        with self._ctx.tx() as s:
            rows = s.execute(stmt).all()
            self._ctx.audit(s, AuditKind.VIEW, "wat_werkt", detail="period")
        return [
            EvaluatedAfspraak(c, k, Helped(h), on, readings_from_json(r))
            for c, k, h, on, r in rows
            if h is not None and on is not None
        ]

    def for_child(self, child_id: str) -> list[Action]:
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            result = load_actions(s, child_id)
            self._ctx.audit(s, AuditKind.VIEW, "action", child_id=child_id)
            return result

    def delete(self, action_id: str) -> Changes:
        with self._ctx.tx() as s:
            row = get_or_404(s, ActionRow, action_id, "Deze afspraak")
            s.delete(row)
            self._ctx.audit(s, AuditKind.DELETE, "action", action_id, row.child_id)
            return Changes.child(row.child_id)

    @staticmethod
    def _check_links(s: Session, owner_id: str | None, meeting_id: str | None) -> PersonRow | None:
        if meeting_id is not None:
            get_or_404(s, MeetingRow, meeting_id, "Dit overleg")
        return get_or_404(s, PersonRow, owner_id, "Deze persoon") if owner_id else None


def _set_elements(s: Session, action_id: str, keys: tuple[str, ...]) -> None:
    if keys:
        s.execute(
            insert(ActionElementRow), [{"action_id": action_id, "element_key": k} for k in keys]
        )
