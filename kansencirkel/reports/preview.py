"""What the export dialog shows as a first-page preview, from the same data and rules as the
PDF (consent included), without Qt: the dialog only paints it.

A rendered PDF page would need a PDF rasteriser (QtPdf and pdfium are not among our
dependencies), so the preview is a faithful sketch: the page's title block, the facts in its
header, the section headings in print order, and the star drawn by the same chart builder.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Assessment, CaseFile
from kansencirkel.core.snapshot import snapshot_notice
from kansencirkel.reports import parents_words as words
from kansencirkel.reports.casedata import (
    age_text,
    parents_choice,
    regiehouder,
    school_text,
    select,
)
from kansencirkel.reports.texts import long_date, t


@dataclass(frozen=True, slots=True)
class PreviewModel:
    title: str
    subject: str
    facts: tuple[tuple[str, str], ...]
    sections: tuple[str, ...]
    perspectives: tuple[str, ...]  # names of the views the report will show
    star_png: bytes | None  # the overlay star, or the empty star of the blank form
    star_section: int  # drawn under this section heading, as in the PDF
    demo: bool
    footer: str
    #: A team server's snapshot: its notice, as on every printed page ("" otherwise).
    snapshot: str = ""


def preview_model(
    case: CaseFile,
    kind: str,
    *,
    today: date,
    printed_by: str,
    lang: Lang = "nl",
    perspectives: Collection[Perspective] | None = None,
    moments: Collection[date] | None = None,
    star_dpi: float = 110,
) -> PreviewModel:
    parents = kind == "ouders"
    chosen = parents_choice(case, perspectives, today)[0] if parents else perspectives
    sel = select(case, chosen, moments)
    cat = catalog()
    lead = regiehouder(case)
    facts = [
        (t(lang, "label.date"), long_date(today, lang)),
        (t(lang, "label.school"), school_text(case.child, lang)),
        # The parents' sheet in the parents' words (parents_words), as the PDF prints it.
        (
            t(lang, "p.label.lead" if parents else "label.regiehouder"),
            lead.name if lead else t(lang, "nobody"),
        ),
    ]
    keys: tuple[str, ...]
    if kind == "kernteam":
        facts.insert(0, (t(lang, "label.age"), age_text(case.child, today, lang)))
        keys = (
            "sec.goes_well",
            "sec.scores",
            "sec.topics",
            "sec.stars",
            "sec.trends",
            "sec.actions",
            "sec.notes",
            "sec.next",
        )
    elif kind == "ouders":
        keys = ("p.goes_well", "p.views", "p.topics", "p.agreements", "p.handwritten")
    else:
        keys = ("b.name", "b.goes_well", "b.wishes")
    name = case.child.given_name or case.child.full_name
    sections = tuple(t(lang, k, name=name) for k in keys)
    star: bytes | None = None
    if kind == "blanco":
        star = _star_png({}, lang, star_dpi, today, case.compare_months)
    elif sel.latest:
        star = _star_png(sel.latest, lang, star_dpi, today, case.compare_months, parents=parents)
    names = {
        p: words.label(p, lang) if parents else cat.perspective_name(p, lang)
        for p in sel.perspectives
    }
    return PreviewModel(
        title=t(lang, f"title.{kind}"),
        subject=case.child.full_name,
        facts=tuple(facts),
        sections=sections,
        perspectives=tuple(names[p] for p in sel.perspectives),
        star_png=star,
        star_section={"kernteam": 3, "ouders": 1}.get(kind, 0),
        demo=case.is_demo,
        footer=f"{t(lang, 'confidential')} · "
        f"{t(lang, 'printed', who=printed_by, when=long_date(today, lang))}",
        snapshot=snapshot_notice(case.snapshot_at, lang) if case.snapshot_at else "",
    )


def _star_png(
    latest: Mapping[Perspective, Assessment],
    lang: Lang,
    dpi: float,
    today: date,
    months: int,
    *,
    parents: bool = False,
) -> bytes:
    from kansencirkel.charts import figure_to_png, radar_figure
    from kansencirkel.charts.series import overlay
    from kansencirkel.core.window import ReadingWindow

    labels = words.labels(lang) if parents else None
    series, highlight = overlay(latest, today=today, months=months, lang=lang, labels=labels)
    note = words.star_note(latest, ReadingWindow.of(latest, months), lang) if parents else None
    fig = radar_figure(
        series,
        lang=lang,
        size_inches=(4.2, 4.4),
        highlight=highlight,
        legend=bool(series),
        note=bool(series),
        note_text=note,
    )
    return figure_to_png(fig, dpi=dpi)
