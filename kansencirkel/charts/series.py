"""The data behind a star: one :class:`StarSeries` per line, built from assessments.

Kept apart from drawing so tests can check exactly what will be drawn (scores, gaps, colours)
and so reports and the app build the same series the same way.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from kansencirkel.charts.style import (
    MOMENT_LIGHTEN,
    MOMENT_LINESTYLE,
    MOMENT_MARKER,
    PERSPECTIVE_STYLE,
    LineStyle,
    lighten,
)
from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import gettext
from kansencirkel.core.model import Assessment, CaseFile, reading_order
from kansencirkel.core.topics import conversation_topics, highlight_elements
from kansencirkel.core.window import DEFAULT_COMPARE_MONTHS, ReadingWindow, with_age

#: At most this many moments are laid over each other; more go to small multiples.
MAX_OVERLAY = 3


def short_day(day: date, lang: Lang = "nl", *, with_year: bool = True) -> str:
    """'3 mrt 2026' — compact enough for a legend (the one date formatter, ``core.dates``)."""
    return format_date(day, "short" if with_year else "short_day_month", lang)


@dataclass(frozen=True, slots=True)
class StarSeries:
    """One line on a star: eight values in NJi order, None where the score is 'weet niet'."""

    label: str
    values: tuple[int | None, ...]
    color: str
    linestyle: LineStyle
    marker: str
    perspective: Perspective | None = None
    on: date | None = None
    emphasis: float = 1.0  # line width factor; older moments are drawn thinner
    older: bool = False  # outside the comparison window: drawn lighter, its age in the label

    def __post_init__(self) -> None:
        if len(self.values) != len(ELEMENT_KEYS):
            raise ValueError(f"a star needs {len(ELEMENT_KEYS)} values, got {len(self.values)}")

    def value(self, key: str) -> int | None:
        return self.values[ELEMENT_KEYS.index(key)]


def scores_of(assessment: Assessment) -> tuple[int | None, ...]:
    return tuple(assessment.score(k) for k in ELEMENT_KEYS)


def latest_as_of(
    assessments: Iterable[Assessment], on: date | None = None
) -> dict[Perspective, Assessment]:
    """Per perspective the newest current assessment on or before ``on`` (None = all)."""
    latest: dict[Perspective, Assessment] = {}
    for a in sorted((a for a in assessments if a.is_current), key=reading_order):
        if on is None or a.assessed_on <= on:
            latest[a.perspective] = a
    return latest


def reading_dates(case: CaseFile) -> list[date]:
    """Distinct dates with a current reading, oldest first (the moment picker's choices)."""
    return sorted({a.assessed_on for a in case.assessments if a.is_current})


def all_unknown_label(label: str, lang: Lang) -> str:
    """A series with no known score draws nothing; its legend entry says why."""
    return gettext("{label} (alles weet niet)", lang=lang, label=label)


def perspective_series(
    latest: Mapping[Perspective, Assessment],
    *,
    lang: Lang = "nl",
    perspectives: Iterable[Perspective] | None = None,
    with_dates: bool = True,
    labels: Mapping[Perspective, str] | None = None,
    date_unless: date | None = None,
    window: ReadingWindow | None = None,
    today: date | None = None,
) -> list[StarSeries]:
    """Perspectives at one moment, in the fixed order, each in its fixed style.

    ``labels`` overrides legend text per perspective (e.g. a person's initials in meeting
    mode); otherwise the perspective name, with the reading's date when ``with_dates`` —
    except for readings on ``date_unless`` (the moment the screen already shows), so only the
    views from another day carry a date. A reading outside ``window`` is marked ``older``
    and its label says its age relative to ``today`` ("Zorg, 10 maanden geleden").
    """
    wanted = set(PERSPECTIVE_ORDER if perspectives is None else perspectives)
    out: list[StarSeries] = []
    for p in PERSPECTIVE_ORDER:
        a = latest.get(p)
        if a is None or p not in wanted:
            continue
        style = PERSPECTIVE_STYLE[p]
        older = window is not None and window.is_older(p)
        if labels and p in labels:
            label = labels[p]
        else:
            label = catalog().perspective_name(p, lang)
            if with_dates and not older and a.assessed_on != date_unless:
                label = f"{label} ({short_day(a.assessed_on, lang)})"
        if older:
            label = with_age(label, a.assessed_on, today or a.assessed_on, lang)
        values = scores_of(a)
        if all(v is None for v in values):
            label = all_unknown_label(label, lang)
        out.append(
            StarSeries(
                label,
                values,
                style.color,
                style.linestyle,
                style.marker,
                p,
                a.assessed_on,
                older=older,
            )
        )
    return out


def overlay(
    latest: Mapping[Perspective, Assessment],
    *,
    today: date,
    months: int = DEFAULT_COMPARE_MONTHS,
    lang: Lang = "nl",
    date_unless: date | None = None,
    labels: Mapping[Perspective, str] | None = None,
) -> tuple[list[StarSeries], set[str]]:
    """The perspectives' star for screen and print alike: the series (older readings marked,
    with their age) and the elements to mark as topics (compared within the window only)."""
    window = ReadingWindow.of(latest, months)
    series = perspective_series(
        latest, lang=lang, date_unless=date_unless, labels=labels, window=window, today=today
    )
    return series, highlight_elements(conversation_topics(latest, months=months))


def moment_series(
    history: Sequence[Assessment],
    *,
    lang: Lang = "nl",
    until: date | None = None,
    max_overlay: int = MAX_OVERLAY,
) -> list[StarSeries]:
    """One perspective over time: the newest ``max_overlay`` readings (up to ``until``),
    oldest first so the newest is drawn on top; older ones lighter, thinner, own dash/marker.
    """
    readings = sorted(
        (a for a in history if a.is_current and (until is None or a.assessed_on <= until)),
        key=reading_order,
    )[-max_overlay:]
    if not readings:
        return []
    perspectives = {a.perspective for a in readings}
    if len(perspectives) != 1:
        raise ValueError("moment_series takes the history of one perspective")
    p = readings[0].perspective
    base = PERSPECTIVE_STYLE[p].color
    name = catalog().perspective_name(p, lang)
    out: list[StarSeries] = []
    for age, a in enumerate(reversed(readings)):  # age 0 = newest
        out.append(
            StarSeries(
                label=f"{name} {short_day(a.assessed_on, lang)}",
                values=scores_of(a),
                color=lighten(base, MOMENT_LIGHTEN[min(age, len(MOMENT_LIGHTEN) - 1)]),
                linestyle=MOMENT_LINESTYLE[min(age, len(MOMENT_LINESTYLE) - 1)],
                marker=MOMENT_MARKER[min(age, len(MOMENT_MARKER) - 1)],
                perspective=p,
                on=a.assessed_on,
                emphasis=1.0 if age == 0 else 0.75,
            )
        )
    out.reverse()
    return out


def moment_panels(
    history: Sequence[Assessment], *, lang: Lang = "nl"
) -> list[tuple[str, list[StarSeries]]]:
    """Small multiples: one star per reading (title = date), for when there are more
    readings than :data:`MAX_OVERLAY`. Each panel uses the perspective's full style."""
    readings = sorted((a for a in history if a.is_current), key=reading_order)
    panels: list[tuple[str, list[StarSeries]]] = []
    for a in readings:
        style = PERSPECTIVE_STYLE[a.perspective]
        name = catalog().perspective_name(a.perspective, lang)
        series = StarSeries(
            name,
            scores_of(a),
            style.color,
            style.linestyle,
            style.marker,
            a.perspective,
            a.assessed_on,
        )
        panels.append((short_day(a.assessed_on, lang), [series]))
    return panels
