"""Work around a reference-count bug of PySide6 6.12 on Python 3.11.

PySide6/shiboken6 6.12 returns ``None`` from every ``void`` method (``setText``,
``processEvents`` …) and ``True`` from ``Signal.emit`` without taking a reference, as if the
singletons were immortal (they are from Python 3.12 on, PEP 683). On 3.11 each call steals one
reference; ``None`` starts with ~5,000, so a running app dies with "none_dealloc: deallocating
None" or a segfault after a few thousand widget calls.

The fix does what Python 3.12 does: give the three singletons a reference count so large that
it can never reach zero. It is applied only when a probe call shows the leak, so it becomes a
no-op on a fixed PySide6 or a newer Python. Imported first by ``kansencirkel.ui``.
"""

from __future__ import annotations

import ctypes
import sys

_IMMORTAL = 1 << 60
applied = False


def _leaks_none() -> bool:
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(8):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before


def apply() -> bool:
    """Make None, True and False effectively immortal when PySide6 leaks them; idempotent."""
    global applied
    if applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return applied
    if not _leaks_none():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        refcnt = ctypes.c_ssize_t.from_address(id(singleton))
        if refcnt.value < _IMMORTAL:
            refcnt.value += _IMMORTAL
    applied = True
    return True


apply()
