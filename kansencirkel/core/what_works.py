"""Wat werkt: feedback for the team over all children of a period — counts only.

Per kind of afspraak: how many afspraken were evaluated, how the team answered "heeft het
geholpen?", and how the readings stored with those evaluations moved (higher, the same,
lower — both readings known). No child is named, nothing is added up into a score, and
rows are in the order of the vault's list of kinds, never ranked by result.

**k ≥ 5**: every figure carries the number of different children behind it, and a figure
behind fewer than :data:`MIN_CHILDREN` children is not shown (it could identify a child);
that holds for zero too, since "0 × nee" among five children tells each child's answer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from kansencirkel.core.kinds import KindList
from kansencirkel.core.model import BeforeAfter, Helped

#: A figure is shown only when it covers at least this many different children.
MIN_CHILDREN = 5
#: The group of afspraken that carry no kind.
NO_KIND = ""


@dataclass(frozen=True, slots=True)
class EvaluatedAfspraak:
    """What the view reads of one evaluated afspraak; the child id only counts children."""

    child_id: str
    kind: str | None
    helped: Helped
    evaluated_on: date
    readings: tuple[BeforeAfter, ...] = ()


@dataclass(slots=True)
class Count:
    """A number of afspraken or readings and the children behind it."""

    n: int = 0
    children: set[str] = field(default_factory=set)

    def add(self, child_id: str) -> None:
        self.n += 1
        self.children.add(child_id)

    @property
    def shown(self) -> int | None:
        """The figure, or None when fewer than :data:`MIN_CHILDREN` children are behind it."""
        return self.n if len(self.children) >= MIN_CHILDREN else None


class Movement:
    HIGHER = "hoger"
    SAME = "gelijk"
    LOWER = "lager"


MOVEMENTS = (Movement.HIGHER, Movement.SAME, Movement.LOWER)


@dataclass(slots=True)
class KindRow:
    kind: str  # a key of the vault's list, or NO_KIND
    evaluated: Count = field(default_factory=Count)
    answers: dict[Helped, Count] = field(default_factory=lambda: {h: Count() for h in Helped})
    readings: dict[str, Count] = field(default_factory=lambda: {m: Count() for m in MOVEMENTS})

    @property
    def children(self) -> int | None:
        """How many children, shown under the same rule."""
        n = len(self.evaluated.children)
        return n if n >= MIN_CHILDREN else None


@dataclass(frozen=True, slots=True)
class WhatWorks:
    start: date
    end: date
    rows: tuple[KindRow, ...]

    def __bool__(self) -> bool:
        return bool(self.rows)


def _movement(pair: BeforeAfter) -> str | None:
    rise = pair.rise
    if rise is None:
        return None
    return Movement.HIGHER if rise > 0 else Movement.LOWER if rise < 0 else Movement.SAME


def what_works(
    evaluated: Iterable[EvaluatedAfspraak], kinds: KindList, start: date, end: date
) -> WhatWorks:
    """Count the afspraken evaluated from ``start`` to ``end`` (both included), per kind in
    the list's order; kinds no longer in the list, then "no kind", come last."""
    rows: dict[str, KindRow] = {}
    for e in evaluated:
        if not start <= e.evaluated_on <= end:
            continue
        key = e.kind or NO_KIND
        row = rows.setdefault(key, KindRow(key))
        row.evaluated.add(e.child_id)
        row.answers[e.helped].add(e.child_id)
        for pair in e.readings:
            moved = _movement(pair)
            if moved is not None:
                row.readings[moved].add(e.child_id)
    listed = [k for k in kinds.keys if k in rows]
    dropped = sorted(k for k in rows if k not in kinds.keys and k != NO_KIND)
    tail = [NO_KIND] if NO_KIND in rows else []
    return WhatWorks(start, end, tuple(rows[k] for k in (*listed, *dropped, *tail)))


def school_year(day: date) -> tuple[date, date]:
    """The Dutch school year ``day`` falls in: 1 August to 31 July."""
    first = day.year if day.month >= 8 else day.year - 1
    return date(first, 8, 1), date(first + 1, 7, 31)


def periods(today: date) -> list[tuple[date, date]]:
    """What the period chooser offers: this school year so far, the previous one, and the
    one before that."""
    start, _end = school_year(today)
    out = [(start, today)]
    for _ in range(2):
        start = date(start.year - 1, 8, 1)
        out.append((start, date(start.year + 1, 7, 31)))
    return out
