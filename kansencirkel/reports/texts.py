"""Every fixed string the reports print, by key, as msgids of the one catalogue
(:mod:`kansencirkel.core.i18n`): Dutch here, English in ``resources/locale/en``.

Reports run without Qt, so they cannot use ``tr()``; element, perspective, role and scale names
come from :func:`kansencirkel.core.elements.catalog` instead of living here.
"""

from __future__ import annotations

from datetime import date

from kansencirkel.core.dates import format_date
from kansencirkel.core.i18n import N_, Lang, Msgid, N_plural, gettext, ngettext

_TEXTS: dict[str, Msgid] = {
    "confidential": N_("Vertrouwelijk"),
    "page": N_("Pagina {x} van {y}"),
    "printed": N_("Afgedrukt door {who} op {when}"),
    "demo": N_("DEMO — fictieve gegevens"),
    "title.kernteam": N_("Kernteamoverzicht"),
    "title.ouders": N_("Overzicht voor het oudergesprek"),
    "title.blanco": N_("Invulformulier Kansencirkel"),
    "title.agenda": N_("Agenda kernteamoverleg"),
    "label.child": N_("Kind"),
    "label.age": N_("Leeftijd"),
    "label.school": N_("School / groep"),
    "label.date": N_("Datum"),
    "label.regiehouder": N_("Regiehouder"),
    "label.involved": N_("Betrokken"),
    "label.next": N_("Volgend overleg"),
    "age.unknown": N_("niet vastgelegd"),
    "none": N_("—"),
    "nobody": N_("nog niet gekozen"),
    "sec.goes_well": N_("Wat gaat goed"),
    "sec.stars": N_("De Kansencirkel nu"),
    "sec.overlay": N_("Alle blikken samen"),
    "sec.scores": N_("Scores per element"),
    "sec.topics": N_("Gespreksonderwerpen"),
    "sec.trends": N_("Verloop in de tijd"),
    "sec.actions": N_("Afspraken"),
    "sec.notes": N_("Recente notities"),
    "sec.next": N_("Volgend overleg"),
    "sec.wishes": N_("Wensen en hoop"),
    "scores.legend": N_(
        "Scores 1–5; ‘?’ = weet niet / niet besproken. ◆ = de blikken "
        "verschillen 2 punten of meer: een gespreksonderwerp."
    ),
    "col.element": N_("Element"),
    "col.who": N_("Wie"),
    "col.what": N_("Wat"),
    "col.due": N_("Klaar op"),
    "col.status": N_("Status"),
    "col.when": N_("Wanneer"),
    "overdue": N_("(verstreken)"),
    "no.assessments": N_("Er zijn nog geen metingen vastgelegd."),
    "no.scores": N_("Er zijn nog geen scores: alle antwoorden zijn 'weet niet'."),
    "no.actions": N_("Er zijn nog geen afspraken."),
    "no.notes": N_("Geen notities."),
    "no.next": N_("Er is nog geen datum gepland."),
    "no.topics": N_("Op geen enkel element verschillen de blikken 2 punten of meer."),
    "no.goes_well": N_("Nog niet ingevuld."),
    "no.trends": N_("Er is nog maar één meting per blik; het verloop volgt na de volgende meting."),
    "topic.line": N_("{element}: {views}. Hoe kijken jullie hiernaar?"),
    "moment": N_("meting van {date}"),
    "given_by": N_("{who}, {date}"),
    "note.intern": N_("intern"),
    "note.shared": N_("deelbaar"),
    "status.gepland": N_("Gepland"),
    "status.lopend": N_("Loopt"),
    "status.afgerond": N_("Afgerond"),
    "status.gestopt": N_("Gestopt"),
    "meeting.kernteam": N_("Kernteamoverleg"),
    "meeting.oudergesprek": N_("Oudergesprek"),
    "meeting.mdo": N_("MDO"),
    "meeting.evaluatie": N_("Evaluatie"),
    "meeting.last": N_("Verslag van het laatste overleg ({date})"),
    "meeting.decisions": N_("Besluiten"),
    # parent overview (B1)
    "p.intro": N_(
        "Dit overzicht hoort bij het gesprek over {name}. We kijken samen naar "
        "acht gebieden waarin een kind opgroeit. Iedereen kijkt op zijn eigen "
        "manier. Verschillen zijn niet erg: daar praten we over."
    ),
    "p.goes_well": N_("Wat gaat goed"),
    "p.goes_well.high": N_("Hier zien we het al goed gaan: {elements}."),
    "p.views": N_("Hoe kijken we naar {name}?"),
    "p.views.explain": N_(
        "Per gebied een cijfer van 1 tot 5. Hoe hoger, hoe beter het gaat. Een "
        "vraagteken betekent: weet niet of nog niet besproken."
    ),
    "p.no_own_view": N_("Uw eigen cijfers hebben we nog niet. Die vullen we graag samen in."),
    "p.topics": N_("Hierover praten we graag samen"),
    "p.topics.explain": N_("Hier kijken we verschillend. Samen zoeken we uit hoe dat komt."),
    "p.label.lead": N_("Wie houdt het overzicht"),
    "p.col.area": N_("Gebied"),
    "p.closed": N_("Het dossier van {name} is afgesloten op {date}."),
    "p.closed.undated": N_("Het dossier van {name} is afgesloten."),
    "p.dob_unknown": N_(
        "We weten de leeftijd van uw kind niet. Daarom staat dit nog niet in het "
        "overzicht: {parts}. Vanaf 12 jaar beslist uw kind namelijk zelf mee. Wilt u de "
        "geboortedatum aan ons doorgeven?"
    ),
    "p.wishes": N_("Wensen"),
    "p.agreements": N_("Wat we afspreken"),
    "p.notes": N_("Wat we hebben opgeschreven"),
    "p.left_out": N_("Niet in dit overzicht"),
    "p.left_out.part": N_("{part}: {reason}"),
    "p.part.notes": N_("de notities"),
    "p.part.actions": N_("de afspraken"),
    "p.part.other_actions": N_("de andere afspraken"),
    "p.part.view": N_("de cijfers van {who}"),
    "reason.no_consent": N_("hiervoor is geen toestemming gegeven om te delen."),
    "reason.missing_consenter": N_("hiervoor ontbreekt nog toestemming van {who}."),
    "reason.expired": N_("de toestemming om dit te delen is verlopen."),
    "reason.withdrawn": N_("de toestemming om dit te delen is ingetrokken."),
    "consenter.ouders": N_("u"),
    "consenter.kind": N_("uw kind"),
    "and": N_("en"),
    "p.handwritten": N_("Ruimte voor uw aantekeningen"),
    "p.no_actions": N_("Er zijn nog geen afspraken. Die maken we in het gesprek."),
    # blank form
    "b.name": N_("Naam van het kind"),
    "b.filled_by": N_("Ingevuld door"),
    "b.date": N_("Datum"),
    "b.perspective": N_("Blik: {name}"),
    "b.how": N_(
        "Kies per gebied één hokje: 1 = gaat niet goed, 5 = gaat heel goed. Weet "
        "u het niet? Kies dan ‘?’."
    ),
    "b.star": N_("Teken hier de scores in de ster: een stip per gebied, en verbind de stippen."),
    "b.goes_well": N_("Wat gaat goed?"),
    "b.wishes": N_("Wat zou u graag anders zien?"),
    "b.unknown": N_("?"),
    "b.wishes.parents": N_("Wat zou u graag anders zien voor uw kind?"),
    "b.talk.parents": N_("Waar wilt u het in het gesprek over hebben?"),
    # the child's form, per age band ("jij" throughout)
    "b.band.4-7": N_("Mijn ster (4 tot 7 jaar)"),
    "b.band.8-12": N_("Mijn ster (8 tot 12 jaar)"),
    "b.band.12+": N_("Mijn ster (12 jaar en ouder)"),
    "b.young.adult": N_(
        "Voor de volwassene: lees alles op dit formulier voor. Het kind wijst of kleurt een "
        "gezicht. Schrijf bij de vragen op wat het kind vertelt, in zijn of haar eigen woorden."
    ),
    "b.young.name": N_("Dit ben ik:"),
    "b.young.star": N_("Zet een stip op elke lijn. Ver naar buiten is blij."),
    "b.young.how": N_("Kies een gezicht."),
    "b.young.goes_well": N_("Waar ben je blij mee?"),
    "b.young.wishes": N_("Wat wens je?"),
    "b.mid.star": N_("Zet op elke lijn een stip. Verder naar buiten = beter. Verbind de stippen."),
    "b.mid.how": N_(
        "Kleur bij elke zin één gezicht. Het verdrietige gezicht: dat klopt helemaal niet. "
        "Het blije gezicht: dat klopt helemaal. Weet je het niet? Kleur dan het vraagteken."
    ),
    "b.mid.goes_well": N_("Waar ben je blij mee?"),
    "b.mid.wishes": N_("Wat zou je willen veranderen?"),
    "b.teen.star": N_(
        "Zet op elke lijn een stip: hoe verder naar buiten, hoe beter het voor jou gaat. "
        "Verbind de stippen."
    ),
    "b.teen.how": N_(
        "Kies bij elke zin één gezicht of cijfer: 1 = klopt helemaal niet, 5 = klopt helemaal. "
        "Weet je het niet? Kies dan het vraagteken."
    ),
    "b.teen.goes_well": N_("Wat gaat goed in je leven?"),
    "b.teen.wishes": N_("Wat zou je anders willen? Waar wil jij het in het gesprek over hebben?"),
    "b.child.name": N_("Jouw naam"),
    "b.child.date": N_("Datum"),
    "b.child.filled_by": N_("Samen ingevuld met"),
    # agenda
    "a.none": N_("Er staan geen kinderen op de agenda voor deze datum."),
    "a.open": N_("Open afspraken"),
    "a.missing": N_("Nog geen blik van"),
    "a.missing.none": N_("Alle blikken zijn er."),
    "a.topics": N_("Gespreksonderwerpen"),
    "a.no_open": N_("Geen open afspraken."),
}

#: Texts that depend on a number: (singular, plural) under the one plural rule.
_PLURALS: dict[str, tuple[Msgid, Msgid]] = {
    "age.years": N_plural("{n} jaar", "{n} jaar"),
    "a.children": N_plural("{n} kind op de agenda", "{n} kinderen op de agenda"),
}


def t(lang: Lang, key: str, **values: object) -> str:
    """The text for ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    return gettext(_TEXTS[key], lang=lang, **values)


def tn(lang: Lang, key: str, n: int, **values: object) -> str:
    """The text for ``key`` in the form for ``n`` ('1 jaar', '1 year', '2 years')."""
    singular, plural = _PLURALS[key]
    return ngettext(singular, plural, n, lang=lang, **values)


def all_keys() -> frozenset[str]:
    return frozenset(_TEXTS) | frozenset(_PLURALS)


def long_date(day: date, lang: Lang) -> str:
    """'3 maart 2026' / '3 March 2026': unambiguous on paper in both languages."""
    return format_date(day, "long", lang)


def short_date(day: date | None, lang: Lang) -> str:
    """'03-03-2026' / '03/03/2026' in tables; '—' for no date."""
    if day is None:
        return t(lang, "none")
    return format_date(day, "numeric", lang)


def join_words(items: list[str], lang: Lang) -> str:
    """'a, b en c' — natural lists in running text."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {t(lang, 'and')} {items[-1]}"
