"""The ``cli`` fixture of the team command-line tests: a TeamCli on a fresh database, with
a cheap KDF, the new member's passphrase and the administrator's password in the
environment; its logins and team roles dropped afterwards."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team.pg_cluster import PgDatabase
from tests.team.team_cli_support import NEW_PASSPHRASE, TeamCli


@pytest.fixture
def cli(
    pg_database: PgDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[TeamCli]:
    monkeypatch.setenv("KANSENCIRKEL_TEST_KDF", "1")
    monkeypatch.setenv("KANSENCIRKEL_NEW_PASSPHRASE", NEW_PASSPHRASE)
    monkeypatch.setenv("PGPASSWORD", pg_database.cluster.admin_password)
    monkeypatch.delenv("KANSENCIRKEL_LANG", raising=False)
    made = TeamCli(pg_database, tmp_path, capsys, monkeypatch)
    yield made
    made.close()
