"""Gespreksonderwerpen: where views differ, or a view moved, by two points or more.

These are conversation starters for the kernteam, never warnings: there is no total score and
no judgement of which view is right. "Weet niet" (None) never counts towards a difference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import N_, Lang, Msgid, gettext, ngettext
from kansencirkel.core.model import Assessment, CaseFile, reading_order

#: A difference of this many points or more on one element makes it a topic.
TOPIC_THRESHOLD = 2


class TopicKind(StrEnum):
    VERSCHIL = "verschil"  # perspectives see an element differently at the same moment
    BEWEGING = "beweging"  # one perspective's score moved since its previous reading


@dataclass(frozen=True, slots=True)
class Topic:
    """One gespreksonderwerp on one element.

    For ``VERSCHIL``: ``low``/``high`` are the lowest and highest known scores and
    ``low_perspectives``/``high_perspectives`` who gave them. For ``BEWEGING``: ``before`` and
    ``after`` are the perspective's previous and latest score (``low``/``high`` their min/max),
    ``since`` the date of the previous reading and ``on`` the latest one.
    """

    element: str
    kind: TopicKind
    low: int
    high: int
    low_perspectives: tuple[Perspective, ...] = ()
    high_perspectives: tuple[Perspective, ...] = ()
    before: int | None = None
    after: int | None = None
    since: date | None = None
    on: date | None = None

    @property
    def difference(self) -> int:
        return self.high - self.low

    @property
    def perspectives(self) -> tuple[Perspective, ...]:
        """Everyone involved, in the usual order (child first, joint score last)."""
        involved = set(self.low_perspectives) | set(self.high_perspectives)
        return tuple(p for p in PERSPECTIVE_ORDER if p in involved)


def conversation_topics(
    latest: Mapping[Perspective, Assessment], *, threshold: int = TOPIC_THRESHOLD
) -> list[Topic]:
    """Elements (NJi order) where two known scores of different perspectives differ ≥ threshold.

    All perspectives present count, the kernteam's joint score too. One perspective only, all
    unknown, or everyone within one point: no topic.
    """
    topics: list[Topic] = []
    ordered = [(p, latest[p]) for p in PERSPECTIVE_ORDER if p in latest]
    for key in ELEMENT_KEYS:
        known = [(p, s) for p, a in ordered if (s := a.score(key)) is not None]
        if len(known) < 2:
            continue
        low = min(s for _, s in known)
        high = max(s for _, s in known)
        if high - low < threshold:
            continue
        topics.append(
            Topic(
                element=key,
                kind=TopicKind.VERSCHIL,
                low=low,
                high=high,
                low_perspectives=tuple(p for p, s in known if s == low),
                high_perspectives=tuple(p for p, s in known if s == high),
            )
        )
    return topics


def movement_topics(
    history_by_perspective: Mapping[Perspective, Sequence[Assessment]],
    *,
    threshold: int = TOPIC_THRESHOLD,
) -> list[Topic]:
    """Per perspective: latest reading against the previous one of that same perspective.

    A change of ≥ threshold either way is a topic; an element unknown in either reading is
    skipped. Superseded versions are ignored. Sorted by element (NJi order), then perspective.
    """
    found: list[Topic] = []
    for p in PERSPECTIVE_ORDER:
        readings = sorted(
            (a for a in history_by_perspective.get(p, ()) if a.is_current), key=reading_order
        )
        if len(readings) < 2:
            continue
        prev, last = readings[-2], readings[-1]
        for key in ELEMENT_KEYS:
            before, after = prev.score(key), last.score(key)
            if before is None or after is None or abs(after - before) < threshold:
                continue
            found.append(
                Topic(
                    element=key,
                    kind=TopicKind.BEWEGING,
                    low=min(before, after),
                    high=max(before, after),
                    low_perspectives=(p,),
                    high_perspectives=(p,),
                    before=before,
                    after=after,
                    since=prev.assessed_on,
                    on=last.assessed_on,
                )
            )
    order = {k: i for i, k in enumerate(ELEMENT_KEYS)}
    found.sort(key=lambda t: (order[t.element], PERSPECTIVE_ORDER.index(t.perspectives[0])))
    return found


def case_topics(case: CaseFile) -> list[Topic]:
    """Both kinds for a child's overview: differences first, then movements."""
    history = {p: case.history(p) for p in PERSPECTIVE_ORDER}
    return conversation_topics(case.latest_by_perspective()) + movement_topics(history)


# --- wording -------------------------------------------------------------------------------

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


def highlight_elements(topics: Sequence[Topic]) -> set[str]:
    """The element keys a star marks for these topics."""
    return {t.element for t in topics}
