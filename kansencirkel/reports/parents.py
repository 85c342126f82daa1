"""Overzicht voor het oudergesprek: plain Dutch (B1), larger type, what goes well first.

Consent decides what is on the paper: the parents' own view always; every other perspective,
the notes and the agreements only when :func:`share_decision` allows it for ``Audience.OUDERS``.
What is left out is named with the reason, never shown. ``intern`` notes never appear.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date, datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from kansencirkel.core.consent import (
    PART_ACTIONS,
    PART_NOTES,
    ShareDecision,
    ShareReason,
    share_decision,
)
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Audience, Perspective, Visibility
from kansencirkel.core.model import Assessment, CaseFile
from kansencirkel.core.topics import TopicList, conversation_topics
from kansencirkel.core.window import ReadingWindow, with_age
from kansencirkel.reports import charts_embed
from kansencirkel.reports.better import better_part
from kansencirkel.reports.casedata import (
    element_names,
    owner_text,
    parents_choice,
    regiehouder,
    school_text,
    score_cell,
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
from kansencirkel.reports.styles import (
    FRAME_WIDTH,
    HEADER_FILL,
    Styles,
    grid_table_style,
    make_styles,
)
from kansencirkel.reports.texts import join_words, long_date, short_date, t
from kansencirkel.reports.topic_block import (
    cell_markup,
    column_head,
    older_note,
    talk_lines,
    topic_lines,
)

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
    if case.actions and not actions_ok.allowed:
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
                (t(lang, "label.regiehouder"), lead.name if lead else t(lang, "nobody")),
            ],
            s,
            col=42 * mm,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(para(t(lang, "p.intro", name=name), s.body))
    window = ReadingWindow.of(shared.latest, case.compare_months)
    # Only the perspectives consent allows, in the "u" wording, before what goes well.
    story += better_part(
        case, today, lang, s.h1, s.body, parents=True, perspectives=shared.perspectives
    )
    story += _goes_well(shared.latest, window, s, today, lang)
    story += _views(shared.latest, window, name, s, today, lang)
    story += _topics(shared.latest, window, s, today, lang)
    if actions_ok.allowed:
        story += _agreements(case, s, lang)
    if notes_ok.allowed and shareable_notes:
        story += flowing_section(t(lang, "p.notes"), s)
        for n in sorted(shareable_notes, key=lambda n: n.written_on, reverse=True)[:RECENT_NOTES]:
            story.append(para(long_date(n.written_on, lang), s.h2))
            story.append(para(n.text, s.body))
    if withheld:
        story.append(Paragraph(esc(t(lang, "p.left_out")), s.h1))
        story += [para(_left_out_line(d, lang), s.body) for d in withheld]
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
    )
    return build_pdf(story, decor)


def _ordered(latest: Mapping[Perspective, Assessment]) -> list[tuple[Perspective, Assessment]]:
    """The parents' own view first, then the others in the usual order."""
    own = [(p, a) for p, a in latest.items() if p is Perspective.OUDERS]
    return own + [(p, a) for p, a in latest.items() if p is not Perspective.OUDERS]


def _label(p: Perspective, lang: Lang) -> str:
    if p is Perspective.OUDERS:
        return t(lang, "p.your_view")
    return catalog().perspective_name(p, lang)


def _goes_well(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
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
    for p, a in _ordered(latest):
        if a.goes_well.strip():
            who = _label(p, lang)
            if window.is_older(p):  # "Zorg, 10 maanden geleden:"
                who = with_age(who, a.assessed_on, today, lang)
            out += labelled(who, a.goes_well, s.body)
    if Perspective.OUDERS not in latest:
        out.append(para(t(lang, "p.no_own_view"), s.body))
    if len(out) == 1:
        out.append(para(t(lang, "no.goes_well"), s.body))
    return out


def _views(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
    name: str,
    s: Styles,
    today: date,
    lang: Lang,
) -> list[Flowable]:
    if not latest:
        return []
    cat = catalog()
    ordered = _ordered(latest)
    first = 42 * mm
    col = min(33 * mm, (FRAME_WIDTH - first) / len(ordered))
    head: list[Flowable] = [Paragraph(esc(t(lang, "col.element")), s.cell_head)]
    for p, a in ordered:
        head.append(
            Paragraph(
                column_head(_label(p, lang), a, window.is_older(p), today, lang, 8), s.cell_head
            )
        )
    rows: list[list[Flowable]] = [head]
    for key in ELEMENT_KEYS:
        rows.append(
            [Paragraph(esc(cat.element(key).name(lang)), s.cell)]
            + [
                Paragraph(
                    cell_markup(score_cell(a.score(key)), window.is_older(p)),
                    s.cell_bold if p is Perspective.OUDERS else s.cell,
                )
                for p, a in ordered
            ]
        )
    # Compact rows: the whole table usually still fits under 'what goes well' on page 1.
    extra: list[tuple[object, ...]] = [
        ("TOPPADDING", (0, 1), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5),
    ]
    if ordered[0][0] is Perspective.OUDERS:
        extra.append(("BOX", (1, 0), (1, -1), 1.2, "#000000"))
        extra.append(("BACKGROUND", (1, 0), (1, 0), HEADER_FILL))
    table = Table(rows, colWidths=[first] + [col] * len(ordered), hAlign="LEFT")
    table.setStyle(grid_table_style(extra=extra))
    scale = "; ".join(f"{v} = {cat.score_word(v, lang).lower()}" for v in range(1, 6))
    star = charts_embed.star_panel(
        latest,
        lang=lang,
        width=FRAME_WIDTH,
        today=today,
        months=window.months,
        overlay_only=True,
        star_width=105 * mm,
    )
    return [
        # The numbers first (compact, so they usually stay on page 1), then the star.
        KeepTogether(
            [
                Paragraph(esc(t(lang, "p.views", name=name)), s.h1),
                para(t(lang, "p.views.explain"), s.body),
                table,
                Spacer(1, 1.5 * mm),
                para(f"{scale}; ? = {cat.score_word(None, lang).lower()}", s.small),
            ]
        ),
        Spacer(1, 4 * mm),
        *star,
    ]


def _topics(
    latest: Mapping[Perspective, Assessment],
    window: ReadingWindow,
    s: Styles,
    today: date,
    lang: Lang,
) -> list[Flowable]:
    """Only the shared perspectives' differences: ``latest`` is the consented selection."""
    topics = TopicList(tuple(conversation_topics(latest, months=window.months)))
    talk = talk_lines(latest, s, lang)  # what the child or they marked, first
    if not topics and not talk:
        return older_note(window, today, s, lang)
    body = talk + topic_lines(topics, s, lang) + older_note(window, today, s, lang)
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


def _agreements(case: CaseFile, s: Styles, lang: Lang) -> list[Flowable]:
    out = flowing_section(t(lang, "p.agreements"), s)
    open_actions = [a for a in sorted_actions(case.actions) if a.status.is_open]
    if not open_actions:
        return [*out, para(t(lang, "p.no_actions"), s.body)]
    when_w, who_w = 30 * mm, 40 * mm
    rows: list[list[Flowable]] = [
        [Paragraph(esc(t(lang, k)), s.cell_head) for k in ("col.who", "col.what", "col.when")]
    ]
    for a in open_actions:
        what = esc(a.what)
        if a.elements:
            what += f"<br/><font size='9'>{esc(element_names(a.elements, lang))}</font>"
        rows.append(
            [
                Paragraph(esc(owner_text(a, lang)), s.cell),
                Paragraph(what, s.cell),
                Paragraph(esc(short_date(a.due_on, lang)), s.cell),
            ]
        )
    table = Table(
        rows,
        colWidths=[who_w, FRAME_WIDTH - who_w - when_w, when_w],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(grid_table_style())
    return [*out, table]


def _left_out_line(d: ShareDecision, lang: Lang) -> str:
    if d.part == PART_NOTES:
        part = t(lang, "p.part.notes")
    elif d.part == PART_ACTIONS:
        part = t(lang, "p.part.actions")
    else:
        part = t(lang, "p.part.view", who=catalog().perspective_name(d.part, lang).lower())
    if d.reason is ShareReason.MISSING_CONSENTER:
        who = join_words([t(lang, f"consenter.{c.value}") for c in sorted(d.missing)], lang)
        reason = t(lang, "reason.missing_consenter", who=who)
    elif d.reason is ShareReason.EXPIRED:
        reason = t(lang, "reason.expired")
    elif d.reason is ShareReason.WITHDRAWN:
        reason = t(lang, "reason.withdrawn")
    else:
        reason = t(lang, "reason.no_consent")
    return t(lang, "p.left_out.part", part=part[:1].upper() + part[1:], reason=reason)
