"""Team stores for tests: a fresh database at schema head with one team and one member,
reached as that member over verified TLS with a real field cipher (no mocks).

The schema is migrated once per session into a template database; each store is a copy of
it (``CREATE DATABASE … TEMPLATE``), which takes milliseconds instead of a migration run.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass, field

import sqlalchemy
from sqlalchemy.engine import make_url

from kansencirkel.vault import schema
from kansencirkel.vault.team import roles
from kansencirkel.vault.team.fields import FieldCipher
from kansencirkel.vault.team.login import scram_sha256_verifier
from kansencirkel.vault.team.slots import new_data_key
from kansencirkel.vault.team.store import ServerAddress, team_engine
from tests.team.pg_cluster import PgCluster


@dataclass
class TeamStore:
    """One team on its own database: its id, its member's login and the member's engine."""

    database: str
    team_id: str
    login: str
    password: str
    cipher: FieldCipher
    engine: sqlalchemy.Engine
    admin_url: str
    extra_roles: list[str] = field(default_factory=list)


class TeamStores:
    """Makes team stores on one cluster and removes them (databases and roles) again."""

    def __init__(self, cluster: PgCluster) -> None:
        self.cluster = cluster
        self.address = ServerAddress(cluster.host, cluster.port, "", cluster.ca_file)
        self._template: str | None = None
        self._made: list[TeamStore] = []

    def _template_name(self) -> str:
        if self._template is None:
            name = f"kc_head_{uuid.uuid4().hex[:12]}"
            self.cluster.create_database(name)
            admin = sqlalchemy.create_engine(self.cluster.admin_url(name))
            try:
                schema.upgrade_to_head(admin)
            finally:
                admin.dispose()
            self._template = name
        return self._template

    def admin_engine(self, database: str) -> sqlalchemy.Engine:
        return sqlalchemy.create_engine(self.cluster.admin_url(database))

    def add_team(self, store: TeamStore | None = None) -> TeamStore:
        """A new team with one member: on a new database, or beside ``store``'s team."""
        database = store.database if store else f"kc_t_{uuid.uuid4().hex[:16]}"
        if store is None:
            with (
                self.admin_engine("postgres")
                .execution_options(isolation_level="AUTOCOMMIT")
                .connect() as conn
            ):
                conn.exec_driver_sql(f"CREATE DATABASE {database} TEMPLATE {self._template_name()}")
        team_id = str(uuid.uuid4())
        login = f"kc_m_{uuid.uuid4().hex[:12]}"
        password = secrets.token_urlsafe(24)
        admin = self.admin_engine(database)
        try:
            with admin.begin() as conn:
                roles.create_team(conn, team_id)
                roles.create_login(conn, team_id, login, scram_sha256_verifier(password))
        finally:
            admin.dispose()
        cipher = FieldCipher(team_id, new_data_key())
        address = ServerAddress(
            self.cluster.host, self.cluster.port, database, self.cluster.ca_file
        )
        made = TeamStore(
            database=database,
            team_id=team_id,
            login=login,
            password=password,
            cipher=cipher,
            engine=team_engine(address.url(login, password), team_id, cipher),
            admin_url=self.cluster.admin_url(database),
        )
        self._made.append(made)
        return made

    def url_of(self, store: TeamStore, login: str, password: str) -> sqlalchemy.URL:
        return make_url(store.engine.url).set(username=login, password=password)

    def close(self) -> None:
        for made in self._made:
            made.engine.dispose()
        databases = {m.database for m in self._made}
        for name in databases:
            self.cluster.drop_database(name)
        with (
            self.admin_engine("postgres")
            .execution_options(isolation_level="AUTOCOMMIT")
            .connect() as conn
        ):
            for made in self._made:
                for role in (made.login, *made.extra_roles, roles.team_role(made.team_id)):
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
        self._made.clear()

    def drop_template(self) -> None:
        if self._template is not None:
            self.cluster.drop_database(self._template)
            self._template = None
