"""Notes (observations): dated text with element tags, intern or deelbaar.

A note is mended, never silently changed: an edit or a change of visibility keeps the old
version in ``note_versions`` with who replaced it, when and why; a removal keeps the note
(for the audit trail and its history) but takes it off every screen and report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import Note, NoteVersion
from kansencirkel.vault.models import ChildRow, NoteElementRow, NoteRow, NoteVersionRow
from kansencirkel.vault.repos.base import RepoContext, get_or_404, new_id, reject
from kansencirkel.vault.repos.versions import claim
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.fields import STRICT, element_keys

REMOVED = N_("Deze notitie is verwijderd; wijzigen kan niet meer.")
NOTHING_CHANGED = N_("Er is niets gewijzigd aan de notitie.")


def _build(row: NoteRow, elements: tuple[str, ...]) -> Note:
    return Note(
        id=row.id,
        child_id=row.child_id,
        written_on=row.written_on,
        text=row.text,
        elements=elements,
        visibility=Visibility(row.visibility),
        author=row.author,
        version=row.version,
    )


def _version(row: NoteVersionRow) -> NoteVersion:
    return NoteVersion(
        note_id=row.note_id,
        version=row.version,
        written_on=row.written_on,
        text=row.text,
        elements=element_keys(k for k in row.elements.split(",") if k),
        visibility=Visibility(row.visibility),
        replaced_at=row.replaced_at,
        replaced_by=row.replaced_by,
        reason=row.reason,
    )


def load_notes(session: Session, child_id: str) -> list[Note]:
    """A child's notes that are not removed, oldest first."""
    rows = session.scalars(
        select(NoteRow)
        .where(NoteRow.child_id == child_id, NoteRow.removed_at.is_(None))
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


def load_note_versions(session: Session, child_id: str) -> list[NoteVersion]:
    """Earlier versions of a child's notes that are not removed, by note and version."""
    rows = session.scalars(
        select(NoteVersionRow)
        .join(NoteRow, NoteRow.id == NoteVersionRow.note_id)
        .where(NoteRow.child_id == child_id, NoteRow.removed_at.is_(None))
        .order_by(NoteVersionRow.note_id, NoteVersionRow.version)
    ).all()
    return [_version(r) for r in rows]


def _elements(s: Session, note_id: str) -> tuple[str, ...]:
    return element_keys(
        s.scalars(select(NoteElementRow.element_key).where(NoteElementRow.note_id == note_id))
    )


def _set_elements(s: Session, note_id: str, keys: tuple[str, ...]) -> None:
    s.execute(delete(NoteElementRow).where(NoteElementRow.note_id == note_id))
    if keys:
        s.execute(insert(NoteElementRow), [{"note_id": note_id, "element_key": k} for k in keys])


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
            version=1,
        )
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            s.add(row)
            s.flush()
            _set_elements(s, row.id, keys)
            self._ctx.audit(s, AuditKind.CREATE, "note", row.id, child_id)
            return Written(_build(row, keys), Changes.child(row.child_id, in_list=False))

    def edit(
        self,
        note_id: str,
        *,
        reason: str,
        written_on: date | None = None,
        text: str | None = None,
        elements: Iterable[str] | None = None,
        visibility: Visibility | None = None,
        expected_version: int | None = None,
    ) -> Written[Note]:
        """A new version of the note; the old one is kept with who, when and ``reason``.
        Fields left None stay as they are. ``expected_version``: the version the edit was
        based on; when the note has a newer one (a colleague's edit meanwhile), EditConflict
        and nothing written, as for the other records (:mod:`.versions`)."""
        rules.reason(STRICT, reason=reason)
        tags = None if elements is None else tuple(elements)
        asked: dict[str, object] = {
            k: v
            for k, v in (
                ("written_on", written_on),
                ("text", text),
                ("elements", tags),
                ("visibility", visibility),
            )
            if v is not None
        }
        with self._ctx.tx() as s:
            row = self._claim(s, note_id, expected_version, asked)
            old_keys = _elements(s, note_id)
            new_on = row.written_on if written_on is None else written_on
            new_text = row.text if text is None else text
            wanted = old_keys if tags is None else tags
            new_vis = row.visibility if visibility is None else visibility
            rules.note(
                STRICT, written_on=new_on, text=new_text, elements=wanted, visibility=new_vis
            )
            new_keys = element_keys(wanted)
            new_vis = Visibility(new_vis).value
            changed = [
                name
                for name, before, after in (
                    ("written_on", row.written_on, new_on),
                    ("text", row.text, new_text),
                    ("elements", set(old_keys), set(new_keys)),
                    ("visibility", row.visibility, new_vis),
                )
                if before != after
            ]
            if not changed:
                raise reject(NOTHING_CHANGED)
            now = clock.now()
            s.add(
                NoteVersionRow(
                    note_id=row.id,
                    version=row.version - 1,  # the claim counted the note one up already
                    written_on=row.written_on,
                    text=row.text,
                    elements=",".join(old_keys),
                    visibility=row.visibility,
                    replaced_at=now,
                    replaced_by=self._ctx.actor.name,
                    reason=reason.strip(),
                )
            )
            row.written_on = new_on
            row.text = new_text
            row.visibility = new_vis
            if "elements" in changed:
                _set_elements(s, row.id, new_keys)
            if changed == ["visibility"]:
                detail = f"{_other(new_vis)}→{new_vis}"  # e.g. "deelbaar→intern"
            else:
                detail = f"version:{row.version};fields:" + ",".join(sorted(changed))
            self._ctx.audit(s, AuditKind.CHANGE, "note", row.id, row.child_id, detail)
            return Written(_build(row, new_keys), Changes.child(row.child_id, in_list=False))

    def reclassify(self, note_id: str, visibility: Visibility, *, reason: str) -> Written[Note]:
        """Intern ↔ deelbaar, as a new version: e.g. take back a note wrongly marked deelbaar
        before the next printout for the parents."""
        return self.edit(note_id, reason=reason, visibility=visibility)

    def remove(self, note_id: str, *, reason: str) -> Changes:
        """Take the note off every screen and report; it stays in the vault for the audit
        trail and its history, with who removed it, when and why."""
        rules.reason(STRICT, reason=reason)
        with self._ctx.tx() as s:
            row = self._live(s, note_id)
            row.removed_at = clock.now()
            row.removed_by = self._ctx.actor.name
            row.remove_reason = reason.strip()
            self._ctx.audit(s, AuditKind.DELETE, "note", note_id, row.child_id, "removed")
            return Changes.child(row.child_id, in_list=False)

    def history(self, note_id: str) -> list[NoteVersion]:
        """Earlier versions of one note (removed ones too), oldest first."""
        with self._ctx.tx() as s:
            row = get_or_404(s, NoteRow, note_id, "Deze notitie")
            found = s.scalars(
                select(NoteVersionRow)
                .where(NoteVersionRow.note_id == note_id)
                .order_by(NoteVersionRow.version)
            ).all()
            self._ctx.audit(s, AuditKind.VIEW, "note", note_id, row.child_id, "history")
            return [_version(r) for r in found]

    def removed_history(self, child_id: str) -> list[NoteVersion]:
        """Every version of the child's removed notes, still held for the history (the AVG
        inzage shows them): the earlier ones as kept, the last one as replaced by its removal
        (who removed it, when and why). By note and version."""
        with self._ctx.tx() as s:
            get_or_404(s, ChildRow, child_id, "Dit kind")
            removed = s.scalars(
                select(NoteRow).where(NoteRow.child_id == child_id, NoteRow.removed_at.isnot(None))
            ).all()
            out: list[NoteVersion] = []
            for row in removed:
                kept = s.scalars(
                    select(NoteVersionRow)
                    .where(NoteVersionRow.note_id == row.id)
                    .order_by(NoteVersionRow.version)
                ).all()
                out += [_version(r) for r in kept]
                assert row.removed_at is not None
                last = NoteVersion(
                    note_id=row.id,
                    version=row.version,
                    written_on=row.written_on,
                    text=row.text,
                    elements=_elements(s, row.id),
                    visibility=Visibility(row.visibility),
                    replaced_at=row.removed_at,
                    replaced_by=row.removed_by or "",
                    reason=row.remove_reason or "",
                )
                out.append(last)
            if removed:
                self._ctx.audit(s, AuditKind.VIEW, "note", child_id=child_id, detail="history")
            return sorted(out, key=lambda v: (v.note_id, v.version))

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
        """Delete the note and its versions for good (erasure; a user removes with a reason)."""
        with self._ctx.tx() as s:
            row = get_or_404(s, NoteRow, note_id, "Deze notitie")
            s.delete(row)
            self._ctx.audit(s, AuditKind.DELETE, "note", note_id, row.child_id)
            return Changes.child(row.child_id, in_list=False)

    @staticmethod
    def _live(s: Session, note_id: str) -> NoteRow:
        row = get_or_404(s, NoteRow, note_id, "Deze notitie")
        if row.removed_at is not None:
            raise reject(REMOVED)
        return row

    def _claim(
        self, s: Session, note_id: str, expected: int | None, mine: dict[str, object]
    ) -> NoteRow:
        """The note, counted one up for this edit if it is still at ``expected``; a note
        removed meanwhile is refused as removed, not as a conflict."""
        row = self._live(s, note_id)

        def theirs(current: NoteRow) -> Note:
            if current.removed_at is not None:
                raise reject(REMOVED)
            return _build(current, _elements(s, current.id))

        row = claim(s, row, "Deze notitie", expected, mine=mine, theirs=theirs)
        if row.removed_at is not None:  # removed while this edit waited for the row
            raise reject(REMOVED)
        return row


def _other(visibility: str) -> str:
    return (
        Visibility.INTERN.value
        if visibility == Visibility.DEELBAAR.value
        else Visibility.DEELBAAR.value
    )
