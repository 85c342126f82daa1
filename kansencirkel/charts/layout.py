"""Figure furniture shared by stars and trends: title, legend strip and a note line.

Everything is measured with the renderer and given its own strip, so a legend or note never
covers the chart and never runs off the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kansencirkel.charts.look import MIN_TEXT
from kansencirkel.charts.style import INK

if TYPE_CHECKING:
    from matplotlib.artist import Artist
    from matplotlib.backend_bases import RendererBase
    from matplotlib.figure import Figure
    from matplotlib.legend import Legend
    from matplotlib.text import Text

GID_TITLE = "kc-title"
GID_NOTE = "kc-note"
GID_LEGEND = "kc-legend"


def _fit_text(t: Text, renderer: RendererBase, max_width: float, min_size: float) -> None:
    """Shrink a text until it fits ``max_width`` px; then break it at the middle space."""
    while t.get_window_extent(renderer).width > max_width and float(t.get_fontsize()) > min_size:
        t.set_fontsize(max(float(t.get_fontsize()) * 0.9, min_size))
    text = t.get_text()
    if t.get_window_extent(renderer).width > max_width and " " in text and "\n" not in text:
        if " · " in text:  # separate notes go on separate lines
            t.set_text(text.replace(" · ", "\n"))
            return
        middle = len(text) // 2
        cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
        t.set_text(text[:cut] + "\n" + text[cut + 1 :])


def add_title(
    fig: Figure, text: str, *, fontsize: float, renderer: RendererBase, top_px: float
) -> float:
    """A bold title centred at the top; returns the pixel height it takes (0 when empty)."""
    if not text:
        return 0.0
    y = 1 - top_px / fig.bbox.height
    style = {"va": "top", "fontweight": "bold", "color": INK, "gid": GID_TITLE}
    return _strip_text(fig, y, text, fontsize, renderer, top_px, 0.6, style)


def add_note(
    fig: Figure, text: str, *, fontsize: float, renderer: RendererBase, bottom_px: float
) -> float:
    """A small explanatory line at the bottom; returns its pixel height (0 when empty)."""
    if not text:
        return 0.0
    y = bottom_px / fig.bbox.height
    style = {"va": "bottom", "color": "#333333", "gid": GID_NOTE, "linespacing": 1.25}
    return _strip_text(fig, y, text, fontsize, renderer, bottom_px, 0.75, style)


def _strip_text(
    fig: Figure,
    y: float,
    text: str,
    fontsize: float,
    renderer: RendererBase,
    pad_px: float,
    min_factor: float,
    style: dict[str, Any],
) -> float:
    """A centred text at height ``y`` (figure fraction), fitted to the width less ``pad_px``
    each side; returns its pixel height."""
    fontsize = max(fontsize, MIN_TEXT)
    t = fig.text(0.5, y, text, ha="center", fontsize=fontsize, **style)
    _fit_text(t, renderer, fig.bbox.width - 2 * pad_px, max(fontsize * min_factor, MIN_TEXT))
    return float(t.get_window_extent(renderer).height)


def add_legend(
    fig: Figure,
    handles: Sequence[Artist],
    labels: Sequence[str],
    *,
    fontsize: float,
    renderer: RendererBase,
    bottom_px: float,
    margin_px: float,
) -> tuple[Legend | None, float]:
    """A frameless legend in its own strip at the bottom, in as few rows as fit the width."""
    if not handles:
        return None, 0.0
    fw, fh = fig.bbox.width, fig.bbox.height
    size = max(fontsize, MIN_TEXT)
    available = fw - 2 * margin_px
    for _ in range(8):
        ncol = len(handles)
        for _try in range(3):  # one row first; else as many columns as fit the width
            legend = _legend(fig, handles, labels, ncol, size, bottom_px / fh)
            box = legend.get_window_extent(renderer)
            if box.width <= available:
                return legend, float(box.height)
            legend.remove()
            if ncol == 1:
                break
            ncol = max(1, min(ncol - 1, int(available / (box.width / ncol))))
        if size <= MIN_TEXT:
            break
        size = max(size * 0.9, MIN_TEXT)
    legend = fig.legend(
        handles,
        labels,
        loc="lower center",
        ncol=1,
        fontsize=size,
        bbox_to_anchor=(0.5, bottom_px / fh),
        frameon=False,
    )
    legend.set_gid(GID_LEGEND)
    return legend, float(legend.get_window_extent(renderer).height)


def _legend(
    fig: Figure,
    handles: Sequence[Artist],
    labels: Sequence[str],
    ncol: int,
    size: float,
    y: float,
) -> Legend:
    legend = fig.legend(
        handles,
        labels,
        loc="lower center",
        ncol=ncol,
        bbox_to_anchor=(0.5, y),
        frameon=False,
        fontsize=size,
        handlelength=3.2,
        columnspacing=1.4,
        handletextpad=0.6,
        borderaxespad=0.0,
        borderpad=0.2,
    )
    legend.set_gid(GID_LEGEND)
    return legend
