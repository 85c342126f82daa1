"""The words of :mod:`kansencirkel.core.consent_summary`: parts, audiences and reasons as the
team says them ("de blik van school", "de notities", "de afspraken"), in Dutch and, through
the ``.po``, in English.

The perspectives are named as the app names them everywhere else (Kind, Ouders, School, Zorg,
Kernteam), so the line and the warnings never call one view by two names.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import date

from kansencirkel.core.consent import CONSENT_PARTS, PART_ACTIONS, PART_NOTES, ShareReason
from kansencirkel.core.dates import format_date
from kansencirkel.core.enums import Audience, Consenter, Perspective
from kansencirkel.core.i18n import N_, Lang, Msgid, gettext, ngettext

#: Whose view, inside "de blik van …".
VIEW_OF: dict[str, Msgid] = {
    Perspective.KIND.value: N_("het kind"),
    Perspective.OUDERS.value: N_("de ouders"),
    Perspective.SCHOOL.value: N_("school"),
    Perspective.ZORG.value: N_("de zorg"),
    Perspective.KERNTEAM.value: N_("het kernteam"),
}
OTHER_PARTS: dict[str, Msgid] = {
    PART_NOTES: N_("de notities"),
    PART_ACTIONS: N_("de afspraken"),
}
#: An audience at the start of a phrase in the line ("kernteam en school alles").
AUDIENCE_WORDS: dict[Audience, Msgid] = {
    Audience.OUDERS: N_("ouders"),
    Audience.KERNTEAM: N_("kernteam"),
    Audience.SCHOOL: N_("school"),
    Audience.ZORG: N_("zorg"),
}
#: An audience inside a sentence ("Blijft weg voor de ouders: …").
AUDIENCE_OBJECT: dict[Audience, Msgid] = {
    Audience.OUDERS: N_("de ouders"),
    Audience.KERNTEAM: N_("het kernteam"),
    Audience.SCHOOL: N_("school"),
    Audience.ZORG: N_("de zorg"),
}
CONSENTER_WORDS: dict[Consenter, Msgid] = {
    Consenter.OUDERS: N_("de ouders"),
    Consenter.KIND: N_("het kind"),
}
_VIEWS = tuple(p.value for p in Perspective)


def join(items: list[str], lang: Lang | None) -> str:
    """'a, b en c'."""
    if len(items) <= 1:
        return "".join(items)
    return gettext("{first} en {last}", lang=lang, first=", ".join(items[:-1]), last=items[-1])


def part_words(parts: Iterable[str], lang: Lang | None = None) -> str:
    """'de blik van het kind en school, en de afspraken' (in the fixed part order); 'alles'
    and 'alle blikken' when they are all there."""
    chosen = set(parts)
    if chosen >= set(CONSENT_PARTS):
        return gettext("alles", lang=lang)
    views = [gettext(VIEW_OF[p], lang=lang) for p in _VIEWS if p in chosen]
    named = []
    if len(views) == len(_VIEWS):
        named.append(gettext("alle blikken", lang=lang))
    elif views:
        named.append(gettext("de blik van {who}", lang=lang, who=join(views, lang)))
    named += [gettext(OTHER_PARTS[p], lang=lang) for p in (PART_NOTES, PART_ACTIONS) if p in chosen]
    if len(named) == 2 and 1 < len(views) < len(
        _VIEWS
    ):  # "… van het kind en school, en de afspraken"
        return gettext("{first}, en {last}", lang=lang, first=named[0], last=named[1])
    return join(named, lang)


def describe(parts: Collection[str], *, own: bool, lang: Lang | None = None) -> str:
    """What an audience may have, short: 'alles', 'niets', 'alleen hun eigen blik',
    'alles behalve de notities', 'alleen de blik van school'. ``parts`` excludes the
    audience's own view; ``own`` says they have one (the parents: always theirs)."""
    if own and not parts:
        return gettext("alleen hun eigen blik", lang=lang)
    full = {*parts, Perspective.OUDERS.value} if own else set(parts)
    refused = [p for p in CONSENT_PARTS if p not in full]
    if not refused:
        return gettext("alles", lang=lang)
    if not full:
        return gettext("niets", lang=lang)
    if len(refused) < len(full):
        return gettext("alles behalve {parts}", lang=lang, parts=part_words(refused, lang))
    return gettext("alleen {parts}", lang=lang, parts=part_words(full, lang))


def who_decides(age: int | None, lang: Lang | None = None) -> str:
    """The age rule, as the start of the line."""
    if age is None:
        return gettext("Toestemming van ouders en kind (leeftijd onbekend)", lang=lang)
    if age < 12:
        return gettext("Toestemming van de ouders (kind {age} jaar)", lang=lang, age=age)
    if age < 16:
        return gettext("Toestemming van ouders en kind ({age} jaar)", lang=lang, age=age)
    return gettext("Toestemming van het kind ({age} jaar)", lang=lang, age=age)


def why_held_back(
    reason: ShareReason, missing: Collection[Consenter], *, age_known: bool, lang: Lang | None
) -> str:
    if reason is ShareReason.WITHDRAWN:
        return gettext("de toestemming is ingetrokken", lang=lang)
    if reason is ShareReason.EXPIRED:
        return gettext("de toestemming is verlopen", lang=lang)
    if reason is ShareReason.MISSING_CONSENTER:
        who = join(
            [gettext(CONSENTER_WORDS[c], lang=lang) for c in Consenter if c in missing], lang
        )
        if not age_known and Consenter.KIND in missing:
            return gettext(
                "nog geen toestemming van {who}; de geboortedatum is onbekend", lang=lang, who=who
            )
        return gettext("nog geen toestemming van {who}", lang=lang, who=who)
    return gettext("niemand gaf er toestemming voor", lang=lang)


def refused_line(
    audience: Audience, parts: Iterable[str], why: str, *, leaves_out: bool, lang: Lang | None
) -> str:
    values = {
        "audience": gettext(AUDIENCE_OBJECT[audience], lang=lang),
        "parts": part_words(parts, lang),
        "why": why,
    }
    if leaves_out:
        return gettext("Blijft weg voor {audience}: {parts} ({why}).", lang=lang, **values)
    return gettext(
        "Staat erin zonder toestemming voor {audience}: {parts} ({why}).", lang=lang, **values
    )


def expiring_line(
    consenter: Consenter, parts: Iterable[str], ends: date, days: int, *, lang: Lang | None
) -> str:
    values = {
        "who": gettext(CONSENTER_WORDS[consenter], lang=lang),
        "parts": part_words(parts, lang),
        "day": format_date(ends, "long", lang),
    }
    if days <= 0:
        return gettext(
            "De toestemming van {who} voor {parts} geldt alleen vandaag nog ({day}).",
            lang=lang,
            **values,
        )
    return ngettext(
        "De toestemming van {who} voor {parts} geldt tot en met {day}: nog {n} dag.",
        "De toestemming van {who} voor {parts} geldt tot en met {day}: nog {n} dagen.",
        days,
        lang=lang,
        **values,
    )
