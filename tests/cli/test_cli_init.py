"""`vault init`: the vault counts as created only once its recovery code was delivered — shown
on a terminal and its last group typed back, or written and synced to a new file. A closed
terminal, a pipe that stops reading, a crash or a wrong answer leaves nothing, or an
unfinished creation that a rerun finishes or replaces."""

from __future__ import annotations

import os
import re
import stat
import sys
from pathlib import Path

import pytest

from kansencirkel.core.crashpoint import ENV_CRASH_AT
from kansencirkel.vault.errors import VaultUnfinished
from kansencirkel.vault.layout import State
from kansencirkel.vault.vault import Vault
from tests.cli.conftest import HANG_UP, real_errors, run_cli, run_on_terminal
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE, TEST_TEAM

INIT = ("vault", "init")
CODE = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")
PROMPT = "(4 tekens): "

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals")


def init_args(path: Path, *extra: str) -> tuple[str, ...]:
    return (*INIT, str(path), "--team", TEST_TEAM, "--member", TEST_MEMBER, *extra)


def shown_code(output: str) -> str:
    codes = CODE.findall(output)
    assert len(codes) == 1, output  # shown exactly once
    return str(codes[0])


@posix_only
def test_on_a_terminal_the_code_is_shown_and_confirmed_before_the_vault_exists(
    tmp_path: Path,
) -> None:
    path = tmp_path / "team.kcv"
    states: list[State] = []

    def confirm(output: str) -> str | None:
        if PROMPT not in output:
            return None
        states.append(Vault.state(path))  # asked, not yet answered
        return shown_code(output).split("-")[-1].lower()  # any case will do

    run = run_on_terminal(*init_args(path), answer=confirm)
    assert run.returncode == 0, run.output
    assert states == [State.UNFINISHED]  # while the question was open, no vault counted
    assert "HERSTELCODE (wordt maar één keer getoond)" in run.output
    assert "Print deze code en bewaar hem veilig" in run.output
    assert Vault.state(path) is State.PRESENT
    Vault.open_with_recovery(path, shown_code(run.output)).close()


@posix_only
def test_a_wrong_answer_or_a_closed_terminal_leaves_nothing(tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    run = run_on_terminal(*init_args(path), answer=lambda out: "ZZZZ" if PROMPT in out else None)
    assert run.returncode == 1
    assert run.output.count(PROMPT) == 3  # three tries
    assert sorted(p.name for p in tmp_path.iterdir()) == []

    # The terminal goes away while the question is open (its window is closed).
    run = run_on_terminal(*init_args(path), answer=lambda out: HANG_UP if PROMPT in out else None)
    assert run.returncode != 0
    assert Vault.state(path) is not State.PRESENT  # nothing, or a leftover that a rerun clears
    rerun = run_cli(*init_args(path, "--recovery-code-file", str(tmp_path / "code.txt")))
    assert rerun.returncode == 0, rerun.stderr
    Vault.open_with_recovery(path, (tmp_path / "code.txt").read_text().strip()).close()


def test_without_a_terminal_the_code_must_go_to_a_file(tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    r = run_cli(*init_args(path), stdin="")
    assert r.returncode == 2
    assert len(real_errors(r.stderr)) == 1 and "--recovery-code-file" in r.stderr
    assert "HERSTELCODE" not in r.stdout
    assert list(tmp_path.iterdir()) == []


@posix_only
def test_a_pipe_that_stops_reading_leaves_nothing(tmp_path: Path) -> None:
    """`kansencirkel vault init … | head -0` at a terminal: the code cannot be shown, so no
    vault is made (a prompt, if one comes, gets no answer: the terminal is closed)."""
    path = tmp_path / "team.kcv"
    run = run_on_terminal(
        *init_args(path),
        answer=lambda out: HANG_UP if PROMPT in out else None,
        stdout_pipe=True,
    )
    assert run.returncode != 0
    assert PROMPT not in run.output  # nobody is asked about a code they could not see
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_code_file_is_new_private_and_complete(tmp_path: Path) -> None:
    path, code_file = tmp_path / "team.kcv", tmp_path / "code.txt"
    os.umask(old := os.umask(0))  # read the umask back
    try:
        os.umask(0)  # the test's own umask is permissive: the file is private anyway
        r = run_cli(*init_args(path, "--recovery-code-file", str(code_file)))
    finally:
        os.umask(old)
    assert r.returncode == 0, r.stderr
    code = code_file.read_text(encoding="ascii")
    assert CODE.fullmatch(code.strip()) and code.endswith("\n")
    if os.name != "nt":
        assert stat.S_IMODE(code_file.stat().st_mode) == 0o600
    assert [ln for ln in r.stdout.splitlines() if CODE.search(ln)] == []  # not printed
    Vault.open_with_recovery(path, code).close()


def test_a_rerun_finishes_or_replaces_an_interrupted_init(tmp_path: Path) -> None:
    path, code_file = tmp_path / "team.kcv", tmp_path / "code.txt"
    args = init_args(path, "--recovery-code-file", str(code_file))
    # Killed after the code reached its file, before the vault was committed.
    r = run_cli(*args, env={ENV_CRASH_AT: "create:before-commit"})
    assert r.returncode == -9 and code_file.exists()
    assert Vault.state(path) is State.UNFINISHED
    r = run_cli("children", str(path))
    assert r.returncode == VaultUnfinished.exit_code
    assert real_errors(r.stderr) == [VaultUnfinished().message_nl]
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr
    assert "afgemaakt" in r.stdout
    Vault.open_with_recovery(path, code_file.read_text().strip()).close()

    # Killed before the code was written: the rerun makes the vault anew.
    other, other_code = tmp_path / "ander.kcv", tmp_path / "ander.txt"
    args = init_args(other, "--recovery-code-file", str(other_code))
    r = run_cli(*args, env={ENV_CRASH_AT: "create:database-made"})
    assert r.returncode == -9 and not other_code.exists()
    r = run_cli(*args)
    assert r.returncode == 0, r.stderr
    assert "opgeruimd" in r.stdout
    (member,) = Vault.members(other)
    Vault.open(other, member.id, TEST_PASSPHRASE).close()
    Vault.open_with_recovery(other, other_code.read_text().strip()).close()
