"""Fixed look per perspective: Okabe–Ito colour, line style and marker.

Every chart (screen, projector, print) uses the same style for the same perspective, and line
style + marker differ too, so a black-and-white print still tells the series apart. No red,
amber or green signal colours: the palette says *who*, never *how well*.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from kansencirkel.core.enums import Perspective

# Matplotlib dash spec: a name or (offset, (on, off, ...)) in points times the line width.
LineStyle = Literal["solid", "dashed", "dashdot", "dotted"] | tuple[float, tuple[float, ...]]


@dataclass(frozen=True, slots=True)
class SeriesStyle:
    color: str  # "#RRGGBB"
    linestyle: LineStyle
    marker: str


PERSPECTIVE_STYLE: Mapping[Perspective, SeriesStyle] = MappingProxyType(
    {
        Perspective.KIND: SeriesStyle("#E69F00", "solid", "o"),  # orange
        Perspective.OUDERS: SeriesStyle("#56B4E9", (0, (5.0, 2.0)), "s"),  # sky blue
        Perspective.SCHOOL: SeriesStyle("#009E73", (0, (6.0, 2.0, 1.5, 2.0)), "^"),  # green
        Perspective.ZORG: SeriesStyle("#CC79A7", (0, (1.2, 1.6)), "D"),  # reddish purple
        Perspective.KERNTEAM: SeriesStyle("#0072B2", (0, (8.0, 1.5, 1.5, 1.5, 1.5, 1.5)), "P"),
    }
)

#: Over time (one perspective): newest first. Older moments get a lighter tint of the
#: perspective's colour and their own dash + marker.
MOMENT_LIGHTEN: tuple[float, ...] = (0.0, 0.35, 0.55)
MOMENT_LINESTYLE: tuple[LineStyle, ...] = ("solid", (0, (5.0, 2.0)), (0, (1.2, 1.6)))
MOMENT_MARKER: tuple[str, ...] = ("o", "s", "^")

INK = "#1A1A1A"  # text and highlights: near-black, high contrast on white
GRID = "#9A9A9A"  # rings and spokes
GRID_LIGHT = "#D0D0D0"
HIGHLIGHT_FACE = "#EDEDED"  # frame behind an element name that is a gespreksonderwerp
HIGHLIGHT_BAND = "#E8E8E8"  # band under a topic's axis, below rings, fills and lines

FILL_ALPHA = 0.13  # per-series fill; written to SVG as fill-opacity

#: A reading outside the comparison window ("older"): lighter, thinner, fainter fill, open
#: markers (see charts.outline), and its age in the legend.
OLDER_LIGHTEN = 0.45
OLDER_WIDTH = 0.7
OLDER_FILL = 0.4


def lighten(color: str, amount: float) -> str:
    """Blend ``#RRGGBB`` towards white by ``amount`` (0 = unchanged, 1 = white)."""
    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(c + (255 - c) * amount) for c in (r, g, b)]
    return "#{:02X}{:02X}{:02X}".format(*mix)


def rgba(color: str, alpha: float) -> tuple[float, float, float, float]:
    """A colour with its own alpha (so SVG gets fill-opacity, not a group opacity)."""
    r, g, b = (int(color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return (r, g, b, alpha)
