"""Bewaartermijn: two years after closing by default, configurable per vault."""

from __future__ import annotations

from datetime import date

import pytest

from kansencirkel.core.retention import (
    DEFAULT_RETENTION_YEARS,
    add_years,
    parse_retention_years,
    retention_end,
    retention_expired,
)


def test_default_is_two_years_after_closing() -> None:
    assert DEFAULT_RETENTION_YEARS == 2
    assert retention_end(date(2026, 7, 15)) == date(2028, 7, 15)
    assert retention_end(date(2026, 7, 15), 5) == date(2031, 7, 15)


def test_open_file_has_no_end() -> None:
    assert retention_end(None) is None
    assert not retention_expired(None, date(2099, 1, 1))


def test_leap_day_falls_back_to_28_february() -> None:
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_expired_only_after_the_last_day() -> None:
    closed = date(2026, 7, 15)
    assert not retention_expired(closed, date(2028, 7, 15))
    assert retention_expired(closed, date(2028, 7, 16))
    assert retention_expired(closed, date(2026, 7, 16), years=0)


@pytest.mark.parametrize(
    ("value", "years"),
    [(None, 2), ("5", 5), (" 3 ", 3), ("0", 0), ("twee", 2), ("-1", 2), ("99", 2), ("", 2)],
)
def test_setting_parsing_falls_back_to_default(value: str | None, years: int) -> None:
    assert parse_retention_years(value) == years
