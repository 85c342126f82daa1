"""Proof 10, "Risky places" (command line): ``vault init`` and every command that opens a
vault print one warning line on stderr for a vault in a synced folder and go on; a vault on a
read-only medium (a real read-only tmpfs) is refused with one sentence and exit code 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core.i18n import Message
from kansencirkel.core.places import READ_ONLY, SYNCED_FOLDER
from tests.cli.conftest import Made, make_vault, real_errors
from tests.support.readonly import read_only_medium

pytestmark = pytest.mark.timeout(120)


def synced(service: str) -> str:
    return Message(SYNCED_FOLDER, {"service": service}).text("nl")


def stderr_of(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return real_errors(capsys.readouterr().err)


def test_init_and_opening_in_a_synced_folder_warn_on_stderr_and_go_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "OneDrive - Stichting De Linde" / "Kernteam"
    folder.mkdir(parents=True)
    made = make_vault(folder)  # vault init
    assert stderr_of(capsys) == [synced("OneDrive")]
    for args in (["children", str(made.path)], ["vault", "check", str(made.path)]):
        assert main(args) == 0
        assert stderr_of(capsys) == [synced("OneDrive")], args
    assert main(["--lang", "en", "children", str(made.path)]) == 0
    [line] = stderr_of(capsys)
    assert "OneDrive" in line and line.startswith("Warning: this vault is in a folder")


def test_an_ordinary_folder_gets_no_warning(
    empty_vault: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["children", str(empty_vault.path)]) == 0
    assert stderr_of(capsys) == []


def test_a_vault_on_a_read_only_medium_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made: list[Made] = []
    stick = tmp_path / "usb-stick"
    with read_only_medium(stick, lambda f: made.append(make_vault(f))):
        capsys.readouterr()
        path = str(made[0].path)
        for args in (["children", path], ["vault", "check", path], ["audit", path, "--verify"]):
            assert main(args) == 1, args
            assert stderr_of(capsys) == [Message(READ_ONLY).text("nl")], args
        code_file = str(stick.parent / "code.txt")  # on a writable disk: only the vault fails
        init = ["vault", "init", str(stick / "nieuw.kcv"), "--team", "T", "--member", "L"]
        assert main([*init, "--recovery-code-file", code_file]) == 1
        assert stderr_of(capsys) == [Message(READ_ONLY).text("nl")]
