"""CaseFile helpers that the reports and the child's page share."""

from __future__ import annotations

import dataclasses
from datetime import date

from kansencirkel.core.enums import MeetingKind, MeetingStatus
from kansencirkel.core.model import Meeting
from tests.charts.factories import demo_case


def _meeting(
    held: date, next_on: date | None = None, status: MeetingStatus = MeetingStatus.GEHOUDEN
) -> Meeting:
    kind = MeetingKind.KERNTEAM
    return Meeting(
        f"m-{held.isoformat()}", "child-1", held, kind, (), next_on=next_on, status=status
    )


def test_next_meeting_is_the_first_planned_or_agreed_next_date_from_today() -> None:
    today = date(2026, 6, 1)
    meetings = (
        _meeting(date(2026, 3, 1), next_on=date(2026, 5, 1)),  # planned date already passed
        _meeting(date(2026, 5, 20), next_on=date(2026, 9, 1)),
        _meeting(date(2026, 7, 1), status=MeetingStatus.GEPLAND),  # put in the diary
    )
    case = dataclasses.replace(demo_case(), meetings=meetings)
    assert case.next_meeting(today) == date(2026, 7, 1)
    assert case.next_meeting(date(2026, 7, 1)) == date(2026, 7, 1)  # today counts
    assert case.next_meeting(date(2026, 7, 2)) == date(2026, 9, 1)
    assert case.next_meeting(date(2026, 9, 2)) is None
    assert dataclasses.replace(case, meetings=()).next_meeting(today) is None


def test_a_held_overleg_puts_forward_its_next_date_not_its_own() -> None:
    held_today = _meeting(date(2026, 6, 1), next_on=date(2026, 6, 29))
    case = dataclasses.replace(demo_case(), meetings=(held_today,))
    assert case.next_meeting(date(2026, 6, 1)) == date(2026, 6, 29)
