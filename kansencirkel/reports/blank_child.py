"""The child's own blank form, one per age band, worded with "jij" throughout.

Page 1: the largest star on the page (nothing drawn on it is bigger), element names of at
least 12 pt. Then one block per element: the sentence to score and a row of faces. Last, the
open questions with at least five ruled lines each.

- 4–7: faces only and very few words; the form says it is meant to be read aloud by an adult
  (the only text not addressed to the child; it is worded without "u" or "jij").
- 8–12: the sentences, faces with a short explanation.
- 12+: the sentences with the element's question to the child, faces numbered 1–5, and the
  second question also asks what to talk about (a third question would take a fourth page).
"""

from __future__ import annotations

import re

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer, Table

from kansencirkel.core.age_band import AgeBand
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.reports import charts_embed
from kansencirkel.reports.common import WritingLines, para
from kansencirkel.reports.faces import FaceScale
from kansencirkel.reports.styles import FRAME_WIDTH, MARK_FILL, RULE, Styles, make_styles
from kansencirkel.reports.styles import plain_table_style as plain
from kansencirkel.reports.texts import t

#: Body type per band: the smallest style (0.85 of it) stays at 11 pt or more.
BODY_SIZE: dict[AgeBand, float] = {"4-7": 16.0, "8-12": 14.0, "12+": 13.0}
FACE_RADIUS: dict[AgeBand, float] = {"4-7": 7.5 * mm, "8-12": 6 * mm, "12+": 4.8 * mm}
_PREFIX: dict[AgeBand, str] = {"4-7": "b.young", "8-12": "b.mid", "12+": "b.teen"}
#: Room between ruled lines: a young child's words are written down by an adult.
LINE_GAP: dict[AgeBand, float] = {"4-7": 10 * mm, "8-12": 10 * mm, "12+": 8.5 * mm}
#: Share of the frame width the child's star takes (the adult form's is 0.75); the youngest
#: form's note for the adult takes some of page 1.
STAR_SHARE: dict[AgeBand, float] = {"4-7": 0.88, "8-12": 0.95, "12+": 0.95}


_TO_CHILD = {
    "nl": re.compile(r"\b(je|jij|jou|jouw|jezelf)\b", re.IGNORECASE),
    "en": re.compile(r"\b(you|your|yourself)\b", re.IGNORECASE),
}


def addresses_child(text: str, lang: Lang) -> bool:
    """Whether an element prompt speaks to the child ("Wat doe je graag…"): those belong on
    the child's form, never on a form that says "u"."""
    return bool(_TO_CHILD[lang].search(text))


_VOWELS = frozenset("aeiouyAEIOUY")


def star_names(lang: Lang) -> dict[str, str]:
    """Element names for the child's star, a long one broken in two ("Verantwoor-/delijk"),
    so the names keep their full size (12 pt) and the star its room."""
    names = {}
    for el in catalog().elements:
        name = el.name(lang)
        names[el.key] = _broken(name) if len(name) > 13 else name
    return names


def _broken(word: str) -> str:
    """Split between two consonants after a vowel, nearest the middle (Dutch and English
    hyphenate there: verantwoor-delijk); a word without such a place stays whole."""
    middle = len(word) / 2
    places = [
        i
        for i in range(3, len(word) - 3)
        if word[i - 2] in _VOWELS and word[i - 1] not in _VOWELS and word[i] not in _VOWELS
    ]
    if not places or " " in word:
        return word
    i = min(places, key=lambda j: abs(j - middle))
    return f"{word[:i]}-\n{word[i:]}"


def child_form_story(band: AgeBand, *, lang: Lang, child_name: str) -> list[Flowable]:
    s = make_styles(BODY_SIZE[band])
    key = _PREFIX[band]
    story: list[Flowable] = [para(t(lang, f"b.band.{band}"), s.title)]
    if band == "4-7":
        story.append(_adult_note(t(lang, "b.young.adult"), s))
    gap = LINE_GAP[band]
    questions = [f"{key}.goes_well", f"{key}.wishes"]
    star: list[Flowable] = [
        para(t(lang, f"{key}.star"), s.body),
        charts_embed.empty_star(
            lang=lang, width=FRAME_WIDTH * STAR_SHARE[band], names=star_names(lang)
        ),
    ]
    story += [_fields(child_name, s, lang), Spacer(1, 2 * mm), *star, PageBreak()]
    story += [para(t(lang, f"{key}.how"), s.h2), Spacer(1, 2 * mm)]
    story += [_element(k, band, s, lang) for k in ELEMENT_KEYS]
    for i, q in enumerate(questions):  # the last question takes what the page has left
        story.append(_question(t(lang, q), s, gap, last=i == len(questions) - 1))
    return story


def _question(text: str, s: Styles, gap: float, *, last: bool) -> Flowable:
    """An open question with five ruled lines (the last one on a page: as many as fit)."""
    lines = WritingLines(5 * gap, gap, fill=last, maximum=10 * gap)
    return KeepTogether([para(text, s.h2), lines])


def _adult_note(text: str, s: Styles) -> Table:
    table = Table([[para(text, s.body)]], colWidths=[FRAME_WIDTH], hAlign="LEFT")
    table.setStyle(
        plain(
            [
                ("BACKGROUND", (0, 0), (-1, -1), MARK_FILL),
                ("BOX", (0, 0), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _fields(child_name: str, s: Styles, lang: Lang) -> Table:
    name_label = "b.young.name" if s.body_size >= BODY_SIZE["4-7"] else "b.child.name"
    rows = [
        [para(t(lang, name_label), s.label), para(child_name, s.body)],
        [para(t(lang, "b.child.filled_by"), s.label), ""],
        [para(t(lang, "b.child.date"), s.label), ""],
    ]
    col = 55 * mm
    table = Table(rows, colWidths=[col, FRAME_WIDTH - col], rowHeights=[11 * mm] * 3)
    table.hAlign = "LEFT"
    table.setStyle(
        plain(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, RULE),
            ]
        )
    )
    return table


def _element(key: str, band: AgeBand, s: Styles, lang: Lang) -> Flowable:
    """The element's name, its sentence (and for 12+ its question), then the faces."""
    el = catalog().element(key)
    text: list[Flowable] = [para(el.name(lang), s.h2), para(el.child_sentence(lang), s.body)]
    if band == "12+":
        text += [para(q, s.label) for q in el.prompts(lang) if addresses_child(q, lang)][:1]
    if band == "12+":  # beside the text, as on the adults' form: one page for all eight
        faces = FaceScale(FACE_RADIUS[band], numbers=True, gap=2.5 * mm)
        table = Table([[text, faces]], colWidths=[FRAME_WIDTH - faces.width, faces.width])
        below: list[tuple[object, ...]] = [("VALIGN", (1, 0), (1, 0), "MIDDLE")]
    else:
        faces = FaceScale(FACE_RADIUS[band], gap=5 * mm)
        table = Table([[text], [faces]], colWidths=[FRAME_WIDTH])
        below = [
            ("LEFTPADDING", (0, 1), (-1, 1), 6 * mm),
            ("TOPPADDING", (0, 1), (-1, 1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ]
    table.hAlign = "LEFT"
    table.setStyle(
        plain(
            [
                ("VALIGN", (0, 0), (0, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LINEBELOW", (0, -1), (-1, -1), 0.4, RULE),
                *below,
            ]
        )
    )
    return KeepTogether([table])
