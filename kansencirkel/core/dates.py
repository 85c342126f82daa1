"""The one date formatter, on Babel's CLDR data: the same day reads the same everywhere.

======================  ===================  ===================
style                   Dutch                English (en_GB)
======================  ===================  ===================
``long``                14 oktober 2026      14 October 2026
``day_month``           14 oktober           14 October
``numeric`` (tables)    14-10-2026           14/10/2026
``short`` (legends)     14 okt 2026          14 Oct 2026
``short_day_month``     14 okt               14 Oct
``month_year`` (axes)   okt '26              Oct '26
``month`` (sentences)   september            September
``month_long_year``     september 2025       September 2025
======================  ===================  ===================

``babel.dates`` (and its locale data) is imported on the first call, not at start-up.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Literal

from kansencirkel.core.i18n import Lang, current_lang

DateStyle = Literal[
    "long",
    "day_month",
    "numeric",
    "short",
    "short_day_month",
    "month_year",
    "month",
    "month_long_year",
]

#: The Babel (CLDR) locale behind each language: British English writes the day first.
LOCALES: dict[Lang, str] = {"nl": "nl_NL", "en": "en_GB"}

_PATTERNS: dict[DateStyle, str] = {
    "long": "d MMMM y",
    "day_month": "d MMMM",
    "short": "d MMM y",
    "short_day_month": "d MMM",
    "month_year": "LLL ''yy",
    "month": "LLLL",
    "month_long_year": "LLLL y",
}


def format_date(day: date, style: DateStyle = "long", lang: Lang | None = None) -> str:
    """``day`` in ``style`` and ``lang`` (default: the current language)."""
    if isinstance(day, datetime):  # a moment would carry its clock time into the cache key
        day = day.date()
    return _format(day, style, current_lang() if lang is None else lang)


def format_moment(moment: datetime, lang: Lang | None = None) -> str:
    """'14-10-2026 09:30': the numeric date and the clock time of ``moment`` as given (the
    caller converts to local time first)."""
    return f"{format_date(moment.date(), 'numeric', lang)} {moment:%H:%M}"


@lru_cache(maxsize=4096)
def _format(day: date, style: DateStyle, lang: Lang) -> str:
    from babel.dates import format_date as babel_format_date

    locale = LOCALES[lang]
    if style == "numeric":
        # CLDR's own short form: "dd-MM-y" in Dutch, "dd/MM/y" in British English.
        return babel_format_date(day, format="short", locale=locale)
    text = babel_format_date(day, format=_PATTERNS[style], locale=locale)
    if style in ("long", "day_month", "month", "month_long_year"):
        return text
    # Abbreviated months as three letters: without the trailing dot some CLDR versions give
    # ("mrt."), and British "Sept" like the other months, so legends line up.
    return text.replace(".", "").replace("Sept", "Sep")
