"""What the vault holds about a child beyond the case file: metingen that are not finished
(drafts, kept while someone types them) and the terugblik on the cooperation after an
overleg (pulses). Both belong in an inzage, so both are shown in plain words.

A draft's content is the form as it was left, so it is read leniently: what is missing or
odd is simply not shown (never an error in the middle of a printout).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_VALUES, Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import Draft
from kansencirkel.core.pulse import QUESTION_TEXTS, SIDE_NAMES, Pulse, PulseQuestion
from kansencirkel.reports.common import flowing_section, labelled, para
from kansencirkel.reports.inzage_readings import moment, score_text, scores_table
from kansencirkel.reports.inzage_texts import it
from kansencirkel.reports.styles import Styles
from kansencirkel.reports.texts import long_date


def drafts_part(drafts: Sequence[Draft], s: Styles, lang: Lang) -> list[Flowable]:
    """Metingen that someone started and did not finish; nothing when there are none."""
    if not drafts:
        return []
    out = flowing_section(it(lang, "sec.drafts"), s)
    out.append(para(it(lang, "drafts.explain"), s.body))
    for d in sorted(drafts, key=lambda d: (d.updated_at, d.id)):
        out += _draft(d, s, lang)
        out.append(Spacer(1, 2.5 * mm))
    return out


def _text(payload: Mapping[str, Any], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _draft(d: Draft, s: Styles, lang: Lang) -> list[Flowable]:
    payload = d.payload
    perspective = d.perspective
    named = _text(payload, "perspective")
    if perspective is None and named in Perspective._value2member_map_:
        perspective = Perspective(named)
    who = (
        catalog().perspective_name(perspective, lang)
        if perspective is not None
        else it(lang, "drafts.no_perspective")
    )
    try:
        day = long_date(date.fromisoformat(_text(payload, "assessed_on")), lang)
    except ValueError:
        day = it(lang, "not_recorded")
    top: list[Flowable] = [
        para(it(lang, "draft.head", perspective=who, date=day), s.h2),
        para(it(lang, "draft.saved", who=d.author, when=moment(d.updated_at, lang)), s.small),
    ]
    given = _text(payload, "given_by")
    if given.strip():
        top.append(para(it(lang, "draft.given", who=given), s.small))
    raw = payload.get("scores")
    scores = raw if isinstance(raw, Mapping) else {}
    answered_raw = payload.get("answered")
    answered = set(answered_raw) if isinstance(answered_raw, list) else set()
    notes_raw = payload.get("notes")
    notes = notes_raw if isinstance(notes_raw, Mapping) else {}
    rows = []
    for key in ELEMENT_KEYS:
        score = scores.get(key)
        known = isinstance(score, int) and not isinstance(score, bool) and score in SCALE_VALUES
        if known:
            words = score_text(score, lang)
        elif key in answered:
            words = score_text(None, lang)
        else:
            words = it(lang, "draft.open")
        note = notes.get(key)
        rows.append((key, words, note if isinstance(note, str) else ""))
    top += [Spacer(1, 1 * mm), scores_table(rows, s, lang), Spacer(1, 1.5 * mm)]
    out: list[Flowable] = [KeepTogether(top)]
    for key, field in (("reading.goes_well", "goes_well"), ("reading.wishes", "wishes")):
        text = _text(payload, field)
        if text.strip():
            out += labelled(it(lang, key), text, s.body)
    return out


def pulse_lines(pulses: Sequence[Pulse], s: Styles, lang: Lang) -> list[Flowable]:
    """Under an overleg: each side's terugblik on the cooperation, question by question."""
    out: list[Flowable] = []
    for p in pulses:
        side = gettext(SIDE_NAMES[p.side], lang=lang)
        out.append(para(it(lang, "pulse.head", side=side), s.body))
        for q in PulseQuestion:
            answer = p.answers.get(q)
            if answer is None:
                continue
            text = score_text(answer.score, lang)
            if answer.sentence.strip():
                text += f" — {answer.sentence}"
            out += labelled(gettext(QUESTION_TEXTS[q], lang=lang), text, s.small)
    return out
