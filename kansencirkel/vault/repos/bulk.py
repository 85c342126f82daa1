"""Import of whole case files (a file from ``export``, demo data, benchmarks): Core
executemany, one transaction, all or nothing.

Every case file is first checked with the rules every other way in obeys
(:mod:`kansencirkel.vault.validation`); one with any problem is refused whole, with all its
problems, before a row is written. No per-row ORM objects and no per-row audit: one CREATE
event says how many children came in. The database's constraints still guard every row; an id
that is taken already refuses the import too, naming the records.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Connection
from sqlalchemy.exc import IntegrityError

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.evaluation import readings_to_json
from kansencirkel.core.model import Action, CaseFile, Person
from kansencirkel.vault.models import (
    ActionElementRow,
    ActionRow,
    AssessmentRow,
    ChildRow,
    ConsentAudienceRow,
    ConsentPartRow,
    ConsentRow,
    ElementScoreRow,
    InvolvementRow,
    MeetingAttendeeRow,
    MeetingRow,
    NoteElementRow,
    NoteRow,
    NoteVersionRow,
    PersonRow,
)
from kansencirkel.vault.repos.base import RepoContext
from kansencirkel.vault.upsert import insert_new_only
from kansencirkel.vault.validation import FileRejected, case_file_problems
from kansencirkel.vault.validation.stored import already_stored

BATCH = 500  # case files per executemany round


def _batches(items: Iterable[CaseFile], size: int) -> Iterator[list[CaseFile]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _person(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "role": p.role.value,
        "organisation": p.organisation,
        "phone": p.phone,
        "email": p.email,
        "team_member_id": p.team_member_id,
    }


def case_rows(
    batch: list[CaseFile], existing: frozenset[str] = frozenset()
) -> dict[Any, list[dict[str, Any]]]:
    """The rows of ``batch``; the children whose ids are in ``existing`` are in the vault
    already (a spreadsheet's metingen for them): their own row is left out."""
    now = clock.now()
    out: dict[Any, list[dict[str, Any]]] = {}

    def add(model: Any, row: dict[str, Any]) -> None:
        out.setdefault(model, []).append(row)

    people: dict[str, Person] = {}
    out_scores: list[tuple[str, str, int | None, str, bool]] = []
    out[ElementScoreRow] = out_scores  # type: ignore[assignment]
    for case in batch:
        c = case.child
        if c.regiehouder is not None:
            people[c.regiehouder.id] = c.regiehouder
        if c.id not in existing:
            add(
                ChildRow,
                {
                    "id": c.id,
                    "given_name": c.given_name,
                    "family_name": c.family_name,
                    "date_of_birth": c.date_of_birth,
                    "school": c.school,
                    "school_group": c.group,
                    "status": c.status.value,
                    "opened_on": c.opened_on,
                    "closed_on": c.closed_on,
                    "regiehouder_id": c.regiehouder.id if c.regiehouder else None,
                },
            )
        for inv in case.involvements:
            people[inv.person.id] = inv.person
            add(
                InvolvementRow,
                {
                    "child_id": c.id,
                    "person_id": inv.person.id,
                    "role": inv.role.value,
                    "is_regiehouder": inv.is_regiehouder,
                    "remark": inv.remark,
                },
            )
        for a in (*case.assessments, *case.superseded, *case.withdrawn):
            add(
                AssessmentRow,
                {
                    "id": a.id,
                    "child_id": c.id,
                    "perspective": a.perspective.value,
                    "assessed_on": a.assessed_on,
                    "given_by": a.given_by,
                    "given_by_role": a.given_by_role.value,
                    "goes_well": a.goes_well,
                    "wishes": a.wishes,
                    "recorded_by": a.recorded_by,
                    "recorded_at": a.recorded_at,
                    "lineage_id": a.lineage_id,
                    "version": a.version,
                    "superseded_at": a.superseded_at,
                    "correction_reason": a.correction_reason,
                    "withdrawn_at": a.withdrawn_at,
                    "withdrawn_by": a.withdrawn_by,
                    "withdraw_reason": a.withdraw_reason,
                },
            )
            scores, notes = a.scores, a.notes
            out_scores.extend(
                (a.id, k, scores.get(k), notes.get(k, ""), k in a.talk) for k in ELEMENT_KEYS
            )
        for m in case.meetings:
            add(
                MeetingRow,
                {
                    "id": m.id,
                    "child_id": c.id,
                    "held_on": m.held_on,
                    "kind": m.kind.value,
                    "summary": m.summary,
                    "decisions": m.decisions,
                    "next_on": m.next_on,
                    "status": m.status.value,
                },
            )
            for i, name in enumerate(m.attendees):
                add(MeetingAttendeeRow, {"meeting_id": m.id, "position": i, "name": name})
        for act in case.actions:
            if act.owner is not None:
                people[act.owner.id] = act.owner
            add(
                ActionRow,
                {
                    "id": act.id,
                    "child_id": c.id,
                    "what": act.what,
                    "owner_id": act.owner.id if act.owner else None,
                    "start_on": act.start_on,
                    "due_on": act.due_on,
                    "status": act.status.value,
                    "evaluation": act.evaluation,
                    "meeting_id": act.meeting_id,
                    "created_at": now,
                    "kind": act.kind,
                    **_evaluation_row(act),
                },
            )
            for key in dict.fromkeys(act.elements):
                add(ActionElementRow, {"action_id": act.id, "element_key": key})
        for n in case.notes:
            add(
                NoteRow,
                {
                    "id": n.id,
                    "child_id": c.id,
                    "written_on": n.written_on,
                    "text": n.text,
                    "visibility": n.visibility.value,
                    "author": n.author,
                    "created_at": now,
                    "version": n.version,
                },
            )
            for key in dict.fromkeys(n.elements):
                add(NoteElementRow, {"note_id": n.id, "element_key": key})
        for v in case.note_versions:
            add(
                NoteVersionRow,
                {
                    "note_id": v.note_id,
                    "version": v.version,
                    "written_on": v.written_on,
                    "text": v.text,
                    "elements": ",".join(dict.fromkeys(v.elements)),
                    "visibility": v.visibility.value,
                    "replaced_at": v.replaced_at,
                    "replaced_by": v.replaced_by,
                    "reason": v.reason,
                },
            )
        for cons in case.consents:
            add(
                ConsentRow,
                {
                    "id": cons.id,
                    "child_id": c.id,
                    "consenter": cons.consenter.value,
                    "given_by": cons.given_by,
                    "given_on": cons.given_on,
                    "expires_on": cons.expires_on,
                    "withdrawn_on": cons.withdrawn_on,
                    "remark": cons.remark,
                },
            )
            for part in dict.fromkeys(cons.parts):
                add(ConsentPartRow, {"consent_id": cons.id, "part": part})
            for aud in dict.fromkeys(cons.audiences):
                add(ConsentAudienceRow, {"consent_id": cons.id, "audience": aud.value})
    out[PersonRow] = [_person(p) for p in people.values()]
    return out


# Parents before children (foreign keys are checked per statement).
_ORDER: tuple[Any, ...] = (
    PersonRow,
    ChildRow,
    InvolvementRow,
    AssessmentRow,
    ElementScoreRow,
    MeetingRow,
    MeetingAttendeeRow,
    ActionRow,
    ActionElementRow,
    NoteRow,
    NoteElementRow,
    NoteVersionRow,
    ConsentRow,
    ConsentPartRow,
    ConsentAudienceRow,
)


_SCORES_SQL = (
    "INSERT INTO element_scores (assessment_id, element_key, score, note, talk)"
    " VALUES (?, ?, ?, ?, ?)"
)
IMPORT_CACHE_KIB = (
    262144  # page cache (KiB) while importing; allocated lazily, only big imports use it
)


def _check(batch: list[CaseFile], first: int, numbered: bool) -> None:
    """Refuse the import with every problem of the first case file that has any."""
    for n, case in enumerate(batch, first):
        problems = case_file_problems(case, number=n if numbered else None)
        if problems:
            raise FileRejected(problems)


@contextmanager
def _import_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache for the import on a laptop vault; the pooled connection goes back
    with its usual cache. (A team server manages its own memory.)"""
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = int(conn.exec_driver_sql("PRAGMA cache_size").scalar() or -2000)
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {previous}")


def bulk_import(ctx: RepoContext, case_files: Iterable[CaseFile]) -> int:
    """Insert whole case files in one transaction; returns the number of children.

    Raises :class:`FileRejected` (nothing written) when a case file breaks a rule or holds a
    record whose id the vault has already."""
    count = 0
    with ctx.tx() as s:
        conn = s.connection()
        with _import_cache(conn):
            for batch in _batches(case_files, BATCH):
                # Problems name the case file only when there are several.
                numbered = count > 0 or len(batch) > 1
                _check(batch, count + 1, numbered)
                try:
                    with conn.begin_nested():  # undone alone, so the look-up sees the vault
                        insert_rows(conn, case_rows(batch))
                except IntegrityError:
                    raise FileRejected(already_stored(conn, batch, numbered=numbered)) from None
                count += len(batch)
        ctx.audit(s, AuditKind.CREATE, "child", detail=f"import:{count}")
    return count


def insert_rows(conn: Connection, rows: dict[Any, list[dict[str, Any]]]) -> None:
    for model in _ORDER:
        values = rows.get(model)
        if not values:
            continue
        if model is PersonRow:  # team members recur across batches and imports
            conn.execute(insert_new_only(conn, PersonRow), values)
        elif model is ElementScoreRow and conn.dialect.name == "sqlite":
            # 8 per assessment: skip per-row bind processing (a team server seals the notes)
            conn.exec_driver_sql(_SCORES_SQL, values)
        elif model is ElementScoreRow:
            keys = ("assessment_id", "element_key", "score", "note", "talk")
            conn.execute(insert(model), [dict(zip(keys, v, strict=True)) for v in values])
        else:
            conn.execute(insert(model), values)


def _evaluation_row(act: Action) -> dict[str, object]:
    """The stored form of an afspraak's evaluation (none: the columns stay empty)."""
    ev = act.evaluated
    if ev is None:
        return {"helped": None, "evaluated_on": None, "evaluation_readings": ""}
    return {
        "helped": ev.helped.value,
        "evaluated_on": ev.evaluated_on,
        "evaluation_readings": readings_to_json(ev.readings),
    }
