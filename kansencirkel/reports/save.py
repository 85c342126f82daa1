"""Saving a report: atomically, only where the user chose, under a neutral name.

The PDF holds child data, so no plaintext copy may be left anywhere else: the temporary file
lives in the target folder (same file system, so the final rename is atomic) and is removed on
any failure.
"""

from __future__ import annotations

import os
import tempfile
from datetime import date
from pathlib import Path

KINDS = ("kernteam", "ouders", "blanco", "agenda")


def neutral_file_name(kind: str, day: date) -> str:
    """'kansencirkel-ouders-2026-03-16.pdf' — never a child's name in a file name."""
    if kind not in KINDS:
        raise ValueError(f"unknown report kind: {kind!r}")
    return f"kansencirkel-{kind}-{day.isoformat()}.pdf"


def save_pdf_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path``: temp file in the same folder, fsync, then os.replace."""
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=".kc-", suffix=".part", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
