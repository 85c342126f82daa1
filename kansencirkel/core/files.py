"""Crash-safe file replacement: temp file in the same folder, fsync, rename, fsync the folder.

A reader sees either the old or the new file, never a half-written one. The temp file is made
by :func:`tempfile.mkstemp`, so it is private to the user (0600) from its first byte and the
renamed result stays so. Pure Python and below every layer that saves a file: the vault (key
files, backups), charts (PNG/SVG) and reports (PDF) all write through here.

Files that other code creates for us (SQLite's database, ``-wal`` and ``-shm``) are made
private by :func:`create_private` (SQLite gives a database's ``-wal``/``-shm`` the mode of the
database file) and, for good measure, inside :func:`private_umask`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO


def fsync_dir(folder: Path) -> None:
    """Make a rename durable. Not possible on Windows (directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_umask_lock = threading.Lock()
_umask_depth = 0
_umask_saved = 0


@contextlib.contextmanager
def private_umask() -> Iterator[None]:
    """Inside the block, files and folders this process creates are owner-only (umask 077).

    The umask is per process; nesting and threads are counted so the user's own umask always
    comes back at the end of the outermost block. A file another thread creates meanwhile is
    only ever made *more* private. No effect on Windows."""
    global _umask_depth, _umask_saved
    if os.name == "nt":
        yield
        return
    with _umask_lock:
        if _umask_depth == 0:
            _umask_saved = os.umask(0o077)
        _umask_depth += 1
    try:
        yield
    finally:
        with _umask_lock:
            _umask_depth -= 1
            if _umask_depth == 0:
                os.umask(_umask_saved)


def create_private(path: Path) -> None:
    """Create the empty file ``path``, owner-only (0600) from its first byte; FileExistsError
    when it is there already. SQLite then fills it (and gives its -wal/-shm the same mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)


def _temp_in(folder: Path, name: str) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    return fd, Path(tmp)


def temp_pattern(path: Path) -> str:
    """The glob for temp files a crash may have left next to ``path`` (for clean-up)."""
    return f".{Path(path).name}.*.tmp"


def _write_temp(path: Path, fill: Callable[[BinaryIO], object]) -> Path:
    """A synced temp file next to ``path`` holding what ``fill`` writes."""
    fd, tmp = _temp_in(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def _replace_via_temp(
    path: Path,
    fill: Callable[[BinaryIO], object],
    before_replace: Callable[[], object] | None = None,
) -> None:
    """Write a temp file next to `path` with `fill`, fsync it, rename it over `path`.

    ``before_replace`` runs once the new content is safely on disk, just before the rename;
    if it raises, the temp file is removed and `path` is left as it was."""
    path = Path(path)
    tmp = _write_temp(path, fill)
    try:
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(
    path: Path, data: bytes, *, before_replace: Callable[[], object] | None = None
) -> None:
    """Replace `path` with `data` atomically. ``before_replace``: a last step that must
    succeed for the new content to take effect (e.g. logging the change it makes); by then
    the disk space is taken, so a full disk fails before it runs, not after."""
    _replace_via_temp(path, lambda fh: fh.write(data), before_replace)


def write_new_file(path: Path, data: bytes) -> None:
    """Create ``path`` holding ``data``: owner-only, synced, and never over an existing file
    (FileExistsError). Afterwards the file is complete or absent, never half written: the
    data goes to a synced temp file that is then hard-linked to ``path``. Where the file
    system has no hard links (FAT on a USB stick) it is written in place, still exclusively."""
    path = Path(path)
    tmp = _write_temp(path, lambda fh: fh.write(data))
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:
            _write_exclusive(path, data)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    fsync_dir(path.parent)


def _write_exclusive(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            path.unlink()
        raise


def atomic_copy(src: Path, dst: Path) -> None:
    """Copy `src` over `dst` atomically (used to put a verified restore in place)."""
    with open(src, "rb") as fin:
        _replace_via_temp(dst, lambda fout: shutil.copyfileobj(fin, fout, 1024 * 1024))


def atomic_move(src: Path, dst: Path) -> None:
    """Rename within one file system, durably."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
