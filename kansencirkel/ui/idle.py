"""Auto-lock: an app-wide event filter on user input plus a single-shot timer.

What triggers a lock (KeePassXC does the same, with more platform code):
- no keyboard, mouse, wheel or touch input anywhere in the app for the configured time;
- the session going away where Qt tells us: ``QGuiApplication.applicationStateChanged`` to
  ``ApplicationSuspended`` (reported on some platforms when the app is suspended).

- on Linux, the desktop's screen locker and the system going to sleep, through D-Bus
  (``org.freedesktop.ScreenSaver`` / ``org.gnome.ScreenSaver`` ``ActiveChanged`` on the
  session bus, logind's ``PrepareForSleep`` on the system bus), see :class:`SessionWatcher`.

Limits (documented, not hidden): Qt has no portable "screen locked" or "system suspend"
signal. On Windows (``WM_WTSSESSION_CHANGE``) and macOS (distributed notifications) that
would need native code, which we do not ship. There, and on desktops without those D-Bus
signals, a suspended laptop still locks: QTimer does not count suspended time, so a coarse
wall-clock check (``_check_wall_clock``, and at the first input event after wake-up) locks
the vault once the idle time has passed on the wall clock.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
        QEvent.Type.Shortcut,
    }
)


class IdleLock(QObject):
    """Emits ``idle`` once after ``timeout_ms`` without user input while active."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timeout_ms = max(50, int(timeout_ms))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        # A coarse wall-clock check: QTimer does not count time spent in system suspend.
        self._watch = QTimer(self)
        self._watch.setInterval(5_000)
        self._watch.timeout.connect(self._check_wall_clock)
        self._last_input = time.monotonic()
        self._last_wall = time.time()
        self._active = False
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._on_state)
        self.session = SessionWatcher(self)
        self.session.session_locked.connect(self._fire)

    @property
    def timeout_ms(self) -> int:
        return self._timeout_ms

    def set_timeout_ms(self, timeout_ms: int) -> None:
        self._timeout_ms = max(50, int(timeout_ms))
        if self._active:
            self._timer.start(self._timeout_ms)

    def start(self) -> None:
        """Begin watching (after unlock)."""
        self._active = True
        self._touch()
        self._watch.start()

    def stop(self) -> None:
        """Stop watching (when locked)."""
        self._active = False
        self._timer.stop()
        self._watch.stop()

    def is_active(self) -> bool:
        return self._active

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _INPUT_EVENTS:
            if self._expired_by_wall_clock():
                self._fire()
                return False
            self._touch()
        return False

    # -- internals ---------------------------------------------------------------------------

    def _touch(self) -> None:
        self._last_input = time.monotonic()
        self._last_wall = time.time()
        self._timer.start(self._timeout_ms)

    def _expired_by_wall_clock(self) -> bool:
        return (time.time() - self._last_wall) * 1000 >= self._timeout_ms

    def _check_wall_clock(self) -> None:
        if self._active and self._expired_by_wall_clock():
            self._fire()

    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self._fire()

    def _fire(self) -> None:
        if not self._active:
            return
        self.stop()
        self.idle.emit()


class SessionWatcher(QObject):
    """``session_locked`` when the desktop locks the screen or the system goes to sleep.

    Linux only (D-Bus); elsewhere, or without a bus, it never fires and ``sources`` is empty.
    """

    session_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus ships with PySide6 on Linux
            return
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in (
                ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
                ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
            ):
                if session.connect(  # type: ignore[call-overload]  # str works, stub says bytes
                    "", path, interface, "ActiveChanged", self, "1_screen_saver(bool)"
                ):
                    self.sources.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            "org.freedesktop.login1",
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            "1_sleep(bool)",
        ):
            self.sources.append("org.freedesktop.login1")

    @Slot(bool)
    def _screen_saver(self, active: bool) -> None:
        if active:
            self.session_locked.emit()

    @Slot(bool)
    def _sleep(self, going: bool) -> None:
        if going:
            self.session_locked.emit()
