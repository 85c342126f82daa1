"""A perspective's line as a small picture, for the check boxes and lists beside a chart."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap, QPolygonF

from kansencirkel.charts.style import PERSPECTIVE_STYLE
from kansencirkel.core.enums import Perspective


def style_icon(perspective: Perspective, height: int = 14) -> QIcon:
    """A small sample of the perspective's line: colour, dash and marker, as in the chart."""
    style = PERSPECTIVE_STYLE[perspective]
    pix = QPixmap(height * 3, height)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(style.color), 2.4)
    if isinstance(style.linestyle, tuple):
        pen.setDashPattern([max(v, 0.5) for v in style.linestyle[1]])
    p.setPen(pen)
    mid = height / 2
    p.drawLine(QPointF(1, mid), QPointF(height * 3 - 1, mid))
    p.setPen(QPen(QColor("white"), 1))
    p.setBrush(QColor(style.color))
    c, r = QPointF(height * 1.5, mid), height * 0.36
    shapes = {
        "s": [(-r, -r), (r, -r), (r, r), (-r, r)],
        "^": [(0, -r * 1.15), (r * 1.1, r * 0.8), (-r * 1.1, r * 0.8)],
        "D": [(0, -r * 1.2), (r, 0), (0, r * 1.2), (-r, 0)],
        "P": [
            (-r / 3, -r),
            (r / 3, -r),
            (r / 3, -r / 3),
            (r, -r / 3),
            (r, r / 3),
            (r / 3, r / 3),
            (r / 3, r),
            (-r / 3, r),
            (-r / 3, r / 3),
            (-r, r / 3),
            (-r, -r / 3),
            (-r / 3, -r / 3),
        ],
    }
    if style.marker in shapes:
        p.drawPolygon(QPolygonF([c + QPointF(x, y) for x, y in shapes[style.marker]]))
    else:
        p.drawEllipse(QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r))
    p.end()
    return QIcon(pix)
