"""Today's date and the current moment, read from one injectable clock.

Every part of the app asks this module, never the wall clock itself, so a
test (or the whole test suite, through ``--today``) can move the calendar and prove that no
rule depends on the day the code happens to run.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Protocol

#: Test-only: start the clock on this local date (JJJJ-MM-DD). The CLI warns when it is set.
ENV_TEST_TODAY = "KANSENCIRKEL_TEST_TODAY"


class Clock(Protocol):
    def now(self) -> datetime:
        """The current moment, timezone-aware."""
        ...


class SystemClock:
    """The computer's own clock."""

    def now(self) -> datetime:
        return datetime.fromtimestamp(time.time(), UTC)


class ShiftedClock:
    """The computer's clock moved by whole days so that the local date starts at ``day``.

    Time keeps running (audit timestamps stay in order); only the calendar is moved. Today's
    date stays ``day`` while this clock is in use, even after the wall clock passes midnight:
    a test run that crosses midnight sees one day from start to end, as its subprocesses do
    (each starts its own clock on ``day``).
    """

    def __init__(self, day: date, wall: Callable[[], float] = time.time) -> None:
        self.day = day
        self._wall = wall
        self._offset = timedelta(days=(day - date.fromtimestamp(wall())).days)

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._wall(), UTC) + self._offset


def _from_environment() -> Clock:
    text = os.environ.get(ENV_TEST_TODAY, "").strip()
    if not text:
        return SystemClock()
    try:
        return ShiftedClock(date.fromisoformat(text))
    except ValueError:
        return SystemClock()  # the CLI names the bad value; the clock never guesses


_clock: Clock = _from_environment()


def set_clock(clock: Clock) -> Clock:
    """Use ``clock`` from now on; returns the previous one (to put back)."""
    global _clock
    previous, _clock = _clock, clock
    return previous


def is_shifted() -> bool:
    return not isinstance(_clock, SystemClock)


def now() -> datetime:
    """The current moment (timezone-aware, UTC)."""
    return _clock.now()


def today() -> date:
    """The user's local calendar date: "not in the future" checks follow the wall clock, not
    UTC, or a meting typed just after midnight would be refused."""
    if isinstance(_clock, ShiftedClock):
        return _clock.day
    return _clock.now().astimezone().date()
