"""Answering modal windows the way a user would, in the order they open.

A modal ``exec()`` blocks the test's own code, so a timer looks for the window that is waiting
for an answer (a poll for a condition, not a wait for time) and hands it to the next step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

Step = Callable[[QWidget], None]


class Driver:
    """Answers the modal windows that open, in order: each step gets the next one."""

    def __init__(self, steps: list[tuple[type[QWidget], Step]]) -> None:
        self.steps = steps
        self.seen: list[str] = []
        self._last: QWidget | None = None
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._poll)
        self.timer.start()

    def _poll(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal is self._last or not self.steps:
            return
        kind, step = self.steps[0]
        if isinstance(modal, kind) and modal.isVisible():
            self.steps.pop(0)
            self._last = modal
            if isinstance(modal, QMessageBox):
                self.seen.append(modal.text())
            step(modal)

    def stop(self) -> None:
        self.timer.stop()
        assert not self.steps, f"{len(self.steps)} expected windows never came"


def press(text: str) -> Step:
    """Click the message box button whose text is ``text`` (without '&')."""

    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        found = [b for b in box.buttons() if b.text().replace("&", "") == text]
        assert found, f"no button {text!r} in {[b.text() for b in box.buttons()]}"
        button: QAbstractButton = found[0]
        button.click()

    return step


def press_enter(box: QWidget) -> None:
    """What happens when the user just presses Enter."""
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is not None, "a question without a default button"
    QTest.keyClick(box, Qt.Key.Key_Return)
