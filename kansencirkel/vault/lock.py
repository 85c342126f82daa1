"""One process per vault: an OS lock on `<vault>.kcv.lock` (DESIGN §6).

`flock` (POSIX) and `msvcrt.locking` (Windows) locks belong to the open file and are released
by the OS when the process dies, even by kill -9, so a crash never leaves a stale lock. The
lock file itself stays (empty); removing it would race with a process that is about to lock it.
"""

from __future__ import annotations

import errno
import os
import sys
import weakref
from pathlib import Path

from kansencirkel.core.i18n import N_
from kansencirkel.core.places import READ_ONLY, is_read_only
from kansencirkel.vault.errors import VaultError, VaultInUse
from kansencirkel.vault.layout import lock_path

__all__ = ["VaultLock", "lock_path"]


class VaultLock:
    """Held from unlock to close. A second holder, in this or another process, is refused."""

    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(Path(db_path))
        self._fd: int | None = None
        self._finalizer: weakref.finalize[[int], VaultLock] | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        if self._fd is not None:
            return
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if exc.errno == errno.EROFS or is_read_only(self.path):
                raise VaultError(READ_ONLY) from None  # a read-only medium: say so
            raise VaultError(
                N_("In deze map kan niet worden geschreven; kies een map waar je mag schrijven.")
            ) from None
        try:
            _lock(fd)
        except OSError as exc:
            os.close(fd)
            if _held_elsewhere(exc):
                raise VaultInUse() from None
            # e.g. a network share without lock support: refuse rather than risk two writers
            raise VaultError(
                N_(
                    "De kluis kan op deze schijf niet worden vergrendeld; zet hem op een "
                    "lokale schijf."
                )
            ) from None
        self._fd = fd
        # Safety net: a lock object dropped without release() still frees the vault.
        self._finalizer = weakref.finalize(self, os.close, fd)

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if self._finalizer is not None:
            self._finalizer.detach()
            self._finalizer = None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> VaultLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _held_elsewhere(exc: OSError) -> bool:
        return exc.errno in (errno.EACCES, errno.EDEADLK)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    def _held_elsewhere(exc: OSError) -> bool:
        return exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES)
