"""The fixed words of the AVG inzage (art. 15): plain Dutch (B1, "u"), English in the catalogue.

Element, perspective, role and scale names come from the catalogue
(:func:`kansencirkel.core.elements.catalog`), as on the other reports; the shared words
(afspraak status, overleg kinds, "intern"/"deelbaar") from :mod:`kansencirkel.reports.texts`.
"""

from __future__ import annotations

from kansencirkel.core.elements import Lang
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.i18n import N_, Msgid, gettext

_TEXTS: dict[str, Msgid] = {
    "title": N_("Inzage in het dossier"),
    "subtitle": N_("Alles wat de Kansencirkel over dit kind bewaart"),
    "intro.what.title": N_("Wat is dit?"),
    "intro.correct.title": N_("Klopt er iets niet?"),
    "intro.what": N_(
        "U heeft gevraagd welke gegevens wij over {name} bewaren. Dat mag u altijd vragen: "
        "het is uw recht volgens de privacywet (artikel 15 van de AVG). In dit document staat "
        "alles wat in de Kansencirkel over {name} is vastgelegd. Ook oude versies van "
        "gegevens die later zijn verbeterd, en notities die alleen voor het team zijn. En wie "
        "het dossier heeft bekeken, veranderd, afgedrukt of opgeslagen, en wanneer."
    ),
    "intro.correct": N_(
        "Dan mag u vragen om het te verbeteren (artikel 16 van de AVG). Mist er iets? Of "
        "wilt u dat gegevens worden weggehaald? Ook dat mag u vragen. Stel uw vraag aan "
        "{who}."
    ),
    "intro.scores": N_(
        "Dit is geen test en geen oordeel. Bij een meting kijkt iemand naar acht gebieden "
        "van het leven van een kind: hoe gaat het daar, volgens hem of haar, op die dag? "
        "Er worden geen cijfers opgeteld."
    ),
    "intro.json": N_(
        "Bij dit document hoort een tweede bestand ({file}) met de gegevens van het dossier, "
        "in een vorm die een computer kan lezen. Dat kunt u meenemen naar een andere "
        "organisatie. Het logboek en verwijderde notities staan alleen in dit document."
    ),
    "who.lead": N_("{name}, die het overzicht houdt"),
    "who.maker": N_("{name}, die dit document heeft gemaakt"),
    # Contents of the child's details
    "sec.child": N_("De gegevens van {name}"),
    "label.given": N_("Voornaam"),
    "label.family": N_("Achternaam"),
    "label.dob": N_("Geboortedatum"),
    "label.school": N_("School"),
    "label.group": N_("Groep"),
    "label.status": N_("Dossier"),
    "label.opened": N_("Dossier geopend op"),
    "label.closed": N_("Dossier gesloten op"),
    "label.keep": N_("Bewaren tot"),
    "label.lead": N_("Wie houdt het overzicht"),
    "label.made": N_("Document gemaakt op"),
    "label.number": N_("Dossiernummer"),
    "status.actief": N_("open"),
    "status.afgesloten": N_("gesloten"),
    "not_recorded": N_("niet vastgelegd"),
    # People
    "sec.people": N_("Wie zijn erbij betrokken"),
    "people.none": N_("Er zijn geen betrokkenen vastgelegd."),
    "people.lead": N_("houdt het overzicht"),
    "people.phone": N_("telefoon {phone}"),
    "people.email": N_("e-mail {email}"),
    # Readings
    "sec.readings": N_("Metingen"),
    "readings.explain": N_(
        "Per meting staat hier wie de meting gaf, op welke dag, en hoe het volgens die persoon "
        "ging op elk gebied. Is een meting later verbeterd? Dan staat de oude versie er ook, "
        "met de reden. Een meting die bij het verkeerde kind stond, is ingetrokken: die telt "
        "niet meer mee, maar staat hier wel."
    ),
    "readings.none": N_("Er zijn geen metingen vastgelegd."),
    "reading.head": N_("{perspective}, {date}"),
    "reading.head.old": N_("{perspective}, {date} (oude versie)"),
    "reading.head.withdrawn": N_("{perspective}, {date} (ingetrokken)"),
    "reading.given": N_("Gegeven door {who} ({role})"),
    "reading.recorded": N_("Ingevoerd door {who} op {when}"),
    "reading.version": N_("Versie {n}"),
    "reading.current": N_("Dit is de geldende versie."),
    "reading.superseded": N_("Vervangen door een verbeterde versie op {when}."),
    "reading.correction": N_("Reden van de verbetering: {reason}"),
    "reading.withdrawn": N_("Ingetrokken op {when} door {who}. Reden: {reason}"),
    "reading.withdrawn.noreason": N_("Ingetrokken op {when} door {who}."),
    "col.area": N_("Gebied"),
    "col.how": N_("Hoe gaat het"),
    "col.remark": N_("Toelichting"),
    "reading.goes_well": N_("Wat gaat goed"),
    "reading.wishes": N_("Wensen"),
    "reading.talk": N_("Hier wil ik over praten"),
    # Drafts and pulses
    "sec.drafts": N_("Metingen die nog niet af zijn"),
    "drafts.explain": N_(
        "Iemand is aan deze metingen begonnen, maar heeft ze nog niet opgeslagen als meting. "
        "Ze tellen nog niet mee. Toch bewaart de Kansencirkel ze, dus staan ze hier."
    ),
    "drafts.no_perspective": N_("Nog niet gekozen"),
    "draft.head": N_("{perspective}, {date} (nog niet af)"),
    "draft.saved": N_("Laatst bewaard door {who} op {when}"),
    "draft.given": N_("Te geven door {who}"),
    "draft.open": N_("nog niet ingevuld"),
    "pulse.head": N_("Terugblik op de samenwerking ({side}):"),
    # Notes
    "sec.notes": N_("Notities"),
    "notes.explain": N_(
        "Het team schrijft notities op. Sommige zijn intern: die zijn alleen voor het team "
        "bedoeld. Ook die staan hier, met het woord 'intern' erbij. Een notitie die is "
        "veranderd, staat er ook in de oude versie. Een verwijderde notitie wordt nog "
        "bewaard voor de geschiedenis; die staat hier ook."
    ),
    "notes.none": N_("Er zijn geen notities vastgelegd."),
    "note.head": N_("{date} · {author} · {visibility}"),
    "note.about": N_("Over: {elements}"),
    "note.removed": N_("Verwijderde notitie van {date} · {visibility}"),
    "note.old": N_("Eerdere versie {n} · {visibility} · vervangen op {when} door {who}"),
    "note.gone": N_("Versie {n} · {visibility} · verwijderd op {when} door {who}"),
    "note.old.reason": N_("Reden: {reason}"),
    "visibility.intern": N_("intern (alleen voor het team)"),
    "visibility.deelbaar": N_("deelbaar"),
    # Afspraken
    "sec.actions": N_("Afspraken"),
    "actions.none": N_("Er zijn geen afspraken vastgelegd."),
    "action.who": N_("Wie doet het"),
    "action.areas": N_("Gebieden"),
    "action.start": N_("Begint op"),
    "action.due": N_("Klaar op"),
    "action.status": N_("Hoe staat het"),
    "action.kind": N_("Soort afspraak"),
    "action.evaluation": N_("Terugblik"),
    "action.helped": N_("Heeft het geholpen? {answer} ({date})"),
    "helped.ja": N_("Ja"),
    "helped.deels": N_("Een beetje"),
    "helped.nee": N_("Nee"),
    "helped.weet_nog_niet": N_("Weet nog niet"),
    "action.reading": N_("{area}, {perspective}: eerst {before}, daarna {after}"),
    "action.no_reading": N_("nog geen meting"),
    # Overleggen
    "sec.meetings": N_("Overleggen"),
    "meetings.none": N_("Er zijn geen overleggen vastgelegd."),
    "meeting.planned": N_("{kind}, gepland op {date}"),
    "meeting.held": N_("{kind}, {date}"),
    "meeting.attendees": N_("Wie waren er"),
    "meeting.summary": N_("Verslag"),
    "meeting.decisions": N_("Besluiten"),
    "meeting.next": N_("Volgende keer"),
    # Consents
    "sec.consents": N_("Toestemmingen"),
    "consents.explain": N_(
        "Hier staat waarvoor toestemming is gegeven om gegevens te delen, en met wie. Ook "
        "toestemmingen die verlopen of ingetrokken zijn."
    ),
    "consents.none": N_("Er is geen toestemming vastgelegd."),
    "consent.head": N_("Toestemming van {who}, gegeven op {date}"),
    "consent.by.ouders": N_("de ouders"),
    "consent.by.kind": N_("het kind zelf"),
    "consent.given_by": N_("Gegeven door"),
    "consent.parts": N_("Wat mag gedeeld worden"),
    "consent.audiences": N_("Met wie"),
    "consent.state": N_("Geldig"),
    "consent.valid": N_("ja, nu geldig"),
    "consent.valid_until": N_("ja, tot en met {date}"),
    "consent.future": N_("vanaf {date}"),
    "consent.expired": N_("nee, verlopen op {date}"),
    "consent.withdrawn": N_("nee, ingetrokken op {date}"),
    "consent.remark": N_("Opmerking"),
    "part.notes": N_("notities"),
    "part.actions": N_("afspraken"),
    "part.view": N_("metingen van {who}"),
    "audience.ouders": N_("ouders"),
    "audience.kernteam": N_("kernteam"),
    "audience.school": N_("school"),
    "audience.zorg": N_("zorg"),
    # Log
    "sec.log": N_("Wie heeft het dossier gebruikt"),
    "log.explain": N_(
        "De Kansencirkel houdt bij wie het dossier bekijkt, verandert, afdrukt of opslaat, en "
        "wanneer. De inhoud staat daar niet in, alleen wat er gebeurde. Tijden zijn de tijden "
        "op de laptop."
    ),
    "log.none": N_("Er staat nog niets in het logboek."),
    "log.when": N_("Wanneer"),
    "log.who": N_("Wie"),
    "log.behalf": N_("namens {who}"),
    "log.what": N_("Wat"),
    "log.part": N_("Onderdeel"),
}

KIND_WORDS: dict[AuditKind, Msgid] = {
    AuditKind.VIEW: N_("bekeken"),
    AuditKind.CREATE: N_("toegevoegd"),
    AuditKind.CHANGE: N_("veranderd"),
    AuditKind.DELETE: N_("verwijderd"),
    AuditKind.EXPORT: N_("opgeslagen als bestand"),
    AuditKind.PRINT: N_("afgedrukt"),
    AuditKind.ERASE: N_("gewist"),
}

RECORD_WORDS: dict[str, Msgid] = {
    "child": N_("gegevens van het kind"),
    "case_file": N_("dossier"),
    "assessment": N_("meting"),
    "draft": N_("meting die nog niet af is"),
    "action": N_("afspraak"),
    "meeting": N_("overleg"),
    "note": N_("notitie"),
    "consent": N_("toestemming"),
    "involvement": N_("betrokkene"),
    "person": N_("persoon"),
    "pulse": N_("terugblik op een overleg"),
    "report": N_("overzicht (PDF)"),
    "chart": N_("ster (afbeelding)"),
    "wat_werkt": N_("wat werkt"),
}

DETAIL_WORDS: dict[str, Msgid] = {
    "kernteam": N_("kernteamoverzicht"),
    "ouders": N_("overzicht voor ouders"),
    "blanco": N_("invulformulier"),
    "agenda": N_("agenda"),
    "json": N_("computerbestand (JSON)"),
    "inzage": N_("inzage"),
    "removed": N_("verwijderd, bewaard voor de geschiedenis"),
    "withdrawn": N_("ingetrokken"),
    "planned": N_("gepland"),
    "held": N_("gehouden"),
    "history": N_("geschiedenis bekeken"),
    "intern→deelbaar": N_("intern → deelbaar"),
    "deelbaar→intern": N_("deelbaar → intern"),
    "png": N_("afbeelding"),
    "svg": N_("afbeelding"),
    "correction": N_("verbeterde versie"),
    "samen": N_("samen ingevuld"),
    "version": N_("nieuwe versie"),
    "import": N_("ingelezen uit een bestand"),
}


def it(lang: Lang, key: str, **values: object) -> str:
    """The inzage text for ``key`` in ``lang``, placeholders filled in."""
    return gettext(_TEXTS[key], lang=lang, **values)


def word(table: dict[str, Msgid] | dict[AuditKind, Msgid], key: object, lang: Lang) -> str:
    """A log word in ``lang``; what has no word here is shown as stored (never content)."""
    msgid = table.get(key)  # type: ignore[call-overload]
    return gettext(msgid, lang=lang) if msgid is not None else str(key)


def all_keys() -> frozenset[str]:
    return frozenset(_TEXTS)
