"""A hand-over's decisions written for one child: new records inserted, taken ones replaced.

The rows come from the bulk import's row builder (:func:`.bulk.case_rows`), so a record read
in from a hand-over is stored exactly as one from a case-file import. A replaced record keeps
its id (and what points to it); its tags are written anew. A meting chain that is taken is
replaced whole (its versions are rows of one lineage).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, insert, update
from sqlalchemy.engine import Connection

from kansencirkel.core.model import CaseFile, Person
from kansencirkel.vault.models import (
    ActionElementRow,
    ActionRow,
    AssessmentRow,
    ChildRow,
    ConsentAudienceRow,
    ConsentPartRow,
    ConsentRow,
    InvolvementRow,
    MeetingAttendeeRow,
    MeetingRow,
    NoteElementRow,
    NoteRow,
    NoteVersionRow,
    PersonRow,
)
from kansencirkel.vault.repos import bulk
from kansencirkel.vault.repos import handover_merge as hm
from kansencirkel.vault.upsert import insert_new_only


def write_case(
    conn: Connection, case: CaseFile, decisions: list[hm.Decision], is_new: bool
) -> None:
    """Insert what is added and replace what is taken, for one child."""
    cid = case.child.id
    add = [d for d in decisions if d.outcome == hm.ADD]
    take = [d for d in decisions if d.outcome == hm.TAKE]
    if is_new:
        bulk.insert_rows(conn, bulk.case_rows([case]))
        return
    chains = [
        d.merged if d.merged is not None else d.theirs
        for d in (*add, *take)
        if d.key.startswith("lineage:")
    ]
    replaced = [d.key.split(":", 1)[1] for d in take if d.key.startswith("lineage:")]
    if replaced:
        conn.execute(
            delete(AssessmentRow).where(
                AssessmentRow.child_id == cid, AssessmentRow.lineage_id.in_(replaced)
            )
        )
    records = {
        k: [d.theirs for d in (*add, *take) if d.key.startswith(k + ":")]
        for k in ("involvement", "meeting", "action", "consent", "note")
    }
    taken = {d.key for d in take}
    ids = {
        k: [v.id for v in vs if f"{k}:{v.id}" in taken]
        for k, vs in records.items()
        if k != "involvement"
    }
    _drop_taken(
        conn,
        cid,
        ids,
        [i.person.id for i in records["involvement"] if f"involvement:{i.person.id}" in taken],
    )
    partial = dataclasses.replace(
        case,
        involvements=tuple(records["involvement"]),
        assessments=tuple(a for chain in chains for a in chain),
        superseded=(),
        withdrawn=(),
        meetings=tuple(records["meeting"]),
        actions=tuple(records["action"]),
        notes=tuple(records["note"]),
        consents=tuple(records["consent"]),
        note_versions=tuple(
            v for v in case.note_versions if f"note:{v.note_id}" in taken | {d.key for d in add}
        ),
    )
    rows = bulk.case_rows([partial], existing=frozenset({cid}))
    people = rows.pop(PersonRow, [])
    if people:  # before every row that names them
        conn.execute(insert_new_only(conn, PersonRow), people)
    _update_people(
        conn, [i.person for i in records["involvement"] if f"involvement:{i.person.id}" in taken]
    )
    if "child" in taken:
        c = case.child
        conn.execute(
            update(ChildRow)
            .where(ChildRow.id == cid)
            .values(
                given_name=c.given_name,
                family_name=c.family_name,
                date_of_birth=c.date_of_birth,
                school=c.school,
                school_group=c.group,
                status=c.status.value,
                opened_on=c.opened_on,
                closed_on=c.closed_on,
                regiehouder_id=c.regiehouder.id if c.regiehouder else None,
                version=ChildRow.version + 1,  # taken: a new version here (0007)
            )
        )
    versions = rows.pop(NoteVersionRow, [])
    for model, pk in ((MeetingRow, "id"), (ActionRow, "id"), (NoteRow, "id"), (ConsentRow, "id")):
        new: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for row in rows.pop(model, []):
            (changed if row[pk] in ids[_KIND[model]] else new).append(row)
        if new:
            conn.execute(insert(model), new)
        for row in changed:
            values = {k: v for k, v in row.items() if k not in ("id", "child_id", "created_at")}
            if model is not NoteRow:  # a note's version travels with it; the others count here
                values["version"] = model.version + 1
            conn.execute(update(model).where(model.id == row["id"]).values(**values))
    bulk.insert_rows(conn, rows)
    if versions:
        conn.execute(insert_new_only(conn, NoteVersionRow), versions)


_KIND: dict[Any, str] = {
    MeetingRow: "meeting",
    ActionRow: "action",
    NoteRow: "note",
    ConsentRow: "consent",
}


def _drop_taken(
    conn: Connection, cid: str, ids: Mapping[str, list[str]], people: list[str]
) -> None:
    """Remove the tag rows of records that are replaced (they are written anew)."""
    for model, column, kind in (
        (MeetingAttendeeRow, MeetingAttendeeRow.meeting_id, "meeting"),
        (ActionElementRow, ActionElementRow.action_id, "action"),
        (NoteElementRow, NoteElementRow.note_id, "note"),
        (ConsentPartRow, ConsentPartRow.consent_id, "consent"),
        (ConsentAudienceRow, ConsentAudienceRow.consent_id, "consent"),
    ):
        if ids[kind]:
            conn.execute(delete(model).where(column.in_(ids[kind])))
    if people:
        conn.execute(
            delete(InvolvementRow).where(
                InvolvementRow.child_id == cid, InvolvementRow.person_id.in_(people)
            )
        )


def _update_people(conn: Connection, people: list[Person]) -> None:
    """The people of replaced involvements get the file's name and contact lines (never
    another team member link)."""
    for p in people:
        conn.execute(
            update(PersonRow)
            .where(PersonRow.id == p.id)
            .values(
                name=p.name,
                role=p.role.value,
                organisation=p.organisation,
                phone=p.phone,
                email=p.email,
                version=PersonRow.version + 1,
            )
        )
