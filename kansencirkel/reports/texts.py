"""Every fixed string the reports print, in Dutch (default) and English.

Reports run without Qt, so they cannot use ``tr()``; element, perspective, role and scale names
come from :func:`kansencirkel.core.elements.catalog` instead of living here.
"""

from __future__ import annotations

from datetime import date

from kansencirkel.charts.series import short_day
from kansencirkel.core.elements import Lang
from kansencirkel.core.topics import format_day

_NL: dict[str, str] = {
    "confidential": "Vertrouwelijk",
    "page": "Pagina {x} van {y}",
    "printed": "Afgedrukt door {who} op {when}",
    "demo": "DEMO — fictieve gegevens",
    "title.kernteam": "Kernteamoverzicht",
    "title.ouders": "Overzicht voor het oudergesprek",
    "title.blanco": "Invulformulier Kansencirkel",
    "title.agenda": "Agenda kernteamoverleg",
    "label.child": "Kind",
    "label.age": "Leeftijd",
    "label.school": "School / groep",
    "label.date": "Datum",
    "label.regiehouder": "Regiehouder",
    "label.involved": "Betrokken",
    "label.next": "Volgend overleg",
    "age.years": "{n} jaar",
    "age.unknown": "niet vastgelegd",
    "none": "—",
    "nobody": "nog niet gekozen",
    "sec.goes_well": "Wat gaat goed",
    "sec.stars": "De Kansencirkel nu",
    "sec.overlay": "Alle blikken samen",
    "sec.scores": "Scores per element",
    "sec.topics": "Gespreksonderwerpen",
    "sec.trends": "Verloop in de tijd",
    "sec.actions": "Afspraken",
    "sec.notes": "Recente notities",
    "sec.next": "Volgend overleg",
    "sec.wishes": "Wensen en hoop",
    "scores.legend": "Scores 1–5; ‘?’ = weet niet / niet besproken. "
    "◆ = de blikken verschillen 2 punten of meer: een gespreksonderwerp.",
    "col.element": "Element",
    "col.who": "Wie",
    "col.what": "Wat",
    "col.due": "Klaar op",
    "col.status": "Status",
    "col.when": "Wanneer",
    "overdue": "(verstreken)",
    "no.assessments": "Er zijn nog geen metingen vastgelegd.",
    "no.actions": "Er zijn nog geen afspraken.",
    "no.notes": "Geen notities.",
    "no.next": "Er is nog geen datum gepland.",
    "no.topics": "Op geen enkel element verschillen de blikken 2 punten of meer.",
    "no.goes_well": "Nog niet ingevuld.",
    "no.trends": "Er is nog maar één meting per blik; het verloop volgt na de volgende meting.",
    "topic.line": "{element}: {views}. Hoe kijken jullie hiernaar?",
    "moment": "meting van {date}",
    "given_by": "{who}, {date}",
    "note.intern": "intern",
    "note.shared": "deelbaar",
    "status.gepland": "Gepland",
    "status.lopend": "Loopt",
    "status.afgerond": "Afgerond",
    "status.gestopt": "Gestopt",
    "meeting.kernteam": "Kernteamoverleg",
    "meeting.oudergesprek": "Oudergesprek",
    "meeting.mdo": "MDO",
    "meeting.evaluatie": "Evaluatie",
    # parent overview (B1)
    "p.intro": "Dit overzicht hoort bij het gesprek over {name}. "
    "We kijken samen naar acht gebieden waarin een kind opgroeit. "
    "Iedereen kijkt op zijn eigen manier. Verschillen zijn niet erg: daar praten we over.",
    "p.goes_well": "Wat gaat goed",
    "p.goes_well.high": "Hier zien we het al goed gaan: {elements}.",
    "p.views": "Hoe kijken we naar {name}?",
    "p.views.explain": "Per gebied een cijfer van 1 tot 5. Hoe hoger, hoe beter het gaat. "
    "Een vraagteken betekent: weet niet of nog niet besproken.",
    "p.your_view": "Uw eigen blik",
    "p.no_own_view": "Uw eigen blik hebben we nog niet. Die vullen we graag samen in.",
    "p.topics": "Waar we over willen praten",
    "p.topics.explain": "Hier kijken we verschillend. Samen zoeken we uit hoe dat komt.",
    "p.wishes": "Wensen",
    "p.agreements": "Wat we afspreken",
    "p.notes": "Wat we hebben opgeschreven",
    "p.left_out": "Niet in dit overzicht",
    "p.left_out.part": "{part}: {reason}",
    "p.part.notes": "notities",
    "p.part.actions": "afspraken",
    "p.part.view": "de blik van {who}",
    "reason.no_consent": "hiervoor is geen toestemming gegeven om te delen.",
    "reason.missing_consenter": "hiervoor ontbreekt nog toestemming van {who}.",
    "reason.expired": "de toestemming om dit te delen is verlopen.",
    "reason.withdrawn": "de toestemming om dit te delen is ingetrokken.",
    "consenter.ouders": "de ouders",
    "consenter.kind": "het kind",
    "and": "en",
    "p.handwritten": "Ruimte voor uw aantekeningen",
    "p.no_actions": "Er zijn nog geen afspraken. Die maken we in het gesprek.",
    # blank form
    "b.name": "Naam van het kind",
    "b.filled_by": "Ingevuld door",
    "b.date": "Datum",
    "b.perspective": "Blik: {name}",
    "b.how": "Kies per gebied één hokje: 1 = gaat niet goed, 5 = gaat heel goed. "
    "Weet u het niet? Kies dan ‘?’.",
    "b.how.child": "Kleur per zin één hokje. 1 = dat klopt helemaal niet, "
    "5 = dat klopt helemaal. Weet je het niet? Kleur dan het vraagteken.",
    "b.star": "Teken hier de scores in de ster: een stip per gebied, en verbind de stippen.",
    "b.star.child": "Zet op elke lijn een stip. Verder naar buiten = beter.",
    "b.goes_well": "Wat gaat goed?",
    "b.wishes": "Wat zou u graag anders zien?",
    "b.goes_well.child": "Waar ben je blij mee?",
    "b.wishes.child": "Wat zou je willen veranderen?",
    "b.unknown": "?",
    # agenda
    "a.children": "{n} kinderen op de agenda",
    "a.child": "1 kind op de agenda",
    "a.none": "Er staan geen kinderen op de agenda voor deze datum.",
    "a.open": "Open afspraken",
    "a.missing": "Nog geen blik van",
    "a.missing.none": "Alle blikken zijn er.",
    "a.topics": "Gespreksonderwerpen",
    "a.no_open": "Geen open afspraken.",
}

_EN: dict[str, str] = {
    "confidential": "Confidential",
    "page": "Page {x} of {y}",
    "printed": "Printed by {who} on {when}",
    "demo": "DEMO — fictional data",
    "title.kernteam": "Core team overview",
    "title.ouders": "Overview for the parent meeting",
    "title.blanco": "Kansencirkel form",
    "title.agenda": "Core team meeting agenda",
    "label.child": "Child",
    "label.age": "Age",
    "label.school": "School / group",
    "label.date": "Date",
    "label.regiehouder": "Case coordinator",
    "label.involved": "Involved",
    "label.next": "Next meeting",
    "age.years": "{n} years",
    "age.unknown": "not recorded",
    "none": "—",
    "nobody": "not chosen yet",
    "sec.goes_well": "What goes well",
    "sec.stars": "The Kansencirkel now",
    "sec.overlay": "All views together",
    "sec.scores": "Scores per element",
    "sec.topics": "Conversation topics",
    "sec.trends": "Over time",
    "sec.actions": "Agreements",
    "sec.notes": "Recent notes",
    "sec.next": "Next meeting",
    "sec.wishes": "Wishes and hopes",
    "scores.legend": "Scores 1–5; ‘?’ = don't know / not discussed. "
    "◆ = the views differ by 2 points or more: a conversation topic.",
    "col.element": "Element",
    "col.who": "Who",
    "col.what": "What",
    "col.due": "Due",
    "col.status": "Status",
    "col.when": "When",
    "overdue": "(overdue)",
    "no.assessments": "No assessments have been recorded yet.",
    "no.actions": "No agreements yet.",
    "no.notes": "No notes.",
    "no.next": "No date planned yet.",
    "no.topics": "On no element do the views differ by 2 points or more.",
    "no.goes_well": "Not filled in yet.",
    "no.trends": "Only one assessment per view so far; the trend follows after the next one.",
    "topic.line": "{element}: {views}. How do you each see this?",
    "moment": "assessment of {date}",
    "given_by": "{who}, {date}",
    "note.intern": "internal",
    "note.shared": "shareable",
    "status.gepland": "Planned",
    "status.lopend": "In progress",
    "status.afgerond": "Done",
    "status.gestopt": "Stopped",
    "meeting.kernteam": "Core team meeting",
    "meeting.oudergesprek": "Parent meeting",
    "meeting.mdo": "Multidisciplinary meeting",
    "meeting.evaluatie": "Evaluation",
    "p.intro": "This overview belongs to the conversation about {name}. "
    "Together we look at eight areas in which a child grows up. "
    "Everyone sees things in their own way. Differences are fine: we talk about them.",
    "p.goes_well": "What goes well",
    "p.goes_well.high": "Here things are already going well: {elements}.",
    "p.views": "How do we see {name}?",
    "p.views.explain": "A number from 1 to 5 for each area. The higher, the better it goes. "
    "A question mark means: don't know or not discussed yet.",
    "p.your_view": "Your own view",
    "p.no_own_view": "We do not have your own view yet. We would like to fill it in together.",
    "p.topics": "What we would like to talk about",
    "p.topics.explain": "Here we see things differently. Together we find out why.",
    "p.wishes": "Wishes",
    "p.agreements": "What we agree",
    "p.notes": "What we wrote down",
    "p.left_out": "Not in this overview",
    "p.left_out.part": "{part}: {reason}",
    "p.part.notes": "notes",
    "p.part.actions": "agreements",
    "p.part.view": "the view of {who}",
    "reason.no_consent": "no consent has been given to share this.",
    "reason.missing_consenter": "consent from {who} is still missing.",
    "reason.expired": "the consent to share this has expired.",
    "reason.withdrawn": "the consent to share this has been withdrawn.",
    "consenter.ouders": "the parents",
    "consenter.kind": "the child",
    "and": "and",
    "p.handwritten": "Space for your notes",
    "p.no_actions": "No agreements yet. We will make them in the conversation.",
    "b.name": "Child's name",
    "b.filled_by": "Filled in by",
    "b.date": "Date",
    "b.perspective": "View: {name}",
    "b.how": "Tick one box per area: 1 = not going well, 5 = going very well. Not sure? Tick ‘?’.",
    "b.how.child": "Colour one box for each sentence. 1 = not true at all, "
    "5 = completely true. Not sure? Colour the question mark.",
    "b.star": "Draw the scores in the star: one dot per area, then join the dots.",
    "b.star.child": "Put a dot on every line. Further out = better.",
    "b.goes_well": "What goes well?",
    "b.wishes": "What would you like to be different?",
    "b.goes_well.child": "What are you happy about?",
    "b.wishes.child": "What would you like to change?",
    "b.unknown": "?",
    "a.children": "{n} children on the agenda",
    "a.child": "1 child on the agenda",
    "a.none": "No children are on the agenda for this date.",
    "a.open": "Open agreements",
    "a.missing": "No view yet from",
    "a.missing.none": "All views are in.",
    "a.topics": "Conversation topics",
    "a.no_open": "No open agreements.",
}

_TEXTS: dict[str, dict[str, str]] = {"nl": _NL, "en": _EN}


def t(lang: Lang, key: str, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = _TEXTS[lang][key]
    return text.format(**values) if values else text


def long_date(day: date, lang: Lang) -> str:
    """'3 maart 2026' / '3 March 2026': unambiguous on paper in both languages."""
    return format_day(day, lang)


def short_date(day: date | None, lang: Lang) -> str:
    if day is None:
        return t(lang, "none")
    if lang == "nl":
        return f"{day.day:02d}-{day.month:02d}-{day.year}"
    return short_day(day, "en")


def join_words(items: list[str], lang: Lang) -> str:
    """'a, b en c' — natural lists in running text."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t(lang, 'and')} {items[-1]}"
