"""The operation runner: work off the GUI thread, results back on it, dropped after lock."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from PySide6.QtWidgets import QLabel

from kansencirkel.ui import errors
from kansencirkel.vault.errors import WrongPassphrase


def test_runs_in_the_background_and_calls_back_on_the_gui_thread(ui_runner: Any) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread() is threading.main_thread()
        return 42

    def done(value: int) -> None:
        seen["value"] = value
        seen["gui"] = threading.current_thread() is threading.main_thread()

    ui_runner.run(work, done, busy_text="bezig")
    assert ui_runner.is_busy() and ui_runner.busy_text() == "bezig"
    assert ui_runner.wait_idle(5000)
    assert seen == {"worker": False, "value": 42, "gui": True}
    assert not ui_runner.is_busy()


def test_errors_go_to_on_error_or_one_sentence_box(ui_runner: Any, qtbot: Any) -> None:
    caught: list[BaseException] = []
    ui_runner.run(lambda: (_ for _ in ()).throw(WrongPassphrase()), print, caught.append)
    ui_runner.wait_idle(5000)
    assert isinstance(caught[0], WrongPassphrase)

    def boom() -> None:
        raise ValueError("Sanne de Vries")  # child data in an exception text

    errors.close_open_messages()  # boxes other tests left open
    ui_runner.run(boom, print)
    ui_runner.wait_idle(5000)
    texts = [b.text() for b in list(errors._open_boxes) if shiboken6.isValid(b)]
    assert texts == ["Er ging iets onverwachts mis; de actie is niet uitgevoerd."]
    errors.close_open_messages()


def test_invalidate_drops_results_of_running_jobs(ui_runner: Any) -> None:
    got: list[int] = []
    ui_runner.run(lambda: 1, got.append)
    ui_runner.invalidate()  # as on lock
    ui_runner.run(lambda: 2, got.append)
    ui_runner.wait_idle(5000)
    assert got == [2]


def test_callback_of_a_deleted_widget_is_dropped(ui_runner: Any, qtbot: Any) -> None:
    label = QLabel()
    gate = threading.Event()
    ui_runner.run(lambda: gate.wait(5) and "klaar", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)  # really gone
    gate.set()
    assert ui_runner.wait_idle(5000)  # no RuntimeError from a deleted C++ object


def test_shutdown_forgets_queued_jobs(ui_runner: Any) -> None:
    gate = threading.Event()
    got: list[int] = []
    ui_runner.run(lambda: gate.wait(5), got.append)
    ui_runner.run(lambda: 2, got.append)  # queued behind the first; never starts
    gate.set()
    ui_runner.shutdown()
    assert not ui_runner.is_busy()
    assert ui_runner.wait_idle(100)
    assert got == []
