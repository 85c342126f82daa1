"""Running ``kansencirkel team …`` in-process against a throw-away server, as its
administrator; every role a test makes is dropped again (roles are cluster-wide)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlalchemy

from kansencirkel.cli import main
from kansencirkel.vault.team import roles
from kansencirkel.vault.team.membership import TeamProfile
from kansencirkel.vault.team.profile import read_profile
from tests.team.pg_cluster import PgDatabase

FOUNDER_PASSPHRASE = "lange zin voor het kernteam van De Linde"
NEW_PASSPHRASE = "een heel andere zin voor de nieuwe collega"


@dataclass
class TeamCli:
    database: PgDatabase
    folder: Path
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch
    prefix: str = field(default_factory=lambda: f"kc_cli_{uuid.uuid4().hex[:8]}_")

    @property
    def server(self) -> list[str]:
        cluster = self.database.cluster
        url = (
            f"postgresql://{cluster.admin_user}@{cluster.host}:{cluster.port}/{self.database.name}"
        )
        return ["--server", url, "--ca", str(cluster.ca_file)]

    def login(self, name: str) -> str:
        return self.prefix + name

    def run(self, *argv: str, passphrase: str = FOUNDER_PASSPHRASE) -> tuple[int, str, str]:
        self.capsys.readouterr()
        self.monkeypatch.setenv("KANSENCIRKEL_PASSPHRASE", passphrase)
        code = main(list(argv))
        out, err = self.capsys.readouterr()
        return code, out, err

    def init(self, name: str = "juf") -> TeamProfile:
        out = self.folder / f"{name}.kcteam"
        code, _out, err = self.run(
            "team", "init", *self.server, "--login", self.login(name), "--name", "Juf Fictief",
            "--out", str(out), "--recovery-code-file", str(self.folder / f"{name}-herstel.txt"),
        )  # fmt: skip
        assert code == 0, err
        return read_profile(out)

    def add(
        self, team: str, name: str, passphrase: str = FOUNDER_PASSPHRASE, *more: str
    ) -> tuple[int, str]:
        code, _out, err = self.run(
            "team", "member", "add", "--team", str(self.folder / f"{team}.kcteam"), *self.server,
            "--login", self.login(name), "--name", f"Meester {name}",
            "--out", str(self.folder / f"{name}.kcteam"), *more,
            passphrase=passphrase,
        )  # fmt: skip
        return code, err

    def profile(self, name: str) -> TeamProfile:
        return read_profile(self.folder / f"{name}.kcteam")

    def admin(self) -> sqlalchemy.Engine:
        return sqlalchemy.create_engine(self.database.admin_url)

    def close(self) -> None:
        """Drop the logins and team roles this test made (the database goes with its fixture)."""
        engine = self.admin()
        try:
            with engine.connect() as conn:
                teams = [r[0] for r in conn.exec_driver_sql("SELECT id::text FROM kc_teams")]
                logins = [
                    r[0]
                    for r in conn.exec_driver_sql(
                        "SELECT rolname FROM pg_roles WHERE rolname LIKE %(p)s",
                        {"p": self.prefix + "%"},
                    )
                ]
                for role in (*logins, *(roles.team_role(t) for t in teams)):
                    conn.exec_driver_sql(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE usename = %(r)s",
                        {"r": role},
                    )
                    conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{role}"')
                conn.commit()
                left = conn.exec_driver_sql(
                    "SELECT count(*) FROM pg_roles WHERE rolname LIKE %(p)s",
                    {"p": self.prefix + "%"},
                ).scalar()
                assert left == 0, "a login of this test is still on the cluster"
        except sqlalchemy.exc.ProgrammingError:  # no schema yet: nothing was made
            pass
        finally:
            engine.dispose()
