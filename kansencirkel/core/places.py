"""Risky places for a vault: a folder a cloud service synchronises, and a read-only medium.

A sync client copies the vault's files while they change (the database, its WAL, the key
file), so a synchronised copy can be half of one state and half of another, conflict copies
appear, and every old version stays in the cloud's history — also after a child's file was
erased. The app and the command line warn, and open anyway: it is the school's folder.

A vault on a read-only medium (a locked USB stick, a CD, a read-only share) cannot be opened:
every unlock and every look at a child's file is written to the vault's audit log, and the lock
file must be made. The refusal is one sentence, never "damaged" (``kansencirkel.vault.lock``).

Pure Python; used by the command line and the dialogs, which show these same sentences.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from kansencirkel.core.i18n import N_, Message

#: A folder name (lower case, without spaces, '-' and '_') starting with one of these is
#: synchronised by that service: "OneDrive - Schoolnaam", "Dropbox (Persoonlijk)",
#: "iCloudDrive" (Windows), "Mobile Documents" (macOS), "Google Drive", "GoogleDrive-naam@…".
SYNC_FOLDERS: tuple[tuple[str, str], ...] = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("iclouddrive", "iCloud Drive"),
    ("mobiledocuments", "iCloud Drive"),
    ("googledrive", "Google Drive"),
)

SYNCED_FOLDER = N_(
    "Let op: deze kluis staat in een map die {service} synchroniseert; een geopende kluis kan "
    "daar beschadigd raken en oude kopieën blijven in de cloud staan, ook na het wissen van "
    "een dossier. Zet de kluis in een gewone map op deze computer."
)
READ_ONLY = N_(
    "Deze kluis staat op een plek waar niet geschreven kan worden (alleen-lezen), en elk "
    "openen en inzien wordt in de kluis vastgelegd; kopieer de kluis naar een map op deze "
    "computer om hem te openen."
)


def _squashed(part: str) -> str:
    return "".join(ch for ch in part.casefold() if ch not in " -_")


def _service_in(folder: PurePath) -> str | None:
    for part in folder.parts:
        squashed = _squashed(part)
        for prefix, service in SYNC_FOLDERS:
            if squashed.startswith(prefix):
                return service
    return None


def sync_service(vault_path: Path) -> str | None:
    """The cloud service that synchronises the vault's folder, or None. Looks at the folder
    as given and where its links lead."""
    folder = Path(vault_path).absolute().parent
    found = _service_in(folder)
    if found is None:
        try:
            found = _service_in(folder.resolve())
        except OSError:
            return None
    return found


def _existing(folder: Path) -> Path | None:
    for candidate in (folder, *folder.parents):
        if candidate.is_dir():
            return candidate
    return None


def is_read_only(vault_path: Path) -> bool:
    """True when the vault's folder (or, for a new vault, its nearest existing folder) is on
    a medium that cannot be written to."""
    folder = _existing(Path(vault_path).absolute().parent)
    if folder is None:
        return False
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            return bool(statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            return False
    return not os.access(folder, os.W_OK)


def place_warnings(vault_path: Path) -> list[Message]:
    """The sentences to show before a vault at ``vault_path`` is created or opened."""
    warnings = []
    if is_read_only(vault_path):
        warnings.append(Message(READ_ONLY))
    service = sync_service(vault_path)
    if service is not None:
        warnings.append(Message(SYNCED_FOLDER, {"service": service}))
    return warnings
