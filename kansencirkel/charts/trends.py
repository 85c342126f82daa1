"""Trends: one small chart per element over time, all perspectives, with markers where an
afspraak (action) on that element started — so the team can see whether help made a difference.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from kansencirkel.charts.layout import add_legend, add_title
from kansencirkel.charts.look import MIN_TEXT
from kansencirkel.charts.radar import renderer_for
from kansencirkel.charts.stars import _reuse
from kansencirkel.charts.style import GRID_LIGHT, INK, PERSPECTIVE_STYLE
from kansencirkel.core import clock
from kansencirkel.core.dates import format_date
from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_VALUES, Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective
from kansencirkel.core.i18n import N_, gettext
from kansencirkel.core.model import Action, Assessment, reading_order

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

GID_TREND = "kc-trend"
_ACTION_LABEL = N_("Start afspraak")


def trend_points(
    assessments: Iterable[Assessment], element: str, perspective: Perspective
) -> list[tuple[date, int | None]]:
    """One perspective's readings of one element, oldest first; None where 'weet niet'."""
    readings = sorted(
        (a for a in assessments if a.is_current and a.perspective == perspective),
        key=reading_order,
    )
    return [(a.assessed_on, a.score(element)) for a in readings]


def action_starts(actions: Iterable[Action], element: str) -> list[date]:
    return sorted({a.start_on for a in actions if a.start_on is not None and element in a.elements})


def _date_range(days: Sequence[date]) -> tuple[date, date]:
    if not days:
        today = clock.today()
        return today - timedelta(days=30), today + timedelta(days=30)
    first, last = min(days), max(days)
    pad = timedelta(days=max(10, (last - first).days // 20))
    return first - pad, last + pad


def _day_formatter(lang: Lang, span_days: int) -> object:
    from matplotlib.dates import num2date
    from matplotlib.ticker import FuncFormatter

    def fmt(x: float, _pos: object = None) -> str:
        d = num2date(x).date()  # type: ignore[no-untyped-call]
        return format_date(d, "month_year" if span_days > 240 else "short_day_month", lang)

    return FuncFormatter(fmt)


def date_ticks(first: date, last: date, most: int) -> list[date]:
    """At most ``most`` tick dates between ``first`` and ``last``: first days of months for
    a range of two months or more, else evenly spaced days. Chosen here rather than by
    AutoDateLocator, which finds no interval for some short ranges (and warns)."""
    span = (last - first).days
    if span >= 60:
        months: list[date] = []
        day = date(first.year, first.month, 1)
        while day <= last:
            if day >= first:
                months.append(day)
            day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
        step = max(1, math.ceil(len(months) / most))
        return months[::step]
    step = max(1, math.ceil(span / most))
    return [
        first + timedelta(days=step // 2 + i * step)
        for i in range(most)
        if step // 2 + i * step <= span
    ]


def grid_shape(width: float, height: float) -> tuple[int, int]:
    """Rows × columns for eight panels that keeps each panel roughly landscape."""
    ratio = width / height
    if ratio >= 1.45:
        return 2, 4
    if ratio >= 0.8:
        return 3, 3  # the ninth cell stays empty
    return 4, 2


def _num(day: date) -> float:
    from matplotlib.dates import date2num

    return float(date2num(day))  # type: ignore[no-untyped-call]


def trend_figure(
    assessments: Sequence[Assessment],
    actions: Sequence[Action] = (),
    *,
    lang: Lang = "nl",
    size_inches: tuple[float, float] = (10.0, 6.0),
    perspectives: Iterable[Perspective] | None = None,
    presenter: bool = False,
    title: str = "",
    dpi: float = 100.0,
    figure: Figure | None = None,
) -> Figure:
    """Eight small charts (NJi order) of scores over time, one line per perspective."""
    from matplotlib.lines import Line2D
    from matplotlib.ticker import FixedLocator

    w_in, h_in = (float(v) for v in figure.get_size_inches()) if figure is not None else size_inches
    rows, cols = grid_shape(w_in, h_in)
    panels = _reusable_panels(figure, rows, cols)
    fig = figure if panels and figure is not None else _reuse(figure, size_inches, dpi)
    renderer = renderer_for(fig)
    fw, fh = fig.bbox.width, fig.bbox.height
    base = min(max(min(w_in / cols, h_in / rows) * 3.4, MIN_TEXT), 11.0) * (
        1.6 if presenter else 1.0
    )
    line_w, marker = base * 0.19, base * 0.72  # follow the text size, also in presenter mode
    px = fig.dpi / 72.0
    margin = 0.6 * base * px

    wanted = set(PERSPECTIVE_ORDER if perspectives is None else perspectives)
    shown = [
        p
        for p in PERSPECTIVE_ORDER
        if p in wanted and any(a.perspective == p and a.is_current for a in assessments)
    ]
    days = [a.assessed_on for a in assessments if a.is_current and a.perspective in wanted]
    starts_all = [a.start_on for a in actions if a.start_on is not None and a.elements]
    first, last = _date_range(days + starts_all)
    span = (last - first).days

    top = margin + add_title(fig, title, fontsize=base * 1.3, renderer=renderer, top_px=margin)
    handles: list[Artist] = []
    labels: list[str] = []
    looks = {p: _line_look(p, line_w, marker) for p in shown}
    for p in shown:
        handles.append(Line2D([], [], **looks[p]))
        labels.append(catalog().perspective_name(p, lang))
    if starts_all:
        handles.append(
            Line2D(
                [],
                [],
                color=INK,
                linestyle=(0, (1, 2)),
                linewidth=1.0,
                marker="v",
                markersize=marker,
            )
        )
        labels.append(gettext(_ACTION_LABEL, lang=lang))
    _, legend_h = add_legend(
        fig, handles, labels, fontsize=base, renderer=renderer, bottom_px=margin, margin_px=margin
    )
    bottom = margin + legend_h + 2.6 * base * px  # room for the date labels of the last row
    title_h = 1.7 * base * px
    left = 2.2 * base * px
    spacing = {
        "left": left / fw,
        "right": 1 - margin / fw,
        "bottom": bottom / fh,
        "top": 1 - (top + title_h) / fh,
        "hspace": (title_h + 0.6 * base * px) / ((fh - top - bottom) / rows),
        "wspace": (1.3 * base * px) / ((fw - left - margin) / cols),
    }
    if panels:
        gs = panels[0].get_gridspec()
        assert gs is not None
        gs.update(**spacing)  # moves the reused panels to the new layout
    else:
        gs = fig.add_gridspec(rows, cols, **spacing)
    x0, x1 = _num(first), _num(last)
    shared: Axes | None = None
    for index, key in enumerate(ELEMENT_KEYS):
        r, c = divmod(index, cols)
        ax = panels[index] if panels else fig.add_subplot(gs[r, c], sharex=shared, sharey=shared)
        shared = shared or ax
        ax.set_gid(f"{GID_TREND}-{key}")
        bottom_row = index + cols >= len(ELEMENT_KEYS)
        _panel(ax, key, lang, base, bottom=bottom_row, left=c == 0, new=not panels)
        for p in shown:
            pts = trend_points(assessments, key, p)
            xs = [_num(d) for d, _ in pts]
            ys = [math.nan if v is None else float(v) for _, v in pts]
            ax.plot(
                xs,
                ys,
                **looks[p],
                markeredgewidth=0.7,
                zorder=3,
                label=str(p),
                clip_on=False,
            )
        for start in action_starts(actions, key):
            x = _num(start)
            ax.axvline(x, color=INK, linestyle=(0, (1, 2)), linewidth=1.0, zorder=2)
            ax.plot(
                [x],
                [5.45],
                marker="v",
                color=INK,
                markersize=marker,
                zorder=4,
                clip_on=False,
                gid="kc-action",
            )
    if shared is not None:
        shared.set_xlim(x0, x1)
        shared.set_ylim(0.6, 5.6)
        # Via the shared locator: set_yticks would re-make every panel's tick labels.
        shared.yaxis.set_major_locator(FixedLocator(list(SCALE_VALUES)))
        ticks = date_ticks(first, last, 3 if cols >= 4 else 4)
        shared.xaxis.set_major_locator(FixedLocator([_num(d) for d in ticks]))
        shared.xaxis.set_major_formatter(_day_formatter(lang, span))  # type: ignore[arg-type]
    return fig


def _line_look(p: Perspective, line_w: float, marker: float) -> dict[str, Any]:
    """One perspective's line in the panels and in the legend alike."""
    st = PERSPECTIVE_STYLE[p]
    return {
        "color": st.color,
        "linestyle": st.linestyle,
        "linewidth": line_w,
        "marker": st.marker,
        "markersize": marker,
        "markeredgecolor": "white",
    }


def _reusable_panels(figure: Figure | None, rows: int, cols: int) -> list[Axes] | None:
    """The eight panels of a previous trend figure in the same grid, emptied for a redraw
    (making axes is the slowest part of a trend chart); None when they cannot be reused."""
    if figure is None:
        return None
    axes = list(figure.axes)
    if [ax.get_gid() for ax in axes] != [f"{GID_TREND}-{key}" for key in ELEMENT_KEYS]:
        return None
    spec = axes[0].get_subplotspec()
    if spec is None or spec.get_geometry()[:2] != (rows, cols):
        return None
    for artist in [*(ln for ax in axes for ln in ax.lines), *figure.texts, *figure.legends]:
        artist.remove()
    return axes


def _panel(
    ax: Axes, key: str, lang: Lang, base: float, *, bottom: bool, left: bool, new: bool
) -> None:
    ax.set_title(
        catalog().element(key).name(lang),
        fontsize=base * 1.05,
        color=INK,
        loc="left",
        pad=base * 0.4,
    )
    ax.tick_params(labelsize=max(base * 0.85, MIN_TEXT))
    if not new:  # a reused panel keeps its ticks, grid and spines
        return
    ax.tick_params(colors="#333333", length=3)
    # Shared axes: numbers only on the outer edges (fewer texts to read and to draw).
    ax.tick_params(axis="x", labelbottom=bottom)
    ax.tick_params(axis="y", labelleft=left)
    ax.grid(axis="y", color=GRID_LIGHT, linewidth=0.7)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#777777")
