"""The team's holders on a real server, through the library: adding, removing, rotating,
recovery, and a rotation that meets a damaged value changes nothing."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator

import pytest
import sqlalchemy

from kansencirkel.core import clock
from kansencirkel.core.enums import Role
from kansencirkel.vault.errors import VaultDamaged, WrongRecoveryCode
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.models import Base
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.sealed import Sealed, SealedDate
from kansencirkel.vault.team import members, membership, roles
from kansencirkel.vault.team.fields import FieldUnreadable
from kansencirkel.vault.team.membership import FoundedTeam
from kansencirkel.vault.team.store import ServerAddress
from tests.support.vaults import TEST_ACTOR
from tests.team.pg_cluster import PgDatabase

PASSPHRASE = "lange zin voor het kernteam van De Linde"
OTHER = "een andere zin voor de collega van groep 5"


@pytest.fixture
def founded(pg_database: PgDatabase) -> Iterator[tuple[FoundedTeam, sqlalchemy.Engine]]:
    cluster = pg_database.cluster
    address = ServerAddress(cluster.host, cluster.port, pg_database.name, cluster.ca_file)
    admin = sqlalchemy.create_engine(pg_database.admin_url)
    prefix = f"kc_lib_{uuid.uuid4().hex[:8]}_"
    team = membership.found_team(
        admin, address, login=prefix + "juf", member_name="Juf", passphrase=PASSPHRASE, kdf=TEST_KDF
    )
    yield team, admin
    with admin.connect() as conn:
        logins = conn.exec_driver_sql(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %(p)s", {"p": prefix + "%"}
        ).all()
        for role in (*(r[0] for r in logins), roles.team_role(team.profile.team_id)):
            conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        conn.commit()
    admin.dispose()


def test_every_sealed_model_column_and_the_member_names_are_known() -> None:
    known = {(t, c) for t, _key, cols in members.sealed_columns() for c in cols}
    declared = {
        (table.name, column.name)
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, Sealed | SealedDate)
    }
    assert known == declared | {("kc_members", "name"), ("kc_members", "role")}


def test_add_rotate_remove_and_recover(founded: tuple[FoundedTeam, sqlalchemy.Engine]) -> None:
    team, admin = founded
    profile = team.profile
    colleague = dataclasses.replace(profile, login=profile.login.replace("juf", "meester"))
    with admin.begin() as conn:
        ring = membership.load_ring(conn, profile, PASSPHRASE)
        grown = members.add_holder(
            conn,
            ring,
            login=colleague.login,
            name="Meester",
            role=Role.LEERKRACHT,
            passphrase=OTHER,
            kdf=TEST_KDF,
        )
    assert set(grown.holders) == {profile.login, colleague.login, "#recovery"}
    engine = membership.open_team(profile, PASSPHRASE)
    Repositories(engine, TEST_ACTOR).children.create("Sanne", "Fictief")
    engine.dispose()

    with admin.begin() as conn:
        rotated = members.rotate(conn, membership.load_ring(conn, colleague, OTHER))
    assert rotated.current != ring.current and ring.current in rotated.keys
    engine = membership.open_team(colleague, OTHER)  # name and role resealed, both open
    try:
        met = membership.member_of(engine, colleague.login)
        assert (met.name, met.role) == ("Meester", Role.LEERKRACHT)
        assert membership.member_of(engine, profile.login).role is Role.IB  # found_team's
    finally:
        engine.dispose()

    with admin.begin() as conn:
        after = members.remove_member(
            conn, membership.load_ring(conn, profile, PASSPHRASE), colleague.login
        )
        assert not roles.login_exists(conn, colleague.login)
        assert not members.is_member(conn, profile.team_id, colleague.login)
        boxes = conn.exec_driver_sql(
            "SELECT key FROM meta WHERE team_id = %(team)s AND key LIKE 'kc\\_ring%%'",
            {"team": profile.team_id},
        ).all()
        assert sorted(r[0] for r in boxes) == sorted(
            members.BOX_PREFIX + h for h in (profile.login, "#recovery")
        )
        recovered = members.open_with_recovery(conn, profile.team_id, team.recovery_code)
        with pytest.raises(WrongRecoveryCode):
            members.open_with_recovery(conn, profile.team_id, "A" * 32)
    assert recovered.current == after.current and set(after.holders) == {profile.login, "#recovery"}

    engine = membership.open_team(profile, PASSPHRASE)
    try:
        with engine.connect() as conn:
            assert members.unreadable_values(conn, membership.key_ring_of(engine)) == []
        repos = Repositories(engine, TEST_ACTOR)
        assert [s.child.given_name for s in repos.children.summaries(clock.today())] == ["Sanne"]
    finally:
        engine.dispose()


def test_a_rotation_that_meets_a_damaged_value_changes_nothing(
    founded: tuple[FoundedTeam, sqlalchemy.Engine],
) -> None:
    team, admin = founded
    engine = membership.open_team(team.profile, PASSPHRASE)
    Repositories(engine, TEST_ACTOR).children.create("Sanne", "Fictief")
    engine.dispose()
    with admin.begin() as conn:
        conn.exec_driver_sql("UPDATE children SET school = given_name")
    with admin.connect() as conn:
        before = conn.exec_driver_sql("SELECT given_name, school FROM children").all()
    with pytest.raises(VaultDamaged), admin.begin() as conn:
        members.rotate(conn, membership.load_ring(conn, team.profile, PASSPHRASE))
    with admin.connect() as conn:
        assert conn.exec_driver_sql("SELECT given_name, school FROM children").all() == before


def test_a_member_added_before_roles_were_kept_is_anders(
    founded: tuple[FoundedTeam, sqlalchemy.Engine],
) -> None:
    """A server upgraded to 0010 keeps its members; their role is unknown, never a guess."""
    team, admin = founded
    with admin.begin() as conn:
        conn.exec_driver_sql("UPDATE kc_members SET role = NULL")
    engine = membership.open_team(team.profile, PASSPHRASE)
    try:
        assert membership.member_of(engine, team.profile.login).role is Role.ANDERS
        with engine.connect() as conn:
            assert members.unreadable_values(conn, membership.key_ring_of(engine)) == []
    finally:
        engine.dispose()


def test_a_role_is_sealed_on_the_server(founded: tuple[FoundedTeam, sqlalchemy.Engine]) -> None:
    team, admin = founded
    with admin.connect() as conn:
        [stored] = conn.exec_driver_sql("SELECT role FROM kc_members").scalars().all()
    assert stored not in {r.value for r in Role}
    engine = membership.open_team(team.profile, PASSPHRASE)
    try:
        ring = membership.key_ring_of(engine)
        assert ring.open(stored, table="kc_members", column="role") == Role.IB.value
        with pytest.raises(FieldUnreadable):  # bound to its column: not a name
            ring.open(stored, table="kc_members", column="name")
    finally:
        engine.dispose()
