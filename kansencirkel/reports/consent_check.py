"""What consent says about one child's report before it is made: the parts the report would
hold, measured against the consent for its reader (the export dialog shows it, the command
line prints it on stderr).

- The parents' sheet (``ouders``) leaves out what consent does not allow for
  ``Audience.OUDERS``: the chosen views with readings, the shareable notes, and the afspraken
  the parents take no part in (theirs are always on it, see :mod:`parents_actions`).
- The kernteam overview holds every chosen view, every note and every afspraak whatever the
  consent says; the warnings then say what it holds *without* consent for the kernteam.
- A blank form holds no child data: nothing to say.
- The agenda of a kernteam meeting holds, per child, the views with readings (what goes
  well, the topics) and the open afspraken, whatever the consent: :func:`agenda_lines`.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.consent import PART_ACTIONS, PART_NOTES
from kansencirkel.core.consent_summary import (
    ConsentWarnings,
    children_lines,
    held_parts,
    warnings_for,
)
from kansencirkel.core.enums import Audience, Perspective, Visibility
from kansencirkel.core.model import CaseFile


@dataclass(frozen=True, slots=True)
class ReportConsent:
    """The warnings for one report, and whether the report drops what consent refuses."""

    warnings: ConsentWarnings
    leaves_out: bool

    def lines(self) -> list[str]:
        return self.warnings.lines(leaves_out=self.leaves_out)


def report_parts(
    case: CaseFile, kind: str, perspectives: Collection[Perspective] | None = None
) -> list[str]:
    """The consent parts that ``kind`` would print for ``case`` (before consent narrows it)."""
    if kind == "blanco":
        return []
    present = {a.perspective for a in case.assessments}
    chosen = present if perspectives is None else present & set(perspectives)
    parts = [p.value for p in Perspective if p in chosen]
    if kind == "ouders":
        from kansencirkel.reports.parents_actions import split_actions

        if any(n.visibility is Visibility.DEELBAAR for n in case.notes):
            parts.append(PART_NOTES)
        if split_actions(case)[1]:  # afspraken without the parents follow consent
            parts.append(PART_ACTIONS)
        return parts
    return [p for p in held_parts(case) if p in parts or p in (PART_NOTES, PART_ACTIONS)]


def report_consent(
    case: CaseFile,
    kind: str,
    today: date,
    perspectives: Collection[Perspective] | None = None,
) -> ReportConsent | None:
    """What consent says about ``kind`` for ``case`` on ``today``; None for a blank form."""
    if kind == "blanco":
        return None
    audience = Audience.OUDERS if kind == "ouders" else Audience.KERNTEAM
    parts = report_parts(case, kind, perspectives)
    warnings = warnings_for(audience, case.consents, case.child.date_of_birth, today, parts)
    return ReportConsent(warnings, leaves_out=kind == "ouders")


def agenda_parts(case: CaseFile) -> list[str]:
    """The consent parts the agenda prints for ``case``: views with readings, open afspraken."""
    present = {a.perspective for a in case.assessments}
    parts = [p.value for p in Perspective if p in present]
    if any(a.status.is_open for a in case.actions):
        parts.append(PART_ACTIONS)
    return parts


def agenda_lines(cases: Sequence[CaseFile], today: date) -> list[str]:
    """What consent says about each child on the agenda, one line each, led by the name
    (on screen only, before saving; never in a log)."""
    return children_lines(cases, Audience.KERNTEAM, today, leaves_out=False, parts_of=agenda_parts)
