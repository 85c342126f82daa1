"""One object between the views and the vault: reads and writes off the GUI thread, and one
``changed(Changes)`` signal after every write (Anki's ``CollectionOp`` and
``operation_did_execute``).

A write is a plain function returning :class:`~kansencirkel.core.changes.Written` (or bare
:class:`~kansencirkel.core.changes.Changes`); the caller gets the value, then every view that
subscribed to :attr:`VaultOps.changed` decides for itself whether the change concerns it. No
view tells another one to reload. Changes that did not start here (another team member on a
shared store) enter through :meth:`VaultOps.broadcast` and reach the same subscribers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from kansencirkel.core.changes import Changes, Written
from kansencirkel.ui.operations import OnError, OperationRunner

T = TypeVar("T")


class VaultOps(QObject):
    #: After every write (and every change from elsewhere): a frozen ``Changes``.
    changed = Signal(object)

    def __init__(self, runner: OperationRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner

    def read(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], object],
        on_error: OnError | None = None,
        *,
        busy_text: str = "",
        beside: bool = False,
    ) -> int:
        """Run a read off the GUI thread; ``beside`` jobs (the keyring probe, the background
        page check) use the second lane: they never wait behind a long export, nor it
        behind them."""
        return self.runner.run(fn, on_done, on_error, busy_text=busy_text, lane=int(beside))

    def write(
        self,
        fn: Callable[[], Written[T] | Changes],
        on_done: Callable[[T], object] | None = None,
        on_error: OnError | None = None,
        *,
        busy_text: str = "",
    ) -> int:
        """Run a write off the GUI thread; ``on_done`` gets its value, then ``changed``."""

        def done(result: Written[T] | Changes) -> None:
            changes = result if isinstance(result, Changes) else result.changes
            if on_done is not None and isinstance(result, Written):
                on_done(result.value)
            self.broadcast(changes)

        return self.runner.run(fn, done, on_error, busy_text=busy_text)

    def broadcast(self, changes: Changes) -> None:
        """Tell every subscribed view what changed (once; nothing when nothing changed)."""
        if changes:
            self.changed.emit(changes)
