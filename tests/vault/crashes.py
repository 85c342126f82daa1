"""What the crash proofs check after every kill: who can still open the vault, that nothing
was lost, and that every file beside it is private. Used by test_crash_create/test_crash_keys.
"""

from __future__ import annotations

import os
import random
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kansencirkel.vault import layout
from kansencirkel.vault.errors import NotFound, WrongPassphrase
from kansencirkel.vault.vault import Vault
from tests.support.crash_server import CrashServer, Ended


def opens(path: Path, member_id: str, passphrase: str) -> bool:
    """Whether this member's passphrase opens the vault. Any other failure (damage, say) is
    not an answer and fails the proof."""
    try:
        Vault.open(path, member_id, passphrase).close()
    except (WrongPassphrase, NotFound):
        return False
    return True


def opens_with_code(path: Path, code: str) -> bool:
    try:
        Vault.open_with_recovery(path, code).close()
    except WrongPassphrase:
        return False
    return True


def private_files(folder: Path) -> list[str]:
    """Files in ``folder`` that someone other than the owner may read (must be none)."""
    if os.name == "nt":
        return []
    return sorted(
        p.name for p in folder.iterdir() if p.is_file() and stat.S_IMODE(p.stat().st_mode) & 0o077
    )


def assert_whole(path: Path, member_id: str, passphrase: str, children: int) -> None:
    """Open, check every page, the audit chain and the key file; nothing lost, nothing left."""
    with Vault.open(path, member_id, passphrase) as vault:
        report = vault.check()
        assert report.ok and not report.keyfile_problems, report
        assert vault.repos.children.count() == children
    assert layout.leftovers(path) == []
    assert not layout.rotation_keyfile_path(path).exists()


@dataclass
class Proof:
    """Runs one kind of job many times: once to time it, once per named crash point, then
    ``count`` times killed after a random delay within that time. Counts the outcomes."""

    server: CrashServer
    folder: Path
    seed: int = field(default_factory=lambda: int.from_bytes(os.urandom(4), "big"))
    outcomes: Counter[str] = field(default_factory=Counter)
    kills: int = 0
    seconds: float = 0.0

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)

    def run(
        self, job: dict[str, Any], *, crash_at: str | None = None, delay: float | None = None
    ) -> Ended:
        log = self.folder / "jobs.log"
        ended = self.server.run(
            {"umask": 0, "log": str(log), **job, "crash_at": crash_at}, kill_after=delay
        )
        self.kills += ended.killed
        if crash_at is not None:  # the step was reached: the process died right there
            assert ended.killed, f"crash point {crash_at} was never reached ({log})"
        elif not ended.killed:
            assert ended.exit_code == 0, f"job failed (seed {self.seed}): {log.read_text()}"
        return ended

    def delays(self, count: int, typical: float) -> list[float]:
        """Random kill moments: half anywhere from the start of the process to its usual end,
        half in its last third, where the writes are (opening and checking come first)."""
        return [self.rng.uniform(0.0 if i % 2 else typical * 2 / 3, typical) for i in range(count)]

    def note(self, outcome: str) -> None:
        self.outcomes[outcome] += 1

    def summary(self, name: str) -> str:
        parts = ", ".join(f"{k}: {v}" for k, v in sorted(self.outcomes.items()))
        return f"{name}: {self.kills} kills (seed {self.seed}); {parts}"
