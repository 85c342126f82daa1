"""Inzage (art. 15 AVG): one readable PDF with everything the vault holds about one child.

For a parent's or a 16+ young person's request. Plain Dutch (B1, "u"), dates written out in
the report's language, element and scale names from the catalogue. Unlike the parents'
overview nothing is left out for consent: the person asking sees every reading (corrected
and withdrawn versions too), every note (intern ones marked as such, with their earlier
versions), every afspraak, overleg (with the terugblik on the cooperation) and consent, the
metingen not finished yet, the people involved, and the audit log of who used the file
(:mod:`.inzage_log`). It is no risk instrument: no totals, no averages,
no traffic lights, no charts. The JSON of the same case file goes beside it; see
:mod:`kansencirkel.commands.inzage_files` for reading the vault and writing both files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kansencirkel.core.elements import Lang
from kansencirkel.core.kinds import KindList
from kansencirkel.core.model import AuditEntry, CaseFile, Draft, NoteVersion
from kansencirkel.core.pulse import Pulse
from kansencirkel.reports.casedata import person_text, regiehouder
from kansencirkel.reports.common import PageDecor, build_pdf, esc, header_block, para
from kansencirkel.reports.inzage_extra import drafts_part
from kansencirkel.reports.inzage_log import log_part
from kansencirkel.reports.inzage_people import (
    LABEL_COL,
    child_part,
    consents_part,
    people_part,
)
from kansencirkel.reports.inzage_readings import readings_part
from kansencirkel.reports.inzage_records import actions_part, meetings_part, notes_part
from kansencirkel.reports.inzage_texts import it
from kansencirkel.reports.styles import FRAME_WIDTH, Styles, make_styles
from kansencirkel.reports.texts import long_date

BODY_SIZE = 11.0


def render_inzage(
    case: CaseFile,
    log: Sequence[AuditEntry],
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    printed_at: datetime | None = None,
    kinds: KindList | None = None,
    json_name: str = "",
    removed_notes: Sequence[NoteVersion] = (),
    drafts: Sequence[Draft] = (),
    pulses: Sequence[Pulse] = (),
) -> bytes:
    """The inzage PDF of ``case`` (read with ``include_superseded=True``) and ``log`` (the
    audit entries of this child). What the vault holds beside the case file: every version
    of the child's removed notes, the unfinished metingen (``drafts``) and the terugblik
    after each overleg (``pulses``). ``json_name`` names the JSON file that goes with it."""
    s = make_styles(BODY_SIZE)
    col = LABEL_COL * FRAME_WIDTH
    story: list[Flowable] = [
        Paragraph(esc(it(lang, "title")), s.subtitle),
        para(case.child.full_name, s.title),
        Spacer(1, 2 * mm),
        header_block([(it(lang, "label.made"), long_date(today, lang))], s, col=col),
        Spacer(1, 3 * mm),
    ]
    story += _intro(case, s, lang, printed_by, json_name)
    story += child_part(case, s, lang, col)
    story += people_part(case, s, lang)
    story += readings_part(case, s, lang)
    story += drafts_part(drafts, s, lang)
    story += notes_part(case, s, lang, removed_notes)
    story += actions_part(case, s, lang, kinds)
    story += meetings_part(case, s, lang, pulses)
    story += consents_part(case, s, today, lang)
    story += log_part(log, s, lang)
    decor = PageDecor(
        title=it(lang, "title"),
        subject=case.child.full_name,
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=case.is_demo,
        printed_at=printed_at,
        snapshot_at=case.snapshot_at,
    )
    return build_pdf(story, decor)


def _intro(
    case: CaseFile, s: Styles, lang: Lang, printed_by: str, json_name: str
) -> list[Flowable]:
    """What this document is, the right to correction, and whom to ask."""
    name = case.child.given_name or case.child.full_name
    lead = regiehouder(case)
    if lead is not None:
        who = it(lang, "who.lead", name=person_text(lead, lang))
    else:
        who = it(lang, "who.maker", name=printed_by)
    out = [
        para(it(lang, "intro.what.title"), s.h2),
        para(it(lang, "intro.what", name=name), s.body),
        para(it(lang, "intro.scores"), s.body),
    ]
    if json_name:
        out.append(para(it(lang, "intro.json", file=json_name), s.body))
    out += [
        para(it(lang, "intro.correct.title"), s.h2),
        para(it(lang, "intro.correct", who=who), s.body),
    ]
    return out
