"""The parents' sheet in the parents' own words (B1, "u" throughout).

The kernteam overview and the app speak the team's language (Zorg, Kernteam, blik, element,
regiehouder); a parent reads "Hulpverlening", "het team van school en zorg", "cijfers" and
"gebied". One set of names serves the table, the chart legend, the topics and the lines about
what was left out, so the sheet never calls one thing by two names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.i18n import N_, Msgid, gettext
from kansencirkel.core.model import Assessment
from kansencirkel.core.talk import TalkRequest
from kansencirkel.core.topics import Topic, TopicKind, conversation_topics, highlight_elements
from kansencirkel.core.window import ReadingWindow, with_age

#: Column heads, legend entries and labels ("U (thuis): …").
_LABEL: dict[Perspective, Msgid] = {
    Perspective.KIND: N_("Uw kind"),
    Perspective.OUDERS: N_("U (thuis)"),
    Perspective.SCHOOL: N_("School"),
    Perspective.ZORG: N_("Hulpverlening"),
    Perspective.KERNTEAM: N_("Team van school en zorg"),
}
#: The same, inside a sentence ("school geeft een 2", "de cijfers van de hulpverlening").
_IN_TEXT: dict[Perspective, Msgid] = {
    Perspective.KIND: N_("uw kind"),
    Perspective.OUDERS: N_("u"),
    Perspective.SCHOOL: N_("school"),
    Perspective.ZORG: N_("de hulpverlening"),
    Perspective.KERNTEAM: N_("het team van school en zorg"),
}
_TALK: dict[Perspective, Msgid] = {
    Perspective.KIND: N_("Uw kind wil hierover praten: {elements}."),
    Perspective.OUDERS: N_("U wilt hierover praten: {elements}."),
}
_TALK_OTHER = N_("{who} wil hierover praten: {elements}.")


def label(p: Perspective, lang: Lang) -> str:
    return gettext(_LABEL[p], lang=lang)


def labels(lang: Lang) -> dict[Perspective, str]:
    """Legend text per perspective, the same words as the table's column heads."""
    return {p: label(p, lang) for p in Perspective}


def in_text(p: Perspective, lang: Lang) -> str:
    return gettext(_IN_TEXT[p], lang=lang)


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _who(perspectives: Sequence[Perspective], lang: Lang) -> tuple[str, bool]:
    """'uw kind en school' and whether the verb is plural ('u' alone is singular in Dutch
    and plural in English: its own message decides)."""
    names = [in_text(p, lang) for p in perspectives]
    if len(names) == 1:
        return names[0], False
    text = gettext("{names} en {last}", lang=lang, names=", ".join(names[:-1]), last=names[-1])
    return text, True


def _gives(perspectives: Sequence[Perspective], score: int, lang: Lang) -> str:
    if tuple(perspectives) == (Perspective.OUDERS,):
        return gettext("u geeft een {score}", lang=lang, score=score)
    who, plural = _who(perspectives, lang)
    if plural:
        return gettext("{who} geven een {score}", lang=lang, who=who, score=score)
    return gettext("{who} geeft een {score}", lang=lang, who=who, score=score)


def topic_line(topic: Topic, lang: Lang) -> str:
    """'Erbij horen: uw kind en school geven een 2, u geeft een 4.'"""
    name = catalog().element(topic.element).name(lang)
    if topic.kind is TopicKind.VERSCHIL:
        low = _gives(topic.low_perspectives, topic.low, lang)
        high = _gives(topic.high_perspectives, topic.high, lang)
        return gettext("{element}: {low}, {high}.", lang=lang, element=name, low=low, high=high)
    who, plural = _who(topic.perspectives, lang)
    if tuple(topic.perspectives) == (Perspective.OUDERS,):
        msgid = N_("{element}: u gaf eerst een {before}, nu een {after}.")
    elif plural:
        msgid = N_("{element}: {who} gaven eerst een {before}, nu een {after}.")
    else:
        msgid = N_("{element}: {who} gaf eerst een {before}, nu een {after}.")
    return gettext(msgid, lang=lang, element=name, who=who, before=topic.before, after=topic.after)


def talk_line(request: TalkRequest, lang: Lang) -> str:
    names = ", ".join(catalog().element(k).name(lang) for k in request.elements)
    msgid = _TALK.get(request.perspective)
    if msgid is not None:
        return gettext(msgid, lang=lang, elements=names)
    who = label(request.perspective, lang)
    return gettext(_TALK_OTHER, lang=lang, who=who, elements=names)


def older_line(window: ReadingWindow, today: date, lang: Lang) -> str:
    """The readings too old to compare, with their age; '' when there are none."""
    if not window.older:
        return ""
    listed = "; ".join(
        with_age(in_text(p, lang), a.assessed_on, today, lang) for p, a in window.older.items()
    )
    return gettext(
        "Deze cijfers zijn ouder. We vergelijken ze daarom niet met de rest: {listed}.",
        lang=lang,
        listed=listed,
    )


def star_note(latest: Mapping[Perspective, Assessment], window: ReadingWindow, lang: Lang) -> str:
    """The line under the star, in the same words as the rest of the sheet."""
    parts = []
    if highlight_elements(conversation_topics(latest, months=window.months)):
        parts.append(gettext("Gebied met een kader: daar kijken we verschillend", lang=lang))
    if any(a.score(k) is None for a in latest.values() for k in ELEMENT_KEYS):
        parts.append(gettext("Open plek: weet niet", lang=lang))
    if window.older:
        parts.append(gettext("Lichter: oudere cijfers, niet vergeleken", lang=lang))
    return " · ".join(parts)
