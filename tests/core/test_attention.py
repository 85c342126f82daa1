"""Attention rules: process facts only (afspraken, overleg, perspectives), never scores."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.attention import (
    AttentionRules,
    expected_perspectives,
    meeting_due,
    missing_perspectives,
    months_before,
    stale_perspectives,
    upcoming_meeting,
)
from kansencirkel.core.enums import Perspective, Role

P = Perspective
TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 11, 25), 6, date(2026, 5, 25)),
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2024, 3, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 15), 13, date(2024, 12, 15)),
        (date(2026, 5, 31), 0, date(2026, 5, 31)),
    ],
)
def test_months_before(day: date, months: int, expected: date) -> None:
    assert months_before(day, months) == expected


def test_expected_perspectives_add_zorg_only_with_a_care_worker() -> None:
    assert expected_perspectives([]) == (P.KIND, P.OUDERS, P.SCHOOL)
    assert expected_perspectives([Role.LEERKRACHT, Role.OUDER]) == (P.KIND, P.OUDERS, P.SCHOOL)
    for care in (Role.CJG_COACH, Role.JEUGDHULP, Role.JEUGDARTS):
        assert expected_perspectives([care]) == (P.KIND, P.OUDERS, P.SCHOOL, P.ZORG)


def test_missing_perspectives_keep_display_order() -> None:
    latest = {P.SCHOOL: TODAY}
    assert missing_perspectives(latest, (P.KIND, P.OUDERS, P.SCHOOL)) == (P.KIND, P.OUDERS)
    assert missing_perspectives({p: TODAY for p in P}, (P.KIND,)) == ()


def test_stale_perspectives_exclude_the_joint_score() -> None:
    latest = {
        P.KIND: date(2026, 5, 24),  # just over six months
        P.OUDERS: date(2026, 5, 25),  # exactly six months: not stale yet
        P.KERNTEAM: date(2020, 1, 1),
    }
    assert stale_perspectives(latest, TODAY, 6) == (P.KIND,)
    assert stale_perspectives(latest, TODAY, 12) == ()


def test_upcoming_meeting_is_first_date_from_today() -> None:
    assert upcoming_meeting([None, date(2026, 12, 1), TODAY, date(2026, 1, 1)], TODAY) == TODAY
    assert upcoming_meeting([date(2026, 1, 1), None], TODAY) is None


@pytest.mark.parametrize(
    ("upcoming", "planned", "held", "due"),
    [
        (date(2026, 12, 9), date(2026, 12, 9), date(2026, 10, 1), True),  # within 14 days
        (date(2026, 12, 10), date(2026, 12, 10), date(2026, 10, 1), False),  # 15 days
        (None, date(2026, 11, 1), date(2026, 9, 1), True),  # planned date passed
        (None, date(2026, 11, 1), date(2026, 11, 3), False),  # held after the planned date
        (None, date(2026, 11, 1), date(2026, 11, 1), False),  # held on it
        (None, None, date(2026, 1, 1), False),  # nothing planned
        (None, None, None, False),
    ],
)
def test_meeting_due(
    upcoming: date | None, planned: date | None, held: date | None, due: bool
) -> None:
    rules = AttentionRules()
    assert meeting_due(upcoming, planned, held, TODAY, rules.meeting_due_within_days) is due
