"""Founding a team and opening it as a member with one passphrase, on a real server."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy

from kansencirkel.core import clock
from kansencirkel.vault.errors import VaultError, WrongPassphrase
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team import membership, roles
from kansencirkel.vault.team.membership import FoundedTeam
from kansencirkel.vault.team.store import ServerAddress
from tests.support.vaults import TEST_ACTOR
from tests.team.pg_cluster import PgCluster, PgDatabase

PASSPHRASE = "lange zin voor het kernteam van De Linde"


@pytest.fixture
def founded(pg_database: PgDatabase) -> Iterator[FoundedTeam]:
    cluster = pg_database.cluster
    address = ServerAddress(cluster.host, cluster.port, pg_database.name, cluster.ca_file)
    admin = sqlalchemy.create_engine(pg_database.admin_url)
    team = membership.found_team(
        admin,
        address,
        login=f"kc_m_{uuid.uuid4().hex[:12]}",
        member_name="Juf Fictief",
        passphrase=PASSPHRASE,
        kdf=TEST_KDF,
    )
    yield team
    admin.dispose()
    cluster.drop_database(pg_database.name)
    with sqlalchemy.create_engine(cluster.admin_url()).connect() as conn:
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{team.profile.login}"')
        conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{roles.team_role(team.profile.team_id)}"')
        conn.commit()


def test_the_founder_opens_the_team_with_the_passphrase_and_works_in_it(
    founded: FoundedTeam,
) -> None:
    engine = membership.open_team(founded.profile, PASSPHRASE)
    try:
        repos = Repositories(engine, TEST_ACTOR)
        repos.children.create("Sanne", "Fictief")
        assert [s.child.given_name for s in repos.children.summaries(clock.today())] == ["Sanne"]
    finally:
        engine.dispose()
    assert len(founded.recovery_code) > 20


def test_a_wrong_passphrase_opens_nothing(founded: FoundedTeam) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        membership.open_team(founded.profile, PASSPHRASE + "!")
    assert caught.value.exit_code == 3


def test_a_server_whose_certificate_is_not_the_teams_is_refused(
    founded: FoundedTeam, pg_cluster: PgCluster
) -> None:
    stranger = dataclasses.replace(
        founded.profile,
        address=dataclasses.replace(founded.profile.address, ca_file=pg_cluster.other_ca_file()),
    )
    with pytest.raises(VaultError) as caught:
        membership.open_team(stranger, PASSPHRASE)
    assert caught.value.message.msgid == membership.SERVER_NOT_TRUSTED


def test_an_unreachable_server_is_one_sentence(founded: FoundedTeam) -> None:
    gone = dataclasses.replace(
        founded.profile, address=dataclasses.replace(founded.profile.address, port=1)
    )
    with pytest.raises(VaultError) as caught:
        membership.open_team(gone, PASSPHRASE)
    assert caught.value.message.msgid == membership.SERVER_UNREACHABLE
