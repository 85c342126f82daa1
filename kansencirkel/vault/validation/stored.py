"""What of an import is in the vault already: the records whose ids are taken.

Only asked when writing a file failed on a taken id (a unique or primary key), so a good
import pays nothing for it. People are not listed: team members recur across files and an
import takes the one already stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from kansencirkel.core.i18n import N_, Message
from kansencirkel.core.model import CaseFile
from kansencirkel.vault.models import (
    ActionRow,
    AssessmentRow,
    ChildRow,
    ConsentRow,
    MeetingRow,
    NoteRow,
)
from kansencirkel.vault.validation.problems import Problem

ALREADY_STORED = N_("Dit staat al in de kluis.")
DOES_NOT_FIT = N_("Dit bestand past niet bij wat al in de kluis staat.")

_CHUNK = 500  # ids per query


def _taken(conn: Connection, table: Any, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    it = iter(ids)
    while chunk := list(islice(it, _CHUNK)):
        found.update(conn.execute(select(table.id).where(table.id.in_(chunk))).scalars())
    return found


def _records(case: CaseFile) -> Iterator[tuple[str, Any, Sequence[Any]]]:
    yield "assessments", AssessmentRow, case.assessments
    yield "superseded", AssessmentRow, case.superseded
    yield "withdrawn", AssessmentRow, case.withdrawn
    yield "meetings", MeetingRow, case.meetings
    yield "actions", ActionRow, case.actions
    yield "notes", NoteRow, case.notes
    yield "consents", ConsentRow, case.consents


def already_stored(conn: Connection, cases: Iterable[CaseFile], *, numbered: bool) -> list[Problem]:
    """A problem for every record of ``cases`` whose id is taken in the vault (never empty:
    without one found, the file as a whole does not fit)."""
    problems: list[Problem] = []
    reason = Message(ALREADY_STORED)
    for n, case in enumerate(cases, 1):
        number = n if numbered else None
        if _taken(conn, ChildRow, [case.child.id]):
            problems.append(Problem("child", None, "id", reason, number))
        for kind, table, items in _records(case):
            taken = _taken(conn, table, [item.id for item in items])
            problems.extend(
                Problem(kind, i, "id", reason, number)
                for i, item in enumerate(items, 1)
                if item.id in taken
            )
    return problems or [Problem("file", None, "", Message(DOES_NOT_FIT))]
