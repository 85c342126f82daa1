"""Whole figures with stars: one star with legend, or small multiples (one star per moment)."""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from kansencirkel.charts.layout import add_legend, add_note, add_title
from kansencirkel.charts.look import Look
from kansencirkel.charts.outline import line_props
from kansencirkel.charts.radar import GID_STAR, draw_star, renderer_for
from kansencirkel.charts.series import StarSeries
from kansencirkel.charts.style import INK
from kansencirkel.core.i18n import N_, Lang, Msgid, gettext

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text

_NOTES: dict[str, Msgid] = {
    "highlight": N_("Omkaderd: gespreksonderwerp (2+ punten verschil)"),
    "gap": N_("Open plek: weet niet"),
    "older": N_("Lichter, open punten: oudere meting, niet vergeleken"),
    "empty": N_("Nog geen metingen"),
}


def _note(key: str, lang: Lang) -> str:
    return gettext(_NOTES[key], lang=lang)


def new_figure(size_inches: tuple[float, float], dpi: float) -> Figure:
    from matplotlib.figure import Figure

    fig = Figure(figsize=size_inches, dpi=dpi, facecolor="white")
    renderer_for(fig)  # attach an Agg canvas so text can be measured
    return fig


def _reuse(figure: Figure | None, size_inches: tuple[float, float], dpi: float) -> Figure:
    if figure is None:
        return new_figure(size_inches, dpi)
    # Figure.clear() first clears every axes it is about to drop (costly with 8 panels);
    # removing them first skips that work.
    for ax in list(figure.axes):
        ax.remove()
    figure.clear()
    figure.set_facecolor("white")
    return figure


def star_note(series: Sequence[StarSeries], highlight: Collection[str], lang: Lang) -> str:
    parts = []
    if not series:
        parts.append(_note("empty", lang))
    if highlight:
        parts.append(_note("highlight", lang))
    if any(v is None for s in series for v in s.values):
        parts.append(_note("gap", lang))
    if any(s.older for s in series):
        parts.append(_note("older", lang))
    return " · ".join(parts)


def legend_handles(series: Sequence[StarSeries], look: Look) -> list[Artist]:
    """Samples of each series' line, exactly as drawn (older readings lighter, open)."""
    from matplotlib.lines import Line2D

    handles: list[Artist] = []
    for s in series:
        props = line_props(s, look)
        props["markersize"] = look.marker
        handles.append(Line2D([], [], **props))
    return handles


def radar_figure(
    series: Sequence[StarSeries],
    *,
    lang: Lang = "nl",
    size_inches: tuple[float, float] = (6.0, 6.0),
    highlight: Collection[str] = frozenset(),
    presenter: bool = False,
    title: str = "",
    dpi: float = 100.0,
    legend: bool = True,
    note: bool = True,
    figure: Figure | None = None,
    names: Mapping[str, str] | None = None,
    note_text: str | None = None,
) -> Figure:
    """One star with its series laid over each other, a legend below it and a short note.

    Pass ``figure`` to redraw into an existing figure (the app reuses its canvas); its size
    then wins over ``size_inches``. ``highlight`` holds element keys to mark as topics.
    ``names`` (element key → axis label) and ``note_text`` replace the texts in ``lang``, for
    a reader whose language the app's catalogue does not hold (samen invullen), or the
    parents' sheet's own words.
    """
    star = _empty_star_axes(figure)
    fig = figure if star is not None and figure is not None else _reuse(figure, size_inches, dpi)
    renderer = renderer_for(fig)
    w_in, h_in = fig.get_size_inches()
    look = Look.for_size((float(w_in), float(h_in)), presenter)
    fw, fh = fig.bbox.width, fig.bbox.height
    px = fig.dpi / 72.0
    margin = 0.6 * look.label * px
    gap = 0.5 * look.label * px
    top = margin + add_title(fig, title, fontsize=look.title, renderer=renderer, top_px=margin)
    if title:
        top += gap
    bottom = margin
    text = star_note(series, highlight, lang) if note_text is None else note_text
    text = text if note else ""
    bottom += add_note(fig, text, fontsize=look.legend * 0.85, renderer=renderer, bottom_px=bottom)
    if text:
        bottom += gap * 0.6
    if legend and series:
        _, height = add_legend(
            fig,
            legend_handles(series, look),
            [s.label for s in series],
            fontsize=look.legend,
            renderer=renderer,
            bottom_px=bottom,
            margin_px=margin,
        )
        bottom += height + gap
    rect = (margin, bottom, fw - 2 * margin, max(fh - top - bottom, 10.0))
    draw_star(
        fig,
        rect,
        series,
        look=look,
        lang=lang,
        highlight=highlight,
        renderer=renderer,
        reuse=star,
        names=names,
    )
    return fig


def _empty_star_axes(figure: Figure | None) -> Axes | None:
    """When ``figure`` holds exactly one star (a previous radar_figure), empty it and return
    its axes for reuse; otherwise None (the caller clears the figure)."""
    if figure is None or len(figure.axes) != 1 or figure.axes[0].get_gid() != GID_STAR:
        return None
    ax = figure.axes[0]
    for artist in [*ax.lines, *ax.patches, *ax.texts, *figure.texts, *figure.legends]:
        artist.remove()
    return ax


def radar_grid_figure(
    panels: Sequence[tuple[str, Sequence[StarSeries]]],
    *,
    lang: Lang = "nl",
    size_inches: tuple[float, float] = (10.0, 6.0),
    columns: int | None = None,
    presenter: bool = False,
    title: str = "",
    dpi: float = 100.0,
    figure: Figure | None = None,
    highlights: Sequence[Collection[str]] = (),
    legend: Sequence[StarSeries] = (),
    note_text: str | None = None,
) -> Figure:
    """Small multiples: one star per panel (e.g. per moment), each with its own caption.

    ``highlights`` gives panels (by position) topic axes to mark; ``legend`` series get one
    shared legend strip at the bottom (print lays the overlay beside the single views);
    ``note_text`` replaces the "weet niet" note."""
    fig = _reuse(figure, size_inches, dpi)
    renderer = renderer_for(fig)
    fw, fh = fig.bbox.width, fig.bbox.height
    n = max(len(panels), 1)
    cols = columns or min(n, max(1, round(math.sqrt(n * fw / fh))))
    rows = math.ceil(n / cols)
    w_in, h_in = fig.get_size_inches()
    look = Look.for_size((float(w_in) / cols, float(h_in) / rows), presenter)
    px = fig.dpi / 72.0
    margin = 0.6 * look.label * px
    top = margin + add_title(
        fig, title, fontsize=look.title * 1.2, renderer=renderer, top_px=margin
    )
    if title:
        top += margin
    gaps = any(v is None for _, ss in panels for s in ss for v in s.values)
    if note_text is None:
        note_text = _note("gap", lang) if gaps else ""
    bottom = margin + add_note(
        fig, note_text, fontsize=look.legend, renderer=renderer, bottom_px=margin
    )
    if legend:
        _, height = add_legend(
            fig,
            legend_handles(legend, look),
            [s.label for s in legend],
            fontsize=look.legend,
            renderer=renderer,
            bottom_px=bottom + margin * 0.5,
            margin_px=margin,
        )
        bottom += height + margin
    cell_w = (fw - 2 * margin) / cols
    cell_h = (fh - top - bottom) / rows
    for index, (caption, series) in enumerate(panels):
        row, col = divmod(index, cols)
        x0 = margin + col * cell_w
        y_top = fh - top - row * cell_h
        cap = fig.text(
            (x0 + cell_w / 2) / fw,
            y_top / fh,
            caption,
            ha="center",
            va="bottom",
            fontsize=look.label * 1.1,
            fontweight="bold",
            color=INK,
            gid="kc-caption",
        )
        cap_h = cap.get_window_extent(renderer).height + margin * 0.5
        rect = (
            x0 + margin * 0.5,
            y_top - cell_h + margin * 0.5,
            cell_w - margin,
            cell_h - cap_h - margin,
        )
        marked = highlights[index] if index < len(highlights) else ()
        ax = draw_star(fig, rect, series, look=look, lang=lang, renderer=renderer, highlight=marked)
        # The star is centred in its cell; put the caption just above its top label.
        # A topic's name sits in a frame: measure the frame, not only the letters.
        label_top = max(
            max(t.get_window_extent(renderer).y1, _frame_top(t, renderer)) for t in ax.texts
        )
        cap.set_y((label_top + margin * 0.6) / fh)
    return fig


def _frame_top(t: Text, renderer: RendererBase) -> float:
    patch = t.get_bbox_patch()
    if patch is None:
        return float("-inf")
    t.update_bbox_position_size(renderer)
    return float(patch.get_window_extent(renderer).y1)
