"""Metingen: eight scores per perspective; a correction is a new version, never an edit.

One entered for the wrong child is withdrawn with a reason: it stays in the history, and every
read that feeds stars, topics, reports or the children list leaves it out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.behalf import typed_in_for
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Assessment, AssessmentInput
from kansencirkel.vault.errors import NotFound
from kansencirkel.vault.models import AssessmentRow, ChildRow, DraftRow, ElementScoreRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, new_id, reject
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT

WITHDRAWN = N_("Deze meting is ingetrokken; corrigeren of opnieuw intrekken kan niet.")


def _build(
    row: AssessmentRow,
    scores: dict[str, tuple[int | None, str]],
    talk: Iterable[str] = (),
) -> Assessment:
    return Assessment(
        id=row.id,
        child_id=row.child_id,
        perspective=Perspective(row.perspective),
        assessed_on=row.assessed_on,
        given_by=row.given_by,
        given_by_role=Role(row.given_by_role),
        scores={k: scores.get(k, (None, ""))[0] for k in ELEMENT_KEYS},
        notes={k: scores.get(k, (None, ""))[1] for k in ELEMENT_KEYS},
        goes_well=row.goes_well,
        wishes=row.wishes,
        recorded_by=row.recorded_by,
        recorded_at=row.recorded_at,
        lineage_id=row.lineage_id,
        version=row.version,
        superseded_at=row.superseded_at,
        correction_reason=row.correction_reason,
        withdrawn_at=row.withdrawn_at,
        withdrawn_by=row.withdrawn_by,
        withdraw_reason=row.withdraw_reason,
        talk=frozenset(talk),
    )


def _with_scores(session: Session, rows: Iterable[AssessmentRow]) -> list[Assessment]:
    rows = list(rows)
    by_id: dict[str, dict[str, tuple[int | None, str]]] = defaultdict(dict)
    talk: dict[str, list[str]] = defaultdict(list)
    ids = [r.id for r in rows]
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        for s in session.execute(
            select(
                ElementScoreRow.assessment_id,
                ElementScoreRow.element_key,
                ElementScoreRow.score,
                ElementScoreRow.note,
                ElementScoreRow.talk,
            ).where(ElementScoreRow.assessment_id.in_(chunk))
        ):
            by_id[s.assessment_id][s.element_key] = (s.score, s.note)
            if s.talk:
                talk[s.assessment_id].append(s.element_key)
    return [_build(r, by_id[r.id], talk[r.id]) for r in rows]


def load_assessments(
    session: Session,
    child_id: str,
    include_superseded: bool = False,
    include_withdrawn: bool = False,
) -> list[Assessment]:
    """A child's assessments, oldest first; withdrawn ones only when asked for."""
    stmt = select(AssessmentRow).where(AssessmentRow.child_id == child_id)
    if not include_superseded:
        stmt = stmt.where(AssessmentRow.superseded_at.is_(None))
    if not include_withdrawn:
        stmt = stmt.where(AssessmentRow.withdrawn_at.is_(None))
    stmt = stmt.order_by(
        AssessmentRow.assessed_on, AssessmentRow.recorded_at, AssessmentRow.version
    )
    return _with_scores(session, session.scalars(stmt).all())


def current_readings(session: Session, child_ids: Iterable[str]) -> list[Assessment]:
    """The current, not withdrawn metingen of ``child_ids`` (any order)."""
    ids = list(child_ids)
    rows: list[AssessmentRow] = []
    for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
        rows.extend(
            session.scalars(
                select(AssessmentRow).where(
                    AssessmentRow.child_id.in_(chunk),
                    AssessmentRow.superseded_at.is_(None),
                    AssessmentRow.withdrawn_at.is_(None),
                )
            )
        )
    return _with_scores(session, rows)


def validate(data: AssessmentInput) -> dict[str, tuple[int | None, str]]:
    """Check the input; return (score, note) for all eight elements."""
    rules.assessment(
        STRICT,
        perspective=data.perspective,
        assessed_on=data.assessed_on,
        given_by=data.given_by,
        given_by_role=data.given_by_role,
        scores=data.scores,
        notes=data.notes,
        goes_well=data.goes_well,
        wishes=data.wishes,
        correction_reason=data.correction_reason,
        talk=data.talk,
    )
    return {k: (data.scores.get(k), data.notes.get(k, "")) for k in ELEMENT_KEYS}


class AssessmentsRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def save(self, data: AssessmentInput, *, draft_id: str | None = None) -> Written[Assessment]:
        """Store a new assessment, or a correction (new version) when ``corrects_id`` is set.

        ``draft_id``: the draft it was typed in goes in the same transaction, so a crash
        leaves either the draft or the assessment, never both or neither."""
        now = clock.now()
        scores = validate(data)
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, data.child_id, "Dit kind")
            lineage, version = new_id(), 1
            if data.corrects_id is not None:
                old = get_or_404(s, AssessmentRow, data.corrects_id, "Deze meting")
                if old.child_id != data.child_id:
                    raise reject(N_("Deze correctie hoort bij een ander kind."))
                if old.superseded_at is not None:
                    raise reject(
                        N_("Deze versie is al gecorrigeerd; corrigeer de nieuwste versie.")
                    )
                if old.withdrawn_at is not None:
                    raise reject(WITHDRAWN)
                old.superseded_at = now
                lineage, version = old.lineage_id, old.version + 1
            row = AssessmentRow(
                id=new_id(),
                child_id=data.child_id,
                perspective=Perspective(data.perspective).value,
                assessed_on=data.assessed_on,
                given_by=data.given_by.strip(),
                given_by_role=Role(data.given_by_role).value,
                goes_well=data.goes_well,
                wishes=data.wishes,
                recorded_by=self._ctx.actor.name,
                recorded_at=now,
                lineage_id=lineage,
                version=version,
                superseded_at=None,
                correction_reason=data.correction_reason if data.corrects_id else "",
            )
            s.add(row)
            s.flush()
            s.execute(
                insert(ElementScoreRow),
                [
                    {
                        "assessment_id": row.id,
                        "element_key": k,
                        "score": v,
                        "note": n,
                        "talk": k in data.talk,
                    }
                    for k, (v, n) in scores.items()
                ],
            )
            behalf = typed_in_for(data.given_by, data.given_by_role, self._ctx.actor.name)
            if data.corrects_id is None:
                # Samen invullen: filled in by the child or parent beside the team member.
                detail = f"samen:{Role(data.given_by_role).value}" if data.samen else ""
                kind = AuditKind.CREATE
            else:
                detail, kind = f"correction_of:{data.corrects_id}", AuditKind.CHANGE
            self._ctx.audit(
                s, kind, "assessment", row.id, data.child_id, detail, on_behalf_of=behalf
            )
            changes = Changes.child(data.child_id)
            draft = s.get(DraftRow, draft_id) if draft_id else None
            if draft is not None and draft.child_id == data.child_id:
                s.delete(draft)
                changes = changes.merge(Changes(drafts=frozenset({data.child_id})))
            return Written(_build(row, scores, data.talk), changes)

    def withdraw(self, assessment_id: str, *, reason: str) -> Written[Assessment]:
        """Withdraw a meting (e.g. entered for the wrong child): kept in the history with who,
        when and ``reason``; left out of stars, topics, reports and the children list."""
        rules.reason(STRICT, reason=reason)
        with self._ctx.tx() as s:
            row = get_or_404(s, AssessmentRow, assessment_id, "Deze meting")
            if row.superseded_at is not None:
                raise reject(N_("Trek de nieuwste versie van deze meting in."))
            if row.withdrawn_at is not None:
                raise reject(WITHDRAWN)
            row.withdrawn_at = clock.now()
            row.withdrawn_by = self._ctx.actor.name
            row.withdraw_reason = reason.strip()
            self._ctx.audit(s, AuditKind.CHANGE, "assessment", row.id, row.child_id, "withdrawn")
            return Written(_with_scores(s, [row])[0], Changes.child(row.child_id))

    def get(self, assessment_id: str) -> Assessment:
        with self._ctx.tx() as s:
            row = get_or_404(s, AssessmentRow, assessment_id, "Deze meting")
            self._ctx.audit(s, AuditKind.VIEW, "assessment", row.id, row.child_id)
            return _with_scores(s, [row])[0]

    def for_child(self, child_id: str, include_superseded: bool = False) -> list[Assessment]:
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            result = load_assessments(s, child_id, include_superseded)
            self._ctx.audit(s, AuditKind.VIEW, "assessment", child_id=child_id)
            return result

    def versions(self, lineage_id: str) -> list[Assessment]:
        """All versions of one assessment, oldest (version 1) first."""
        with self._ctx.tx() as s:
            rows = s.scalars(
                select(AssessmentRow)
                .where(AssessmentRow.lineage_id == lineage_id)
                .order_by(AssessmentRow.version)
            ).all()
            if not rows:
                raise NotFound(N_("Deze meting bestaat niet (meer) in de kluis."))
            self._ctx.audit(s, AuditKind.VIEW, "assessment", lineage_id, rows[0].child_id)
            return _with_scores(s, rows)
