"""The SQLCipher engine: keyed connections, settings, wrong key = damaged, threads."""

from __future__ import annotations

import errno
import threading
from pathlib import Path

import pytest
import sqlalchemy

from kansencirkel.vault.engine import (
    integrity_check,
    is_damage_error,
    make_engine,
    translate_db_error,
)
from kansencirkel.vault.errors import DiskFull, VaultDamaged, VaultError

KEY = bytes(range(32))


def _engine_with_row(path: Path) -> sqlalchemy.Engine:
    engine = make_engine(path, KEY)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.exec_driver_sql("INSERT INTO t VALUES ('Fictieve Naam Jansen')")
    return engine


def test_file_is_encrypted_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "a.kcv"
    _engine_with_row(path).dispose()
    data = path.read_bytes()
    assert b"SQLite format 3" not in data
    assert b"Fictieve" not in data
    engine = make_engine(path, KEY, must_exist=True)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT x FROM t").scalar_one() == "Fictieve Naam Jansen"
    engine.dispose()


def test_connection_settings(tmp_path: Path) -> None:
    engine = _engine_with_row(tmp_path / "a.kcv")
    with engine.connect() as conn:
        pragma = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store")
        }
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()
    engine.dispose()
    assert pragma == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "temp_store": 2}


def test_wrong_key_is_damage_and_hides_key(tmp_path: Path) -> None:
    path = tmp_path / "a.kcv"
    _engine_with_row(path).dispose()
    other = bytes(reversed(KEY))
    with pytest.raises(VaultDamaged) as info:
        make_engine(path, other)
    text = repr(info.value) + str(info.value) + repr(info.value.__context__)
    assert other.hex() not in text and KEY.hex() not in text


def test_missing_file_when_required(tmp_path: Path) -> None:
    with pytest.raises(VaultDamaged):
        make_engine(tmp_path / "nope.kcv", KEY, must_exist=True)
    assert not (tmp_path / "nope.kcv").exists()


def test_key_length_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        make_engine(tmp_path / "a.kcv", b"short")


def test_usable_from_worker_threads(tmp_path: Path) -> None:
    engine = _engine_with_row(tmp_path / "a.kcv")
    results: list[str] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for _ in range(20):
                with engine.begin() as conn:
                    conn.exec_driver_sql("INSERT INTO t VALUES ('x')")
                    results.append(conn.exec_driver_sql("SELECT x FROM t LIMIT 1").scalar_one())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    engine.dispose()
    assert not errors
    assert len(results) == 80


def test_integrity_check_clean(tmp_path: Path) -> None:
    engine = _engine_with_row(tmp_path / "a.kcv")
    assert integrity_check(engine) == []
    engine.dispose()


def test_translate_db_error() -> None:
    from sqlcipher3 import dbapi2

    damage = dbapi2.DatabaseError("file is not a database")
    assert is_damage_error(damage)
    assert isinstance(translate_db_error(damage), VaultDamaged)
    wrapped = sqlalchemy.exc.DatabaseError("SELECT 1", {}, damage)
    assert isinstance(translate_db_error(wrapped), VaultDamaged)
    other = dbapi2.IntegrityError("UNIQUE constraint failed: t.x")
    assert translate_db_error(other) is other


def test_environment_errors_get_a_sentence() -> None:
    from sqlcipher3 import dbapi2

    full = translate_db_error(dbapi2.OperationalError("database or disk is full"))
    assert isinstance(full, DiskFull) and not isinstance(full, VaultDamaged)
    assert full.message.msgid == DiskFull.default
    wrapped = sqlalchemy.exc.OperationalError(
        "INSERT", {}, dbapi2.OperationalError("database or disk is full")
    )
    assert isinstance(translate_db_error(wrapped), DiskFull)
    assert isinstance(translate_db_error(OSError(errno.ENOSPC, "No space left")), DiskFull)
    assert translate_db_error(OSError(errno.EIO, "I/O")).__class__ is OSError
    # An I/O error is a full disk only where the disk has no room; this one has plenty.
    io = translate_db_error(dbapi2.OperationalError("disk I/O error"), folder=Path.cwd())
    assert isinstance(io, VaultError) and not isinstance(io, VaultDamaged)
