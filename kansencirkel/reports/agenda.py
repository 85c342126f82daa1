"""Agenda for a kernteam meeting: per child, in the order the user chose, what goes well
first, then the open and overdue agreements, the perspectives still missing and the
conversation topics.

A child's heading never sits alone at the foot of a page: it is kept together with the facts
line and the first block under it. "Nog geen blik van" uses the children list's rule
(:meth:`CaseFile.missing_perspectives`), so the list and the agenda never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.model import CaseFile, Child
from kansencirkel.core.topics import CaseTopics, case_topics
from kansencirkel.core.window import with_age
from kansencirkel.reports.better import better_part
from kansencirkel.reports.casedata import (
    age_text,
    person_text,
    regiehouder,
    school_text,
    sorted_actions,
)
from kansencirkel.reports.common import PageDecor, build_pdf, esc, para
from kansencirkel.reports.kernteam import actions_table
from kansencirkel.reports.styles import Styles, make_styles
from kansencirkel.reports.texts import long_date, t, tn
from kansencirkel.reports.topic_block import older_note, talk_lines, topic_lines


def agenda_key(child: Child) -> tuple[str, str, str]:
    """The order of an agenda nobody reordered: by group, then by name."""
    return (child.group, child.family_name, child.given_name)


def render_agenda(
    day: date,
    cases: Sequence[CaseFile],
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    printed_at: datetime | None = None,
) -> bytes:
    """The agenda with ``cases`` in the order given (the user's choice; see :func:`agenda_key`
    for the usual one)."""
    s = make_styles(9.5)
    title = t(lang, "title.agenda")
    story: list[Flowable] = [
        Paragraph(esc(title), s.subtitle),
        para(long_date(day, lang), s.title),
        para(_count(len(cases), lang), s.body),
    ]
    for number, case in enumerate(cases, start=1):
        story += _child(number, case, s, today, lang)
    decor = PageDecor(
        title=title,
        subject=long_date(day, lang),
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=any(c.is_demo for c in cases),
        printed_at=printed_at,
        snapshot_at=next((c.snapshot_at for c in cases if c.snapshot_at), None),
    )
    return build_pdf(story, decor)


def _count(n: int, lang: Lang) -> str:
    if n == 0:
        return t(lang, "a.none")
    return tn(lang, "a.children", n)


def _child(number: int, case: CaseFile, s: Styles, today: date, lang: Lang) -> list[Flowable]:
    child = case.child
    lead = regiehouder(case)
    facts = [school_text(child, lang), age_text(child, today, lang)]
    if lead is not None:
        facts.append(f"{t(lang, 'label.regiehouder')}: {person_text(lead, lang)}")
    topics = case_topics(case)
    first = _goes_well(case, topics, s, today, lang)
    head: list[Flowable] = [
        para(f"{number}. {child.full_name}", s.h1),
        para(" · ".join(facts), s.small),
        *first[:2],  # the block's heading and its first line
    ]
    out: list[Flowable] = [KeepTogether(head), *first[2:]]
    out += better_part(case, today, lang, s.h2, s.body)
    open_actions = [a for a in sorted_actions(case.actions) if a.status.is_open]
    out.append(Paragraph(esc(t(lang, "a.open")), s.h2))
    if open_actions:
        out.append(actions_table(open_actions, s, today, lang))
    else:
        out.append(para(t(lang, "a.no_open"), s.body))
    cat = catalog()
    missing = [cat.perspective_name(p, lang) for p in case.missing_perspectives()]
    out.append(Paragraph(esc(t(lang, "a.missing")), s.h2))
    out.append(para(", ".join(missing) if missing else t(lang, "a.missing.none"), s.body))
    out.append(Paragraph(esc(t(lang, "a.topics")), s.h2))
    latest = case.latest_by_perspective()
    talk = talk_lines(latest, s, lang)  # what the child or parents marked, first
    out += talk
    if topics.differences:
        out += topic_lines(topics.differences, s, lang)
    elif not talk:
        out.append(para(t(lang, "no.topics"), s.body))
    out += older_note(topics.window, today, s, lang)
    out.append(Spacer(1, 3 * mm))
    return out


def _goes_well(
    case: CaseFile, topics: CaseTopics, s: Styles, today: date, lang: Lang
) -> list[Flowable]:
    """ "Wat gaat goed": each perspective's own words, an older reading with its age."""
    out: list[Flowable] = [Paragraph(esc(t(lang, "sec.goes_well")), s.h2)]
    latest = case.latest_by_perspective()
    cat = catalog()
    for p in PERSPECTIVE_ORDER:
        a = latest.get(p)
        if a is None or not a.goes_well.strip():
            continue
        who = cat.perspective_name(p, lang)
        if topics.window.is_older(p):
            who = with_age(who, a.assessed_on, today, lang)
        out.append(para(f"{who}: {a.goes_well.strip()}", s.body))
    if len(out) == 1:
        out.append(para(t(lang, "no.goes_well"), s.body))
    return out
