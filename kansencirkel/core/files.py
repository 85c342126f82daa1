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


def _replace_via_temp(path: Path, fill: Callable[[BinaryIO], object]) -> None:
    """Write a temp file next to `path` with `fill`, fsync it, rename it over `path`."""
    path = Path(path)
    fd, tmp = _temp_in(path.parent, path.name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    _replace_via_temp(path, lambda fh: fh.write(data))


def atomic_copy(src: Path, dst: Path) -> None:
    """Copy `src` over `dst` atomically (used to put a verified restore in place)."""
    with open(src, "rb") as fin:
        _replace_via_temp(dst, lambda fout: shutil.copyfileobj(fin, fout, 1024 * 1024))


def atomic_move(src: Path, dst: Path) -> None:
    """Rename within one file system, durably."""
    os.replace(src, dst)
    fsync_dir(Path(dst).parent)
