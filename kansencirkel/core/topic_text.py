"""The words of the gespreksonderwerpen: one line per topic, the headings, "n meer" and the
note about older readings that were not compared. Worded as things to talk about, never as
warnings."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Perspective
from kansencirkel.core.i18n import N_, Lang, Msgid, gettext, ngettext
from kansencirkel.core.topics import Topic, TopicKind, TopicList
from kansencirkel.core.window import ReadingWindow, with_age

# Subjects read better with an article for the child and the joint team.
_SUBJECT: dict[str, Msgid] = {"kind": N_("het kind"), "kernteam": N_("het kernteam")}
_PLURAL = {"ouders"}  # "ouders zien", "parents see"


def format_day(day: date, lang: Lang = "nl", *, with_year: bool = True) -> str:
    """'3 maart 2026' / '3 March 2026' (the one date formatter, :mod:`core.dates`)."""
    return format_date(day, "long" if with_year else "day_month", lang)


def _subject(perspectives: Sequence[Perspective], lang: Lang) -> tuple[str, bool]:
    names = [
        gettext(_SUBJECT[str(p)], lang=lang)
        if str(p) in _SUBJECT
        else catalog().perspective_name(p, lang).lower()
        for p in perspectives
    ]
    if len(names) == 1:
        text = names[0]
    else:
        text = gettext("{names} en {last}", lang=lang, names=", ".join(names[:-1]), last=names[-1])
    plural = len(perspectives) > 1 or str(perspectives[0]) in _PLURAL
    return text, plural


def _sees(perspectives: Sequence[Perspective], score: int, lang: Lang) -> str:
    who, plural = _subject(perspectives, lang)
    if plural:
        return gettext("{who} zien {score}", lang=lang, who=who, score=score)
    return gettext("{who} ziet {score}", lang=lang, who=who, score=score)


def topic_text(topic: Topic, lang: Lang = "nl") -> str:
    """One line for the overview, worded as something to talk about.

    'Veilig: school ziet 2, ouders zien 4 — bespreek wat ieder ziet'
    'Gezond: ouders zien een verschil van 2 punten sinds 3 maart (van 2 naar 4)'
    """
    name = catalog().element(topic.element).name(lang)
    if topic.kind is TopicKind.VERSCHIL:
        low = _sees(topic.low_perspectives, topic.low, lang)
        high = _sees(topic.high_perspectives, topic.high, lang)
        return gettext(
            "{element}: {low}, {high} — bespreek wat ieder ziet",
            lang=lang,
            element=name,
            low=low,
            high=high,
        )
    who, plural = _subject(topic.perspectives, lang)
    since = ""
    if topic.since is not None:
        same_year = topic.on is not None and topic.on.year == topic.since.year
        since = format_day(topic.since, lang, with_year=not same_year)
    values = {
        "element": name,
        "who": who,
        "since": since,
        "before": topic.before,
        "after": topic.after,
    }
    if plural:
        return ngettext(
            "{element}: {who} zien een verschil van {n} punt sinds {since} "
            "(van {before} naar {after}) — bespreek wat er veranderd is",
            "{element}: {who} zien een verschil van {n} punten sinds {since} "
            "(van {before} naar {after}) — bespreek wat er veranderd is",
            topic.difference,
            lang=lang,
            **values,
        )
    return ngettext(
        "{element}: {who} ziet een verschil van {n} punt sinds {since} "
        "(van {before} naar {after}) — bespreek wat er veranderd is",
        "{element}: {who} ziet een verschil van {n} punten sinds {since} "
        "(van {before} naar {after}) — bespreek wat er veranderd is",
        topic.difference,
        lang=lang,
        **values,
    )


def topics_heading(lang: Lang = "nl") -> str:
    return gettext("Gespreksonderwerpen", lang=lang)


def no_topics_text(lang: Lang = "nl") -> str:
    return gettext(
        "De scores geven geen verschillen van 2 punten of meer. Bespreek wat opvalt.", lang=lang
    )


def differences_heading(lang: Lang = "nl") -> str:
    return gettext("Waar de gezichtspunten verschillen", lang=lang)


def movements_heading(lang: Lang = "nl") -> str:
    return gettext("Wat veranderde sinds de vorige meting", lang=lang)


def more_text(n: int, lang: Lang = "nl") -> str:
    """'3 meer': the link or button that shows the rest."""
    return ngettext("{n} meer", "{n} meer", n, lang=lang)


def fewer_text(lang: Lang = "nl") -> str:
    return gettext("minder tonen", lang=lang)


def rest_text(topics: TopicList, lang: Lang = "nl") -> str:
    """For paper, where nothing expands: 'En nog 2 onderwerpen: Gezond, Veilig.'"""
    names = ", ".join(catalog().element(t.element).name(lang) for t in topics.hidden)
    return ngettext(
        "En nog {n} onderwerp: {names}.",
        "En nog {n} onderwerpen: {names}.",
        topics.more,
        lang=lang,
        names=names,
    )


def older_label(perspective: Perspective, day: date, today: date, lang: Lang = "nl") -> str:
    """'zorg, 10 maanden geleden' (the perspective's name in lower case, as in a sentence)."""
    return with_age(catalog().perspective_name(perspective, lang).lower(), day, today, lang)


def older_text(window: ReadingWindow, today: date, lang: Lang = "nl") -> str:
    """The readings left out of the comparison, with their age; '' when there are none."""
    if not window.older:
        return ""
    listed = "; ".join(older_label(p, a.assessed_on, today, lang) for p, a in window.older.items())
    return ngettext(
        "Niet vergeleken, want meer dan {n} maand ouder dan de nieuwste meting: {listed}.",
        "Niet vergeleken, want meer dan {n} maanden ouder dan de nieuwste meting: {listed}.",
        window.months,
        lang=lang,
        listed=listed,
    )
