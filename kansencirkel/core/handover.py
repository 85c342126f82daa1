"""A sealed hand-over between school and care, in the domain's terms (no storage, no crypto).

What goes across (:func:`handover_case`: the child's whole file with its history, but never
the team's intern notes), which consent parts that is (:func:`parts_in`), which of them consent
does not allow for the receiving side (:func:`consent_gaps`), and what reading one in would do
(:class:`HandoverPlan`: per child what is added, updated, kept, and the conflicts the user
chooses between). The vault computes and applies the plan (``vault.repos.handover``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kansencirkel.core.consent import PART_ACTIONS, PART_NOTES, ShareDecision, share_decision
from kansencirkel.core.enums import Audience, Visibility
from kansencirkel.core.i18n import N_, Msgid
from kansencirkel.core.model import CaseFile

#: The sides a hand-over goes to.
HANDOVER_AUDIENCES: tuple[Audience, ...] = (Audience.ZORG, Audience.SCHOOL)
#: An override of missing consent needs a reason of at least this many characters.
MIN_REASON = 10
REASON_TOO_SHORT = N_(
    "Geef een reden van minstens {count} tekens waarom dit zonder toestemming gedeeld wordt."
)
NOT_A_RECEIVING_SIDE = N_("Een overdracht gaat naar de school of naar de zorg.")

#: How a part of a file is named to the user when consent for it is missing.
PART_NAMES: dict[str, Msgid] = {
    "kind": N_("de blik van het kind"),
    "ouders": N_("de blik van de ouders"),
    "school": N_("de blik van school"),
    "zorg": N_("de blik van de zorg"),
    "kernteam": N_("de blik van het kernteam"),
    PART_NOTES: N_("notities"),
    PART_ACTIONS: N_("afspraken"),
}


def handover_case(case: CaseFile) -> CaseFile:
    """What of ``case`` crosses to the other side: everything but intern notes (and the
    earlier versions of those)."""
    shared = tuple(n for n in case.notes if n.visibility is Visibility.DEELBAAR)
    kept = {n.id for n in shared}
    versions = tuple(
        v for v in case.note_versions if v.note_id in kept and v.visibility is Visibility.DEELBAAR
    )
    return dataclasses.replace(case, notes=shared, note_versions=versions)


def parts_in(case: CaseFile) -> tuple[str, ...]:
    """The consent parts ``case`` holds: the perspectives of its readings, notes, afspraken."""
    readings = (*case.assessments, *case.superseded, *case.withdrawn)
    parts = list(dict.fromkeys(a.perspective.value for a in readings))
    if case.notes:
        parts.append(PART_NOTES)
    if case.actions:
        parts.append(PART_ACTIONS)
    return tuple(parts)


def consent_gaps(case: CaseFile, audience: Audience, on: date) -> tuple[ShareDecision, ...]:
    """The parts of ``case`` that consent does not allow sharing with ``audience`` on ``on``
    (empty: the hand-over may go)."""
    decisions = (
        share_decision(p, audience, case.consents, case.child.date_of_birth, on)
        for p in parts_in(case)
    )
    return tuple(d for d in decisions if not d.allowed)


def expiry_lines(case: CaseFile, audience: Audience, on: date) -> list[str]:
    """One sentence per consent that stops within a month while it lets a part of ``case``
    go to ``audience``: the receiving side may not get the next hand-over."""
    from kansencirkel.core.consent_summary import warnings_for

    found = warnings_for(audience, case.consents, case.child.date_of_birth, on, parts_in(case))
    return dataclasses.replace(found, refused=()).lines()


class Choice(StrEnum):
    """The user's answer to a conflict."""

    MINE = "mine"  # keep what this vault holds
    THEIRS = "theirs"  # take the file's version


@dataclass(frozen=True, slots=True)
class Conflict:
    """One record changed on both sides since the last hand-over: ``key`` names it
    ("action:<id>"), ``kind`` is its sort (child, involvement, assessment, meeting, action,
    note, consent), ``mine``/``theirs`` a short description of each side (dates and what)."""

    child_id: str
    key: str
    kind: str
    mine: str
    theirs: str

    @property
    def ref(self) -> str:
        """Names this conflict among all of a hand-over's (the key of a choice)."""
        return f"{self.child_id}/{self.key}"


@dataclass(frozen=True, slots=True)
class ChildPlan:
    child_id: str
    full_name: str
    is_new: bool
    added: int = 0
    updated: int = 0
    kept: int = 0  # records where this vault's version is newer
    conflicts: tuple[Conflict, ...] = ()

    @property
    def changes_anything(self) -> bool:
        return self.is_new or bool(self.added or self.updated or self.conflicts)


@dataclass(frozen=True, slots=True)
class HandoverPlan:
    children: tuple[ChildPlan, ...]

    @property
    def conflicts(self) -> tuple[Conflict, ...]:
        return tuple(c for child in self.children for c in child.conflicts)

    @property
    def changes_anything(self) -> bool:
        return any(c.changes_anything for c in self.children)

    def missing_choices(self, choices: Mapping[str, Choice]) -> tuple[Conflict, ...]:
        return tuple(c for c in self.conflicts if c.ref not in choices)


def plain_export_detail(reason: str) -> str:
    """The audit detail of a plain (unencrypted) JSON export: its kind and the reason."""
    return f"json reden: {' '.join(reason.split())}"


def reason_ok(reason: str | None) -> bool:
    return reason is not None and len(reason.strip()) >= MIN_REASON


def gap_names(gaps: Iterable[ShareDecision]) -> tuple[Msgid, ...]:
    return tuple(dict.fromkeys(PART_NAMES[g.part] for g in gaps))
