"""The one clock: a moved calendar keeps its day for as long as it is in use."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kansencirkel.core import clock


class Wall:
    """A wall clock the test moves by hand (seconds since the epoch)."""

    def __init__(self, at: datetime) -> None:
        self.at = at.timestamp()

    def __call__(self) -> float:
        return self.at


def test_a_moved_calendar_stays_on_its_day_past_midnight() -> None:
    """A test run that starts at 23:59 and goes on past midnight sees one date throughout
    (its module-level TODAY constants stay true), while time keeps running."""
    wall = Wall(datetime(2026, 12, 1, 23, 59).astimezone())
    previous = clock.set_clock(clock.ShiftedClock(date(2028, 2, 29), wall))
    try:
        before = clock.now()
        assert clock.today() == date(2028, 2, 29)
        wall.at += 120  # 00:01 on the wall
        assert clock.today() == date(2028, 2, 29)
        assert clock.now() - before == timedelta(seconds=120)
    finally:
        clock.set_clock(previous)


def test_a_moved_calendar_starts_on_its_day_at_the_walls_time_of_day() -> None:
    wall = Wall(datetime(2026, 12, 1, 9, 30).astimezone())
    shifted = clock.ShiftedClock(date(2033, 12, 31), wall)
    local = shifted.now().astimezone()
    assert local.date() == date(2033, 12, 31)
    assert (local.hour, local.minute) == (9, 30)


def test_the_systems_clock_follows_the_wall() -> None:
    previous = clock.set_clock(clock.SystemClock())
    try:
        assert not clock.is_shifted()
        assert abs(clock.now() - datetime.now().astimezone()) < timedelta(seconds=5)
    finally:
        clock.set_clock(previous)
