"""Samen invullen by real touch events (a touch laptop): the five faces, "weet ik niet", the
talk toggle and "verder" answer when tapped, and a rapid double tap on "verder" moves one
element on, never two. Taps go through Qt's touch path (QTest.touchEvent on a touch screen
device), which turns an unhandled touch into the mouse click a button understands."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.samen import Filler, load_languages
from kansencirkel.core.samen_answers import UNKNOWN, SamenAnswers
from kansencirkel.ui.samen_window import SamenWindow
from kansencirkel.vault.vault import Vault
from tests.ui.child_fixtures import add_child

_DEVICE: Any = None


def _device() -> Any:
    """One touch screen for the whole session (Qt keeps every device it is given)."""
    global _DEVICE
    if _DEVICE is None:
        _DEVICE = QTest.createTouchDevice()
    return _DEVICE


def _tap(widget: QWidget) -> None:
    """A finger down and up on the middle of ``widget``."""
    centre = widget.rect().center()
    QTest.touchEvent(widget, _device()).press(0, centre, widget).commit()
    QTest.touchEvent(widget, _device()).release(0, centre, widget).commit()


def _window(qtbot: Any, vault: Vault, ops: Any, guard_ms: int) -> SamenWindow:
    child = add_child(vault)
    answers = SamenAnswers(child.id, Filler.KIND, "Sanne", "nl")
    window = SamenWindow(vault.repos, ops, answers, load_languages()["nl"])

    def release(w: SamenWindow) -> None:
        w.clear()
        ops.runner.wait_idle(10_000)

    qtbot.addWidget(window, before_close_func=release)
    window.GUARD_MS = guard_ms
    window.show()
    qtbot.waitExposed(window)
    return window


def _calm(qtbot: Any, window: SamenWindow) -> None:
    """Wait until a tap on "verder" counts again (the double-tap guard has run out)."""
    qtbot.waitUntil(lambda: window._guard.elapsed() >= window.GUARD_MS, timeout=5000)


def test_tapping_the_faces_and_weet_ik_niet_records_each_answer(
    qtbot: Any, vault: Vault, ui_ops: Any
) -> None:
    window = _window(qtbot, vault, ui_ops, guard_ms=0)
    _tap(window.next_button)  # "Beginnen"
    qtbot.waitUntil(lambda: window.current_key() == ELEMENT_KEYS[0], timeout=2000)
    buttons = window.element.choices.buttons  # the points 1–5, then "weet ik niet"
    chosen = [1, 2, 3, 4, 5, UNKNOWN, 5, 4]
    for key, value in zip(ELEMENT_KEYS, chosen, strict=True):
        assert window.current_key() == key and not window.next_button.isEnabled()
        [button] = [b for b in buttons if b.point == value]
        _tap(button)
        qtbot.waitUntil(lambda k=key, v=value: window.answers.answers.get(k) == v, timeout=2000)
        assert button.isChecked() and window.next_button.isEnabled()
        if key == "veilig":
            _tap(window.element.talk)
            qtbot.waitUntil(lambda: "veilig" in window.answers.talk, timeout=2000)
        _tap(window.next_button)
        qtbot.waitUntil(lambda k=key: window.current_key() != k, timeout=2000)
    assert window.stack.currentWidget() is window.end
    assert window.answers.answers == dict(zip(ELEMENT_KEYS, chosen, strict=True))
    assert window.answers.talk == {"veilig"}


def test_a_rapid_double_tap_on_verder_moves_one_element(
    qtbot: Any, vault: Vault, ui_ops: Any
) -> None:
    window = _window(qtbot, vault, ui_ops, guard_ms=SamenWindow.GUARD_MS)
    _calm(qtbot, window)
    _tap(window.next_button)
    _tap(window.next_button)  # the second tap of a double tap on "Beginnen"
    qtbot.waitUntil(lambda: window.current_key() == "actief", timeout=2000)
    _tap(window.element.choices.buttons[3])
    qtbot.waitUntil(lambda: window.answers.answers.get("actief") == 4, timeout=2000)
    _calm(qtbot, window)
    _tap(window.next_button)
    qtbot.waitUntil(lambda: window.current_key() == "gerespecteerd", timeout=2000)
    _tap(window.element.choices.buttons[1])
    qtbot.waitUntil(lambda: window.answers.answers.get("gerespecteerd") == 2, timeout=2000)
    _calm(qtbot, window)
    _tap(window.back_button)
    qtbot.waitUntil(lambda: window.current_key() == "actief", timeout=2000)
    # Both answered now: without the guard a double tap on "verder" would pass "gerespecteerd".
    _calm(qtbot, window)
    _tap(window.next_button)
    _tap(window.next_button)
    qtbot.waitUntil(lambda: window.current_key() == "gerespecteerd", timeout=2000)
    _calm(qtbot, window)  # and the second tap did not arrive late either
    assert window.current_key() == "gerespecteerd"
    assert window.answers.answers == {"actief": 4, "gerespecteerd": 2}


def test_without_the_guard_the_second_tap_would_count(
    qtbot: Any, vault: Vault, ui_ops: Any
) -> None:
    """The control for the test above: both taps of the double tap do arrive as clicks."""
    window = _window(qtbot, vault, ui_ops, guard_ms=0)
    window.answers.answers.update(actief=4, gerespecteerd=2)
    window.next()
    assert window.current_key() == "actief"
    _tap(window.next_button)
    _tap(window.next_button)
    qtbot.waitUntil(lambda: window.current_key() == "verantwoordelijk", timeout=2000)
