"""Notes (observations): dated text with element tags, intern or deelbaar."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.core.model import Note
from kansencirkel.vault.models import ChildRow, NoteElementRow, NoteRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, new_id
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT, element_keys


def _build(row: NoteRow, elements: tuple[str, ...]) -> Note:
    return Note(
        id=row.id,
        child_id=row.child_id,
        written_on=row.written_on,
        text=row.text,
        elements=elements,
        visibility=Visibility(row.visibility),
        author=row.author,
    )


def load_notes(session: Session, child_id: str) -> list[Note]:
    """A child's notes, oldest first."""
    rows = session.scalars(
        select(NoteRow)
        .where(NoteRow.child_id == child_id)
        .order_by(NoteRow.written_on, NoteRow.created_at)
    ).all()
    tags: dict[str, list[str]] = defaultdict(list)
    for note_id, key in session.execute(
        select(NoteElementRow.note_id, NoteElementRow.element_key)
        .join(NoteRow, NoteRow.id == NoteElementRow.note_id)
        .where(NoteRow.child_id == child_id)
    ):
        tags[note_id].append(key)
    return [_build(r, element_keys(tags[r.id])) for r in rows]


class NotesRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    def create(
        self,
        child_id: str,
        written_on: date,
        text: str,
        elements: Iterable[str],
        visibility: Visibility,
    ) -> Written[Note]:
        elements = tuple(elements)
        rules.note(
            STRICT, written_on=written_on, text=text, elements=elements, visibility=visibility
        )
        keys = element_keys(elements)
        row = NoteRow(
            id=new_id(),
            child_id=child_id,
            written_on=written_on,
            text=text,
            visibility=Visibility(visibility).value,
            author=self._ctx.actor.name,
            created_at=clock.now(),
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            if keys:
                s.execute(
                    insert(NoteElementRow), [{"note_id": row.id, "element_key": k} for k in keys]
                )
            self._ctx.audit(s, AuditKind.CREATE, "note", row.id, child_id)
            return Written(_build(row, keys), Changes.child(row.child_id, in_list=False))

    def for_child(self, child_id: str, visibility: Visibility | None = None) -> list[Note]:
        """All notes, or only those with one visibility (e.g. deelbaar for a parents' report)."""
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            notes = load_notes(s, child_id)
            self._ctx.audit(s, AuditKind.VIEW, "note", child_id=child_id)
        if visibility is not None:
            notes = [n for n in notes if n.visibility == visibility]
        return notes

    def delete(self, note_id: str) -> Changes:
        with self._ctx.tx() as s:
            row = get_or_404(s, NoteRow, note_id, "Deze notitie")
            s.delete(row)
            self._ctx.audit(s, AuditKind.DELETE, "note", note_id, row.child_id)
            return Changes.child(row.child_id, in_list=False)
