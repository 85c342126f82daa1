"""One series on a star: its fill bands, its outline with gaps, its markers.

The same line properties feed the legend handle, so an older reading (outside the comparison
window) looks the same in the legend as on the star: a lighter tint of the perspective's
colour, a thinner line, open markers and a fainter fill. The perspective keeps its own dash
pattern, so a black-and-white print still tells who is who.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kansencirkel.charts.geometry import fill_polygons, star_xy
from kansencirkel.charts.look import Look
from kansencirkel.charts.series import StarSeries
from kansencirkel.charts.style import (
    FILL_ALPHA,
    OLDER_FILL,
    OLDER_LIGHTEN,
    OLDER_WIDTH,
    lighten,
    rgba,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

GID_FILL = "kc-fill-{}"
GID_LINE = "kc-line-{}"


def line_color(s: StarSeries) -> str:
    return lighten(s.color, OLDER_LIGHTEN) if s.older else s.color


def line_props(s: StarSeries, look: Look) -> dict[str, Any]:
    """Keyword arguments for the outline (and its legend handle)."""
    color = line_color(s)
    width = look.line * s.emphasis * (OLDER_WIDTH if s.older else 1.0)
    props: dict[str, Any] = {
        "color": color,
        "linestyle": s.linestyle,
        "linewidth": width,
        "marker": s.marker,
        "markersize": look.marker * (0.85 + 0.15 * s.emphasis),
        "markeredgecolor": "white",
        "markeredgewidth": 0.8,
    }
    if s.older:  # open markers: readable as "older" in black and white too
        props |= {"markerfacecolor": "white", "markeredgecolor": color, "markeredgewidth": 1.3}
    return props


def draw_series(ax: Axes, s: StarSeries, look: Look, order: int) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path

    loops = fill_polygons(s.values)
    if loops:
        verts: list[tuple[float, float]] = []
        codes: list[int] = []
        for loop in loops:
            verts += [*loop, loop[0]]
            codes += (
                [int(Path.MOVETO)] + [int(Path.LINETO)] * (len(loop) - 1) + [int(Path.CLOSEPOLY)]
            )
        alpha = FILL_ALPHA * s.emphasis * (OLDER_FILL if s.older else 1.0)
        # Colour with its own alpha (not set_alpha) so SVG output carries fill-opacity.
        patch = PathPatch(
            Path(verts, codes),
            facecolor=rgba(s.color, alpha),
            edgecolor="none",
            zorder=2 + order * 0.01,
            gid=GID_FILL.format(order),
        )
        ax.add_patch(patch)
    xs, ys = star_xy(s.values)
    ax.plot(
        xs,
        ys,
        label=s.label,
        zorder=3 + order * 0.01,
        gid=GID_LINE.format(order),
        solid_joinstyle="round",
        dash_joinstyle="round",
        **line_props(s, look),
    )
