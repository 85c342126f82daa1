"""Proof: passphrases. A hundred wrong attempts change no byte and are each logged once the
vault is opened; a composed and a decomposed form of the same passphrase open the same slot,
whichever was used to create it; a 10,000-character and an emoji passphrase work, in the
vault and on the command line. (The growing delay between attempts is the unlock dialog's.)
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from kansencirkel.core.enums import AuditKind, Role
from kansencirkel.core.passphrase import estimate
from kansencirkel.vault.errors import WrongPassphrase
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer
from tests.support.vaults import TEST_PASSPHRASE, VaultFactory
from tests.vault.conftest import file_hashes

pytestmark = pytest.mark.timeout(300)

#: The same words, once composed (é as one character) and once decomposed (e + accent), as
#: macOS and some keyboards type them; and Korean, whose NFD splits each syllable in three.
COMPOSED = ["Één café, naïef en coöperatief", "우리 학교 지킴이 팀"]
LONG = "".join(f"woord{i} " for i in range(1400))[:10_000]
EMOJI = "🦊 vos 🌈 regenboog 👩‍👩‍👧 gezin 🏳️‍🌈 ✊🏽"


def nfd(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    return decomposed


def test_a_hundred_wrong_attempts_change_nothing_and_are_each_logged(
    vault_factory: VaultFactory,
) -> None:
    vault = vault_factory()
    member = vault.actor
    vault.close()
    before = file_hashes(vault.path.parent)
    for i in range(100):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, member.id, f"{TEST_PASSPHRASE} {i}")
    assert file_hashes(vault.path.parent) == before  # not a byte, not a new file
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as again:
        entries = again.repos.audit.entries()
        failed = [e for e in entries if e.kind is AuditKind.FAILED_UNLOCK]
        unlock = [e for e in entries if e.kind is AuditKind.UNLOCK][-1]
    assert len(failed) == 100
    assert {(e.actor, e.record_id) for e in failed} == {(member.name, member.id)}
    assert [e.at for e in failed] == sorted(e.at for e in failed)  # their own times, in order
    assert all(e.seq < unlock.seq for e in failed)
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as third:
        assert sum(e.kind is AuditKind.FAILED_UNLOCK for e in third.repos.audit.entries()) == 100


def test_wrong_attempts_on_the_command_line_exit_3_and_change_nothing(
    vault_factory: VaultFactory, crash_server: CrashServer, proof_count: Any, tmp_path: Path
) -> None:
    vault = vault_factory()
    vault.close()
    before = file_hashes(vault.path.parent)
    log = tmp_path / "jobs.log"
    for i in range(proof_count(20, 100)):
        ended = crash_server.run(
            {
                "kind": "cli",
                "argv": ["children", str(vault.path)],
                "env": {"KANSENCIRKEL_PASSPHRASE": f"fout {i}"},
                "log": str(log),
            }
        )
        assert ended.exit_code == WrongPassphrase.exit_code
    assert file_hashes(vault.path.parent) == before
    assert log.read_text(encoding="utf-8").count(WrongPassphrase().message_nl) == proof_count(
        20, 100
    )


@pytest.mark.parametrize("text", COMPOSED)
def test_composed_and_decomposed_forms_open_the_same_slot(tmp_path: Path, text: str) -> None:
    for made_with, opened_with in ((text, nfd(text)), (nfd(text), text)):
        path = tmp_path / f"{len(made_with)}.kcv"
        new = Vault.create(path, "Team", "Iemand", Role.IB, made_with, kdf=TEST_KDF)
        with new.commit() as vault:
            member = vault.actor.id
            vault.keys.add_member("Tweede", Role.SMW, opened_with)
            second = vault.keys.members[-1].id
            vault.keys.change_passphrase(member, opened_with, made_with)
        Vault.open(path, member, opened_with).close()
        Vault.open(path, second, made_with).close()
        with pytest.raises(WrongPassphrase):
            Vault.open(path, member, made_with + ".")
    assert estimate(text) == estimate(nfd(text))  # the same hint for both forms


@pytest.mark.parametrize("passphrase", [LONG, EMOJI], ids=["10000-chars", "emoji"])
def test_long_and_emoji_passphrases(vault_factory: VaultFactory, passphrase: str) -> None:
    assert len(LONG) == 10_000
    vault = vault_factory()
    member = vault.actor.id
    vault.keys.change_passphrase(member, TEST_PASSPHRASE, passphrase)
    vault.close()
    Vault.open(vault.path, member, passphrase).close()
    for near in (passphrase[:-1], passphrase + " ", passphrase[:-1] + "x"):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, member, near)


def test_long_and_emoji_passphrases_on_the_command_line(
    vault_factory: VaultFactory, crash_server: CrashServer, tmp_path: Path
) -> None:
    """Through --passphrase-file (with a Windows editor's byte order mark) and the
    environment: the same passphrase, whichever way it comes in."""
    vault = vault_factory()
    member = vault.actor.id
    vault.close()
    log = tmp_path / "jobs.log"
    for passphrase in (LONG, EMOJI, nfd(COMPOSED[0])):
        new_file = tmp_path / "nieuw.txt"
        new_file.write_text("\ufeff" + passphrase + "\r\n", encoding="utf-8")
        ended = crash_server.run(
            {
                "kind": "cli",
                "argv": [
                    "vault",
                    "passwd",
                    str(vault.path),
                    "--new-passphrase-file",
                    str(new_file),
                ],
                "env": {"KANSENCIRKEL_PASSPHRASE": TEST_PASSPHRASE},
                "log": str(log),
            }
        )
        assert ended.exit_code == 0, log.read_text(encoding="utf-8")
        Vault.open(vault.path, member, unicodedata.normalize("NFC", passphrase)).close()
        env = {"KANSENCIRKEL_PASSPHRASE": passphrase}
        ended = crash_server.run(
            {"kind": "cli", "argv": ["children", str(vault.path)], "env": env, "log": str(log)}
        )
        assert ended.exit_code == 0, log.read_text(encoding="utf-8")
        with Vault.open(vault.path, member, passphrase) as again:  # back for the next one
            again.keys.change_passphrase(member, passphrase, TEST_PASSPHRASE)


@pytest.mark.skipif(os.name == "nt", reason="POSIX environment bytes")
def test_a_passphrase_that_is_not_text_is_refused_in_one_sentence(
    vault_factory: VaultFactory,
) -> None:
    import subprocess
    import sys

    vault = vault_factory()
    vault.close()
    env = {k.encode(): v.encode() for k, v in os.environ.items()}
    env[b"KANSENCIRKEL_PASSPHRASE"] = b"\xff\xfe geen utf-8"
    env[b"PYTHONPATH"] = str(Path(__file__).resolve().parents[2]).encode()
    done = subprocess.run(
        [sys.executable, "-m", "kansencirkel", "children", str(vault.path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 5
    errors = [ln for ln in done.stderr.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    assert len(errors) == 1 and "UTF-8" in errors[0] and "Traceback" not in done.stderr
