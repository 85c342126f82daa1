"""Waiting on what the user would see instead of for a fixed time (pytest-qt)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def _geometry(root: QWidget) -> list[tuple[str, str, tuple[int, int, int, int]]]:
    return [
        (type(w).__name__, w.objectName(), w.geometry().getRect())
        for w in [root, *root.findChildren(QWidget)]
        if w.isVisibleTo(root)
    ]


def wait_until_laid_out(qtbot: Any, root: QWidget, timeout: int = 5000) -> None:
    """Wait until ``root`` is on screen and its layout has settled: no visible widget moved,
    resized, appeared or vanished between two looks with the event loop run in between
    (layout requests after a show or a language switch are posted events)."""

    def exposed() -> bool:
        handle = root.window().windowHandle()
        return handle is not None and handle.isExposed()

    qtbot.waitUntil(exposed, timeout=timeout)
    last: list[object] = [None]

    def settled() -> bool:
        now = _geometry(root)
        same = now == last[0]
        last[0] = now
        return same

    qtbot.waitUntil(settled, timeout=timeout)
