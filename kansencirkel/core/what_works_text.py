"""The "Wat werkt" table in words, the same on screen, in the PDF and in the CSV.

A hidden figure (fewer than five children behind it) reads "<5" everywhere, with one line
saying why. The CSV neutralises cells that a spreadsheet would run as a formula.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import SCALE_VALUES
from kansencirkel.core.evaluation import HELPED_NAMES
from kansencirkel.core.i18n import N_, Lang, gettext
from kansencirkel.core.kinds import KindList
from kansencirkel.core.model import Helped
from kansencirkel.core.pulse import (
    QUESTION_TEXTS,
    SIDE_NAMES,
    PulseQuestion,
    PulseSide,
    Term,
    TermPulse,
)
from kansencirkel.core.what_works import MIN_CHILDREN, MOVEMENTS, NO_KIND, Count, WhatWorks

TITLE = N_("Wat werkt")
HIDDEN = "<5"

_HEAD = (
    N_("Soort afspraak"),
    N_("Geëvalueerde afspraken"),
    N_("Kinderen"),
)
_ANSWER_HEAD = N_("Geholpen: {answer}")
_MOVEMENT_HEAD = {
    "hoger": N_("Metingen hoger"),
    "gelijk": N_("Metingen gelijk"),
    "lager": N_("Metingen lager"),
}


def headers(lang: Lang) -> list[str]:
    out = [gettext(h, lang=lang) for h in _HEAD]
    out += [
        gettext(_ANSWER_HEAD, lang=lang, answer=gettext(HELPED_NAMES[h], lang=lang)) for h in Helped
    ]
    out += [gettext(_MOVEMENT_HEAD[m], lang=lang) for m in MOVEMENTS]
    return out


def _cell(count: Count) -> str:
    shown = count.shown
    return HIDDEN if shown is None else str(shown)


def kind_label(key: str, kinds: KindList, lang: Lang) -> str:
    return gettext("Zonder soort", lang=lang) if key == NO_KIND else kinds.label(key, lang)


def rows(result: WhatWorks, kinds: KindList, lang: Lang) -> list[list[str]]:
    out = []
    for row in result.rows:
        children = row.children
        cells = [
            kind_label(row.kind, kinds, lang),
            _cell(row.evaluated),
            HIDDEN if children is None else str(children),
        ]
        cells += [_cell(row.answers[h]) for h in Helped]
        cells += [_cell(row.readings[m]) for m in MOVEMENTS]
        out.append(cells)
    return out


def period_text(result: WhatWorks, lang: Lang) -> str:
    return gettext(
        "{start} tot en met {end}",
        lang=lang,
        start=format_date(result.start, "long", lang),
        end=format_date(result.end, "long", lang),
    )


def intro_text(lang: Lang) -> str:
    return gettext(
        (
            "Afspraken die in deze periode zijn geëvalueerd, per soort: hoe vaak het team "
            "zei dat het hielp, en hoe de metingen van de gekoppelde ontwikkelgebieden sinds "
            "de start bewogen. Alleen aantallen: geen namen, geen scores van kinderen."
        ),
        lang=lang,
    )


def hidden_text(lang: Lang) -> str:
    return gettext(
        (
            "{hidden}: minder dan {k} kinderen; niet getoond, want het kan een kind "
            "herkenbaar maken."
        ),
        lang=lang,
        hidden=HIDDEN,
        k=MIN_CHILDREN,
    )


def empty_text(lang: Lang) -> str:
    return gettext("In deze periode is nog geen afspraak geëvalueerd.", lang=lang)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(cell: str) -> str:
    """A cell a spreadsheet shows as text, never runs: a leading = + - @ gets a quote."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def to_csv(
    result: WhatWorks, kinds: KindList, lang: Lang, pulses: Sequence[TermPulse] = ()
) -> bytes:
    """Semicolon-separated UTF-8 with a byte-order mark, as Dutch spreadsheets open it: the
    counts per kind, then (after an empty line) the pulse per term and side."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    table: list[list[str]] = [headers(lang), *rows(result, kinds, lang)]
    if pulses:
        table += [[], pulse_headers(lang), *pulse_rows(pulses, lang)]
    for line in table:
        writer.writerow([neutral(c) for c in line])
    return out.getvalue().encode("utf-8-sig")


def pulse_headers(lang: Lang) -> list[str]:
    names = (N_("Trimester"), N_("Kant"), N_("Vraag"), N_("Antwoorden"))
    return [gettext(h, lang=lang) for h in names] + [str(v) for v in SCALE_VALUES]


def term_text(term: Term, lang: Lang) -> str:
    """'2: december 2025 – maart 2026'."""
    return gettext(
        "{n}: {start} – {end}",
        lang=lang,
        n=term.number,
        start=format_date(term.start, "month_long_year", lang),
        end=format_date(term.end, "month_long_year", lang),
    )


def pulse_rows(
    by_term: Sequence[TermPulse], lang: Lang, *, repeat_term: bool = True
) -> list[list[str]]:
    """Per term, side and question: how many answers, and how many gave each point ("<5"
    under the k ≥ 5 rule). ``repeat_term=False`` names the term on its first row only (for
    the eye; a CSV repeats it on every row)."""
    out = []
    for part in by_term:
        label = term_text(part.term, lang)
        for i, r in enumerate(part.rows):
            out.append(
                [
                    label if repeat_term or i == 0 else "",
                    gettext(SIDE_NAMES[r.side], lang=lang),
                    gettext(QUESTION_TEXTS[r.question], lang=lang),
                    _cell(r.answered),
                    *(_cell(r.points[v]) for v in SCALE_VALUES),
                ]
            )
    return out


def pulse_grid(by_term: Sequence[TermPulse], lang: Lang) -> list[list[list[str]]]:
    """The compact form for the one-page PDF: a row per term and side, a column per
    question, each cell two lines ("Antwoorden: 6", "1: <5 · 2: <5 · 3: <5 · 4: 6 · 5: <5");
    the first row holds the headings (one line each). Same figures, same k ≥ 5 rule."""
    head = [gettext(h, lang=lang) for h in (N_("Trimester"), N_("Kant"))]
    head += [gettext(QUESTION_TEXTS[q], lang=lang) for q in PulseQuestion]
    out: list[list[list[str]]] = [[[h] for h in head]]
    for part in by_term:
        label = term_text(part.term, lang)
        by_side = {(r.side, r.question): r for r in part.rows}
        for side in PulseSide:
            if not any(k[0] is side for k in by_side):
                continue
            line = [[label], [gettext(SIDE_NAMES[side], lang=lang)]]
            for q in PulseQuestion:
                r = by_side.get((side, q))
                if r is None:
                    line.append(["–"])
                    continue
                answered = gettext("Antwoorden: {n}", lang=lang, n=_cell(r.answered))
                points = " · ".join(f"{v}:\u00a0{_cell(r.points[v])}" for v in SCALE_VALUES)
                line.append([answered, points])
            out.append(line)
            label = ""
    return out


def pulse_heading(lang: Lang) -> str:
    return gettext("Hoe ging de samenwerking (per trimester en per kant)", lang=lang)


def no_pulse_text(lang: Lang) -> str:
    return gettext("In deze periode is nog geen terugblik op de samenwerking gegeven.", lang=lang)
