"""The inzage's metingen: every reading the vault holds, with its history.

Per perspective, oldest first; within one reading's lineage every version, the one in force
last, so a parent reads what was first written and what it was corrected to. A withdrawn
reading (entered for the wrong child) is shown too, marked as withdrawn. Each score is the
scale word of the catalogue ("3 · Gaat redelijk", "? · Weet niet / niet besproken"): no sum,
no average, no colours.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kansencirkel.core.dates import format_moment
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.model import Assessment, CaseFile, reading_order
from kansencirkel.reports.common import esc, flowing_section, labelled, para
from kansencirkel.reports.inzage_texts import it
from kansencirkel.reports.styles import FRAME_WIDTH, Styles, grid_table_style
from kansencirkel.reports.texts import long_date


def moment(at: datetime, lang: Lang) -> str:
    """'14-10-2026 09:30' in the laptop's own time (as the app's logboek shows it)."""
    return format_moment(at.astimezone(), lang)


def all_readings(case: CaseFile) -> list[Assessment]:
    """Current, corrected-away and withdrawn readings: each version once."""
    seen: dict[str, Assessment] = {}
    for a in (*case.assessments, *case.superseded, *case.withdrawn):
        seen.setdefault(a.id, a)
    return list(seen.values())


def lineages(readings: Iterable[Assessment]) -> list[list[Assessment]]:
    """Readings grouped by lineage (versions oldest first), lineages in perspective order,
    then by the date of their newest version."""
    groups: dict[str, list[Assessment]] = {}
    for a in readings:
        groups.setdefault(a.lineage_id, []).append(a)
    out = [sorted(g, key=lambda a: a.version) for g in groups.values()]
    rank = {p: i for i, p in enumerate(PERSPECTIVE_ORDER)}
    out.sort(key=lambda g: (rank.get(g[-1].perspective, 99), reading_order(g[-1]), g[-1].id))
    return out


def score_text(score: int | None, lang: Lang) -> str:
    """'4 · Gaat goed'; '? · Weet niet / niet besproken'."""
    return f"{'?' if score is None else score} · {catalog().score_word(score, lang)}"


def readings_part(case: CaseFile, s: Styles, lang: Lang) -> list[Flowable]:
    out = flowing_section(it(lang, "sec.readings"), s)
    out.append(para(it(lang, "readings.explain"), s.body))
    groups = lineages(all_readings(case))
    if not groups:
        return [*out, para(it(lang, "readings.none"), s.body)]
    for group in groups:
        for a in group:
            out += _reading(a, len(group) > 1, s, lang)
            out.append(Spacer(1, 2.5 * mm))
    return out


def _status_lines(a: Assessment, versions: bool, lang: Lang) -> list[str]:
    lines = []
    if versions:
        lines.append(it(lang, "reading.version", n=a.version))
    if a.superseded_at is not None:
        lines.append(it(lang, "reading.superseded", when=moment(a.superseded_at, lang)))
    elif versions and not a.is_withdrawn:
        lines.append(it(lang, "reading.current"))
    if a.correction_reason.strip():
        lines.append(it(lang, "reading.correction", reason=a.correction_reason))
    if a.withdrawn_at is not None:
        key = "reading.withdrawn" if a.withdraw_reason.strip() else "reading.withdrawn.noreason"
        lines.append(
            it(
                lang,
                key,
                when=moment(a.withdrawn_at, lang),
                who=a.withdrawn_by or it(lang, "not_recorded"),
                reason=a.withdraw_reason,
            )
        )
    return lines


def _reading(a: Assessment, versions: bool, s: Styles, lang: Lang) -> list[Flowable]:
    cat = catalog()
    key = "reading.head"
    if a.is_withdrawn:
        key = "reading.head.withdrawn"
    elif not a.is_current:
        key = "reading.head.old"
    head = it(
        lang,
        key,
        perspective=cat.perspective_name(a.perspective, lang),
        date=long_date(a.assessed_on, lang),
    )
    role = cat.role_name(a.given_by_role, lang)
    facts = [
        it(lang, "reading.given", who=a.given_by, role=role),
        it(lang, "reading.recorded", who=a.recorded_by, when=moment(a.recorded_at, lang)),
        *_status_lines(a, versions, lang),
    ]
    top: list[Flowable] = [para(head, s.h2)]
    top += [para(line, s.small) for line in facts]
    top += [Spacer(1, 1 * mm), _scores_table(a, s, lang), Spacer(1, 1.5 * mm)]
    out: list[Flowable] = [KeepTogether(top)]
    for key, text in (("reading.goes_well", a.goes_well), ("reading.wishes", a.wishes)):
        if text.strip():
            out += labelled(it(lang, key), text, s.body)
    if a.talk:
        names = ", ".join(cat.element(k).name(lang) for k in ELEMENT_KEYS if k in a.talk)
        out += labelled(it(lang, "reading.talk"), names, s.body)
    return out


def _scores_table(a: Assessment, s: Styles, lang: Lang) -> Table:
    rows = [(key, score_text(a.score(key), lang), a.notes.get(key, "")) for key in ELEMENT_KEYS]
    return scores_table(rows, s, lang)


def scores_table(rows: Sequence[tuple[str, str, str]], s: Styles, lang: Lang) -> Table:
    """Area, how it is going (in words), comment: one row per (element key, words, comment)."""
    cat = catalog()
    cells: list[list[Flowable]] = [
        [Paragraph(esc(it(lang, k)), s.cell_head) for k in ("col.area", "col.how", "col.remark")]
    ]
    for key, words, remark in rows:
        cells.append(
            [
                Paragraph(esc(cat.element(key).name(lang)), s.cell),
                Paragraph(esc(words), s.cell),
                para(remark, s.cell),
            ]
        )
    area, how = 0.25 * FRAME_WIDTH, 0.37 * FRAME_WIDTH
    table = Table(
        cells, colWidths=[area, how, FRAME_WIDTH - area - how], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(grid_table_style())
    return table
