"""How old a reading is, in words, in both languages, against the app's clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import Perspective as P
from kansencirkel.core.topic_text import older_label
from kansencirkel.core.window import (
    DEFAULT_COMPARE_MONTHS,
    MAX_COMPARE_MONTHS,
    ago_text,
    compare_months,
    months_between,
    with_age,
)


@pytest.mark.parametrize(
    ("day", "today", "nl", "en"),
    [
        (date(2026, 9, 13), date(2026, 10, 13), "1 maand geleden", "1 month ago"),
        (date(2025, 12, 9), date(2026, 10, 13), "10 maanden geleden", "10 months ago"),
        (
            date(2026, 9, 14),
            date(2026, 10, 13),
            "minder dan een maand geleden",
            "less than a month ago",
        ),
        (date(2024, 1, 31), date(2026, 2, 28), "2 jaar geleden", "2 years ago"),
        (date(2024, 10, 14), date(2026, 10, 13), "23 maanden geleden", "23 months ago"),
    ],
)
def test_age_in_words_with_plurals(day: date, today: date, nl: str, en: str) -> None:
    assert ago_text(day, today, "nl") == nl
    assert ago_text(day, today, "en") == en


def test_months_are_whole_calendar_months() -> None:
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 0
    assert months_between(date(2026, 1, 31), date(2026, 3, 1)) == 1
    assert months_between(date(2026, 5, 1), date(2026, 4, 1)) == 0  # never negative


def test_label_with_age_follows_the_injected_clock(today_is: Callable[[date], date]) -> None:
    today = today_is(date(2031, 3, 5))
    day = date(2030, 3, 5)
    assert clock.today() == today
    assert older_label(P.ZORG, day, clock.today()) == "zorg, 12 maanden geleden"
    assert older_label(P.ZORG, day, clock.today(), "en") == "care, 12 months ago"
    assert with_age("Ouders", day, clock.today(), "en") == "Ouders, 12 months ago"


def test_stored_window_is_read_safely() -> None:
    assert compare_months(None) == DEFAULT_COMPARE_MONTHS == 4
    assert compare_months("x") == 4 and compare_months("6") == 6
    assert compare_months("0") == 1 and compare_months("99") == MAX_COMPARE_MONTHS
