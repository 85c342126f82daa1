"""The afspraken on the parents' sheet: who does what, by when, and how it stands.

Afspraken in which the parents take part are theirs to see, with or without consent: the
owner is a parent (their role, or their part in this child's case, is ouder/verzorger) or the
afspraak was agreed in an oudergesprek (``Action.meeting_id`` names the meeting). Every other
afspraak follows consent (``PART_ACTIONS``). Status in a parent's words: open, klaar, te laat
(open and past its date on the injected ``today``), gestopt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import ActionStatus, MeetingKind, Role
from kansencirkel.core.i18n import N_, gettext
from kansencirkel.core.model import Action, CaseFile
from kansencirkel.reports.casedata import element_names, sorted_actions
from kansencirkel.reports.common import esc, flowing_section, para
from kansencirkel.reports.styles import FRAME_WIDTH, Styles, grid_table_style
from kansencirkel.reports.texts import short_date, t


def parent_ids(case: CaseFile) -> set[str]:
    """The people who are this child's parents or carers."""
    ids = {inv.person.id for inv in case.involvements if inv.role is Role.OUDER}
    return ids | {inv.person.id for inv in case.involvements if inv.person.role is Role.OUDER}


def with_parents(action: Action, case: CaseFile, parents: set[str] | None = None) -> bool:
    """Do the parents take part in ``action``? (owner, or agreed in an oudergesprek)"""
    owner = action.owner
    if owner is not None and (
        owner.role is Role.OUDER or owner.id in (parent_ids(case) if parents is None else parents)
    ):
        return True
    if action.meeting_id is None:
        return False
    return any(
        m.id == action.meeting_id and m.kind is MeetingKind.OUDERGESPREK for m in case.meetings
    )


def split_actions(case: CaseFile) -> tuple[list[Action], list[Action]]:
    """(with the parents, the others), each in print order."""
    parents = parent_ids(case)
    ordered = sorted_actions(case.actions)
    theirs = [a for a in ordered if with_parents(a, case, parents)]
    return theirs, [a for a in ordered if not with_parents(a, case, parents)]


def status_text(action: Action, today: date, lang: Lang) -> str:
    if action.is_overdue(today):
        return gettext("Te laat", lang=lang)
    if action.status is ActionStatus.AFGEROND:
        return gettext("Klaar", lang=lang)
    if action.status is ActionStatus.GESTOPT:
        return gettext("Gestopt", lang=lang)
    return gettext("Open", lang=lang)


def _owner(action: Action, parents: set[str], lang: Lang) -> str:
    owner = action.owner
    if owner is None:
        return t(lang, "none")
    if owner.role is Role.OUDER or owner.id in parents:
        return gettext("U ({name})", lang=lang, name=owner.name)
    if owner.role is Role.IB:  # "IB'er" is staff talk
        role = gettext("intern begeleider", lang=lang)
    else:
        role = catalog().role_name(owner.role, lang)
        role = role.lower() if role[1:].islower() else role  # "leerkracht", "CJG-coach"
    return f"{owner.name} ({role})"


def agreements(
    case: CaseFile, shown: Sequence[Action], today: date, s: Styles, lang: Lang
) -> list[Flowable]:
    """The heading and the table of ``shown`` (or one line that none are made yet)."""
    out = flowing_section(t(lang, "p.agreements"), s)
    if not shown:
        return [*out, para(t(lang, "p.no_actions"), s.body)]
    parents = parent_ids(case)
    who_w, when_w, status_w = 40 * mm, 30 * mm, 27 * mm
    heads = (N_("Wie"), N_("Wat"), N_("Klaar op"), N_("Hoe staat het"))
    rows: list[list[Flowable]] = [
        [Paragraph(esc(gettext(h, lang=lang)), s.cell_head) for h in heads]
    ]
    for a in shown:
        what = esc(a.what)
        if a.elements:
            what += f"<br/><font size='9'>{esc(element_names(a.elements, lang))}</font>"
        status = esc(status_text(a, today, lang))
        if a.is_overdue(today):
            status = f"<b>{status}</b>"
        rows.append(
            [
                Paragraph(esc(_owner(a, parents, lang)), s.cell),
                Paragraph(what, s.cell),
                Paragraph(esc(short_date(a.due_on, lang)), s.cell),
                Paragraph(status, s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[who_w, FRAME_WIDTH - who_w - when_w - status_w, when_w, status_w],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    return [*out, table]
