"""The files that make up a vault, by name, and what a path given as a vault really is.

    team.kcv                    the SQLCipher database (+ team.kcv-wal, team.kcv-shm)
    team.kcv.keys               the key file (+ team.kcv.keys.bak, its mirror)
    team.kcv.keys.unconfirmed   a vault being created whose recovery code is not yet confirmed
    team.kcv.keys.next          a key rotation under way
    team.kcv.lock               one process per vault
    .team.kcv.rotate/.backup/.restore, .team.kcv.keys.*.tmp   work files, gone when done

Pure pathlib: the app asks :func:`state` at start, before anything heavy is imported.
"""

from __future__ import annotations

import enum
from pathlib import Path

from kansencirkel.core.files import temp_pattern
from kansencirkel.core.i18n import N_, Msgid


def _beside(db_path: Path, suffix: str) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + suffix)


def wal_path(db_path: Path) -> Path:
    return _beside(db_path, "-wal")


def shm_path(db_path: Path) -> Path:
    return _beside(db_path, "-shm")


def keyfile_path(db_path: Path) -> Path:
    return _beside(db_path, ".keys")


def backup_keyfile_path(db_path: Path) -> Path:
    return _beside(db_path, ".keys.bak")


def unconfirmed_keyfile_path(db_path: Path) -> Path:
    """The key file of a vault whose creation is not finished (recovery code unconfirmed)."""
    return _beside(db_path, ".keys.unconfirmed")


def rotation_keyfile_path(db_path: Path) -> Path:
    return _beside(db_path, ".keys.next")


def lock_path(db_path: Path) -> Path:
    return _beside(db_path, ".lock")


def staging_path(db_path: Path, purpose: str) -> Path:
    """A hidden work copy next to the vault: ``purpose`` is rotate, backup or restore."""
    db_path = Path(db_path)
    return db_path.with_name(f".{db_path.name}.{purpose}")


def database_files(db_path: Path) -> list[Path]:
    """The database and the two files SQLite keeps beside it."""
    return [Path(db_path), wal_path(db_path), shm_path(db_path)]


def leftovers(db_path: Path) -> list[Path]:
    """Work files an interrupted rotation, backup, restore or key-file write may have left.
    Only removed while the vault's lock is held (then none of those can be running)."""
    db_path = Path(db_path)
    found: list[Path] = []
    for purpose in ("rotate", "backup", "restore"):
        found += [p for p in database_files(staging_path(db_path, purpose)) if p.exists()]
    for name in (keyfile_path, backup_keyfile_path, rotation_keyfile_path):
        found += [p for p in db_path.parent.glob(temp_pattern(name(db_path))) if p not in found]
    return found


class State(enum.Enum):
    ABSENT = "absent"  # nothing here: a vault may be created
    UNFINISHED = "unfinished"  # a creation that never had its recovery code confirmed
    PRESENT = "present"  # a vault (perhaps damaged); never created over


def state(db_path: Path) -> State:
    """What is at ``db_path``. The unconfirmed key file is written before the database and
    renamed to the key file only at the end, so with it and no key file, everything here is
    an unfinished creation; a database without any key file is a (damaged) vault."""
    if keyfile_path(db_path).exists() or backup_keyfile_path(db_path).exists():
        return State.PRESENT
    if unconfirmed_keyfile_path(db_path).exists():
        return State.UNFINISHED
    if any(p.exists() for p in database_files(db_path)):
        return State.PRESENT
    return State.ABSENT


#: Endings of the files beside a vault, longest first (".keys.bak" before ".keys").
_SIDE_FILES = (
    ".keys.unconfirmed",
    ".keys.next",
    ".keys.bak",
    ".app.lock",
    ".keys",
    ".lock",
    "-wal",
    "-shm",
)

NOT_A_FOLDER = N_("{path} is een map, geen kluis; geef het kluisbestand (.kcv) zelf op.")
NOT_A_SIDE_FILE = N_("{path} is een hulpbestand van de kluis {vault}; geef de kluis zelf op.")
NO_PATH = N_("Geef de plek van de kluis op (een .kcv-bestand).")


def wrong_path(db_path: Path) -> tuple[Msgid, dict[str, object]] | None:
    """Why ``db_path`` cannot be a vault at all (a folder, or a file that belongs beside a
    vault, such as its key file), as a message and its values; None when it may be one."""
    db_path = Path(db_path)
    if not str(db_path) or db_path.is_dir():
        return (NOT_A_FOLDER, {"path": db_path}) if str(db_path) else (NO_PATH, {})
    for ending in _SIDE_FILES:
        if db_path.name.endswith(ending) and len(db_path.name) > len(ending):
            vault = db_path.with_name(db_path.name[: -len(ending)])
            if vault.is_file() or keyfile_path(vault).exists():
                return NOT_A_SIDE_FILE, {"path": db_path, "vault": vault}
    return None
