"""Saving a report: atomically, only where the user chose, under a neutral name.

The PDF holds child data, so no plaintext copy may be left anywhere else: the temporary file
lives in the target folder (same file system, so the final rename is atomic) and is removed on
any failure.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kansencirkel.core.files import atomic_write_bytes
from kansencirkel.core.write_errors import file_not_saved

KINDS = ("kernteam", "ouders", "blanco", "agenda")


def neutral_file_name(kind: str, day: date) -> str:
    """'kansencirkel-ouders-2026-03-16.pdf' — never a child's name in a file name."""
    if kind not in KINDS:
        raise ValueError(f"unknown report kind: {kind!r}")
    return f"kansencirkel-{kind}-{day.isoformat()}.pdf"


def save_pdf_atomically(data: bytes, path: Path) -> None:
    """Write ``data`` to ``path``: temp file in the same folder, fsync, then os.replace.

    Replaces an existing file: the dialogs have asked first, the command line refuses unless
    ``--overwrite``. A failure (full disk, a folder, no rights) raises `FileNotSaved` with
    one true sentence and leaves no file and no temp file behind."""
    try:
        atomic_write_bytes(Path(path), data)
    except OSError as exc:
        raise file_not_saved(exc, Path(path)) from None
