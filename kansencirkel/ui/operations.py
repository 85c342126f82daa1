"""Run slow work (vault queries, PDFs, backups, checks) off the GUI thread.

Modelled on Anki's ``aqt.operations``: a view hands a plain function to the runner and gets a
callback on the GUI thread with the result or the exception. Vault jobs run one at a time on a
private one-thread pool, so two jobs never use the vault's connection pool concurrently and
results arrive in the order the jobs were started. A second one-thread lane runs beside it
for work that never writes the vault: the keyring probe (which can take seconds) and the
read-only page check after unlock (on its own connection; WAL lets it read beside the
views). Neither waits in front of the children list, nor behind a PDF export.

On lock, :meth:`OperationRunner.invalidate` makes results of jobs still running be dropped,
so nothing re-fills a view with child data after the vault was closed.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, QThreadPool, Signal

OnDone = Callable[[Any], object]
OnError = Callable[[BaseException], object]
T = TypeVar("T")

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; queued signals carry results back from the worker."""

    # job id, (result, exception or None). Always a tuple: PySide6 mishandles the reference
    # count of a bare None sent through an ``object`` argument of a queued signal.
    finished = Signal(int, object)


def _done() -> None:
    """What a job holds once its function has run."""


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job_id = job_id
        self._fn = fn
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self._fn = self._fn, _done
        try:
            result = fn()
        except BaseException as exc:
            del fn  # before the GUI thread hears of it: see below
            self._relay.finished.emit(self._job_id, (None, exc))
        else:
            # The function (and what its closure holds) is let go here, before the result
            # is sent: the runner's pending entry then holds the last reference, dropped on
            # the GUI thread. A Qt object freed on this worker thread can crash the app.
            del fn
            self._relay.finished.emit(self._job_id, (result, None))


class OperationRunner(QObject):
    """``run(fn, on_done, on_error=None, busy_text="")``: fn in the background, callbacks here.

    Without ``on_error`` an exception goes to ``report_error`` (the app passes
    :func:`kansencirkel.ui.errors.show_error`: one sentence, never a traceback).
    ``busy_changed`` carries the busy text of the oldest running job, or "" when idle (for a
    status bar or a busy cursor).
    """

    busy_changed = Signal(str)

    #: Lanes: VAULT for the views' reads and every write; BESIDE for what runs next to it.
    VAULT, BESIDE = 0, 1

    def __init__(
        self, parent: QObject | None = None, *, report_error: OnError | None = None
    ) -> None:
        super().__init__(parent)
        self._pools = (QThreadPool(self), QThreadPool(self))
        for pool in self._pools:
            pool.setMaxThreadCount(1)
        self._report_error = report_error
        self._relay = _Relay()
        self._relay.finished.connect(self._on_finished)
        self._ids = itertools.count(1)
        # job id → (on_done, on_error, busy text, generation, the job's function: kept here so
        # that its last reference goes on this thread)
        self._pending: dict[int, tuple[OnDone, OnError | None, str, int, object]] = {}
        self._generation = 0

    # -- public API --------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], Any],
        on_done: OnDone,
        on_error: OnError | None = None,
        *,
        busy_text: str = "",
        lane: int = VAULT,
    ) -> int:
        """Start ``fn`` in the background on ``lane``; returns a job id."""
        job_id = next(self._ids)
        was_idle = not self._pending
        self._pending[job_id] = (on_done, on_error, busy_text, self._generation, fn)
        self._pools[lane].start(_Job(job_id, fn, self._relay))
        if was_idle or busy_text:
            self.busy_changed.emit(self.busy_text())
        return job_id

    def is_busy(self) -> bool:
        return bool(self._pending)

    def busy_text(self) -> str:
        for _on_done, _err, text, _gen, _fn in self._pending.values():
            if text:
                return text
        return ""

    def invalidate(self) -> None:
        """Drop the results of every job started so far (used when the vault locks)."""
        self._generation += 1

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Process events until every job has called back; False on timeout (tests)."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._pending:
            if time.monotonic() > deadline:
                return False
            for pool in self._pools:
                pool.waitForDone(5)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
        return True

    def shutdown(self, timeout_ms: int = 5_000) -> None:
        """Wait for the running job at exit so a worker never outlives the vault."""
        self.invalidate()
        for pool in self._pools:
            pool.clear()  # queued jobs never start; their entries go below
        for pool in self._pools:
            pool.waitForDone(timeout_ms)
        QCoreApplication.processEvents()  # deliver (and drop) the finished signals
        if self._pending:
            self._pending.clear()
            self.busy_changed.emit("")

    # -- internals ---------------------------------------------------------------------------

    def _on_finished(self, job_id: int, outcome: tuple[object, BaseException | None]) -> None:
        result, exc = outcome
        entry = self._pending.pop(job_id, None)
        if not self._pending:
            self.busy_changed.emit("")
        if entry is None:
            return
        on_done, on_error, _text, generation, _fn = entry
        if generation != self._generation:
            return
        if isinstance(exc, BaseException):
            handler = on_error or self._report_error
            if handler is not None:
                _call_if_alive(handler, exc)
            else:
                log.warning("Background job failed: %s", type(exc).__name__)
            return
        _call_if_alive(on_done, result)


def _owner_gone(callback: Callable[..., object]) -> bool:
    owner = getattr(callback, "__self__", None)
    return isinstance(owner, QObject) and not shiboken6.isValid(owner)


def _call_if_alive(callback: Callable[[T], object], value: T) -> None:
    """Call back unless the view that asked was closed and deleted in the meantime."""
    if _owner_gone(callback):
        return
    try:
        callback(value)
    except RuntimeError as error:
        # A closure touching a widget that was deleted while the job ran (dialog closed,
        # vault locked): the view is gone, so is the need for the result.
        if "already deleted" not in str(error):
            raise
