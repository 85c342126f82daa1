"""A Qt host for one matplotlib figure that is built lazily and redrawn in place.

matplotlib is imported on the first :meth:`ChartCanvas.show_chart` (never at app start), the one
Figure and canvas are reused for every redraw (switching children only re-lays out the
artists), and the chart is rebuilt for the new size when the widget is resized, because the
chart builders lay labels out for an exact size.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

Builder = Callable[["Figure"], object]

_warm: threading.Thread | None = None


def warm_up_in_background() -> None:
    """Import matplotlib and load its fonts on a worker thread, once.

    The first chart otherwise costs well over a second (imports, font cache). Only the
    backend-neutral parts run here (no Qt objects are made off the GUI thread); a GUI-thread
    import that arrives meanwhile simply waits for this one to finish.
    """
    global _warm
    if _warm is not None:
        return

    def work() -> None:
        from kansencirkel.charts.stars import radar_figure

        radar_figure([], size_inches=(2, 2)).canvas.draw()
        import matplotlib.backends.backend_qtagg  # noqa: F401  (module import only)

    # Not a daemon: an app closed within seconds waits for it instead of aborting mid-import.
    _warm = threading.Thread(target=work, name="kc-chart-warmup", daemon=False)
    _warm.start()


class ChartCanvas(QWidget):
    """``show_chart(builder)`` calls ``builder(figure)`` to draw into the reused figure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._builder: Builder | None = None
        self._canvas: FigureCanvasQTAgg | None = None
        self._size: tuple[int, int] = (0, 0)
        self._hover: Callable[[MouseEvent], None] | None = None

    # -- public --------------------------------------------------------------------------------

    @property
    def figure(self) -> Figure | None:
        return None if self._canvas is None else self._canvas.figure

    @property
    def canvas(self) -> Any:
        """The FigureCanvasQTAgg (None until the first chart)."""
        return self._canvas

    def on_hover(self, handler: Callable[[MouseEvent], None]) -> None:
        """Call ``handler(mouse_event)`` on mouse moves over the chart (matplotlib event)."""
        self._hover = handler

    def show_chart(self, builder: Builder) -> None:
        """Draw with ``builder`` now (synchronously, so the next paint shows the new chart)."""
        self._builder = builder
        canvas = self._ensure_canvas()
        self._rebuild()
        canvas.draw_idle()

    def clear(self) -> None:
        """Drop the chart (e.g. when the vault locks): nothing of the child stays on screen."""
        self._builder = None
        if self._canvas is not None:
            self._canvas.figure.clear()
            self._canvas.draw_idle()

    def draw_now(self) -> None:
        """Render synchronously (tests and benchmarks: 'painted')."""
        if self._canvas is not None:
            self._canvas.draw_idle()
            self._canvas.repaint()  # paintEvent renders the pending draw once

    # -- internals -----------------------------------------------------------------------------

    def _ensure_canvas(self) -> FigureCanvasQTAgg:
        if self._canvas is not None:
            return self._canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=(6, 5), dpi=100, facecolor="white")
        self._canvas = FigureCanvasQTAgg(fig)
        self._canvas.setParent(self)
        self._canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._canvas.setMinimumSize(200, 200)
        self._layout.addWidget(self._canvas)
        self._canvas.mpl_connect("resize_event", lambda _event: self._on_resize())
        self._canvas.mpl_connect("motion_notify_event", self._on_motion)
        # Until the layout gives it a size, match the host so the first build fits.
        w, h = max(self.width(), 200), max(self.height(), 200)
        self._canvas.resize(w, h)
        fig.set_size_inches(w / fig.dpi * self._ratio(), h / fig.dpi * self._ratio())
        return self._canvas

    def _ratio(self) -> float:
        return float(self._canvas.device_pixel_ratio) if self._canvas is not None else 1.0

    def _rebuild(self) -> None:
        if self._builder is None or self._canvas is None:
            return
        fig = self._canvas.figure
        self._size = (int(fig.bbox.width), int(fig.bbox.height))
        self._builder(fig)
        shape_right_to_left(fig)

    def _on_resize(self) -> None:
        if self._canvas is None:
            return
        fig = self._canvas.figure
        size = (int(fig.bbox.width), int(fig.bbox.height))
        if size != self._size:  # FigureCanvasQT calls draw_idle itself afterwards
            self._rebuild()

    def _on_motion(self, event: MouseEvent) -> None:
        if self._hover is not None:
            self._hover(event)


def shape_right_to_left(fig: Figure) -> None:
    """matplotlib draws a string's characters left to right, unjoined: an Arabic element
    name in a region's samen file would show mirrored. Each text of the new figure gets its
    joined, visual form (as the PDFs do, :mod:`kansencirkel.core.bidi_text`)."""
    from matplotlib.text import Text

    from kansencirkel.core.bidi_text import has_rtl, visual

    for text in fig.findobj(Text):
        shown = text.get_text()
        if has_rtl(shown):
            text.set_text(visual(shown))
