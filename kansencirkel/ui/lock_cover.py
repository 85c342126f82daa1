"""A blank full-screen cover behind the unlock dialog, when the vault locks during a meeting.

Meeting mode often runs on a projector: when the idle lock comes, the room must see neither the
child nor the desktop behind the app, and after the passphrase the meeting goes on where it
was. The cover shows no data at all (one neutral sentence); the unlock dialog is its child, so
a window manager keeps the dialog above it and a click on the cover brings the dialog back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QMouseEvent, QScreen
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

# Only the cover and its own label: a style sheet reaches child windows, the dialog too.
_STYLE = "QWidget#LockCover { background: #262626; } QLabel#lockLabel { color: #F2F2F2; }"


class LockCover(QWidget):
    """``LockCover(screen)``: covers that screen until :meth:`release`."""

    def __init__(self, screen: QScreen | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("LockCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setStyleSheet(_STYLE)
        self.setWindowTitle("Kansencirkel")
        self.label = QLabel(self.tr("Kansencirkel is vergrendeld."), self)
        self.label.setObjectName("lockLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
        font = QFont(self.label.font())
        font.setPointSize(16)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 48)
        layout.addWidget(self.label)
        self._released = False
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())  # also where no window manager acts on it
        self.setWindowState(Qt.WindowState.WindowFullScreen)

    def release(self) -> None:
        """Close for good (after unlock, or when the app quits)."""
        self._released = True
        self.close()
        self.deleteLater()

    def dialog(self) -> QDialog | None:
        """The unlock dialog on this cover, while it is shown."""
        for child in self.findChildren(QDialog):
            if child.isVisible():
                return child
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        dialog = self.dialog()
        if dialog is not None:  # without a window manager a click could leave it behind
            dialog.raise_()
            dialog.activateWindow()
        super().mousePressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._released:  # a lock is not closed by Alt+F4: the dialog lives on it
            event.ignore()
            return
        super().closeEvent(event)
