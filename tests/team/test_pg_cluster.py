"""The throw-away PostgreSQL server really is TLS-only, SCRAM-only and crash-safe."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from tests.team.pg_cluster import PREFIX, PgCluster, PgDatabase, reap_leftovers


def test_verify_full_connection_is_tls(pg_cluster: PgCluster) -> None:
    with psycopg.connect(pg_cluster.conninfo()) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
        assert conn.execute("SHOW ssl").fetchone() == ("on",)
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (pg_cluster.admin_user,)
        ).fetchone()
        assert stored is not None and stored[0].startswith("SCRAM-SHA-256$")
    print(f"cluster start (initdb + pg_ctl start): {pg_cluster.start_seconds:.2f}s")


def test_sqlalchemy_url_reaches_the_fresh_database(pg_database: PgDatabase) -> None:
    assert "sslmode=verify-full" in pg_database.admin_url
    engine = create_engine(pg_database.admin_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT current_database()")).scalar() == pg_database.name
            assert conn.execute(text("SHOW ssl")).scalar() == "on"
    finally:
        engine.dispose()


def test_server_certificate_of_another_ca_is_refused(pg_cluster: PgCluster) -> None:
    other = str(pg_cluster.other_ca_file())
    with pytest.raises(psycopg.OperationalError, match="certificate verify failed"):
        psycopg.connect(pg_cluster.conninfo(sslrootcert=other))


def test_unencrypted_connection_is_refused(pg_cluster: PgCluster) -> None:
    with pytest.raises(psycopg.OperationalError, match=r"no pg_hba\.conf entry"):
        psycopg.connect(pg_cluster.conninfo(sslmode="disable"))


def test_wrong_password_is_refused(pg_cluster: PgCluster) -> None:
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.conninfo(password="not-" + pg_cluster.admin_password))


def test_killed_server_keeps_committed_rows_only(pg_database: PgDatabase) -> None:
    cluster = pg_database.cluster
    info = cluster.conninfo(pg_database.name)
    with psycopg.connect(info) as conn:
        conn.execute("CREATE TABLE meting (id int PRIMARY KEY, score int NOT NULL)")
        conn.execute("INSERT INTO meting VALUES (1, 7)")
    mid_save = psycopg.connect(info)
    mid_save.execute("INSERT INTO meting VALUES (2, 8)")  # never committed

    cluster.kill()
    assert cluster.postmaster_pid() is None
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(info)
    cluster.start()

    with psycopg.connect(info) as conn:
        assert conn.execute("SELECT id, score FROM meting").fetchall() == [(1, 7)]
    mid_save.close()


def test_restart_and_drop_with_open_connections(pg_cluster: PgCluster) -> None:
    pg_cluster.restart()
    pg_cluster.create_database("kc_test_drop_me")
    holder = psycopg.connect(pg_cluster.conninfo("kc_test_drop_me"))
    pg_cluster.drop_database("kc_test_drop_me")
    with psycopg.connect(pg_cluster.conninfo()) as conn:
        row = conn.execute("SELECT count(*) FROM pg_database WHERE datname = 'kc_test_drop_me'")
        assert row.fetchone() == (0,)
    holder.close()


def test_leftover_of_a_dead_run_is_reaped_and_a_live_one_kept() -> None:
    code = "import os; print(os.getpid())"
    gone = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    dead = Path(tempfile.mkdtemp(prefix=PREFIX))
    (dead / "owner").write_text(gone.stdout.strip())
    live = Path(tempfile.mkdtemp(prefix=PREFIX))
    (live / "owner").write_text("1")
    try:
        assert dead in reap_leftovers()
        assert not dead.exists()
        assert live.exists()
    finally:
        (live / "owner").unlink()
        live.rmdir()
