"""Everything beside a vault is private (0600) from its first byte — the database's -wal and
-shm while it is being created, and the work copies a crash leaves — even for a user whose
umask would make new files readable by everyone."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kansencirkel.core.enums import Role
from kansencirkel.vault import layout
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer
from tests.support.vaults import TEST_PASSPHRASE, Kid, VaultFactory
from tests.vault.crashes import private_files

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def open_umask() -> Iterator[None]:
    """This process creates files readable and writable by everyone unless told otherwise."""
    previous = os.umask(0)
    try:
        yield
    finally:
        os.umask(previous)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.usefixtures("open_umask")
def test_a_vault_is_private_while_it_is_made_used_and_backed_up(tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    new = Vault.create(path, "Team", "Iemand", Role.IB, TEST_PASSPHRASE, kdf=TEST_KDF)
    # Being created: the database, its -wal and -shm, the unconfirmed key file, the lock.
    assert {"team.kcv", "team.kcv-wal", "team.kcv-shm", "team.kcv.keys.unconfirmed"} <= set(
        names(tmp_path)
    )
    assert private_files(tmp_path) == []
    with new.commit() as vault:
        assert private_files(tmp_path) == []
        vault.repos.children.create("Fenna", "Fictief")
        backup = vault.backup(tmp_path / "kopieen")
        assert private_files(tmp_path) == [] and private_files(backup.parent) == []
        member = vault.actor.id
    Vault.restore(backup, path, member_id=member, passphrase=TEST_PASSPHRASE)
    assert private_files(tmp_path) == []
    assert os.umask(0) == 0  # the user's umask is back after every private block


def test_work_copies_a_crash_leaves_are_private_and_cleared_at_the_next_unlock(
    vault_factory: VaultFactory, crash_server: CrashServer
) -> None:
    made = vault_factory.make(children=[Kid("Fenna", "Fictief")])
    made.vault.close()
    log = made.path.parent.parent / "jobs.log"
    base = {"path": str(made.path), "member_id": made.member_id, "passphrase": TEST_PASSPHRASE}
    jobs = {
        "backup:staged": {"kind": "backup", "folder": str(made.path.parent.parent / "kopie")},
        "rotate:staged": {
            "kind": "rotate",
            "passphrases": {made.member_id: TEST_PASSPHRASE},
            "recovery_code": made.recovery_code,
        },
    }
    for step, job in jobs.items():
        ended = crash_server.run({**base, **job, "umask": 0, "log": str(log), "crash_at": step})
        assert ended.killed, log.read_text()
        assert layout.staging_path(made.path, step.split(":")[0]) in layout.leftovers(made.path)
        assert private_files(made.path.parent) == [], step
        with made.reopen() as vault:  # the next unlock removes what the crash left
            assert vault.repos.children.count() == 1
        assert layout.leftovers(made.path) == []
