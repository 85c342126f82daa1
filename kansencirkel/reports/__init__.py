"""Meeting-ready PDF overviews (reportlab, A4): kernteam, parents, blank form, agenda.

No Qt here: the app runs these through its OperationRunner, the command line calls them
directly. Every function returns the PDF as bytes; :func:`save_pdf_atomically` writes it.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime
from typing import Literal

from kansencirkel.core.age_band import AgeBand, choose_band
from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.model import CaseFile
from kansencirkel.reports.agenda import render_agenda
from kansencirkel.reports.blank import render_blank_form
from kansencirkel.reports.kernteam import render_kernteam
from kansencirkel.reports.parents import render_parents
from kansencirkel.reports.preview import PreviewModel, preview_model
from kansencirkel.reports.save import KINDS, neutral_file_name, save_pdf_atomically

ReportKind = Literal["kernteam", "ouders", "blanco"]
CHILD_REPORT_KINDS: tuple[ReportKind, ...] = ("kernteam", "ouders", "blanco")

#: Forms printed for a child when no perspectives are chosen (the joint kernteam score is
#: agreed in the meeting itself, not filled in beforehand).
BLANK_DEFAULT = tuple(p for p in PERSPECTIVE_ORDER if p is not Perspective.KERNTEAM)


def render_child_report(
    case: CaseFile,
    kind: ReportKind,
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    perspectives: Collection[Perspective] | None = None,
    moments: Collection[date] | None = None,
    printed_at: datetime | None = None,
    age_band: AgeBand | None = None,
) -> bytes:
    """One child's report as PDF bytes. ``perspectives``/``moments`` narrow what is shown
    (None = all); the parent version is narrowed further by the recorded consent. A blank
    child's form takes the child's age band from the date of birth, else ``age_band``."""
    if kind == "kernteam":
        return render_kernteam(
            case,
            printed_by=printed_by,
            today=today,
            lang=lang,
            perspectives=perspectives,
            moments=moments,
            printed_at=printed_at,
        )
    if kind == "ouders":
        return render_parents(
            case,
            printed_by=printed_by,
            today=today,
            lang=lang,
            perspectives=perspectives,
            moments=moments,
            printed_at=printed_at,
        )
    if kind == "blanco":
        chosen = [p for p in PERSPECTIVE_ORDER if p in (perspectives or BLANK_DEFAULT)]
        return render_blank_form(
            chosen,
            age_band=choose_band(case.child.date_of_birth, today, age_band),
            printed_by=printed_by,
            today=today,
            lang=lang,
            child_name=case.child.full_name,
            demo=case.is_demo,
            printed_at=printed_at,
            snapshot_at=case.snapshot_at,
        )
    raise ValueError(f"unknown report kind: {kind!r}")


def render_blank_band(
    age_band: AgeBand | None,
    perspectives: Collection[Perspective] | None,
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    demo: bool = False,
) -> bytes:
    """Blank forms for no child in particular (no name on them); the child's form for
    ``age_band`` (None = the middle band)."""
    chosen = [p for p in PERSPECTIVE_ORDER if p in (perspectives or BLANK_DEFAULT)]
    return render_blank_form(
        chosen,
        age_band=choose_band(None, today, age_band),
        printed_by=printed_by,
        today=today,
        lang=lang,
        demo=demo,
    )


__all__ = [
    "BLANK_DEFAULT",
    "CHILD_REPORT_KINDS",
    "KINDS",
    "PreviewModel",
    "ReportKind",
    "neutral_file_name",
    "preview_model",
    "render_agenda",
    "render_blank_band",
    "render_blank_form",
    "render_child_report",
    "save_pdf_atomically",
]
