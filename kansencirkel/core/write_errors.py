"""Telling a full disk apart, and one true sentence for a file the user asked for (a PDF, a
chart) that could not be written.

Files are saved through :mod:`kansencirkel.core.files` (temp file, fsync, rename), so a failed
save leaves neither a half-written file nor a temp file, and an existing file stays as it was;
the sentences can say so. Pure Python, below every layer: the vault uses :func:`is_disk_full`,
charts and reports raise :class:`FileNotSaved`, and the command line and the app's dialogs
show its sentence (it has a ``message`` and an ``exit_code``, like a vault error).
"""

from __future__ import annotations

import errno
from pathlib import Path

from kansencirkel.core.i18n import N_, Message, Msgid

_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})
_SQLITE_FULL = "database or disk is full"  # SQLITE_FULL, as SQLite words it
_NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})

FILE_DISK_FULL = N_(
    "De schijf is vol; {name} is niet opgeslagen. Maak ruimte vrij of kies een andere plek."
)
FILE_IS_FOLDER = N_("{path} is een map; kies een bestandsnaam.")
FOLDER_NOT_WRITABLE = N_(
    "In de map {folder} kan geen bestand worden gemaakt; kies een andere plek."
)
FOLDER_MISSING = N_("De map {folder} bestaat niet.")
FILE_NOT_SAVED = N_("{name} kan niet worden opgeslagen; controleer de map en de schijf.")


def is_disk_full(exc: BaseException | None) -> bool:
    """True when ``exc``, or an error it was raised from or while handling (``__cause__``,
    ``__context__``: a sentence raised ``from None`` keeps its context), says the disk or
    quota is full: ``OSError`` ENOSPC/EDQUOT, SQLite's SQLITE_FULL, or an error of ours that
    already said so (``disk_full = True``)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if getattr(exc, "disk_full", False) is True:
            return True
        if isinstance(exc, OSError) and exc.errno in _DISK_FULL_ERRNOS:
            return True
        if exc.args and _SQLITE_FULL in str(exc.args[0]).lower():
            return True
        orig = getattr(exc, "orig", None)  # SQLAlchemy's wrapper around the driver's error
        if isinstance(orig, BaseException) and is_disk_full(orig):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class FileNotSaved(Exception):
    """A file the user asked for was not written; one sentence, exit code 1."""

    exit_code = 1

    def __init__(self, msgid: Msgid, /, *, disk_full: bool = False, **values: object) -> None:
        self.message = Message(msgid, values)
        self.disk_full = disk_full
        super().__init__(msgid)

    @property
    def message_nl(self) -> str:
        return self.message.text("nl")

    @property
    def message_en(self) -> str:
        return self.message.text("en")

    def __str__(self) -> str:
        return self.message_en


def file_not_saved(exc: OSError, path: Path) -> FileNotSaved:
    """The sentence for ``exc``, raised while saving ``path``."""
    path = Path(path)
    if is_disk_full(exc):
        return FileNotSaved(FILE_DISK_FULL, disk_full=True, name=path.name)
    if isinstance(exc, IsADirectoryError) or path.is_dir():
        return FileNotSaved(FILE_IS_FOLDER, path=path)
    if not path.parent.is_dir():
        return FileNotSaved(FOLDER_MISSING, folder=path.parent)
    # The folder is there but takes no new file: no rights, read-only, or /proc-like (ENOENT).
    if exc.errno in _NOT_WRITABLE or isinstance(exc, (PermissionError, FileNotFoundError)):
        return FileNotSaved(FOLDER_NOT_WRITABLE, folder=path.parent)
    return FileNotSaved(FILE_NOT_SAVED, name=path.name)
