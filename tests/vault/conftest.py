"""Shared fixtures: real SQLCipher vaults with the light TEST_KDF in tmp_path.

Other test folders can reuse them from their own conftest.py:

    from tests.vault.conftest import open_vault, vault_factory  # noqa: F401

`vault_factory(...)` creates and returns an open `Vault`; the recovery code and passphrase of
each vault it made are in `vault_factory.made[path]`. Every vault still open at the end of the
test is closed.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy

from kansencirkel.core.enums import Role
from kansencirkel.core.model import TeamMember
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.schema import upgrade_to_head
from kansencirkel.vault.vault import Vault

TEST_PASSPHRASE = "correct paard batterij niet"
TEST_MEMBER = "Test IB'er"
TEST_TEAM = "Kernteam De Regenboog"


@dataclass(frozen=True)
class MadeVault:
    path: Path
    member: TeamMember
    passphrase: str
    recovery_code: str


class VaultFactory:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[Path, MadeVault] = {}
        self._open: list[Vault] = []

    def __call__(
        self,
        name: str = "team",
        *,
        team_name: str = TEST_TEAM,
        member_name: str = TEST_MEMBER,
        role: Role = Role.IB,
        passphrase: str = TEST_PASSPHRASE,
        demo: bool = False,
        folder: Path | None = None,
    ) -> Vault:
        path = (folder or self.folder) / f"{name}.kcv"
        vault, code = Vault.create(
            path, team_name, member_name, role, passphrase, demo=demo, kdf=TEST_KDF
        )
        self.made[path] = MadeVault(path, vault.actor, passphrase, code)
        self._open.append(vault)
        return vault

    def reopen(self, path: Path) -> Vault:
        """Open a vault made here again with its first member's passphrase."""
        made = self.made[path]
        vault = Vault.open(path, made.member.id, made.passphrase)
        self._open.append(vault)
        return vault

    def track(self, vault: Vault) -> Vault:
        self._open.append(vault)
        return vault

    def close_all(self) -> None:
        for vault in self._open:
            vault.close()
        self._open.clear()


@pytest.fixture
def vault_factory(tmp_path: Path) -> Iterator[VaultFactory]:
    factory = VaultFactory(tmp_path / "vaults")
    try:
        yield factory
    finally:
        factory.close_all()


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sqlalchemy.Engine]:
    """A bare engine on a fresh SQLCipher database at schema head (for repository tests)."""
    eng = make_engine(tmp_path / "v.kcv", os.urandom(32))
    upgrade_to_head(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def open_vault(vault_factory: VaultFactory) -> Vault:
    """One open, empty vault (member "Test IB'er", passphrase TEST_PASSPHRASE)."""
    return vault_factory()


def file_hashes(folder: Path) -> dict[str, str]:
    """SHA-256 of every file under `folder` (relative name → digest)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
