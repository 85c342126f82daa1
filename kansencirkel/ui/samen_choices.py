"""The five answers and "weet ik niet" as big buttons with a drawn face, for samen invullen.

Big enough to tap on a touch laptop: Qt turns a touch no widget handles into the button's
click, so no touch code is needed here (tests/ui/test_samen_touch.py taps with real touch
events). Left/Right (mirrored for right-to-left text) move the choice, so the arrow keys and
Enter do all of it. The faces are drawn with QPainter in one
neutral colour: no traffic-light colours, the face's mouth alone shows the point.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QSizePolicy, QWidget

#: The id of "weet ik niet" in the button group (the points are 1–5).
UNKNOWN_ID = 0
_FACE = QColor("#FFE08A")
_INK = QColor("#1A1A1A")


class FaceButton(QPushButton):
    """One answer: a face (``point`` 1–5; 0 draws a question mark) over its word."""

    def __init__(self, point: int, word: str, face_px: int, show_word: bool, parent: QWidget):
        super().__init__(parent)
        self.point, self.word, self._face_px, self._show_word = point, word, face_px, show_word
        self.setCheckable(True)
        self.setAccessibleName(word)
        self.setToolTip(word)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPointSize(14 if show_word else 12)
        self.setFont(font)
        self.setObjectName(f"point_{point}")

    def sizeHint(self) -> QSize:
        words = 3 * self.fontMetrics().lineSpacing() if self._show_word else 0
        return QSize(self._face_px + 24, self._face_px + 28 + words)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._face_px + 8, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(self.rect()).adjusted(3, 3, -3, -3)
        pal = self.palette()
        checked = self.isChecked()
        p.setPen(
            QPen(pal.highlight().color() if checked else QColor("#767676"), 5 if checked else 2)
        )
        p.setBrush(pal.highlight().color().lighter(185) if checked else pal.button().color())
        p.drawRoundedRect(r, 14, 14)
        if self.hasFocus():
            p.setPen(QPen(pal.text().color(), 2, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(7, 7, -7, -7), 10, 10)
        size = min(float(self._face_px), r.width() - 16)
        top = r.top() + 12 if self._show_word else r.center().y() - size / 2  # no word: centred
        face = QRectF(r.center().x() - size / 2, top, size, size)
        self._draw_face(p, face)
        if self._show_word:
            p.setPen(pal.buttonText().color())
            words = QRectF(
                r.left() + 6, face.bottom() + 6, r.width() - 12, r.bottom() - face.bottom() - 8
            )
            p.drawText(words, Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap, self.word)
        p.end()

    def _draw_face(self, p: QPainter, face: QRectF) -> None:
        p.setPen(QPen(_INK, max(2.0, face.width() / 30)))
        p.setBrush(_FACE)
        p.drawEllipse(face)
        w, c = face.width(), face.center()
        if self.point == UNKNOWN_ID:
            font = QFont(self.font())
            font.setPixelSize(int(w * 0.6))
            font.setBold(True)
            p.setFont(font)
            p.drawText(face, Qt.AlignmentFlag.AlignCenter, "?")
            p.setFont(self.font())
            return
        p.setBrush(_INK)
        for dx in (-0.17, 0.17):
            p.drawEllipse(QPointF(c.x() + dx * w, c.y() - 0.12 * w), w * 0.05, w * 0.05)
        p.setBrush(Qt.BrushStyle.NoBrush)
        bend = (self.point - 3) * 0.07 * w  # 1: down, 3: straight, 5: a big smile
        mouth = QPainterPath(QPointF(c.x() - 0.22 * w, c.y() + 0.2 * w))
        mouth.quadTo(
            QPointF(c.x(), c.y() + 0.2 * w + 2 * bend), QPointF(c.x() + 0.22 * w, c.y() + 0.2 * w)
        )
        p.drawPath(mouth)


class ChoiceRow(QWidget):
    """Five points and "weet ik niet"; ``chosen(value)`` with 1–5 or 0 for "weet ik niet"."""

    chosen = Signal(int)

    def __init__(
        self, words: tuple[str, ...], unknown: str, face_px: int, show_words: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.buttons: list[FaceButton] = []
        for point, word in enumerate(words, start=1):
            self._add(FaceButton(point, word, face_px, show_words, self), layout)
        layout.addSpacing(24)  # "weet ik niet" stands a little apart from the scale
        self._add(FaceButton(UNKNOWN_ID, unknown, face_px, True, self), layout)
        # One height for the row: "weet ik niet" always shows its word, a young child's faces
        # do not, and a row of uneven buttons reads as if that one mattered more.
        height = max(b.sizeHint().height() for b in self.buttons)
        for b in self.buttons:
            b.setFixedHeight(height)
        self.group.idClicked.connect(self.chosen)

    def _add(self, button: FaceButton, layout: QHBoxLayout) -> None:
        button.installEventFilter(self)  # the arrows choose; a button would only move focus
        self.group.addButton(button, button.point)
        layout.addWidget(button)
        self.buttons.append(button)

    def value(self) -> int | None:
        """1–5, 0 for "weet ik niet", None when nothing is chosen yet."""
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_value(self, value: int | None) -> None:
        self.group.setExclusive(False)  # an exclusive group cannot uncheck its last button
        for b in self.buttons:
            b.setChecked(value is not None and b.point == value)
        self.group.setExclusive(True)

    def focus_choice(self) -> None:
        current = self.group.checkedButton() or self.buttons[2]
        current.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, delta: int) -> None:
        """Move the choice one button along (the arrow keys), and choose it."""
        order = self.buttons
        current = self.group.checkedButton()
        if current is None:
            index = 2 if delta > 0 else len(order) - 1
        else:
            index = max(0, min(len(order) - 1, order.index(current) + delta))  # type: ignore[arg-type]
        target = order[index]
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        self.chosen.emit(target.point)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                self.step(+1 if (key == Qt.Key.Key_Right) != rtl else -1)
                return True
            if key == Qt.Key.Key_Space and isinstance(watched, FaceButton):
                watched.setChecked(True)
                self.chosen.emit(watched.point)
                return True
        return super().eventFilter(watched, event)
