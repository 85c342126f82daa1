"""Bewaartermijn: when a closed child's file should be erased.

Dutch school practice (Besluit/model privacyreglement PO-VO, leerlingdossier and zorgdossier)
keeps a pupil's care file for two years after the pupil left school or the care ended; a vault
may choose another period through its ``retention_years`` setting.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_RETENTION_YEARS = 2
MIN_RETENTION_YEARS = 0
MAX_RETENTION_YEARS = 20
SETTING_KEY = "retention_years"


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later; 29 February falls back to 28 February."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def retention_end(closed_on: date | None, years: int = DEFAULT_RETENTION_YEARS) -> date | None:
    """Last day the closed file is kept; None while the file is open."""
    if closed_on is None:
        return None
    return add_years(closed_on, years)


def retention_expired(
    closed_on: date | None, today: date, years: int = DEFAULT_RETENTION_YEARS
) -> bool:
    """True when a closed file is past its retention period and should be erased."""
    end = retention_end(closed_on, years)
    return end is not None and today > end


def parse_retention_years(value: str | None) -> int:
    """The setting's value as whole years; anything unusable falls back to the default."""
    if value is None:
        return DEFAULT_RETENTION_YEARS
    try:
        years = int(value.strip())
    except ValueError:
        return DEFAULT_RETENTION_YEARS
    if not MIN_RETENTION_YEARS <= years <= MAX_RETENTION_YEARS:
        return DEFAULT_RETENTION_YEARS
    return years


@dataclass(frozen=True, slots=True)
class RetentionDue:
    """A closed file past its retention date: erase it (after an AVG copy if asked)."""

    child_id: str
    given_name: str
    family_name: str
    closed_on: date
    kept_until: date

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()
