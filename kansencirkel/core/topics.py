"""Gespreksonderwerpen: where views differ, or a view moved, by two points or more.

These are conversation starters for the kernteam, never warnings: there is no total score and
no judgement of which view is right. "Weet niet" (None) never counts towards a difference.

Only readings that belong together in time are compared (:class:`~kansencirkel.core.window.
ReadingWindow`: the latest reading per perspective within a number of months of the newest
one); an older reading is left out of the comparison and shown with its age instead. Topics
are ranked, largest difference first, so a view can show a handful and "n meer".
Wording lives in :mod:`kansencirkel.core.topic_text`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.model import Assessment, CaseFile, reading_order
from kansencirkel.core.window import DEFAULT_COMPARE_MONTHS, ReadingWindow

#: A difference of this many points or more on one element makes it a topic.
TOPIC_THRESHOLD = 2
#: A view shows this many topics of a kind, then "n meer".
SHOWN_TOPICS = 4

T = TypeVar("T")

_ELEMENT_INDEX = {k: i for i, k in enumerate(ELEMENT_KEYS)}


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


def rank_key(topic: Topic) -> tuple[int, int, int]:
    """Largest difference first; ties in NJi element order, then perspective order."""
    first = topic.perspectives[0] if topic.perspectives else PERSPECTIVE_ORDER[0]
    return (-topic.difference, _ELEMENT_INDEX[topic.element], PERSPECTIVE_ORDER.index(first))


@dataclass(frozen=True, slots=True)
class Handful(Generic[T]):
    """A ranked list a view shows only the first :attr:`limit` of, then "n meer" (on screen)
    or one line naming the rest (on paper). Topics use it, and so does "wat is beter
    geworden" (:mod:`kansencirkel.core.better`)."""

    items: tuple[T, ...] = ()
    limit: int = SHOWN_TOPICS

    @property
    def shown(self) -> tuple[T, ...]:
        return self.items[: self.limit]

    @property
    def hidden(self) -> tuple[T, ...]:
        return self.items[self.limit :]

    @property
    def more(self) -> int:
        """How many are not shown ("3 meer")."""
        return len(self.hidden)

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)


@dataclass(frozen=True, slots=True)
class TopicList(Handful[Topic]):
    """Ranked topics of one kind; a view shows :attr:`shown` and says :attr:`more`."""

    @property
    def topics(self) -> tuple[Topic, ...]:
        return self.items


@dataclass(frozen=True, slots=True)
class CaseTopics:
    """Both kinds for a child, kept apart, with the window the comparison used."""

    differences: TopicList
    movements: TopicList
    window: ReadingWindow

    def __bool__(self) -> bool:
        return bool(self.differences or self.movements)

    def elements(self) -> set[str]:
        """What a star marks: the elements where views differ now."""
        return highlight_elements(self.differences.topics)


def conversation_topics(
    latest: Mapping[Perspective, Assessment],
    *,
    months: int = DEFAULT_COMPARE_MONTHS,
    threshold: int = TOPIC_THRESHOLD,
) -> list[Topic]:
    """Elements where two known scores of different perspectives differ ≥ threshold, among
    the readings within ``months`` of the newest one; ranked (:func:`rank_key`).

    All perspectives in the window count, the kernteam's joint score too. One perspective
    only, all unknown, or everyone within one point: no topic.
    """
    current = ReadingWindow.of(latest, months).current
    topics: list[Topic] = []
    ordered = [(p, current[p]) for p in PERSPECTIVE_ORDER if p in current]
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
    return sorted(topics, key=rank_key)


def movement_topics(
    history_by_perspective: Mapping[Perspective, Sequence[Assessment]],
    *,
    threshold: int = TOPIC_THRESHOLD,
    since: date | None = None,
) -> list[Topic]:
    """Per perspective: latest reading against the previous one of that same perspective.

    A change of ≥ threshold either way is a topic; an element unknown in either reading is
    skipped. Superseded versions are ignored. With ``since``, a perspective whose latest
    reading is older than that is left out (old news, shown with its age elsewhere).
    Ranked (:func:`rank_key`).
    """
    found: list[Topic] = []
    for p in PERSPECTIVE_ORDER:
        readings = sorted(
            (a for a in history_by_perspective.get(p, ()) if a.is_current), key=reading_order
        )
        if len(readings) < 2:
            continue
        prev, last = readings[-2], readings[-1]
        if since is not None and last.assessed_on < since:
            continue
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
    return sorted(found, key=rank_key)


def topics_for(
    latest: Mapping[Perspective, Assessment],
    history: Mapping[Perspective, Sequence[Assessment]],
    *,
    months: int = DEFAULT_COMPARE_MONTHS,
    limit: int = SHOWN_TOPICS,
) -> CaseTopics:
    """Differences among the readings in the window, and movements of the perspectives whose
    latest reading is in it, each ranked and cut to ``limit`` for showing."""
    window = ReadingWindow.of(latest, months)
    differences = conversation_topics(latest, months=months)
    movements = movement_topics(history, since=window.since)
    return CaseTopics(
        TopicList(tuple(differences), limit), TopicList(tuple(movements), limit), window
    )


def case_topics(case: CaseFile, *, limit: int = SHOWN_TOPICS) -> CaseTopics:
    """Both kinds for a child's overview, with the vault's window (``case.compare_months``)."""
    history = {p: case.history(p) for p in PERSPECTIVE_ORDER}
    return topics_for(
        case.latest_by_perspective(), history, months=case.compare_months, limit=limit
    )


def highlight_elements(topics: Sequence[Topic]) -> set[str]:
    """The element keys a star marks for these topics."""
    return {t.element for t in topics}
