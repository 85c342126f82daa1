"""A spreadsheet's plan applied: new children and metingen, all or nothing.

The plan (:class:`~kansencirkel.core.import_plan.ImportPlan`, read by
:mod:`kansencirkel.exchange.csv_import`) is checked once more with the rules every way in obeys,
then written in one transaction with the bulk import's executemany (:mod:`.bulk`): a failure
anywhere rolls back everything, audit events included. Audited per child, in one executemany
(:func:`~kansencirkel.vault.audit.append_events`): a CREATE of each new child, a CREATE of the
metingen of each matched child (ids and counts, never content).
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select
from sqlalchemy.orm import Session

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import AuditKind, ChildStatus
from kansencirkel.core.i18n import N_, Message
from kansencirkel.core.import_plan import ImportCounts, ImportPlan
from kansencirkel.core.model import Assessment, CaseFile, Child
from kansencirkel.vault.audit import Event, append_events
from kansencirkel.vault.models import ChildRow
from kansencirkel.vault.repos import bulk
from kansencirkel.vault.repos.assessments import current_readings
from kansencirkel.vault.repos.base import RepoContext, new_id
from kansencirkel.vault.validation import FileRejected, Problem
from kansencirkel.vault.validation import records as rules
from kansencirkel.vault.validation.problems import Collector

CHILD_GONE = N_("Het kind van deze rij staat niet (meer) in de kluis; lees het bestand opnieuw in.")
STORED_OTHERWISE = N_(
    "Deze meting (zelfde kind, datum, perspectief en wie de scores gaf) staat al anders in de "
    "kluis; corrigeer die in de app, of haal deze rij uit het bestand."
)
DETAIL = "csv:{n}"  # audit detail: how many metingen came with the child


def _problems(plan: ImportPlan) -> list[Problem]:
    c = Collector()
    for child in plan.children:
        with c.record("csv_row", child.row):
            rules.child(
                c,
                given_name=child.given_name,
                family_name=child.family_name,
                school=child.school,
                group=child.group,
                date_of_birth=child.date_of_birth,
                opened_on=clock.today(),
            )
    for a in plan.assessments:
        with c.record("csv_row", a.row):
            if not 0 <= a.child < len(plan.children):
                c.fail("", CHILD_GONE)
            rules.assessment(
                c,
                perspective=a.perspective,
                assessed_on=a.assessed_on,
                given_by=a.given_by,
                given_by_role=a.given_by_role,
                scores=a.scores,
                notes={},
                goes_well=a.goes_well,
                wishes=a.wishes,
                correction_reason="",
            )
    return c.problems


def _case_files(ctx: RepoContext, plan: ImportPlan) -> list[CaseFile]:
    now, today = clock.now(), clock.today()
    ids = [c.existing_id or new_id() for c in plan.children]
    readings: list[list[Assessment]] = [[] for _ in plan.children]
    for a in plan.assessments:
        lineage = new_id()
        readings[a.child].append(
            Assessment(
                id=new_id(),
                child_id=ids[a.child],
                perspective=a.perspective,
                assessed_on=a.assessed_on,
                given_by=a.given_by.strip(),
                given_by_role=a.given_by_role,
                scores={k: a.scores.get(k) for k in ELEMENT_KEYS},
                notes={k: "" for k in ELEMENT_KEYS},
                goes_well=a.goes_well,
                wishes=a.wishes,
                recorded_by=ctx.actor.name,
                recorded_at=now,
                lineage_id=lineage,
            )
        )
    cases = []
    for i, planned in enumerate(plan.children):
        child = Child(
            id=ids[i],
            given_name=planned.given_name.strip(),
            family_name=planned.family_name.strip(),
            date_of_birth=planned.date_of_birth,
            school=planned.school,
            group=planned.group,
            status=ChildStatus.ACTIEF,
            opened_on=today,
        )
        cases.append(CaseFile(child, (), tuple(readings[i]), (), (), (), ()))
    return cases


def import_plan(ctx: RepoContext, plan: ImportPlan) -> Written[ImportCounts]:
    """Write ``plan`` whole, or raise :class:`FileRejected` (nothing written)."""
    cases = _checked_cases(ctx, plan)
    with ctx.tx() as s:
        conn = s.connection()
        cases, matched, skipped = _against_vault(s, plan, cases)
        for start in range(0, len(cases), bulk.BATCH):
            bulk.insert_rows(conn, bulk.case_rows(cases[start : start + bulk.BATCH], matched))
        events: list[Event] = []
        for case in cases:
            c, detail = case.child, DETAIL.format(n=len(case.assessments))
            if c.id not in matched:
                events.append((AuditKind.CREATE, "child", c.id, c.id, detail))
            elif case.assessments:
                events.append((AuditKind.CREATE, "assessment", None, c.id, detail))
        append_events(conn, actor=ctx.actor.name, events=events, on_behalf_of=ctx.on_behalf_of)
    changes = Changes(children=frozenset(c.child.id for c in cases), child_list=True)
    return Written(_counts(plan, cases, matched, skipped), changes)


def preview_plan(ctx: RepoContext, plan: ImportPlan) -> ImportCounts:
    """What :func:`import_plan` would add now, read only: the same checks (the same
    :class:`FileRejected`), and how many of the file's metingen the vault holds already."""
    cases = _checked_cases(ctx, plan)
    with ctx.tx() as s:
        cases, matched, skipped = _against_vault(s, plan, cases)
    return _counts(plan, cases, matched, skipped)


def _checked_cases(ctx: RepoContext, plan: ImportPlan) -> list[CaseFile]:
    problems = _problems(plan)
    if problems:
        raise FileRejected(problems)
    return _case_files(ctx, plan)


def _against_vault(
    s: Session, plan: ImportPlan, cases: list[CaseFile]
) -> tuple[list[CaseFile], frozenset[str], int]:
    """The cases without what the vault holds already; refuses when a matched child is gone
    or a meting is stored with other values. Returns the cases, the matched ids, the count
    left out."""
    matched = frozenset(c.existing_id for c in plan.children if c.existing_id is not None)
    conn = s.connection()
    found = set(conn.execute(select(ChildRow.id).where(ChildRow.id.in_(matched))).scalars())
    gone = [
        Problem("csv_row", c.row, "", Message(CHILD_GONE))
        for c in plan.children
        if c.existing_id is not None and c.existing_id not in found
    ]
    if gone:
        raise FileRejected(gone)
    cases, skipped = _without_stored(plan, cases, current_readings(s, sorted(matched)))
    return cases, matched, skipped


def _counts(
    plan: ImportPlan, cases: list[CaseFile], matched: frozenset[str], skipped: int
) -> ImportCounts:
    return ImportCounts(
        new_children=len(cases) - len(matched),
        matched_children=len(matched),
        assessments=len(plan.assessments) - skipped,
        already_stored=skipped,
    )


def _same(a: Assessment) -> tuple[object, ...]:
    return (a.child_id, a.assessed_on, a.perspective, " ".join(a.given_by.casefold().split()))


def _content(a: Assessment) -> tuple[object, ...]:
    return (tuple(a.scores.get(k) for k in ELEMENT_KEYS), a.goes_well.strip(), a.wishes.strip())


def _without_stored(
    plan: ImportPlan, cases: list[CaseFile], stored: list[Assessment]
) -> tuple[list[CaseFile], int]:
    """``cases`` without the metingen the vault holds already, exactly (a spreadsheet read in
    again, with rows added since); one that is stored with other scores or texts refuses the
    plan (its row named). Returns the cases and how many metingen were left out."""
    if not stored:
        return cases, 0
    held = {_same(a): _content(a) for a in stored}
    by_child: dict[int, list[int]] = {}
    for planned in plan.assessments:
        by_child.setdefault(planned.child, []).append(planned.row)
    row_of = {  # a case's metingen are in the plan's order
        a.id: row
        for i, case in enumerate(cases)
        for a, row in zip(case.assessments, by_child.get(i, []), strict=True)
    }
    problems: list[Problem] = []
    kept: list[CaseFile] = []
    skipped = 0
    for case in cases:
        readings = []
        for a in case.assessments:
            found = held.get(_same(a))
            if found is None:
                readings.append(a)
            elif found == _content(a):
                skipped += 1
            else:
                problems.append(Problem("csv_row", row_of[a.id], "", Message(STORED_OTHERWISE)))
        kept.append(dataclasses.replace(case, assessments=tuple(readings)))
    if problems:
        raise FileRejected(sorted(problems, key=lambda p: p.number or 0))
    return kept, skipped
