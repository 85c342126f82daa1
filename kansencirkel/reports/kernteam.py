"""Kernteamoverzicht: one child's file on A4 for the kernteam meeting.

Order: header, what goes well (first, always), the score table with differences of 2+ marked,
conversation topics and wishes, the stars (overlay, then one per perspective), trends,
agreements, recent notes, next meeting.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Perspective, Visibility
from kansencirkel.core.model import CaseFile
from kansencirkel.core.topic_text import differences_heading, movements_heading
from kansencirkel.core.topics import CaseTopics, topics_for
from kansencirkel.core.window import with_age
from kansencirkel.reports import charts_embed
from kansencirkel.reports.actions_table import (
    actions_table as actions_table,
)  # agenda imports it here
from kansencirkel.reports.better import better_part
from kansencirkel.reports.casedata import (
    Selection,
    age_text,
    element_names,
    has_scores,
    involved_text,
    last_held,
    moment_text,
    next_planned,
    person_text,
    regiehouder,
    school_text,
    score_cell,
    select,
    sorted_actions,
)
from kansencirkel.reports.common import (
    PageDecor,
    build_pdf,
    esc,
    flowing_section,
    header_block,
    labelled,
    para,
)
from kansencirkel.reports.styles import (
    FRAME_WIDTH,
    MARK_FILL,
    Styles,
    grid_table_style,
    make_styles,
)
from kansencirkel.reports.texts import long_date, t
from kansencirkel.reports.topic_block import (
    cell_markup,
    column_head,
    older_note,
    talk_lines,
    topic_lines,
)

RECENT_NOTES = 8


def render_kernteam(
    case: CaseFile,
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    perspectives: Collection[Perspective] | None = None,
    moments: Collection[date] | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    styles = make_styles(9.5)
    sel = select(case, perspectives, moments)
    history = {p: sel.history(p) for p in sel.perspectives}
    topics = topics_for(sel.latest, history, months=case.compare_months)
    story: list[Flowable] = []
    story += _header(case, styles, today, lang)
    story += better_part(case, today, lang, styles.h1, styles.body, perspectives=sel.perspectives)
    story += _goes_well(sel, topics, styles, today, lang)
    if not has_scores(sel):
        # No reading, or only "weet niet": one honest line instead of empty tables and
        # charts; what they wrote (talk requests, wishes) still follows.
        story += [
            Paragraph(esc(t(lang, "sec.scores")), styles.h1),
            para(t(lang, "no.scores" if sel.latest else "no.assessments"), styles.body),
        ]
        story += _topics(sel, topics, styles, today, lang, scored=False)
    else:
        # The facts first (scores, topics), then the pictures: page 1 stays a usable summary.
        story += _scores(sel, topics, styles, today, lang)
        story += _topics(sel, topics, styles, today, lang)
        story += _stars(sel, styles, today, case.compare_months, lang)
        story += _trends(case, sel, styles, lang)
    story += _actions(case, styles, today, lang)
    story += _notes(case, styles, lang)
    story += _last_meeting(case, styles, today, lang)
    decor = PageDecor(
        title=t(lang, "title.kernteam"),
        subject=case.child.full_name,
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=case.is_demo,
        printed_at=printed_at,
        snapshot_at=case.snapshot_at,
    )
    return build_pdf(story, decor)


def _header(case: CaseFile, s: Styles, today: date, lang: Lang) -> list[Flowable]:
    child = case.child
    lead = regiehouder(case)
    rows = [
        (t(lang, "label.age"), age_text(child, today, lang)),
        (t(lang, "label.school"), school_text(child, lang)),
        (t(lang, "label.date"), long_date(today, lang)),
        (t(lang, "label.regiehouder"), person_text(lead, lang) if lead else t(lang, "nobody")),
        (t(lang, "label.involved"), involved_text(case, lang)),
        # What is still to come, on page 1; last time's report closes the overview.
        (t(lang, "label.next"), next_text(case, today, lang)),
    ]
    return [
        Paragraph(esc(t(lang, "title.kernteam")), s.subtitle),
        para(child.full_name, s.title),
        Spacer(1, 2 * mm),
        header_block(rows, s),
    ]


def _goes_well(
    sel: Selection, topics: CaseTopics, s: Styles, today: date, lang: Lang
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(t(lang, "sec.goes_well")), s.h1)]
    cat = catalog()
    any_text = False
    for p, a in sel.latest.items():
        if not a.goes_well.strip():
            continue
        any_text = True
        given = moment_text(a, lang)
        if topics.window.is_older(p):  # "…, 12 mei 2025, 10 maanden geleden"
            given = with_age(given, a.assessed_on, today, lang)
        # Who and when in bold, their words after it: one paragraph per view.
        out += labelled(f"{cat.perspective_name(p, lang)} — {given}", a.goes_well, s.body)
    if not any_text:
        out.append(para(t(lang, "no.goes_well"), s.body))
    return out


def _stars(sel: Selection, s: Styles, today: date, months: int, lang: Lang) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(t(lang, "sec.stars")), s.h1)]
    if not sel.latest:
        return [*out, para(t(lang, "no.assessments"), s.body)]
    return out + charts_embed.star_panel(
        sel.latest, lang=lang, width=FRAME_WIDTH, today=today, months=months
    )


def _scores(
    sel: Selection, topics: CaseTopics, s: Styles, today: date, lang: Lang
) -> list[Flowable]:
    if not sel.latest:
        return []
    cat = catalog()
    persp = list(sel.latest)
    window = topics.window
    first = 46 * mm
    col = (FRAME_WIDTH - first) / len(persp)
    head: list[Flowable | str] = [Paragraph(esc(t(lang, "col.element")), s.cell_head)]
    for p in persp:
        name = cat.perspective_name(p, lang)
        head.append(
            Paragraph(
                column_head(name, sel.latest[p], window.is_older(p), today, lang, 7), s.cell_head
            )
        )
    rows: list[list[Flowable | str]] = [head]
    marked = topics.elements()
    extra: list[tuple[object, ...]] = []
    for i, key in enumerate(ELEMENT_KEYS, start=1):
        name = esc(cat.element(key).name(lang))
        if key in marked:
            name = f"◆ <b>{name}</b>"
            extra.append(("BACKGROUND", (0, i), (-1, i), MARK_FILL))
        row: list[Flowable | str] = [Paragraph(name, s.cell)]
        for p in persp:
            older = window.is_older(p)
            row.append(
                Paragraph(
                    cell_markup(score_cell(sel.latest[p].score(key)), older),
                    s.cell_bold if key in marked and not older else s.cell,
                )
            )
        rows.append(row)
    table = Table(rows, colWidths=[first] + [col] * len(persp), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_table_style(extra=extra))
    return [
        Paragraph(esc(t(lang, "sec.scores")), s.h1),
        table,
        Spacer(1, 1.5 * mm),
        para(t(lang, "scores.legend"), s.small),
    ]


def _topics(
    sel: Selection,
    topics: CaseTopics,
    s: Styles,
    today: date,
    lang: Lang,
    *,
    scored: bool = True,
) -> list[Flowable]:
    """Talk requests, differences, movements and wishes; without any score only what
    they wrote (no "no differences" line about scores that do not exist)."""
    wishes = [(p, a) for p, a in sel.latest.items() if a.wishes.strip()]
    talk = talk_lines(sel.latest, s, lang)  # their own words first
    if not sel.latest or not (scored or talk or wishes):
        return []
    out: list[Flowable] = [Paragraph(esc(t(lang, "sec.topics")), s.h1), *talk]
    if not topics.differences:
        if not talk and scored:
            out.append(para(t(lang, "no.topics"), s.body))
    else:
        out.append(para(differences_heading(lang), s.h2))
        out += topic_lines(topics.differences, s, lang)
    if topics.movements:
        out.append(para(movements_heading(lang), s.h2))
        out += topic_lines(topics.movements, s, lang)
    if scored:
        out += older_note(topics.window, today, s, lang)
    if wishes:
        out.append(Paragraph(esc(t(lang, "sec.wishes")), s.h2))
        cat = catalog()
        for p, a in wishes:
            out += labelled(cat.perspective_name(p, lang), a.wishes, s.body)
    return out


def _trends(case: CaseFile, sel: Selection, s: Styles, lang: Lang) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(t(lang, "sec.trends")), s.h1)]
    if not any(len(sel.history(p)) > 1 for p in sel.perspectives):
        return [*out, para(t(lang, "no.trends"), s.body)]
    out.append(charts_embed.trend_panel(sel, case.actions, lang=lang, width=FRAME_WIDTH))
    return out


def _actions(case: CaseFile, s: Styles, today: date, lang: Lang) -> list[Flowable]:
    out = flowing_section(t(lang, "sec.actions"), s)
    if not case.actions:
        return [*out, para(t(lang, "no.actions"), s.body)]
    out.append(actions_table(sorted_actions(case.actions), s, today, lang))
    return out


def _notes(case: CaseFile, s: Styles, lang: Lang) -> list[Flowable]:
    out = flowing_section(t(lang, "sec.notes"), s)
    notes = sorted(case.notes, key=lambda n: n.written_on, reverse=True)[:RECENT_NOTES]
    if not notes:
        return [*out, para(t(lang, "no.notes"), s.body)]
    for n in notes:
        tag = t(lang, "note.intern" if n.visibility is Visibility.INTERN else "note.shared")
        about = f" · {element_names(n.elements, lang)}" if n.elements else ""
        # Outside any table, so a very long note flows on over as many pages as it needs.
        out += labelled(
            f"{long_date(n.written_on, lang)} · {n.author} · {tag}{about}", n.text, s.body
        )
    return out


def next_text(case: CaseFile, today: date, lang: Lang) -> str:
    """ "Kernteamoverleg · 6 april 2026", the date alone, or that none is planned."""
    nxt = next_planned(case, today)
    if nxt is None:
        return t(lang, "no.next")
    day, planned = nxt
    when = long_date(day, lang)
    return f"{t(lang, 'meeting.' + planned.kind.value)} · {when}" if planned else when


def _last_meeting(case: CaseFile, s: Styles, today: date, lang: Lang) -> list[Flowable]:
    """The report of the last overleg held, labelled as such (never read as the next one's
    agenda); short, so kept on one page."""
    last = last_held(case, today)
    if last is None:
        return []
    head = t(lang, "meeting.last", date=long_date(last.held_on, lang))
    out: list[Flowable] = [Paragraph(esc(head), s.h1)]
    out += labelled(t(lang, "meeting." + last.kind.value), last.summary, s.body)
    if last.decisions.strip():
        out += labelled(t(lang, "meeting.decisions"), last.decisions, s.body)
    return [KeepTogether(out)]
