"""Fixtures for the team-store tests: one real PostgreSQL server per test session.

Nothing is skipped: without PostgreSQL the tests fail with a message that says what to
install (CI installs it through packaging/bootstrap.sh)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator

import pytest

from tests.team.pg_cluster import PgCluster, PgDatabase, PgMissing, reap_leftovers


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    """A started cluster; stopped and removed at session end, also when tests fail."""
    reap_leftovers()
    began = time.monotonic()
    try:
        cluster = PgCluster()
    except PgMissing as missing:
        pytest.fail(str(missing), pytrace=False)
    with cluster:
        cluster.start()
        cluster.start_seconds = time.monotonic() - began
        yield cluster


@pytest.fixture
def pg_database(pg_cluster: PgCluster) -> Iterator[PgDatabase]:
    """A fresh, uniquely named database for one test; dropped afterwards (its connections
    are terminated first)."""
    name = f"kc_test_{uuid.uuid4().hex[:16]}"
    pg_cluster.create_database(name)
    try:
        yield PgDatabase(name=name, admin_url=pg_cluster.admin_url(name), cluster=pg_cluster)
    finally:
        if pg_cluster.postmaster_pid() is None:  # a test that killed it and failed
            pg_cluster.start()
        pg_cluster.drop_database(name)
