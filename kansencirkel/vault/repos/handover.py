"""Sealed hand-overs in the vault: what goes out (audited), and reading one in, merged.

Going out: :meth:`HandoverRepository.outgoing` reads the children's files as they cross
(history included, intern notes left out); once the caller has sealed and saved the file,
:meth:`~HandoverRepository.sent` logs an EXPORT per child (``kcx:<side>``, with the reason when
consent was overridden) and remembers the fingerprints of what went out.

Coming in: :meth:`~HandoverRepository.plan` says per child what would be added, updated or kept
and which records changed on both sides (:mod:`.handover_merge`); :meth:`~HandoverRepository.apply`
writes it with the user's choice for every conflict, all or nothing in one transaction, audited
as a CREATE of a new child or a CHANGE of a known one, plus one CREATE of the hand-over itself.
Demo and real data never mix. Every file is first checked with the rules every way in obeys.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import Audience, AuditKind
from kansencirkel.core.handover import (
    NOT_A_RECEIVING_SIDE,
    ChildPlan,
    Choice,
    HandoverPlan,
    handover_case,
)
from kansencirkel.core.i18n import N_
from kansencirkel.core.model import CaseFile
from kansencirkel.vault.audit import Event, append_events
from kansencirkel.vault.meta import flag_value
from kansencirkel.vault.models import (
    ChildRow,
    HandoverSeenRow,
    MetaRow,
    NoteRow,
)
from kansencirkel.vault.repos import handover_merge as hm
from kansencirkel.vault.repos.actions import load_actions
from kansencirkel.vault.repos.assessments import load_assessments
from kansencirkel.vault.repos.base import RepoContext, get_or_404, reject
from kansencirkel.vault.repos.consents import load_consents
from kansencirkel.vault.repos.convert import load_child
from kansencirkel.vault.repos.handover_write import write_case
from kansencirkel.vault.repos.meetings import load_meetings
from kansencirkel.vault.repos.notes import load_note_versions, load_notes
from kansencirkel.vault.repos.people import load_involvements
from kansencirkel.vault.upsert import insert_new_only
from kansencirkel.vault.validation import FileRejected, case_file_problems

DEMO_MIX = N_(
    "Demo-gegevens en echte gegevens worden niet gemengd; dit bestand past niet in deze kluis."
)
CHOOSE_ALL = N_(
    "Kies bij elk van de {count} conflicten welke versie blijft; er is niets ingelezen."
)


def read_case(s: Session, child_id: str, is_demo: bool) -> CaseFile:
    """One child's whole file with its history, without an audit event (the caller logs)."""
    child = load_child(s, get_or_404(s, ChildRow, child_id, "Dit kind"))
    readings = load_assessments(s, child_id, True, True)
    current = [a for a in readings if a.is_current]
    return CaseFile(
        child=child,
        involvements=tuple(load_involvements(s, child_id)),
        assessments=tuple(a for a in current if not a.is_withdrawn),
        superseded=tuple(a for a in readings if not a.is_current),
        withdrawn=tuple(a for a in current if a.is_withdrawn),
        note_versions=tuple(load_note_versions(s, child_id)),
        actions=tuple(load_actions(s, child_id)),
        meetings=tuple(load_meetings(s, child_id)),
        notes=tuple(load_notes(s, child_id)),
        consents=tuple(load_consents(s, child_id)),
        is_demo=is_demo,
    )


def _is_demo(s: Session) -> bool:
    return flag_value(s.scalar(select(MetaRow.value).where(MetaRow.key == "is_demo")))


def _seen(s: Session, child_id: str) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    rows = s.execute(
        select(HandoverSeenRow.record, HandoverSeenRow.fingerprint).where(
            HandoverSeenRow.child_id == child_id
        )
    )
    for record, fp in rows:
        found.setdefault(record, set()).add(fp)
    return {k: frozenset(v) for k, v in found.items()}


def _remember(conn: Connection, child_id: str, states: Mapping[str, Any]) -> None:
    rows = [
        {"child_id": child_id, "record": key, "fingerprint": hm.fingerprint(value)}
        for key, value in states.items()
    ]
    if rows:
        conn.execute(insert_new_only(conn, HandoverSeenRow), rows)


class HandoverRepository:
    def __init__(self, ctx: RepoContext) -> None:
        self._ctx = ctx

    # --- going out -----------------------------------------------------------------------

    def sender(self) -> tuple[str, bool]:
        """This vault's id and whether it is a demo vault (what a sealed file names)."""
        with self._ctx.tx() as s:
            vault_id = s.scalar(select(MetaRow.value).where(MetaRow.key == "vault_id"))
            return str(vault_id or ""), _is_demo(s)

    def outgoing(self, child_ids: Sequence[str]) -> tuple[CaseFile, ...]:
        """The files of ``child_ids`` as a hand-over carries them (one VIEW each)."""
        with self._ctx.tx() as s:
            demo = _is_demo(s)
            cases = tuple(handover_case(read_case(s, cid, demo)) for cid in child_ids)
            for cid in child_ids:
                self._ctx.audit(s, AuditKind.VIEW, "case_file", cid, cid, "kcx")
            return cases

    def sent(
        self, cases: Iterable[CaseFile], audience: Audience, override_reason: str | None = None
    ) -> None:
        """Log that ``cases`` went out sealed to ``audience`` (after the file was saved)."""
        if audience not in (Audience.ZORG, Audience.SCHOOL):
            raise reject(NOT_A_RECEIVING_SIDE)
        detail = f"kcx:{audience.value}"
        if override_reason:
            detail += f" zonder toestemming, reden: {' '.join(override_reason.split())}"
        with self._ctx.tx() as s:
            conn = s.connection()
            for case in cases:
                cid = case.child.id
                self._ctx.audit(s, AuditKind.EXPORT, "case_file", cid, cid, detail)
                _remember(conn, cid, hm.units(case))

    # --- coming in -----------------------------------------------------------------------

    def _check(self, s: Session, cases: Sequence[CaseFile], is_demo: bool) -> None:
        if is_demo != _is_demo(s) or any(c.is_demo != is_demo for c in cases):
            raise reject(DEMO_MIX)
        for n, case in enumerate(cases, 1):
            problems = case_file_problems(case, number=n if len(cases) > 1 else None)
            if problems:
                raise FileRejected(problems)

    def _decisions(self, s: Session, case: CaseFile) -> list[hm.Decision]:
        cid = case.child.id
        if s.get(ChildRow, cid) is None:
            return hm.decide(case, None, {})
        removed = s.scalars(
            select(NoteRow.id).where(NoteRow.child_id == cid, NoteRow.removed_at.is_not(None))
        ).all()
        return hm.decide(case, read_case(s, cid, case.is_demo), _seen(s, cid), removed)

    @staticmethod
    def _child_plan(case: CaseFile, decisions: list[hm.Decision], is_new: bool) -> ChildPlan:
        count = {o: sum(1 for d in decisions if d.outcome == o) for o in (hm.ADD, hm.TAKE)}
        return ChildPlan(
            child_id=case.child.id,
            full_name=case.child.full_name,
            is_new=is_new,
            added=count[hm.ADD],
            updated=count[hm.TAKE],
            kept=sum(1 for d in decisions if d.outcome == hm.KEEP and d.mine is not None),
            conflicts=tuple(
                hm.conflict(case.child.id, d) for d in decisions if d.outcome == hm.CONFLICT
            ),
        )

    def plan(self, cases: Sequence[CaseFile], *, is_demo: bool) -> HandoverPlan:
        """What reading ``cases`` in would do; writes nothing."""
        cases = tuple(hm.without_team_links(c) for c in cases)
        with self._ctx.tx() as s:
            self._check(s, cases, is_demo)
            out = []
            for case in cases:
                is_new = s.get(ChildRow, case.child.id) is None
                out.append(self._child_plan(case, self._decisions(s, case), is_new))
            return HandoverPlan(tuple(out))

    def apply(
        self,
        cases: Sequence[CaseFile],
        choices: Mapping[str, Choice],
        *,
        is_demo: bool,
        from_vault: str,
    ) -> Written[HandoverPlan]:
        """Read ``cases`` in with ``choices`` (by :attr:`Conflict.ref`) for every conflict;
        all or nothing. Returns the plan as it was applied."""
        cases = tuple(hm.without_team_links(c) for c in cases)
        with self._ctx.tx() as s:
            self._check(s, cases, is_demo)
            conn = s.connection()
            plans: list[ChildPlan] = []
            events: list[Event] = []
            todo = []
            for case in cases:
                is_new = s.get(ChildRow, case.child.id) is None
                decisions = self._decisions(s, case)
                plans.append(self._child_plan(case, decisions, is_new))
                todo.append((case, decisions, is_new))
            plan = HandoverPlan(tuple(plans))
            missing = plan.missing_choices(choices)
            if missing:
                raise reject(CHOOSE_ALL, count=len(plan.conflicts))
            for (case, decisions, is_new), child_plan in zip(todo, plans, strict=True):
                cid = case.child.id
                chosen = [_chosen(d, choices.get(f"{cid}/{d.key}")) for d in decisions]
                write_case(conn, case, chosen, is_new)
                _remember(conn, cid, {d.key: d.theirs for d in decisions})
                detail = (
                    f"kcx:added={child_plan.added},updated={child_plan.updated},"
                    f"kept={child_plan.kept},conflicts={len(child_plan.conflicts)}"
                )
                if is_new:
                    events.append((AuditKind.CREATE, "child", cid, cid, detail))
                elif child_plan.changes_anything:
                    events.append((AuditKind.CHANGE, "child", cid, cid, detail))
            events.append(_import_event(from_vault, len(cases)))
            append_events(
                conn,
                actor=self._ctx.actor.name,
                events=events,
                on_behalf_of=self._ctx.on_behalf_of,
            )
        changed = frozenset(c.child.id for c in cases)
        return Written(plan, Changes(children=changed, child_list=True, people=True))


def _import_event(from_vault: str, count: int) -> Event:
    return (AuditKind.CREATE, "handover", None, None, f"kcx:from={from_vault},children={count}")


def _chosen(d: hm.Decision, choice: Choice | None) -> hm.Decision:
    if d.outcome != hm.CONFLICT:
        return d
    return dataclasses.replace(d, outcome=hm.TAKE if choice is Choice.THEIRS else hm.KEEP)
