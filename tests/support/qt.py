"""Waiting on what the user would see instead of for a fixed time (pytest-qt)."""

from __future__ import annotations

import re
from collections import Counter
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


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&(?!&)(\w)", text or "")
    return match.group(1).casefold() if match else None


def mnemonic_clashes(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter that more than one visible control in ``root``
    claims: buttons, labels with a buddy, group boxes, tab titles and menu titles."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabBar

    found: list[tuple[str | None, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is not root and not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            found.append((_mnemonic(w.text()), w.text()))
        elif isinstance(w, QGroupBox):
            found.append((_mnemonic(w.title()), w.title()))
        elif isinstance(w, QTabBar):
            found += [(_mnemonic(w.tabText(i)), w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QMenuBar):
            found += [(_mnemonic(a.text()), a.text()) for a in w.actions()]
    counts = Counter(key for key, _text in found if key)
    return sorted((key, text) for key, text in found if key and counts[key] > 1)
