"""After an erasure: is any trace of the child left in any page of the vault or its `-wal`?

Before the erasure :func:`collect_traces` notes what would identify the child: the names
(the child's, and those of the people erased with it), every free text of its file (notes
with their earlier versions, readings, meetings, afspraken, consents, drafts) and every id.
Afterwards :func:`check_erasure` decrypts every page of the database file, free pages
included, and every frame of the `-wal` in memory (:mod:`.pages`) and searches them all.

- Names are searched as typed, in lower case, upper case, casefolded, title case, and in
  both Unicode normal forms (NFC, NFD). Free texts are searched in pieces of
  :data:`PIECE_BYTES`, so a text split over two pages is still found.
- Ids belong in the audit log: its ERASE event and the earlier VIEW/CHANGE events name them
  (hash-chained, append-only, NEN 7513). An id found only on the audit log's own pages is
  expected and reported as such; an id on any other page is a trace.
- A name or piece of text that also occurs in what rightly stays (a brother's family name,
  a team member giving the reading, a phrase someone else used) cannot tell a leftover from
  the rest; it is counted as "not distinct" and not searched for. Pieces and names shorter
  than :data:`MIN_CHARS` characters are not distinct either.
- A page whose HMAC does not verify cannot be searched: the check then fails, since it
  cannot say the page is clean.

Not searched: the `-shm` file (SQLite's index of the WAL: page numbers and checksums, no
content, and absent while the vault is open in exclusive mode) and the key files (team
members and key slots, never a child).
"""

from __future__ import annotations

import bisect
import json
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy
from sqlalchemy import select
from sqlalchemy.orm import Session

from kansencirkel.vault import pages
from kansencirkel.vault.btree import tree_pages
from kansencirkel.vault.models import (
    ActionRow,
    AssessmentRow,
    ChildRow,
    ConsentRow,
    DraftRow,
    ElementScoreRow,
    MeetingAttendeeRow,
    MeetingRow,
    NoteRow,
    NoteVersionRow,
    PersonRow,
)
from kansencirkel.vault.repos.erase import own_people

MIN_CHARS = 3
PIECE_BYTES = 24
AUDIT_TABLE = "audit_events"
USABLE = pages.PAGE_SIZE - pages.RESERVE


@dataclass(frozen=True, slots=True)
class Traces:
    """What identifies one child, noted before its erasure (kept in memory only)."""

    child_id: str
    names: tuple[str, ...]
    texts: tuple[str, ...]
    ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Found:
    """One trace left behind: what kind (``naam``, ``tekst``, ``nummer``), where (``db``
    or ``wal``) and on which page or frame; never the text itself."""

    kind: str
    source: str
    index: int


@dataclass(frozen=True, slots=True)
class ErasureCheck:
    db_pages: int
    wal_frames: int
    unreadable: int  # pages or frames whose HMAC failed
    found: tuple[Found, ...]
    audit_only_ids: bool  # some id is on the audit log's pages (expected)
    not_distinct: int  # names or pieces of text that also belong to what stays

    @property
    def ok(self) -> bool:
        return not self.found and not self.unreadable


def _strings(value: object) -> Iterable[str]:
    """The strings inside a draft's JSON payload."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _free_texts(row: object) -> list[str]:
    """The text columns of a row, leaving out its ids (searched as ids) and hashes."""
    table = row.__table__  # type: ignore[attr-defined]
    values = (
        getattr(row, c.key)
        for c in table.columns
        if c.name != "id" and not c.name.endswith("_id") and c.name != "hash"
    )
    return [v for v in values if isinstance(v, str)]


def collect_traces(s: Session, child_id: str) -> Traces:
    """Read (before the erasure deletes it) what identifies the child."""
    child = s.get(ChildRow, child_id)
    if child is None:
        return Traces(child_id, (), (), (child_id,))
    people = own_people(s, child_id, child.regiehouder_id)
    names = [child.given_name, child.family_name]
    texts: list[str] = []
    ids = [child_id, *people]
    for person in s.scalars(select(PersonRow).where(PersonRow.id.in_(people))):
        names.append(person.name)
        texts += [person.phone, person.email]
    for a in s.scalars(select(AssessmentRow).where(AssessmentRow.child_id == child_id)):
        ids += [a.id, a.lineage_id]
        names.append(a.given_by)
        texts += _free_texts(a)
    scores = select(ElementScoreRow).join(AssessmentRow).where(AssessmentRow.child_id == child_id)
    texts += [t for score in s.scalars(scores) for t in _free_texts(score)]
    for m in s.scalars(select(MeetingRow).where(MeetingRow.child_id == child_id)):
        ids.append(m.id)
        texts += _free_texts(m)
        attendees = select(MeetingAttendeeRow).where(MeetingAttendeeRow.meeting_id == m.id)
        texts += [t for at in s.scalars(attendees) for t in _free_texts(at)]
    for r in [
        *s.scalars(select(ActionRow).where(ActionRow.child_id == child_id)),
        *s.scalars(select(NoteRow).where(NoteRow.child_id == child_id)),
        *s.scalars(select(ConsentRow).where(ConsentRow.child_id == child_id)),
    ]:
        ids.append(r.id)
        texts += _free_texts(r)
    versions = select(NoteVersionRow).join(NoteRow).where(NoteRow.child_id == child_id)
    texts += [t for v in s.scalars(versions) for t in _free_texts(v)]
    for d in s.scalars(select(DraftRow).where(DraftRow.child_id == child_id)):
        ids.append(d.id)
        try:
            texts += list(_strings(json.loads(d.payload)))
        except ValueError:
            texts.append(d.payload)
    return Traces(child_id, _unique(names), _unique(texts), _unique(ids))


def _unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for v in values if v and v.strip()))


def name_variants(name: str) -> set[str]:
    forms = {name, name.lower(), name.upper(), name.casefold(), name.title()}
    return {unicodedata.normalize(nf, f) for f in forms for nf in ("NFC", "NFD")} | forms


def text_pieces(text: str) -> set[bytes]:
    """The text's UTF-8 in consecutive pieces (short texts whole)."""
    data = unicodedata.normalize("NFC", text).encode("utf-8")
    if len(data) <= PIECE_BYTES * 2:
        return {data}
    starts = range(0, len(data) - PIECE_BYTES + 1, PIECE_BYTES)
    return {data[i : i + PIECE_BYTES] for i in starts} | {data[-PIECE_BYTES:]}


def _what_stays(conn: sqlalchemy.Connection) -> bytes:
    """Every text value the vault still holds after the erasure, and its schema."""
    parts: list[str] = []
    for (sql,) in conn.exec_driver_sql("SELECT sql FROM sqlite_master"):
        parts.append(str(sql or ""))
    for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.exec_driver_sql(f'SELECT * FROM "{name}"'):
            parts += [v for v in row if isinstance(v, str)]
    return "\0".join(parts).encode("utf-8")


def _needles(traces: Traces, stays: bytes) -> tuple[list[tuple[str, bytes]], int]:
    needles: list[tuple[str, bytes]] = []
    not_distinct = 0
    candidates = [("naam", v.encode("utf-8")) for n in traces.names for v in name_variants(n)]
    candidates += [("tekst", p) for t in traces.texts for p in text_pieces(t)]
    for kind, needle in dict.fromkeys(candidates):
        if len(needle.decode("utf-8", "ignore")) < MIN_CHARS or needle in stays:
            not_distinct += 1
        else:
            needles.append((kind, needle))
    return needles, not_distinct


def check_erasure(
    db_path: Path,
    key: bytes,
    conn: sqlalchemy.Connection,
    traces: Traces,
    *,
    stays: bytes | None = None,
) -> ErasureCheck:
    """Search every decrypted page and WAL frame for ``traces`` (run after the erasure,
    while the caller holds the write lock, so nothing is written meanwhile). ``stays``:
    the text that rightly remains (default: everything the vault holds now; the tests'
    control runs pass ``b""`` to search for everything)."""
    db = list(pages.db_pages(db_path, key))
    wal = pages.wal_frames(db_path, key)
    image = pages.current_image(db, wal)
    roots = conn.exec_driver_sql(
        "SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0", (AUDIT_TABLE,)
    ).all()
    audit_pages: set[int] = set()
    for (root,) in roots:
        audit_pages |= tree_pages(image, int(root), USABLE)
    needles, not_distinct = _needles(traces, _what_stays(conn) if stays is None else stays)
    ids = [i.encode("ascii", "ignore") for i in traces.ids]
    everything = [*db, *wal.frames]
    readable = [p for p in everything if p.data is not None]
    # One buffer, pages apart by a NUL (no needle holds one), searched needle by needle.
    starts, chunks, at = [], [], 0
    for p in readable:
        assert p.data is not None
        starts.append(at)
        chunks.append(p.data)
        at += len(p.data) + 1
    buffer = b"\0".join(chunks)
    found: set[Found] = set()
    in_audit = False
    for kind, needle in [*needles, *(("nummer", i) for i in ids)]:
        pos = buffer.find(needle)
        while pos >= 0:
            page = readable[bisect.bisect_right(starts, pos) - 1]
            if kind == "nummer" and page.number in audit_pages:
                in_audit = True
            else:
                found.add(Found(kind, page.source, page.index))
            pos = buffer.find(needle, pos + 1)
    return ErasureCheck(
        db_pages=len(db),
        wal_frames=len(wal.frames),
        unreadable=len(everything) - len(readable),
        found=tuple(sorted(found, key=lambda f: (f.source, f.index, f.kind))),
        audit_only_ids=in_audit,
        not_distinct=not_distinct,
    )
