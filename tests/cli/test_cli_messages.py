"""Say what is true: a folder, an empty path or a key file given as the vault are named as
such, and a key file ahead of its mirror (what a crash between the two writes leaves) is
repaired from the newer copy and reported — none of them is "damaged, restore a backup"."""

from __future__ import annotations

import signal

import pytest

from kansencirkel.cli import main
from kansencirkel.core.crashpoint import ENV_CRASH_AT
from kansencirkel.core.i18n import Message
from kansencirkel.vault import keyfile, layout
from kansencirkel.vault.errors import VaultDamaged, WrongPassphrase
from tests.cli.conftest import Made, real_errors, run_cli
from tests.support.vaults import TEST_PASSPHRASE


def errors(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return real_errors(capsys.readouterr().err)


def test_a_folder_is_not_a_damaged_vault(
    empty_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = empty_vault.path.parent
    capsys.readouterr()
    for command in (["vault", "check"], ["children"], ["vault", "backup"]):
        extra = ["--to", str(folder / "kopie")] if command[-1] == "backup" else []
        assert main([*command, str(folder), *extra]) == 1
        assert errors(capsys) == [Message(layout.NOT_A_FOLDER, {"path": folder}).text("nl")]
    assert main(["vault", "init", str(folder), "--team", "T", "--member", "M"]) == 1
    assert errors(capsys) == [Message(layout.NOT_A_FOLDER, {"path": folder}).text("nl")]


def test_an_empty_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["vault", "check", ""]) == 2
    (line,) = errors(capsys)
    assert "VAULT" in line and "plek van de kluis" in line
    assert main(["vault", "restore", "x.kcv", "--to", ""]) == 2
    assert len(errors(capsys)) == 1


@pytest.mark.parametrize("side", ["keys", "bak", "wal"])
def test_a_file_beside_the_vault_is_named(
    empty_vault: Made, side: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = {
        "keys": keyfile.keyfile_path(empty_vault.path),
        "bak": keyfile.backup_keyfile_path(empty_vault.path),
        "wal": layout.wal_path(empty_vault.path),
    }[side]
    path.touch()
    capsys.readouterr()
    assert main(["vault", "check", str(path)]) == 1
    expected = Message(layout.NOT_A_SIDE_FILE, {"path": path, "vault": empty_vault.path})
    assert errors(capsys) == [expected.text("nl")]


def test_a_crash_between_the_two_key_file_writes_is_repaired_not_restored(
    empty_vault: Made,
) -> None:
    path = empty_vault.path
    new = {"KANSENCIRKEL_NEW_PASSPHRASE": "een nieuw wachtwoord"}
    r = run_cli("vault", "passwd", str(path), env={**new, ENV_CRASH_AT: "keyfile:main-written"})
    assert r.returncode == -signal.SIGKILL
    main_file, mirror = keyfile.keyfile_path(path), keyfile.backup_keyfile_path(path)
    assert main_file.read_bytes() != mirror.read_bytes()  # the state the crash left

    r = run_cli("children", str(path))  # the old passphrase is gone: the change happened
    assert r.returncode == WrongPassphrase.exit_code
    assert main_file.read_bytes() != mirror.read_bytes()  # a wrong passphrase repairs nothing
    new_passphrase = {"KANSENCIRKEL_PASSPHRASE": "een nieuw wachtwoord"}
    r = run_cli("vault", "check", str(path), env=new_passphrase)
    assert r.returncode == 0, r.stderr
    assert real_errors(r.stderr) == [Message(keyfile.MIRROR_REPAIRED).text("nl")]
    assert VaultDamaged().message_nl not in r.stderr
    assert "De kluis is in orde." in r.stdout
    assert main_file.read_bytes() == mirror.read_bytes()
    r = run_cli("vault", "check", str(path), env=new_passphrase)
    assert r.returncode == 0 and real_errors(r.stderr) == []  # repaired once, for good
    assert TEST_PASSPHRASE not in r.stdout
