"""Overzicht voor het oudergesprek: plain Dutch (B1), "u" throughout, larger type, what goes
well first.

Consent decides what is on the paper: the parents' own view and the afspraken they take part
in always; every other perspective, the notes and the other afspraken only when
:func:`share_decision` allows it for ``Audience.OUDERS``. What is left out is named with the
reason, never shown (:mod:`.parents_left_out`). ``intern`` notes never appear. The words are
the parents' own (:mod:`.parents_words`), the same in the table, the star and the text.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from kansencirkel.core.consent import PART_ACTIONS, PART_NOTES, share_decision
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Audience, ChildStatus, Perspective, Visibility
from kansencirkel.core.model import Assessment, CaseFile
from kansencirkel.core.talk import talk_requests
from kansencirkel.core.topic_text import rest_text
from kansencirkel.core.topics import TopicList, conversation_topics
from kansencirkel.core.window import ReadingWindow, with_age
from kansencirkel.reports import parents_words as words
from kansencirkel.reports.better import better_part
from kansencirkel.reports.casedata import (
    parents_choice,
    regiehouder,
    school_text,
    select,
    sorted_actions,
)
from kansencirkel.reports.common import (
    PageDecor,
    WritingLines,
    build_pdf,
    esc,
    flowing_section,
    header_block,
    labelled,
    para,
)
from kansencirkel.reports.parents_actions import agreements, split_actions
from kansencirkel.reports.parents_left_out import left_out_lines
from kansencirkel.reports.parents_views import ordered, views
from kansencirkel.reports.styles import (
    Styles,
    make_styles,
)
from kansencirkel.reports.texts import join_words, long_date, t

BODY_SIZE = 12.0
RECENT_NOTES = 6


def render_parents(
    case: CaseFile,
    *,
    printed_by: str,
    today: date,
    lang: Lang = "nl",
    perspectives: Collection[Perspective] | None = None,
    moments: Collection[date] | None = None,
    printed_at: datetime | None = None,
) -> bytes:
    s = make_styles(BODY_SIZE)
    dob = case.child.date_of_birth
    chosen, decisions = parents_choice(case, perspectives, today)
    # Only shared perspectives ever enter the selection: nothing else can leak further down.
    shared = select(case, chosen, moments)
    everything = select(case, perspectives, moments)
    withheld = [decisions[p] for p in everything.perspectives if not decisions[p].allowed]
    notes_ok = share_decision(PART_NOTES, Audience.OUDERS, case.consents, dob, today)
    actions_ok = share_decision(PART_ACTIONS, Audience.OUDERS, case.consents, dob, today)
    shareable_notes = [n for n in case.notes if n.visibility is Visibility.DEELBAAR]
    # The afspraken the parents take part in are theirs; the others follow consent.
    theirs, others = split_actions(case)
    shown_actions = sorted_actions([*theirs, *others] if actions_ok.allowed else theirs)
    if others and not actions_ok.allowed:
        withheld.append(actions_ok)
    if shareable_notes and not notes_ok.allowed:
        withheld.append(notes_ok)

    name = case.child.given_name or case.child.full_name
    story: list[Flowable] = [
        Paragraph(esc(t(lang, "title.ouders")), s.subtitle),
        para(case.child.full_name, s.title),
        Spacer(1, 2 * mm),
    ]
    lead = regiehouder(case)
    story.append(
        header_block(
            [
                (t(lang, "label.date"), long_date(today, lang)),
                (t(lang, "label.school"), school_text(case.child, lang)),
                (t(lang, "p.label.lead"), lead.name if lead else t(lang, "nobody")),
            ],
            s,
            col=52 * mm,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story += _closed(case, s, lang)
    story.append(para(t(lang, "p.intro", name=name), s.body))
    window = ReadingWindow.of(shared.latest, case.compare_months)
    # Only the perspectives consent allows, in the "u" wording, before what goes well.
    story += better_part(
        case, today, lang, s.h1, s.body, parents=True, perspectives=shared.perspectives
    )
    own_missing = not any(a.perspective is Perspective.OUDERS for a in case.assessments)
    story += _goes_well(shared.latest, window, own_missing, s, today, lang)
    story += views(shared.latest, window, name, s, today, lang)
    story += _topics(shared.latest, window, s, today, lang)
    if shown_actions or actions_ok.allowed:
        story += agreements(case, shown_actions, today, s, lang)
    if notes_ok.allowed and shareable_notes:
        story += flowing_section(t(lang, "p.notes"), s)
        for n in sorted(shareable_notes, key=lambda n: n.written_on, reverse=True)[:RECENT_NOTES]:
            story.append(para(long_date(n.written_on, lang), s.h2))
            story.append(para(n.text, s.body))
    if withheld:
        lines = left_out_lines(withheld, lang, age_known=dob is not None, others=bool(theirs))
        story.append(Paragraph(esc(t(lang, "p.left_out")), s.h1))
        story += [para(line, s.body) for line in lines]
    story += flowing_section(t(lang, "p.handwritten"), s, room=60 * mm)
    story.append(WritingLines(40 * mm, gap=10 * mm, fill=True))
    decor = PageDecor(
        title=t(lang, "title.ouders"),
        subject=case.child.full_name,
        printed_by=printed_by,
        printed_on=today,
        lang=lang,
        demo=case.is_demo,
        printed_at=printed_at,
        snapshot_at=case.snapshot_at,
    )
    return build_pdf(story, decor)


def _closed(case: CaseFile, s: Styles, lang: Lang) -> list[Flowable]:
    """A closed file says so, right under the header."""
    child = case.child
    if child.status is not ChildStatus.AFGESLOTEN:
        return []
    name = child.given_name or child.full_name
    if child.closed_on is None:
        text = t(lang, "p.closed.undated", name=name)
    else:
        text = t(lang, "p.closed", name=name, date=long_date(child.closed_on, lang))
    return [Paragraph(f"<b>{esc(text)}</b>", s.body), Spacer(1, 1 * mm)]


def _goes_well(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
    own_missing: bool,
    s: Styles,
    today: date,
    lang: Lang,
) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(esc(t(lang, "p.goes_well")), s.h1)]
    strong = [
        k
        for k in ELEMENT_KEYS
        if (known := [v for a in latest.values() if (v := a.score(k)) is not None])
        and min(known) >= 4
    ]
    if strong:
        names = [catalog().element(k).name(lang) for k in strong]
        out.append(para(t(lang, "p.goes_well.high", elements=join_words(names, lang)), s.body))
    for p, a in ordered(latest):
        if a.goes_well.strip():
            who = words.label(p, lang)
            if window.is_older(p):  # "Hulpverlening, 10 maanden geleden:"
                who = with_age(who, a.assessed_on, today, lang)
            out += labelled(who, a.goes_well, s.body)
    if own_missing:  # never when their view was only left out of this print
        out.append(para(t(lang, "p.no_own_view"), s.body))
    if len(out) == 1:
        out.append(para(t(lang, "no.goes_well"), s.body))
    return out


def _topics(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
    s: Styles,
    today: date,
    lang: Lang,
) -> list[Flowable]:
    """Only the shared perspectives' differences: ``latest`` is the consented selection."""
    topics = TopicList(tuple(conversation_topics(latest, months=window.months)))
    # What the child or they marked, first; then where the views differ.
    talk = [words.talk_line(r, lang) for r in talk_requests(latest)]
    lines = talk + [words.topic_line(tp, lang) for tp in topics.shown]
    # A wrapped bullet goes on under its text, not under the bullet.
    bullet = ParagraphStyle(
        "bullet",
        parent=s.body,
        leftIndent=4.5 * mm,
        bulletIndent=0,
        bulletFontName=s.body.fontName,
        bulletFontSize=s.body.fontSize,
    )
    body: list[Flowable] = [Paragraph(esc(line), bullet, bulletText="•") for line in lines]
    if topics.more:
        body.append(para(rest_text(topics, lang), s.body))
    older = words.older_line(window, today, lang)
    body += [para(older, s.small)] if older else []
    if not lines:
        return body
    return [
        KeepTogether(
            [
                Paragraph(esc(t(lang, "p.topics")), s.h1),
                para(t(lang, "p.topics.explain"), s.body),
                *body[:3],
            ]
        ),
        *body[3:],
    ]
