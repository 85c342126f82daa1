"""CLI fixtures: real vaults made through the command line with the test-only light KDF.

Unlike every other test folder these vaults are not made by :mod:`tests.support.vaults` but
by ``kansencirkel vault init`` and ``kansencirkel demo``: the fixtures are also the tests that
those commands create a vault and write its recovery-code file. The names and the passphrase
are the shared test ones.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
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
