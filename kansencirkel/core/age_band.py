"""Which blank form fits a child: one per age band, chosen from the date of birth.

4–7: faces and very few words, read aloud by an adult; 8–12: short sentences for a child
reading alone; 12+: the adolescent's wording. The bands meet at 12: a child of 12 gets the
12+ form (the age at which the child's own consent starts to count too). Younger than 4 gets
the youngest form; no date of birth means the caller chooses.
"""

from __future__ import annotations

from datetime import date
from typing import Literal, get_args

AgeBand = Literal["4-7", "8-12", "12+"]
AGE_BANDS: tuple[AgeBand, ...] = get_args(AgeBand)
#: A form for a child nobody chose a band for: the middle one.
DEFAULT_BAND: AgeBand = "8-12"


def band_for_age(years: int) -> AgeBand:
    if years < 8:
        return "4-7"
    if years < 12:
        return "8-12"
    return "12+"


def band_for(date_of_birth: date | None, today: date) -> AgeBand | None:
    """The band for a child born on ``date_of_birth``; None when the date is not known."""
    from kansencirkel.core.model import age_on  # not at import: the CLI's --help stays light

    years = age_on(date_of_birth, today)
    return None if years is None else band_for_age(years)


def choose_band(date_of_birth: date | None, today: date, asked: AgeBand | None) -> AgeBand:
    """The child's own band when the date of birth is known, else the one asked for, else
    :data:`DEFAULT_BAND`."""
    return band_for(date_of_birth, today) or asked or DEFAULT_BAND
