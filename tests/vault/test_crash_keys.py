"""Proof: a key change killed (SIGKILL, real process) at any moment leaves a vault that the old
or the new credentials open — never neither — with the recovery code valid and nothing lost.

Each kind of change runs once to time it, once per crash point between its writes, and then
``proof_count(10, 100)`` times killed after a random delay. After each kill the test opens
the vault itself (which finishes what the change left: a stale key-file mirror, a rotation
between its swap and its key file), checks every page and the audit chain, and goes on from
whatever state the kill left.
"""

from __future__ import annotations

from typing import Any

import pytest

from kansencirkel.core.enums import Role
from kansencirkel.vault import keyfile
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer
from tests.support.vaults import TEST_PASSPHRASE, Kid, MadeVault, VaultFactory
from tests.vault.crashes import Proof, assert_whole, opens, opens_with_code, private_files

pytestmark = pytest.mark.timeout(600)

CHILDREN = [Kid("Fenna", "Fictief"), Kid("Joris", "Verzonnen")]


def made(vault_factory: VaultFactory) -> MadeVault:
    record = vault_factory.make(children=CHILDREN)
    record.vault.close()
    return record


def runs(proof: Proof, job: Any, steps: tuple[str, ...], count: int) -> list[dict[str, Any]]:
    """(job keywords) for: the timing run, one per crash point, ``count`` random kills."""
    typical = proof.run(job(0)).seconds
    plan: list[dict[str, Any]] = [{"crash_at": step} for step in steps]
    plan += [{"delay": d} for d in proof.delays(count, typical)]
    return plan


def test_passphrase_change_killed_anywhere(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any
) -> None:
    record = made(vault_factory)
    path, member = record.path, record.member_id
    proof = Proof(crash_server, path.parent)
    current = [TEST_PASSPHRASE]

    def job(i: int) -> dict[str, Any]:
        env = {"KANSENCIRKEL_PASSPHRASE": current[0], "KANSENCIRKEL_NEW_PASSPHRASE": f"nieuw {i}"}
        return {"kind": "cli", "argv": ["vault", "passwd", str(path)], "env": env}

    plan = runs(proof, job, ("keyfile:main-written",), proof_count(10, 100))
    current[0] = "nieuw 0"  # what the timing run changed it to
    for i, how in enumerate(plan, 1):
        old, new = current[0], f"nieuw {i}"
        ended = proof.run(job(i), **how)
        old_opens, new_opens = opens(path, member, old), opens(path, member, new)
        assert old_opens != new_opens, (proof.seed, old_opens, new_opens)  # one, never both
        assert new_opens or ended.killed
        proof.note("new passphrase" if new_opens else "old passphrase")
        current[0] = new if new_opens else old
        assert opens_with_code(path, record.recovery_code)
        assert_whole(path, member, current[0], len(CHILDREN))
        assert private_files(path.parent) == []
    print(proof.summary("passphrase change"))


def test_adding_a_member_killed_anywhere(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any
) -> None:
    record = made(vault_factory)
    path, member = record.path, record.member_id
    proof = Proof(crash_server, path.parent)

    def job(i: int) -> dict[str, Any]:
        return {
            "kind": "add_member",
            "path": str(path),
            "member_id": member,
            "passphrase": TEST_PASSPHRASE,
            "name": f"Lid {i}",
            "new_passphrase": f"wachtwoord van lid {i}",
        }

    for i, how in enumerate(runs(proof, job, ("keyfile:main-written",), proof_count(10, 100)), 1):
        ended = proof.run(job(i), **how)
        added = [m for m in Vault.members(path) if m.name == f"Lid {i}"]
        assert added or ended.killed
        if added:  # the new member's passphrase works at once
            assert opens(path, added[0].id, f"wachtwoord van lid {i}")
        proof.note("added" if added else "not added")
        assert opens(path, member, TEST_PASSPHRASE)
        assert opens_with_code(path, record.recovery_code)
        assert_whole(path, member, TEST_PASSPHRASE, len(CHILDREN))
        assert private_files(path.parent) == []
    print(proof.summary("adding a member"))


def test_new_recovery_code_killed_anywhere(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any
) -> None:
    """Kluis → Nieuwe herstelcode: after a kill the old or the new code opens, never both and
    never neither, and the passphrase opens as before."""
    from kansencirkel.vault.keyslots import new_recovery_code

    record = made(vault_factory)
    path, member = record.path, record.member_id
    proof = Proof(crash_server, path.parent)
    codes = [new_recovery_code() for _ in range(proof_count(10, 100) + 3)]
    current = [record.recovery_code]

    def job(i: int) -> dict[str, Any]:
        return {
            "kind": "replace_recovery",
            "path": str(path),
            "member_id": member,
            "passphrase": TEST_PASSPHRASE,
            "code": codes[i],
        }

    plan = runs(proof, job, ("keyfile:main-written",), proof_count(10, 100))
    current[0] = codes[0]  # what the timing run made the code
    for i, how in enumerate(plan, 1):
        ended = proof.run(job(i), **how)
        old_opens, new_opens = opens_with_code(path, current[0]), opens_with_code(path, codes[i])
        assert old_opens != new_opens, (proof.seed, old_opens, new_opens)
        assert new_opens or ended.killed
        proof.note("new code" if new_opens else "old code")
        current[0] = codes[i] if new_opens else current[0]
        assert opens(path, member, TEST_PASSPHRASE)
        assert_whole(path, member, TEST_PASSPHRASE, len(CHILDREN))
        assert private_files(path.parent) == []
    print(proof.summary("new recovery code"))


def test_removing_a_member_killed_anywhere(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any
) -> None:
    record = made(vault_factory)
    path, member = record.path, record.member_id
    proof = Proof(crash_server, path.parent)
    leaving: list[str] = []

    def job(i: int) -> dict[str, Any]:
        with record.reopen() as vault:  # someone to remove
            leaving[:] = [vault.keys.add_member(f"Vertrekt {i}", Role.SMW, f"weg {i}").id]
        return {
            "kind": "remove_member",
            "path": str(path),
            "member_id": member,
            "passphrase": TEST_PASSPHRASE,
            "remove_id": leaving[0],
        }

    for i, how in enumerate(runs(proof, job, ("keyfile:main-written",), proof_count(10, 100)), 1):
        ended = proof.run(job(i), **how)
        still_there = any(m.id == leaving[0] for m in Vault.members(path))
        assert still_there or not opens(path, leaving[0], f"weg {i}")  # removed = revoked
        assert still_there == opens(path, leaving[0], f"weg {i}")
        assert not still_there or ended.killed
        proof.note("kept" if still_there else "removed")
        assert opens(path, member, TEST_PASSPHRASE)
        assert opens_with_code(path, record.recovery_code)
        assert_whole(path, member, TEST_PASSPHRASE, len(CHILDREN))
        assert private_files(path.parent) == []
    print(proof.summary("removing a member"))


ROTATION_STEPS = (
    "rotate:staged",
    "rotate:next-written",
    "rotate:swapped",
    "keyfile:main-written",
    "rotate:saved",
)


def test_key_rotation_killed_anywhere(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any
) -> None:
    record = vault_factory.make(children=CHILDREN)
    other = record.vault.keys.add_member("Łucja", Role.JEUGDHULP, "tweede wachtwoord")
    record.vault.close()
    path, member = record.path, record.member_id
    passphrases = {member: TEST_PASSPHRASE, other.id: "tweede wachtwoord"}
    proof = Proof(crash_server, path.parent)

    def job(_i: int) -> dict[str, Any]:
        return {
            "kind": "rotate",
            "path": str(path),
            "member_id": member,
            "passphrase": TEST_PASSPHRASE,
            "passphrases": passphrases,
            "recovery_code": record.recovery_code,
        }

    for i, how in enumerate(runs(proof, job, ROTATION_STEPS, proof_count(10, 100)), 1):
        before = keyfile.keyfile_path(path).read_bytes()
        ended = proof.run(job(i), **how)
        # Every secret opens, whether the rotation happened, was rolled back or is finished
        # by this very unlock.
        assert opens(path, other.id, "tweede wachtwoord"), (proof.seed, how)
        assert opens(path, member, TEST_PASSPHRASE)
        assert opens_with_code(path, record.recovery_code)
        rotated = keyfile.keyfile_path(path).read_bytes() != before
        assert rotated or ended.killed
        proof.note("rotated" if rotated else "old key kept")
        assert_whole(path, member, TEST_PASSPHRASE, len(CHILDREN))
        assert private_files(path.parent) == []
    print(proof.summary("key rotation"))
