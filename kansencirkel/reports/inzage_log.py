"""The inzage's logboek (NEN 7513): who viewed, changed, printed or saved the file, and when.

Every audit event about this child, oldest first, in plain words: when (the laptop's time),
who (the team member), what happened, and to which part (with the kind of printout or file).
The log never holds content, so neither does this table. The log records no "on behalf of":
every event is done by the team member who is named.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from kansencirkel.core.behalf import behalf_label
from kansencirkel.core.elements import Lang
from kansencirkel.core.model import AuditEntry
from kansencirkel.reports.common import esc, flowing_section, para
from kansencirkel.reports.inzage_readings import moment
from kansencirkel.reports.inzage_texts import DETAIL_WORDS, KIND_WORDS, RECORD_WORDS, it, word
from kansencirkel.reports.styles import FRAME_WIDTH, Styles, grid_table_style

#: Details that carry an id or a count after a colon: their plain word (never the id).
_PREFIXES = {
    "correction_of": "correction",
    "samen": "samen",
    "version": "version",
    "import": "import",
    "csv": "import",
}


def detail_words(detail: str, lang: Lang) -> str:
    """The log's qualifier in plain words; technical ones (field names, ids) are left out."""
    if detail in DETAIL_WORDS:
        return word(DETAIL_WORDS, detail, lang)
    prefix = detail.partition(":")[0]
    if prefix in _PREFIXES:
        return word(DETAIL_WORDS, _PREFIXES[prefix], lang)
    return ""


def who_acted(e: AuditEntry, lang: Lang) -> str:
    """'Mevr. Jansen, namens OBS De Linde' (or 'namens Ouder' for a parent's form typed in):
    who acted, and on whose behalf."""
    if not e.on_behalf_of:
        return e.actor
    return f"{e.actor}, {it(lang, 'log.behalf', who=behalf_label(e.on_behalf_of, lang))}"


def event_words(e: AuditEntry, lang: Lang) -> tuple[str, str]:
    """('opgeslagen als bestand', 'dossier — inzage'): what happened, and to which part."""
    part = word(RECORD_WORDS, e.record_type, lang)
    detail = detail_words(e.detail, lang) if e.detail else ""
    if detail:
        part += f" — {detail}"
    return word(KIND_WORDS, e.kind, lang), part


def log_part(entries: Sequence[AuditEntry], s: Styles, lang: Lang) -> list[Flowable]:
    out = flowing_section(it(lang, "sec.log"), s, room=60 * mm)
    out.append(para(it(lang, "log.explain"), s.body))
    if not entries:
        return [*out, para(it(lang, "log.none"), s.body)]
    rows: list[list[Flowable]] = [
        [
            Paragraph(esc(it(lang, k)), s.cell_head)
            for k in ("log.when", "log.who", "log.what", "log.part")
        ]
    ]
    for e in sorted(entries, key=lambda e: e.seq):
        what, part = event_words(e, lang)
        rows.append(
            [
                Paragraph(esc(moment(e.at, lang)), s.cell),
                para(who_acted(e, lang), s.cell),
                Paragraph(esc(what), s.cell),
                Paragraph(esc(part), s.cell),
            ]
        )
    when, what = 36 * mm, 40 * mm
    who = 0.45 * (FRAME_WIDTH - when - what)  # room for "namens" (organisation or role)
    table = Table(
        rows,
        colWidths=[when, who, what, FRAME_WIDTH - when - who - what],
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    return [*out, table]
