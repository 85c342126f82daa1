"""The SQLCipher engine: SQLAlchemy 2 on top of `sqlcipher3` (DESIGN §6).

The raw 32-byte key goes to SQLCipher as `x'…'` inside the connection factory, before anything
else touches the file; it never appears in a URL, a log line or an exception message. A missing
driver fails closed: there is no fallback to the plain `sqlite3` module.
"""

from __future__ import annotations

import shutil
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy

from kansencirkel.core.i18n import N_
from kansencirkel.core.write_errors import is_disk_full
from kansencirkel.vault.errors import DiskFull, DriverMissing, VaultDamaged, VaultError
from kansencirkel.vault.readonly import DENIED_MARKER, SNAPSHOT_READ_ONLY

KEY_BYTES = 32
BUSY_TIMEOUT_MS = 10_000
#: Below this much free space a "disk I/O error" is read as a full disk: SQLite needs room
#: for its -shm (32 KiB) and a few WAL pages even to read.
NEARLY_FULL_BYTES = 1024 * 1024

# Messages SQLite/SQLCipher use for a file that fails decryption, its HMAC or its structure.
# Once a key slot has opened, the key is known to be right, so each of these means damage.
_DAMAGE_MARKERS = (
    "file is not a database",
    "malformed",
    "hmac",
    "corrupt",
    "file is encrypted",
    "database disk image",
)


def _driver() -> ModuleType:
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:  # fail closed, never plain sqlite3
        raise DriverMissing() from exc
    module: ModuleType = dbapi2
    return module


def _error_text(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    inner = orig if isinstance(orig, BaseException) else exc
    return str(inner.args[0] if inner.args else inner).lower()


def is_damage_error(exc: BaseException) -> bool:
    """True when `exc` (a DBAPI or SQLAlchemy error) says the database file is damaged."""
    text = _error_text(exc)
    return any(marker in text for marker in _DAMAGE_MARKERS)


def nearly_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (almost) no room left."""
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _open_folders() -> list[Path]:
    """The folders of the vaults open in this process (usually one)."""
    try:
        holders = list(_holders.values())
    except RuntimeError:  # another thread opened or sealed an engine meanwhile
        return []
    return [h.db_path.parent for h in holders if h.key_hex is not None]


# Environmental failures: not damage, but still one clear sentence instead of a traceback.
_IO_ERROR = "disk i/o error"
_FULL = "database or disk is full"
_ENVIRONMENT = (
    (
        _IO_ERROR,
        N_(
            "De kluis kan niet worden gelezen of geschreven; controleer de schijf of de verbinding."
        ),
    ),
    (
        "database is locked",
        N_("De kluis is even bezig; probeer het zo opnieuw."),
    ),
    (
        "unable to open database file",
        N_("Het kluisbestand kan op deze plek niet worden geopend of aangemaakt."),
    ),
    (DENIED_MARKER, SNAPSHOT_READ_ONLY),  # the authorizer of a snapshot (readonly.py)
    (
        "readonly database",
        N_("De kluis kan hier niet worden gewijzigd (alleen-lezen)."),
    ),
)


def translate_db_error(exc: BaseException, *, folder: Path | None = None) -> BaseException:
    """Map a SQLCipher error to a `VaultError` with one clear sentence: damage becomes
    `VaultDamaged`, a full disk `DiskFull`, a failing disk or a busy vault a plain
    `VaultError`. Anything else (constraint violations, programming errors) is returned
    unchanged. SQLite reports a full disk as an I/O error when it cannot grow its -shm, so
    an I/O error where the vault's disk (``folder``, else that of any open vault) has no
    room left is a full disk too.

    Usage: ``except sqlalchemy.exc.DBAPIError as e: raise translate_db_error(e) from e``.
    """
    if isinstance(exc, VaultError):
        return exc
    if is_damage_error(exc):
        return VaultDamaged()
    if is_disk_full(exc):  # distinct from damage: the files are intact, nothing was written
        return DiskFull()
    text = _error_text(exc)
    if _FULL in text:
        return DiskFull()
    if _IO_ERROR in text:
        folders = [folder] if folder is not None else _open_folders()
        if any(nearly_full(f) for f in folders):
            return DiskFull()
    for marker, msgid in _ENVIRONMENT:
        if marker in text:
            return VaultError(msgid)
    return exc


@contextmanager
def damage_guard() -> Iterator[None]:
    """Turn damage errors raised inside the block into `VaultDamaged`."""
    try:
        yield
    except VaultError:
        raise
    except Exception as exc:
        translated = translate_db_error(exc)
        if translated is exc:
            raise
        raise translated from None


def _open_connection(driver: ModuleType, db_path: Path, key_hex: str, exclusive: bool) -> Any:
    conn = driver.connect(str(db_path), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no SQLCipher chatter on stderr
        conn.execute(f"PRAGMA key = \"x'{key_hex}'\"")
        if exclusive:  # before the first read: the WAL index then lives in memory, no -shm
            conn.execute("PRAGMA locking_mode = EXCLUSIVE").fetchone()
        # The first read proves the key: a wrong key or a damaged page 1 fails right here.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    except driver.Error as exc:
        conn.close()
        # Raised without chaining: the driver error could carry statement text.
        translated = translate_db_error(exc, folder=db_path.parent)
        raise (translated if isinstance(translated, VaultError) else VaultError()) from None
    except BaseException:
        conn.close()
        raise
    return conn


class _KeyHolder:
    __slots__ = ("db_path", "key_hex")

    def __init__(self, key_hex: str, db_path: Path) -> None:
        self.key_hex: str | None = key_hex
        self.db_path = db_path


_holders: weakref.WeakKeyDictionary[sqlalchemy.Engine, _KeyHolder] = weakref.WeakKeyDictionary()


def make_engine(
    db_path: Path, key: bytes, *, must_exist: bool = False, exclusive: bool = False
) -> sqlalchemy.Engine:
    """An engine whose every connection is keyed and configured; proves the key once.

    Connections are made with ``check_same_thread=False`` so a pooled connection may serve the
    UI's worker threads (one thread at a time, as the pool hands it out). Raises
    `VaultDamaged` when the file does not open with this key, `DiskFull` when the disk has
    no room for SQLite's -shm.

    ``exclusive``: one connection in SQLite's EXCLUSIVE locking mode, which keeps the WAL
    index in memory and so needs no -shm file: how a vault on a full disk can still be read
    (the vault's own lock already keeps every other process out).
    """
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    driver = _driver()
    db_path = Path(db_path)
    if must_exist and not db_path.is_file():
        raise VaultDamaged()
    holder = _KeyHolder(key.hex(), db_path)

    def creator() -> Any:
        key_hex = holder.key_hex
        if key_hex is None:  # sealed: the vault was locked; no new connection may appear
            raise VaultError(N_("De kluis is vergrendeld."))
        return _open_connection(driver, db_path, key_hex, exclusive)

    engine = sqlalchemy.create_engine(
        "sqlite+pysqlite://",
        module=driver,
        creator=creator,
        pool_size=1 if exclusive else 5,
        max_overflow=0 if exclusive else 10,
        poolclass=sqlalchemy.pool.QueuePool,
    )

    _holders[engine] = holder
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except VaultError:
        seal_engine(engine)
        raise
    except Exception as exc:
        seal_engine(engine)
        raise translate_db_error(exc, folder=db_path.parent) from None
    return engine


def seal_engine(engine: sqlalchemy.Engine) -> None:
    """Forget the key and close the pooled connections. Code still holding this engine (a
    worker thread, a repository) gets "locked" instead of a fresh keyed connection."""
    holder = _holders.pop(engine, None)
    if holder is not None:
        holder.key_hex = None
    engine.dispose()


def cipher_check(engine: sqlalchemy.Engine) -> list[str]:
    """SQLCipher's HMAC check of every page (fast: about 0.15 s for 40 MB). Run at unlock,
    before anything is written, so a damaged page is reported instead of built upon."""
    with damage_guard(), engine.connect() as conn:
        return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]


def integrity_check(engine: sqlalchemy.Engine) -> list[str]:
    """Problems found by SQLCipher's page HMAC check and SQLite's structural check (empty = ok)."""
    problems: list[str] = []
    with damage_guard(), engine.connect() as conn:
        for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check"):
            problems.append(str(row[0]))
        for row in conn.exec_driver_sql("PRAGMA integrity_check"):
            if str(row[0]).lower() != "ok":
                problems.append(str(row[0]))
    return problems


def checkpoint(engine: sqlalchemy.Engine) -> None:
    """Fold the WAL back into the main file (used before copying or closing)."""
    with damage_guard(), engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
