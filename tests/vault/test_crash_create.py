"""Proof: `vault init` killed (SIGKILL, real process) at any moment never loses the recovery code.

After every kill the place holds nothing, an unfinished creation that a rerun of the same
command finishes or replaces, or a vault whose recovery code is in its file and opens it —
never a vault nobody can recover. Every file is private from its first byte, though the
killed process ran with umask 000.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kansencirkel.vault.layout import State
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE, TEST_TEAM
from tests.vault.crashes import Proof, opens, opens_with_code, private_files

pytestmark = pytest.mark.timeout(600)

#: Every step of a creation where a crash leaves something different behind.
STEPS = (
    "create:unconfirmed-written",
    "create:database-made",
    "create:before-commit",  # the code is in its file, the vault not yet committed
    "create:committed",  # the key file has its name, its mirror is not written yet
)


def init_job(folder: Path) -> tuple[Path, Path, dict[str, Any]]:
    folder.mkdir()
    path, code_file = folder / "team.kcv", folder / "herstelcode.txt"
    argv = ["vault", "init", str(path), "--team", TEST_TEAM, "--member", TEST_MEMBER]
    job = {
        "kind": "cli",
        "argv": [*argv, "--recovery-code-file", str(code_file)],
        "env": {"KANSENCIRKEL_PASSPHRASE": TEST_PASSPHRASE},
    }
    return path, code_file, job


def assert_recoverable(path: Path, code_file: Path) -> None:
    """A created vault: its code is in the file and opens it, and so does the passphrase."""
    assert Vault.state(path) is State.PRESENT
    code = code_file.read_text(encoding="utf-8").strip()
    assert opens_with_code(path, code), "a vault whose recovery code is lost"
    (member,) = Vault.members(path)
    assert opens(path, member.id, TEST_PASSPHRASE)


def settle(proof: Proof, path: Path, code_file: Path, job: dict[str, Any]) -> None:
    """Classify what the kill left, then rerun the same command (no kill): it must end with
    a vault whose code is in the file."""
    assert private_files(path.parent) == []
    found = Vault.state(path)
    if found is State.PRESENT:
        proof.note("created")
        assert_recoverable(path, code_file)
        return
    if found is State.UNFINISHED:
        proof.note("unfinished, code in its file" if code_file.exists() else "unfinished")
    else:
        assert not code_file.exists(), "a code file for a vault that is not there"
        proof.note("nothing")
    proof.run(job)  # the rerun finishes the creation, or makes it anew
    assert private_files(path.parent) == []
    assert_recoverable(path, code_file)


def test_init_killed_anywhere_never_loses_the_recovery_code(
    tmp_path: Path, crash_server: CrashServer, proof_count: Any
) -> None:
    proof = Proof(crash_server, tmp_path)
    path, code_file, job = init_job(tmp_path / "timed")
    typical = proof.run(job).seconds
    assert_recoverable(path, code_file)
    assert private_files(path.parent) == []

    for step in STEPS:
        path, code_file, job = init_job(tmp_path / step.replace(":", "-"))
        proof.run(job, crash_at=step)
        settle(proof, path, code_file, job)
    for i, delay in enumerate(proof.delays(proof_count(10, 100), typical)):
        path, code_file, job = init_job(tmp_path / f"random-{i}")
        proof.run(job, delay=delay)
        settle(proof, path, code_file, job)
    print(proof.summary(f"vault init ({typical:.2f} s each)"))
    assert proof.outcomes["created"] + proof.outcomes["nothing"] > 0
