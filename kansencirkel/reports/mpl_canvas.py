"""Draw a matplotlib Figure straight onto the reportlab canvas, as vectors.

The charts are built once by :mod:`kansencirkel.charts` (the same builder as the screen); this
small matplotlib renderer turns its paths and texts into PDF operators on the page. Compared
with SVG → svglib it is several times faster (no XML, no CSS matching per element), text stays
real text in the embedded DejaVu Sans (the font matplotlib measured the layout with), and fills
keep their own alpha.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.path import Path
from reportlab.platypus import Flowable

from kansencirkel.reports.fonts import BOLD, REGULAR, printable, register_fonts

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties
    from matplotlib.transforms import Transform
    from reportlab.pdfgen.canvas import Canvas

_CAP = {"butt": 0, "round": 1, "projecting": 2}
_JOIN = {"miter": 0, "round": 1, "bevel": 2}
_measure_lock = threading.Lock()
_measurer: Any = None


def _measure(s: str, prop: FontProperties, ismath: Any) -> tuple[float, float, float]:
    """Text extents in points, exactly as matplotlib's Agg renderer (the screen) measures."""
    global _measurer
    with _measure_lock:
        if _measurer is None:
            from matplotlib.backends.backend_agg import RendererAgg

            _measurer = RendererAgg(1, 1, 72)  # type: ignore[no-untyped-call]
        w, h, d = _measurer.get_text_width_height_descent(s, prop, ismath)
    return float(w), float(h), float(d)


def _is_bold(prop: FontProperties) -> bool:
    weight = prop.get_weight()
    if isinstance(weight, str):
        return weight in ("bold", "heavy", "extra bold", "black", "semibold", "demibold")
    return int(weight) >= 600


class CanvasRenderer(RendererBase):
    """A matplotlib renderer whose output is reportlab canvas calls (1 unit = 1 point)."""

    def __init__(self, canvas: Canvas, width: float, height: float) -> None:
        super().__init__()
        self.canvas = canvas
        self.width = width
        self.height = height

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def flipy(self) -> bool:
        return False

    def points_to_pixels(self, points: Any) -> Any:
        return points

    def get_text_width_height_descent(
        self, s: str, prop: FontProperties, ismath: Any
    ) -> tuple[float, float, float]:
        return _measure(s, prop, ismath)

    def new_gc(self) -> GraphicsContextBase:
        return GraphicsContextBase()

    def _path(self, path: Path, transform: Transform) -> Any:
        out = self.canvas.beginPath()
        last = (0.0, 0.0)
        for vertices, code in path.iter_segments(transform, remove_nans=True, simplify=False):
            if code == Path.MOVETO:
                out.moveTo(*vertices[-2:])
            elif code == Path.LINETO:
                out.lineTo(*vertices[-2:])
            elif code == Path.CURVE3:
                # Quadratic to cubic: control points two thirds of the way to the handle.
                (qx, qy), (x, y) = vertices[:2], vertices[2:4]
                c1 = (last[0] + 2 / 3 * (qx - last[0]), last[1] + 2 / 3 * (qy - last[1]))
                c2 = (x + 2 / 3 * (qx - x), y + 2 / 3 * (qy - y))
                out.curveTo(*c1, *c2, x, y)
            elif code == Path.CURVE4:
                out.curveTo(*vertices[:6])
            elif code == Path.CLOSEPOLY:
                out.close()
                continue
            last = (float(vertices[-2]), float(vertices[-1]))
        return out

    def _clip(self, gc: GraphicsContextBase) -> None:
        c = self.canvas
        rect = gc.get_clip_rectangle()
        if rect is not None:
            p = c.beginPath()
            p.rect(rect.x0, rect.y0, rect.width, rect.height)
            c.clipPath(p, stroke=0, fill=0)
        tpath, affine = gc.get_clip_path()  # a Path and its transform, despite the stubs
        if tpath is not None:
            c.clipPath(self._path(tpath, affine), stroke=0, fill=0)  # type: ignore[arg-type]

    def draw_path(
        self, gc: GraphicsContextBase, path: Path, transform: Transform, rgbFace: Any = None
    ) -> None:
        c = self.canvas
        r, g, b, a = gc.get_rgb()
        stroke = gc.get_linewidth() > 0 and a > 0
        fill = rgbFace is not None and (len(rgbFace) < 4 or rgbFace[3] > 0)
        if not (stroke or fill):
            return
        c.saveState()
        self._clip(gc)
        if stroke:
            c.setStrokeColorRGB(r, g, b)
            c.setStrokeAlpha(a)
            c.setLineWidth(gc.get_linewidth())
            c.setLineCap(_CAP.get(gc.get_capstyle(), 0))
            c.setLineJoin(_JOIN.get(gc.get_joinstyle(), 0))
            offset, dashes = gc.get_dashes()
            if dashes:
                c.setDash([float(d) for d in dashes], offset or 0)  # type: ignore[union-attr,arg-type]
        if fill:
            alpha = (
                gc.get_alpha()
                if gc.get_forced_alpha()
                else (rgbFace[3] if len(rgbFace) > 3 else 1.0)
            )
            c.setFillColorRGB(*rgbFace[:3])
            c.setFillAlpha(alpha)
        c.drawPath(self._path(path, transform), stroke=int(stroke), fill=int(fill))
        c.restoreState()

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: Any = False,
        mtext: Any = None,
    ) -> None:
        if ismath:
            s = s.replace("$", "")
        c = self.canvas
        r, g, b, a = gc.get_rgb()
        c.saveState()
        self._clip(gc)
        c.translate(x, y)
        if angle:
            c.rotate(angle)
        c.setFont(BOLD if _is_bold(prop) else REGULAR, prop.get_size_in_points())
        c.setFillColorRGB(r, g, b)
        c.setFillAlpha(a)
        c.drawString(0, 0, printable(s))
        c.restoreState()

    def draw_image(self, gc: Any, x: Any, y: Any, im: Any, transform: Any = None) -> None:
        """The charts contain no bitmaps; a chart that did would print without it."""


class FigureFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A Figure scaled to ``width`` points, drawn as vectors when the page is laid out."""

    def __init__(self, figure: Figure, width: float) -> None:
        super().__init__()
        register_fonts()
        self.figure = figure
        w_in, h_in = figure.get_size_inches()
        self.fig_w, self.fig_h = float(w_in) * 72, float(h_in) * 72
        self.factor = width / self.fig_w
        self.width = width
        self.height = self.fig_h * self.factor

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        fig = self.figure
        dpi = fig.dpi
        c = self.canv
        c.saveState()
        c.scale(self.factor, self.factor)
        try:
            fig.set_dpi(72)  # one display unit = one point
            fig.draw(CanvasRenderer(c, self.fig_w, self.fig_h))
        finally:
            fig.set_dpi(dpi)
            c.restoreState()
