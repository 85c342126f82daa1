"""CLI fixtures: real vaults made through the command line with the test-only light KDF.

Unlike every other test folder these vaults are not made by :mod:`tests.support.vaults` but
by ``kansencirkel vault init`` and ``kansencirkel demo``: the fixtures are also the tests that
those commands create a vault and write its recovery-code file. The names and the passphrase
are the shared test ones.
"""

from __future__ import annotations

import hashlib
import os
import pty
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.core import i18n
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE, TEST_TEAM

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def cli_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Light KDF, passphrase in the environment, Dutch messages; language reset afterwards."""
    monkeypatch.setenv("KANSENCIRKEL_TEST_KDF", "1")
    monkeypatch.setenv("KANSENCIRKEL_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.delenv("KANSENCIRKEL_NEW_PASSPHRASE", raising=False)
    monkeypatch.delenv("KANSENCIRKEL_LANG", raising=False)
    yield
    i18n.set_lang("nl")


@dataclass
class Made:
    path: Path
    recovery_code: str


def make_vault(folder: Path, name: str = "team", *, demo_children: int = 0, seed: int = 3) -> Made:
    path = folder / f"{name}.kcv"
    code_file = folder / f"{name}-herstelcode.txt"
    if demo_children:
        rc = main(
            [
                "demo",
                str(path),
                "--children",
                str(demo_children),
                "--seed",
                str(seed),
                "--recovery-code-file",
                str(code_file),
            ]
        )
    else:
        rc = main(
            [
                "vault",
                "init",
                str(path),
                "--team",
                TEST_TEAM,
                "--member",
                TEST_MEMBER,
                "--recovery-code-file",
                str(code_file),
            ]
        )
    assert rc == 0
    return Made(path, code_file.read_text(encoding="utf-8").strip())


@pytest.fixture
def demo_vault(tmp_path: Path) -> Made:
    return make_vault(tmp_path, "demo", demo_children=8)


@pytest.fixture
def empty_vault(tmp_path: Path) -> Made:
    return make_vault(tmp_path)


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """``python -m kansencirkel ARGS`` in a real process (inherits the test sandbox env)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "kansencirkel", *args],
        capture_output=True,
        text=True,
        env=full_env,
        cwd=REPO,
        timeout=timeout,
        input=stdin,
    )


def real_errors(stderr: str) -> list[str]:
    """stderr without the warnings that name a test-only variable (KDF, clock)."""
    return [ln for ln in stderr.splitlines() if "KANSENCIRKEL_TEST_" not in ln]


@dataclass
class TerminalRun:
    returncode: int
    output: str  # everything the terminal showed: stdout, stderr and the echoed typing


#: What ``answer`` returns to close the terminal, as when its window is closed.
HANG_UP = "\x00hang up"


def run_on_terminal(
    *args: str,
    answer: Callable[[str], str | None],
    env: dict[str, str] | None = None,
    timeout: float = 60,
    stdout_pipe: bool = False,
) -> TerminalRun:
    """``python -m kansencirkel ARGS`` on a real pseudo-terminal (stdin, stdout and stderr),
    as a person at a terminal runs it. Whenever more output arrives, ``answer(output since
    the last answer)`` may return a line to type (without the newline), :data:`HANG_UP`, or
    None to wait for more. ``stdout_pipe``: stdout goes into a pipe nobody reads, closed at
    once (``kansencirkel … | head -0`` typed at a terminal)."""
    master, slave = pty.openpty()
    full_env = dict(os.environ)
    full_env.update(env or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "kansencirkel", *args],
        stdin=slave,
        stdout=subprocess.PIPE if stdout_pipe else slave,
        stderr=slave,
        env=full_env,
        cwd=REPO,
        start_new_session=True,  # the pseudo-terminal becomes its controlling terminal
    )
    os.close(slave)
    if proc.stdout is not None:
        proc.stdout.close()
    output, answered = b"", 0
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([master], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                break
            try:
                chunk = os.read(master, 4096)
            except OSError:  # EIO: the process closed the terminal (it ended)
                break
            if not chunk:
                break
            output += chunk
            reply = answer(output.decode("utf-8", "replace")[answered:])
            if reply == HANG_UP:
                os.close(master)
                master = -1
                break
            if reply is not None:
                answered = len(output.decode("utf-8", "replace"))
                os.write(master, reply.encode("utf-8") + b"\n")
        returncode = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
        if master >= 0:
            os.close(master)
    return TerminalRun(returncode, output.decode("utf-8", "replace").replace("\r\n", "\n"))
