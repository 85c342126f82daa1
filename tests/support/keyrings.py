"""Keyring backends that fail the way real ones do, for the "keyring, real and failing" proof.

keyring is pluggable, so each of these IS the real thing for its case: a keyring behind a
dead D-Bus that never answers, one that loses its entries, one that accepts and forgets, and
named backends to switch between. All keep their secrets in memory only, and remember every
secret they were handed (``offered``), so a test can scan the disk for it afterwards.

keyring finds every imported backend class by itself and chains those with a priority above
0 into its default; these have a negative priority, so importing this module never changes
which keyring a process gets unless a test sets one of them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

HANG_S = 60.0


class RecordingKeyring(KeyringBackend):
    """A working in-memory keyring that remembers every value it was asked to store."""

    name = "RecordingService"  # type: ignore[assignment]
    priority = -1  # type: ignore[assignment]  # never picked or chained by keyring itself

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}
        self.offered: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.offered.append(password)
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.store.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


class KeyringA(RecordingKeyring):
    name = "KeyringA"  # type: ignore[assignment]


class KeyringB(RecordingKeyring):
    name = "KeyringB"  # type: ignore[assignment]


class LosingKeyring(RecordingKeyring):
    """Works until :meth:`lose`; then every entry is gone (a reset or cleaned-up keyring)."""

    name = "LosingService"  # type: ignore[assignment]

    def lose(self) -> None:
        self.store.clear()


class ForgetfulKeyring(RecordingKeyring):
    """Says yes to every write and keeps nothing."""

    name = "ForgetfulService"  # type: ignore[assignment]

    def set_password(self, service: str, username: str, password: str) -> None:
        self.offered.append(password)


class HangingKeyring(RecordingKeyring):
    """Every call hangs for ``seconds`` (60 by default: a keyring behind a D-Bus that does not
    answer, as on WSL) unless :meth:`release` ends the hang; then it works from memory.
    ``callers`` are the threads that called it, so a test can wait for them to finish."""

    name = "HangingService"  # type: ignore[assignment]

    def __init__(self, seconds: float = HANG_S) -> None:
        super().__init__()
        self.seconds = seconds
        self.released = threading.Event()
        self.callers: list[threading.Thread] = []
        self.calls = 0

    def _hang(self) -> None:
        self.calls += 1
        self.callers.append(threading.current_thread())
        self.released.wait(self.seconds)

    def get_password(self, service: str, username: str) -> str | None:
        self._hang()
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.offered.append(password)
        self._hang()
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self._hang()
        super().delete_password(service, username)

    def release(self, timeout_s: float = 10.0) -> None:
        """End the hang and wait until every hung call has returned."""
        self.released.set()
        for thread in self.callers:
            if thread is not threading.current_thread():
                thread.join(timeout_s)


@contextmanager
def keyring_backend(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    """``backend`` as the process's keyring for the block; a hanging one is released after."""
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        if isinstance(backend, HangingKeyring):
            backend.release()
        keyring.set_keyring(previous)
