"""Vault fixtures on top of :mod:`tests.support.vaults` (``vault_factory`` is in
tests/conftest.py): one open empty vault, a bare database and its repositories."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy

from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer
from tests.support.vaults import TEST_ACTOR, VaultFactory, bare_database


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The repository tests run on both stores: the laptop vault and a team server."""
    module = metafunc.module.__name__.rsplit(".", 1)[-1]
    if module.startswith("test_repos_") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("store", ["laptop", "team"], indirect=True)


@pytest.fixture
def store(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "laptop"))


@pytest.fixture
def engine(
    request: pytest.FixtureRequest, store: str, tmp_path: Path
) -> Iterator[sqlalchemy.Engine]:
    """A bare engine at schema head: a fresh SQLCipher database, or (``store`` "team") a
    member's engine on a fresh team store on the test PostgreSQL server."""
    if store == "team":
        yield request.getfixturevalue("team_store").engine
        return
    eng, _key = bare_database(tmp_path / "v.kcv")
    yield eng
    eng.dispose()


@pytest.fixture
def repos(engine: sqlalchemy.Engine) -> Repositories:
    """The repositories on that bare database, acting as TEST_ACTOR."""
    return Repositories(engine, TEST_ACTOR)


@pytest.fixture
def open_vault(vault_factory: VaultFactory) -> Vault:
    """One open, empty vault (member TEST_MEMBER, passphrase TEST_PASSPHRASE)."""
    return vault_factory()


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (relative name → digest)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def crash_server() -> Iterator[CrashServer]:
    """A fork server for the crash proofs (:mod:`tests.support.crash_server`): its jobs are
    real processes, killed with a real SIGKILL. Light KDF for what the command line creates."""
    if not hasattr(os, "pidfd_open"):
        pytest.skip("the crash proofs need Linux (pidfd)")
    server = CrashServer({"KANSENCIRKEL_TEST_KDF": "1"})
    try:
        yield server
    finally:
        server.close()
