"""Agenda for a kernteam meeting: per child on that date, the open and overdue agreements,
the perspectives still missing and the conversation topics."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import CaseFile
from kansencirkel.core.topics import case_topics
from kansencirkel.reports.better import better_part
from kansencirkel.reports.casedata import (
    age_text,
    person_text,
    regiehouder,
    school_text,
    sorted_actions,
)
from kansencirkel.reports.common import PageDecor, build_pdf, esc, flowing_section, para
from kansencirkel.reports.kernteam import actions_table
from kansencirkel.reports.styles import Styles, make_styles
from kansencirkel.reports.texts import long_date, t, tn
from kansencirkel.reports.topic_block import older_note, talk_lines, topic_lines

#: The views a kernteam wants before discussing a child; the joint score comes from the meeting.
EXPECTED = (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL, Perspective.ZORG)


def render_agenda(
    day: date,
    cases: Sequence[CaseFile],
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    printed_at: datetime | None = None,
) -> bytes:
    s = make_styles(9.5)
    title = t(lang, "title.agenda")
    story: list[Flowable] = [
        Paragraph(esc(title), s.subtitle),
        para(long_date(day, lang), s.title),
        para(_count(len(cases), lang), s.body),
    ]
    ordered = sorted(cases, key=lambda c: (c.child.group, c.child.family_name, c.child.given_name))
    for number, case in enumerate(ordered, start=1):
        story += _child(number, case, s, today, lang)
    decor = PageDecor(
        title=title,
        subject=long_date(day, lang),
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=any(c.is_demo for c in cases),
        printed_at=printed_at,
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
    out: list[Flowable] = [
        # A child's heading never sits alone at the foot of a page.
        *flowing_section(f"{number}. {child.full_name}", s, room=45 * mm),
        para(" · ".join(facts), s.small),
        *better_part(case, today, lang, s.h2, s.body),
    ]
    open_actions = [a for a in sorted_actions(case.actions) if a.status.is_open]
    out.append(Paragraph(esc(t(lang, "a.open")), s.h2))
    if open_actions:
        out.append(actions_table(open_actions, s, today, lang))
    else:
        out.append(para(t(lang, "a.no_open"), s.body))
    latest = case.latest_by_perspective()
    missing = [catalog().perspective_name(p, lang) for p in EXPECTED if p not in latest]
    out.append(Paragraph(esc(t(lang, "a.missing")), s.h2))
    out.append(para(", ".join(missing) if missing else t(lang, "a.missing.none"), s.body))
    out.append(Paragraph(esc(t(lang, "a.topics")), s.h2))
    topics = case_topics(case)
    talk = talk_lines(latest, s, lang)  # what the child or parents marked, first
    out += talk
    if topics.differences:
        out += topic_lines(topics.differences, s, lang)
    elif not talk:
        out.append(para(t(lang, "no.topics"), s.body))
    out += older_note(topics.window, today, s, lang)
    out.append(Spacer(1, 3 * mm))
    return out
