"""Readings that belong together in time, and how old a reading is.

Perspectives are only compared when their latest readings were given close together: a
school score from last week against a care score from ten months ago says more about time
than about a difference in view. The window is a vault setting (months, counted back from
the newest reading); a reading outside it is *older* ("ouder") and always shows its age.

Ages are counted against the app's one clock (:func:`kansencirkel.core.clock.today`), which
callers pass in as ``today``; nothing here reads the wall clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kansencirkel.core.attention import months_before
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import Lang, gettext, ngettext
from kansencirkel.core.model import DEFAULT_COMPARE_MONTHS as DEFAULT_COMPARE_MONTHS
from kansencirkel.core.model import Assessment

#: The vault setting (``vault.settings``) holding the window in months.
COMPARE_MONTHS_KEY = "compare_window_months"
MIN_COMPARE_MONTHS = 1
MAX_COMPARE_MONTHS = 24


def compare_months(value: object) -> int:
    """A stored setting as a window in months: the default for anything unreadable, clamped
    to the range the settings dialog offers."""
    try:
        months = int(str(value))
    except ValueError:
        return DEFAULT_COMPARE_MONTHS
    return max(MIN_COMPARE_MONTHS, min(MAX_COMPARE_MONTHS, months))


def months_between(earlier: date, later: date) -> int:
    """Whole calendar months from ``earlier`` to ``later`` (0 when later is not later)."""
    months = (later.year - earlier.year) * 12 + later.month - earlier.month
    if later.day < earlier.day:
        months -= 1
    return max(months, 0)


def ago_text(day: date, today: date, lang: Lang | None = None) -> str:
    """'10 maanden geleden', '1 maand geleden', '2 jaar geleden' — relative to ``today``."""
    months = months_between(day, today)
    if months < 1:
        return gettext("minder dan een maand geleden", lang=lang)
    if months < 24:
        return ngettext("{n} maand geleden", "{n} maanden geleden", months, lang=lang)
    years = months // 12
    return ngettext("{n} jaar geleden", "{n} jaar geleden", years, lang=lang)


def with_age(label: str, day: date, today: date, lang: Lang | None = None) -> str:
    """'zorg, 10 maanden geleden': a label of an older reading with its age."""
    return gettext("{label}, {ago}", lang=lang, label=label, ago=ago_text(day, today, lang))


@dataclass(frozen=True, slots=True)
class ReadingWindow:
    """The latest reading per perspective, split into those within ``months`` of the newest
    (``current``: compared with each other) and the ``older`` ones (shown with their age)."""

    months: int
    newest: date | None
    since: date | None  # the first day inside the window
    current: Mapping[Perspective, Assessment]
    older: Mapping[Perspective, Assessment]

    @staticmethod
    def of(
        latest: Mapping[Perspective, Assessment], months: int = DEFAULT_COMPARE_MONTHS
    ) -> ReadingWindow:
        newest = max((a.assessed_on for a in latest.values()), default=None)
        since = months_before(newest, months) if newest is not None else None
        current: dict[Perspective, Assessment] = {}
        older: dict[Perspective, Assessment] = {}
        for p in PERSPECTIVE_ORDER:
            a = latest.get(p)
            if a is None:
                continue
            if since is None or a.assessed_on >= since:
                current[p] = a
            else:
                older[p] = a
        return ReadingWindow(months, newest, since, current, older)

    def is_older(self, perspective: Perspective) -> bool:
        return perspective in self.older
