"""The one way tests make a vault: real SQLCipher files with the light TEST_KDF.

Every conftest, test, benchmark and test subprocess that needs a vault gets it here, so there
is one test passphrase, one team and member name and one KDF to know about:

    made = make_vault(tmp_path / "team.kcv", children=[Kid("Sanne", "de Vries")])
    made.vault                      # open, as member TEST_MEMBER
    made.recovery_code              # shown once by Vault.create, before the commit
    made.child_ids["Sanne"]         # given name → id
    made.reopen()                   # open it again with the member's passphrase

Tests get the same through the ``vault_factory`` fixture (tests/conftest.py), which also closes
every vault still open when the test ends. Only tests of creation itself (its refusals, say)
call ``Vault.create`` directly.

This module imports no pytest, so benchmarks and test subprocesses can use it too.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import sqlalchemy

from kansencirkel.core.enums import Role
from kansencirkel.core.model import TeamMember
from kansencirkel.vault.engine import make_engine
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.schema import upgrade_to_head
from kansencirkel.vault.vault import Vault

__all__ = [
    "TEST_ACTOR",
    "TEST_KDF",
    "TEST_MEMBER",
    "TEST_PASSPHRASE",
    "TEST_ROLE",
    "TEST_TEAM",
    "Kid",
    "MadeVault",
    "VaultFactory",
    "add_children",
    "bare_database",
    "make_vault",
]

TEST_PASSPHRASE = "correct paard batterij niet"  # fictional; long enough for every check
TEST_TEAM = "Kernteam De Linde"
TEST_MEMBER = "Test IB'er"
TEST_ROLE = Role.IB
# The member that repository tests on a bare database (no key file) act as.
TEST_ACTOR = TeamMember("m-1", TEST_MEMBER, TEST_ROLE)


@dataclass(frozen=True)
class Kid:
    """A fictional child to add to a vault: the arguments of ``vault.children.create``."""

    given_name: str
    family_name: str
    school: str = ""
    group: str = ""
    date_of_birth: date | None = None
    opened_on: date | None = None


@dataclass(frozen=True)
class MadeVault:
    """What :func:`make_vault` made: the vault (open until someone closes it) and how to get
    back in."""

    vault: Vault
    path: Path
    member: TeamMember
    passphrase: str
    recovery_code: str
    child_ids: dict[str, str] = field(default_factory=dict)  # given name → id

    @property
    def member_id(self) -> str:
        return self.member.id

    def reopen(self) -> Vault:
        """Open the vault again as its first member (close the old one first)."""
        return Vault.open(self.path, self.member.id, self.passphrase)


def add_children(vault: Vault, kids: Iterable[Kid]) -> dict[str, str]:
    """Add the children; returns given name → id."""
    ids: dict[str, str] = {}
    for kid in kids:
        child = vault.repos.children.create(
            kid.given_name,
            kid.family_name,
            school=kid.school,
            group=kid.group,
            date_of_birth=kid.date_of_birth,
            opened_on=kid.opened_on,
        ).value
        ids[kid.given_name] = child.id
    return ids


def make_vault(
    path: Path,
    *,
    demo: bool = False,
    children: Iterable[Kid] = (),
    team_name: str = TEST_TEAM,
    member_name: str = TEST_MEMBER,
    role: Role = TEST_ROLE,
    passphrase: str = TEST_PASSPHRASE,
) -> MadeVault:
    """A new vault at ``path`` (folders made as needed) with one member and ``children``."""
    new = Vault.create(
        Path(path), team_name, member_name, role, passphrase, demo=demo, kdf=TEST_KDF
    )
    code = new.recovery_code  # "shown and confirmed": from here the vault counts as created
    vault = new.commit()
    ids = add_children(vault, children)
    return MadeVault(vault, vault.path, vault.actor, passphrase, code, ids)


class VaultFactory:
    """Makes vaults ``folder/<name>.kcv`` and remembers them; :meth:`close_all` closes every
    vault it made or opened. The ``vault_factory`` fixture is one of these."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made: dict[Path, MadeVault] = {}
        self._open: list[Vault] = []

    def make(self, name: str = "team", *, folder: Path | None = None, **kw: object) -> MadeVault:
        """:func:`make_vault` (same keywords) at ``folder/<name>.kcv``."""
        made = make_vault((folder or self.folder) / f"{name}.kcv", **kw)  # type: ignore[arg-type]
        self.made[made.path] = made
        self._open.append(made.vault)
        return made

    def __call__(self, name: str = "team", *, folder: Path | None = None, **kw: object) -> Vault:
        """Like :meth:`make`, returning just the open vault."""
        return self.make(name, folder=folder, **kw).vault

    def reopen(self, path: Path) -> Vault:
        """Open a vault made here again with its first member's passphrase."""
        return self.track(self.made[path].reopen())

    def track(self, vault: Vault) -> Vault:
        """Close this vault at the end too."""
        self._open.append(vault)
        return vault

    def forget(self, vault: Vault) -> None:
        """Drop every reference kept here to ``vault``, without closing it."""
        self._open = [v for v in self._open if v is not vault]
        self.made = {p: m for p, m in self.made.items() if m.vault is not vault}

    def close_all(self) -> None:
        for vault in self._open:
            vault.close()
        self._open.clear()


def bare_database(path: Path, key: bytes | None = None) -> tuple[sqlalchemy.Engine, bytes]:
    """A SQLCipher database at schema head without key file, slots or lock, for repository
    tests that read the file below the vault; returns the engine and its key."""
    key = key or os.urandom(32)
    engine = make_engine(path, key)
    upgrade_to_head(engine)
    return engine, key
