"""Faces for a child's scale on paper, drawn with canvas primitives (circles and arcs).

Five faces from sad (1) to very happy (5) and a '?' for "weet ik niet", each in outline so a
child can colour the one that fits; a black-and-white print shows them as well as colour.
Numbers 1–5 under the faces are for the older children's forms.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from kansencirkel.reports.fonts import BOLD
from kansencirkel.reports.styles import INK

MOODS = (1, 2, 3, 4, 5)


def draw_face(c: Canvas, x: float, y: float, r: float, mood: int) -> None:
    """A face of radius ``r`` centred on (x, y); ``mood`` 1 (sad) … 5 (very happy)."""
    c.saveState()
    c.setStrokeColor(INK)
    c.setFillColor(INK)
    c.setLineWidth(max(0.8, r * 0.07))
    c.setLineCap(1)
    c.circle(x, y, r, stroke=1, fill=0)
    eye = r * 0.1
    c.circle(x - r * 0.36, y + r * 0.28, eye, stroke=0, fill=1)
    c.circle(x + r * 0.36, y + r * 0.28, eye, stroke=0, fill=1)
    half = r * 0.45  # half the mouth's width
    bend = (0.0, 0.34, 0.16, 0.0, 0.16, 0.34)[mood] * r  # how round the mouth is
    mouth_y = y - r * 0.35
    if mood == 3:
        c.line(x - half, mouth_y, x + half, mouth_y)
    elif mood > 3:  # smile: the lower half of an ellipse
        c.arc(x - half, mouth_y - bend, x + half, mouth_y + bend, 200, 140)
    else:  # frown: the upper half, lower on the face
        low = mouth_y - r * 0.12
        c.arc(x - half, low - bend, x + half, low + bend, 20, 140)
    c.restoreState()


def draw_unknown(c: Canvas, x: float, y: float, r: float) -> None:
    """The "weet ik niet" choice: a circle with a question mark, the same size as a face."""
    c.saveState()
    c.setStrokeColor(INK)
    c.setFillColor(INK)
    c.setLineWidth(max(0.8, r * 0.07))
    c.setDash(2, 2)
    c.circle(x, y, r, stroke=1, fill=0)
    size = r * 1.1
    c.setFont(BOLD, size)
    c.drawCentredString(x, y - size * 0.36, "?")
    c.restoreState()


class FaceScale(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Five faces and a '?' in a row; with ``numbers`` the 1–5 printed under the faces."""

    def __init__(self, radius: float, *, numbers: bool = False, gap: float = 4 * mm) -> None:
        super().__init__()
        self.radius = radius
        self.numbers = numbers
        self.gap = gap
        self.number_size = 11.0
        self.width = 6 * 2 * radius + 5 * gap
        self.height = 2 * radius + (self.number_size + 2 if numbers else 0) + 2

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        r = self.radius
        y = self.height - r - 1
        for i in range(6):
            x = r + i * (2 * r + self.gap)
            if i < 5:
                draw_face(c, x, y, r, MOODS[i])
            else:
                draw_unknown(c, x, y, r)
            if self.numbers and i < 5:
                c.saveState()
                c.setFont(BOLD, self.number_size)
                c.drawCentredString(x, 1, str(MOODS[i]))
                c.restoreState()
