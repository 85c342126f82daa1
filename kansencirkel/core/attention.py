"""What makes a child "need attention" in the children list — never a score.

Only process facts count: an afspraak past its due date, an overleg due soon or overdue, a
perspective that was never given, or one that is old. Scores are never part of these rules
(the Kansencirkel is not a risk instrument).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from kansencirkel.core.enums import (
    PERSPECTIVE_ORDER,
    ChildStatus,
    MeetingStatus,
    Perspective,
    Role,
)

#: Perspectives every active child's file should have.
BASE_PERSPECTIVES: tuple[Perspective, ...] = (
    Perspective.KIND,
    Perspective.OUDERS,
    Perspective.SCHOOL,
)
#: Involved roles that make the care (zorg) perspective expected too.
CARE_ROLES: frozenset[Role] = frozenset({Role.CJG_COACH, Role.JEUGDHULP, Role.JEUGDARTS})

#: The joint score is made in a meeting, not asked for: it never goes stale.
_STALE_ORDER = tuple(p for p in PERSPECTIVE_ORDER if p is not Perspective.KERNTEAM)

MEETING_DUE_DAYS_KEY = "attention_meeting_days"
STALE_MONTHS_KEY = "attention_stale_months"


@dataclass(frozen=True, slots=True)
class AttentionRules:
    meeting_due_within_days: int = 14
    stale_after_months: int = 6


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier, clamped to the month's last day."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def expected_perspectives(involved_roles: Iterable[Role]) -> tuple[Perspective, ...]:
    """Child, parents and school always; care only when a care worker is involved."""
    wanted = set(BASE_PERSPECTIVES)
    if not CARE_ROLES.isdisjoint(involved_roles):
        wanted.add(Perspective.ZORG)
    return tuple(p for p in PERSPECTIVE_ORDER if p in wanted)


def missing_perspectives(
    latest: Iterable[Perspective], expected: Iterable[Perspective]
) -> tuple[Perspective, ...]:
    have = set(latest)
    return tuple(p for p in expected if p not in have)


def still_missing(
    seen: Iterable[Perspective], involved_roles: Iterable[Role], status: ChildStatus
) -> tuple[Perspective, ...]:
    """ "Nog geen blik van": the one rule the children list and the agenda share. ``seen``
    holds the perspectives with a current, not withdrawn reading; a closed file asks for none."""
    if status is not ChildStatus.ACTIEF:
        return ()
    return missing_perspectives(seen, expected_perspectives(involved_roles))


def stale_perspectives(
    latest: Mapping[Perspective, date], today: date, months: int
) -> tuple[Perspective, ...]:
    """Perspectives whose latest reading is more than ``months`` old (joint score excluded)."""
    return read_before(latest, months_before(today, months))


def read_before(latest: Mapping[Perspective, date], limit: date) -> tuple[Perspective, ...]:
    """Perspectives last read before ``limit`` (the list computes ``limit`` once for all)."""
    return tuple(p for p in _STALE_ORDER if p in latest and latest[p] < limit)


def next_meeting_dates(
    status: MeetingStatus, held_on: date, next_on: date | None
) -> tuple[date | None, ...]:
    """The dates an overleg puts forward as "Volgend overleg": a planned one its own date, a
    held one the next date it agreed on. (The children list's SQL mirrors this rule.)"""
    return (held_on,) if status is MeetingStatus.GEPLAND else (next_on,)


def upcoming_meeting(dates: Iterable[date | None], today: date) -> date | None:
    """The first of ``dates`` (from :func:`next_meeting_dates`) on or after today."""
    future = [d for d in dates if d is not None and d >= today]
    return min(future) if future else None


def meeting_due(
    next_meeting: date | None,
    last_planned: date | None,
    last_held: date | None,
    today: date,
    within_days: int,
) -> bool:
    """Due within ``within_days``, or overdue: the planned next date passed without an overleg."""
    if next_meeting is not None and next_meeting <= today + timedelta(days=within_days):
        return True
    if last_planned is None or last_planned >= today:
        return False
    return last_held is None or last_held < last_planned
