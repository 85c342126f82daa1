"""Fixtures of the team-store tests: one real PostgreSQL server per test session, a fresh
database per test, and a team store on it (imported into tests/conftest.py).

Nothing is skipped: without PostgreSQL the tests fail with a message that says what to
install (CI installs it through packaging/bootstrap.sh)."""

from __future__ import annotations

import time
import uuid
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.team.pg_cluster import PgCluster, PgDatabase, PgMissing, reap_leftovers

if TYPE_CHECKING:  # the app is imported only once the sandbox is in place
    from tests.support.team_store import TeamStore, TeamStores


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


@pytest.fixture(scope="session")
def team_stores_session(pg_cluster: PgCluster) -> Iterator[TeamStores]:
    from tests.support.team_store import TeamStores

    stores = TeamStores(pg_cluster)
    yield stores
    stores.drop_template()


@pytest.fixture
def team_stores(team_stores_session: TeamStores) -> Iterator[TeamStores]:
    """Makes team stores for one test (``team_stores.add_team()``); all removed afterwards."""
    if team_stores_session.cluster.postmaster_pid() is None:
        team_stores_session.cluster.start()
    yield team_stores_session
    if team_stores_session.cluster.postmaster_pid() is None:  # a test killed it and failed
        team_stores_session.cluster.start()
    team_stores_session.close()


@pytest.fixture
def team_store(team_stores: TeamStores) -> TeamStore:
    """One team with one member on a fresh database at schema head."""
    return team_stores.add_team()
