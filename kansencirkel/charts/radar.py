"""The Kansencirkel star: eight axes in NJi order, clockwise from the top, rings 1–5.

Own polygon geometry on plain axes (not polar axes) so unknown scores can leave an honest gap,
labels can be laid out exactly, and hover can map a mouse position to an axis. Labels are
measured with the renderer and the star is scaled so that every name fits outside the outer
ring, at any figure size, in Dutch and English.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, cast

from kansencirkel.charts.geometry import ANGLES, N
from kansencirkel.charts.look import MIN_STAR_SHARE, Look
from kansencirkel.charts.outline import draw_series
from kansencirkel.charts.series import StarSeries
from kansencirkel.charts.style import GRID, GRID_LIGHT, HIGHLIGHT_BAND, HIGHLIGHT_FACE, INK
from kansencirkel.core.elements import ELEMENT_KEYS, SCALE_MAX, SCALE_VALUES, Lang, catalog

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.text import Text

GID_STAR = "kc-star"
GID_ELEMENT = "kc-element-label"
GID_RING = "kc-ring-label"
GID_TOPIC = "kc-topic-axis"
#: Half the width of a topic's band, as a share of the angle between two axes.
BAND_SHARE = 0.3


def renderer_for(fig: Figure) -> RendererBase:
    """A renderer to measure text with; attaches an Agg canvas when the figure has none."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = fig.canvas
    if not isinstance(canvas, FigureCanvasAgg):
        canvas = FigureCanvasAgg(fig)
    return cast("RendererBase", canvas.get_renderer())  # type: ignore[no-untyped-call]


def _align(c: float) -> tuple[str, float]:
    """Alignment for an axis direction component: (name, fraction of size before anchor)."""
    if c > 0.3:
        return "left", 0.0
    if c < -0.3:
        return "right", 1.0
    return "center", 0.5


def _max_scale(
    sizes: Sequence[tuple[float, float]],
    half_w: float,
    half_h: float,
    gap: float,
    pad: float,
    margin: float,
) -> float:
    """Largest px-per-unit so ring 5 and every label box fit in the rectangle (or ≤0)."""
    limit = min(half_w, half_h) - margin
    scale = limit / SCALE_MAX
    for (w, h), angle in zip(sizes, ANGLES, strict=True):
        for comp, extent, half in ((math.cos(angle), w, half_w), (math.sin(angle), h, half_h)):
            _, before = _align(comp)
            outward = (1 - before if comp >= 0 else before) * extent + pad
            room = half - margin - outward - gap * abs(comp)
            if abs(comp) < 1e-9:
                if room < 0:
                    return -1.0
                continue
            scale = min(scale, room / (SCALE_MAX * abs(comp)))
    return scale


def draw_star(
    fig: Figure,
    rect_px: tuple[float, float, float, float],
    series: Sequence[StarSeries],
    *,
    look: Look,
    lang: Lang = "nl",
    highlight: Collection[str] = (),
    renderer: RendererBase | None = None,
    reuse: Axes | None = None,
    names: Mapping[str, str] | None = None,
) -> Axes:
    """Draw one star filling ``rect_px`` (x0, y0, w, h in figure pixels); returns its axes.

    ``reuse`` is an emptied star axes to draw into again (creating axes is the slowest step
    when the app switches children). ``names`` (element key → axis label) replaces the
    catalogue's names in ``lang``: a child filling in reads their own language, which may be
    one the app has no catalogue for.
    """
    renderer = renderer or renderer_for(fig)
    fw, fh = fig.bbox.width, fig.bbox.height
    x0, y0, w, h = rect_px
    rect = (x0 / fw, y0 / fh, w / fw, h / fh)
    if reuse is not None:
        ax = reuse
        ax.set_position(rect)
    else:
        ax = fig.add_axes(rect)
        ax.set_gid(GID_STAR)
        ax.set_axis_off()
    px = fig.dpi / 72.0
    cat = catalog()

    labels: list[Text] = []
    for key, angle in zip(ELEMENT_KEYS, ANGLES, strict=True):
        ha, _ = _align(math.cos(angle))
        va = {"left": "bottom", "right": "top", "center": "center"}[_align(math.sin(angle))[0]]
        t = ax.text(
            0,
            0,
            names[key] if names is not None else cat.element(key).name(lang),
            ha=ha,
            va=va,
            color=INK,
            fontsize=look.label,
            fontweight="bold" if key in highlight else "normal",
            zorder=6,
            clip_on=False,
            gid=GID_ELEMENT,
        )
        labels.append(t)

    margin = 2 * px
    scale = -1.0
    gap = pad = 0.0
    for _attempt in range(6):  # shrink the names until the star keeps a sensible size
        fontsize = float(labels[0].get_fontsize())
        gap, pad = 0.45 * fontsize * px, 0.35 * fontsize * px + 1.5 * px
        sizes = []
        for t in labels:
            box = t.get_window_extent(renderer)
            sizes.append((box.width, box.height))
        scale = _max_scale(sizes, w / 2, h / 2, gap, pad, margin)
        room = min(w, h) / 2 - margin
        if scale * SCALE_MAX >= 0.5 * room:
            break
        if fontsize <= look.min_label and scale * SCALE_MAX >= MIN_STAR_SHARE * room:
            break  # the names at their floor: a smaller star rather than unreadable names
        smaller = fontsize * 0.88
        if fontsize > look.min_label:
            smaller = max(smaller, look.min_label)
        for t in labels:
            t.set_fontsize(smaller)
    scale = max(scale, 1e-3)

    half_x, half_y = w / 2 / scale, h / 2 / scale
    ax.set_xlim(-half_x, half_x)
    ax.set_ylim(-half_y, half_y)
    anchor_r = SCALE_MAX + gap / scale
    for key, angle, t in zip(ELEMENT_KEYS, ANGLES, labels, strict=True):
        t.set_position((anchor_r * math.cos(angle), anchor_r * math.sin(angle)))
        if key in highlight:
            t.set_bbox(
                {
                    "boxstyle": "round,pad=0.3",
                    "facecolor": HIGHLIGHT_FACE,
                    "edgecolor": INK,
                    "linewidth": 1.0,
                }
            )

    _draw_grid(ax, look, highlight, scale_pt=scale / px)
    for order, s in enumerate(series):
        draw_series(ax, s, look, order)
    return ax


def _draw_grid(ax: Axes, look: Look, highlight: Collection[str], scale_pt: float) -> None:
    # Few artists, many segments: NaN separates the pieces of one line (drawing is cheaper).
    nan = math.nan
    cos = [math.cos(a) for a in ANGLES]
    sin = [math.sin(a) for a in ANGLES]

    def ring_xy(rings: Sequence[int]) -> tuple[list[float], list[float]]:
        xs: list[float] = []
        ys: list[float] = []
        for ring in rings:
            xs += [ring * c for c in cos] + [ring * cos[0], nan]
            ys += [ring * s for s in sin] + [ring * sin[0], nan]
        return xs, ys

    def spoke_xy(marked: bool) -> tuple[list[float], list[float]]:
        xs: list[float] = []
        ys: list[float] = []
        for key, c, s in zip(ELEMENT_KEYS, cos, sin, strict=True):
            if (key in highlight) == marked:
                xs += [0.0, SCALE_MAX * c, nan]
                ys += [0.0, SCALE_MAX * s, nan]
        return xs, ys

    ax.plot(*ring_xy(SCALE_VALUES[:-1]), color=GRID_LIGHT, linewidth=0.7, zorder=1)
    ax.plot(*ring_xy(SCALE_VALUES[-1:]), color=GRID, linewidth=0.9, zorder=1)
    ax.plot(*spoke_xy(False), color=GRID, linewidth=0.7, zorder=1.2)
    if highlight:
        # A topic's axis is a light band under everything (no line in a series' colour or
        # dash, so it never reads as a series and never covers a marker), its spoke a
        # little stronger, and its name bold in a frame.
        _topic_bands(ax, highlight)
        ax.plot(*spoke_xy(True), color=GRID, linewidth=1.3, zorder=1.2, gid=GID_TOPIC)
    # Ring numbers sit on the ring edge between the first two axes, where few lines cross.
    # On a small star every other number (1, 3, 5) keeps them from touching.
    spacing = scale_pt * math.cos(math.pi / N) * math.cos(math.pi / N)  # vertical, in points
    needed = look.ring * 1.5
    if spacing >= needed:
        rings: Sequence[int] = SCALE_VALUES
    elif 2 * spacing >= needed:
        rings = SCALE_VALUES[::2]
    else:
        return
    mid = ANGLES[0] - math.pi / N
    for ring in rings:
        r = ring * math.cos(math.pi / N)
        ax.text(
            r * math.cos(mid),
            r * math.sin(mid),
            str(ring),
            ha="center",
            va="center",
            fontsize=look.ring,
            color="#4D4D4D",
            # Above the series, on a half-transparent chip: a scale hidden under the lines
            # makes the star unreadable, and the chip is small enough not to hide a line.
            zorder=4,
            gid=GID_RING,
            bbox={
                "boxstyle": "round,pad=0.12",
                "facecolor": (1.0, 1.0, 1.0, 0.8),  # RGBA → SVG fill-opacity (svglib)
                "edgecolor": "none",
            },
        )


def _topic_bands(ax: Axes, highlight: Collection[str]) -> None:
    """A light wedge along each highlighted axis, from the centre to the outer ring."""
    from matplotlib.patches import Polygon

    half = BAND_SHARE * 2 * math.pi / N
    for key, angle in zip(ELEMENT_KEYS, ANGLES, strict=True):
        if key not in highlight:
            continue
        steps = [angle - half + i * half / 4 for i in range(9)]
        points = [(0.0, 0.0)] + [(SCALE_MAX * math.cos(a), SCALE_MAX * math.sin(a)) for a in steps]
        ax.add_patch(
            Polygon(
                points,
                closed=True,
                facecolor=HIGHLIGHT_BAND,
                edgecolor="none",
                zorder=0.5,
                gid=GID_TOPIC,
            )
        )
