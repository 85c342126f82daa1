"""Crash-safe file replacement: temp file in the same folder, fsync, rename, fsync the folder.

A reader sees either the old or the new file, never a half-written one. The temp file is made
by :func:`tempfile.mkstemp`, so it is private to the user (0600) from its first byte and the
renamed result stays so. Pure Python and below every layer that saves a file: the vault (key
files, backups), charts (PNG/SVG) and reports (PDF) all write through here.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Callable
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


def _temp_in(folder: Path, name: str) -> tuple[int, Path]:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    return fd, Path(tmp)


def _replace_via_temp(
    path: Path,
    fill: Callable[[BinaryIO], object],
    before_replace: Callable[[], object] | None = None,
) -> None:
    """Write a temp file next to `path` with `fill`, fsync it, rename it over `path`.

    ``before_replace`` runs once the new content is safely on disk, just before the rename;
    if it raises, the temp file is removed and `path` is left as it was."""
    path = Path(path)
    fd, tmp = _temp_in(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
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


def atomic_copy(src: Path, dst: Path) -> None:
    """Copy `src` over `dst` atomically (used to put a verified restore in place)."""
    with open(src, "rb") as fin:
        _replace_via_temp(dst, lambda fout: shutil.copyfileobj(fin, fout, 1024 * 1024))


def atomic_move(src: Path, dst: Path) -> None:
    """Rename within one file system, durably."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
