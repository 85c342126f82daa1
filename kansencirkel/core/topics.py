"""Gespreksonderwerpen: where views differ, or a view moved, by two points or more.

These are conversation starters for the kernteam, never warnings: there is no total score and
no judgement of which view is right. "Weet niet" (None) never counts towards a difference.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
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

_MONTHS: dict[Lang, tuple[str, ...]] = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Subjects read better with an article for the child and the joint team.
_SUBJECT: dict[Lang, dict[str, str]] = {
    "nl": {"kind": "het kind", "kernteam": "het kernteam"},
    "en": {"kind": "the child", "kernteam": "the core team"},
}
_PLURAL = {"ouders"}  # "ouders zien", "parents see"


def format_day(day: date, lang: Lang = "nl", *, with_year: bool = True) -> str:
    """'3 maart 2026' / '3 March 2026' (no locale needed)."""
    text = f"{day.day} {_MONTHS[lang][day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def _subject(perspectives: Sequence[Perspective], lang: Lang) -> tuple[str, bool]:
    names = [
        _SUBJECT[lang].get(str(p), catalog().perspective_name(p, lang).lower())
        for p in perspectives
    ]
    joiner = " en " if lang == "nl" else " and "
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
    plural = len(perspectives) > 1 or str(perspectives[0]) in _PLURAL
    return text, plural


def _sees(perspectives: Sequence[Perspective], score: int, lang: Lang) -> str:
    who, plural = _subject(perspectives, lang)
    if lang == "nl":
        return f"{who} {'zien' if plural else 'ziet'} {score}"
    return f"{who} {'see' if plural else 'sees'} {score}"


def topic_text(topic: Topic, lang: Lang = "nl") -> str:
    """One line for the overview, worded as something to talk about.

    'Veilig: school ziet 2, ouders zien 4 — bespreek wat ieder ziet'
    'Gezond: ouders zien een verschil van 2 punten sinds 3 maart (van 2 naar 4)'
    """
    name = catalog().element(topic.element).name(lang)
    if topic.kind is TopicKind.VERSCHIL:
        low = _sees(topic.low_perspectives, topic.low, lang)
        high = _sees(topic.high_perspectives, topic.high, lang)
        tail = "bespreek wat ieder ziet" if lang == "nl" else "talk about what each of you sees"
        return f"{name}: {low}, {high} — {tail}"
    who, plural = _subject(topic.perspectives, lang)
    since = ""
    if topic.since is not None:
        same_year = topic.on is not None and topic.on.year == topic.since.year
        since = format_day(topic.since, lang, with_year=not same_year)
    if lang == "nl":
        verb = "zien" if plural else "ziet"
        return (
            f"{name}: {who} {verb} een verschil van {topic.difference} punten sinds {since} "
            f"(van {topic.before} naar {topic.after}) — bespreek wat er veranderd is"
        )
    verb = "see" if plural else "sees"
    return (
        f"{name}: {who} {verb} a change of {topic.difference} points since {since} "
        f"(from {topic.before} to {topic.after}) — talk about what has changed"
    )


def topics_heading(lang: Lang = "nl") -> str:
    return "Gespreksonderwerpen" if lang == "nl" else "Conversation topics"


def no_topics_text(lang: Lang = "nl") -> str:
    if lang == "nl":
        return "De scores geven geen verschillen van 2 punten of meer. Bespreek wat opvalt."
    return "The scores show no differences of 2 points or more. Talk about what stands out."


def highlight_elements(topics: Sequence[Topic]) -> set[str]:
    """The element keys a star marks for these topics."""
    return {t.element for t in topics}
