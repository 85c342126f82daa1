"""Paint the export dialog's first-page preview from a :class:`PreviewModel`.

An A4-shaped sheet with the same title block, header facts, section headings and star (drawn
by the same chart builder) as page 1 of the PDF; grey bars stand in for running text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap

if TYPE_CHECKING:
    from kansencirkel.reports.preview import PreviewModel

INK = QColor("#111111")
MUTED = QColor("#555555")
BAR = QColor("#D9D9D9")


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def paint_preview(model: PreviewModel, width: int, height: int) -> QPixmap:
    """The preview as a pixmap of ``width`` × ``height`` (A4 proportions inside)."""
    pix = QPixmap(width, height)
    pix.fill(QColor("#EEEEEE"))
    page_h = height - 8
    page_w = min(width - 8, round(page_h * 210 / 297))
    x0, y0 = (width - page_w) / 2, 4.0
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    p.fillRect(QRectF(x0, y0, page_w, page_h), Qt.GlobalColor.white)
    p.setPen(QPen(QColor("#AAAAAA"), 1))
    p.drawRect(QRectF(x0, y0, page_w, page_h))
    unit = page_w / 210  # one millimetre on the sheet
    left, right = x0 + 18 * unit, x0 + page_w - 18 * unit
    inner = right - left
    marks = (["DEMO"] if model.demo else []) + ([model.snapshot] if model.snapshot else [])
    if marks:  # the boxed notice at the top of every printed page
        p.setFont(_font(3.2 * unit, bold=True))
        p.setPen(QPen(INK, 1))
        wide = 60 * unit if not model.snapshot else inner
        box = QRectF(x0 + (page_w - wide) / 2, y0 + 4 * unit, wide, 6 * unit)
        p.drawRect(box)
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, " · ".join(marks))
    y = y0 + 18 * unit
    y = _text(p, model.title, left, y, inner, 4 * unit, MUTED)
    y = _text(p, model.subject, left, y + unit, inner, 7 * unit, INK, bold=True) + 2 * unit
    for label, value in model.facts:
        _text(p, label, left, y, 30 * unit, 2.8 * unit, MUTED)
        y = _text(p, value, left + 32 * unit, y, inner - 32 * unit, 2.8 * unit, INK) + 0.6 * unit
    if model.perspectives:
        y = _text(p, " · ".join(model.perspectives), left, y + unit, inner, 2.8 * unit, MUTED)
    bottom = y0 + page_h - 22 * unit
    star = QImage.fromData(model.star_png) if model.star_png else None
    for index, section in enumerate(model.sections):
        if y > bottom - 10 * unit:
            break
        y = _text(p, section, left, y + 3 * unit, inner, 4 * unit, INK, bold=True) + unit
        if star is not None and index == model.star_section:
            size = min(inner * 0.62, bottom - y)
            if size > 30 * unit:
                target = QRectF(
                    left + (inner - size) / 2, y, size, size * star.height() / max(1, star.width())
                )
                p.drawImage(target, star)
                y = target.bottom() + unit
                continue
        for fraction in (1.0, 0.92, 0.6):
            p.fillRect(QRectF(left, y, inner * fraction, 1.4 * unit), BAR)
            y += 3.6 * unit
    p.setPen(QPen(QColor("#999999"), 1))
    foot = y0 + page_h - 12 * unit
    p.drawLine(int(left), int(foot), int(right), int(foot))
    _text(p, model.footer, left, foot + unit, inner, 2.6 * unit, MUTED)
    p.end()
    return pix


def _text(
    p: QPainter,
    text: str,
    x: float,
    y: float,
    width: float,
    px: float,
    color: QColor,
    *,
    bold: bool = False,
) -> float:
    """Draw wrapped text at (x, y); returns the y below it."""
    p.setFont(_font(px, bold))
    p.setPen(QPen(color))
    rect = p.boundingRect(QRectF(x, y, width, 10_000), Qt.TextFlag.TextWordWrap, text)
    p.drawText(QRectF(x, y, width, rect.height()), Qt.TextFlag.TextWordWrap, text)
    return y + rect.height()
