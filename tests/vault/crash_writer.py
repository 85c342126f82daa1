"""Child process for test_crash_proof: save assessments in a loop until killed (-9).

After each ``save()`` has returned (the transaction is committed) it prints
``SAVED <run> <n> <assessment id>`` and flushes, so every line the test reads is a save the
app has confirmed. Every ``REOPEN_EVERY`` saves it closes the vault and opens it again, so a
kill may also land in a checkpoint (close folds the WAL into the database file) or in an
unlock (its audit events). What is saved follows from ``(run, n)`` alone (:func:`expected`),
so the test knows what each stored assessment must hold without being told.

Usage: python -m tests.vault.crash_writer VAULT MEMBER_ID CHILD_ID RUN
The (fictional, test-only) passphrase comes from KC_CRASH_PASSPHRASE, never from argv.
The tests start it with :func:`start_writer` and read its lines with :class:`Lines`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from datetime import date
from pathlib import Path
from typing import IO

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60  # no single step may take this long: a hang fails instead of waiting
REOPEN_EVERY = 6
PERSPECTIVES = (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL, Perspective.ZORG)
# Long enough that one save spans several database pages (more frames per commit).
FILLER = "Speelt buiten met anderen en vertelt er thuis over. " * 4


def expected(child_id: str, run: int, n: int, day: date) -> AssessmentInput:
    """The assessment save number ``n`` of run ``run`` writes: all 8 scores and notes."""
    scores: dict[str, int | None] = {}
    for i, key in enumerate(ELEMENT_KEYS):
        value = (run * 7 + n * 3 + i) % 6
        scores[key] = value or None  # 0 → "weet niet": NULL must survive too
    return AssessmentInput(
        child_id=child_id,
        perspective=PERSPECTIVES[(run + n) % len(PERSPECTIVES)],
        assessed_on=day,
        given_by=f"Ouder {run}-{n}",
        given_by_role=Role.OUDER,
        scores=scores,
        notes={key: f"r{run} n{n} {key}: {FILLER}" for key in ELEMENT_KEYS},
        goes_well=f"r{run} n{n} gaat goed: {FILLER}",
        wishes=f"r{run} n{n} wens: {FILLER}",
    )


# --- the test's side -----------------------------------------------------------------------


def start_writer(args: list[str], passphrase: str) -> tuple[subprocess.Popen[str], Lines]:
    """Start this module as a process with ``args`` (VAULT MEMBER_ID CHILD_ID RUN)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.vault.crash_writer", *args],
        cwd=ROOT,
        env=dict(os.environ, KC_CRASH_PASSPHRASE=passphrase),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    return proc, Lines(proc.stdout)


class Lines:
    """The child's stdout, read on a thread: complete lines only, with the time each came."""

    def __init__(self, stream: IO[str]) -> None:
        self.lines: list[tuple[float, str]] = []
        self.done = False
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            if line.endswith("\n"):  # a line cut off by the kill was never confirmed
                with self._cond:
                    self.lines.append((time.monotonic(), line.rstrip("\n")))
                    self._cond.notify_all()
        with self._cond:
            self.done = True
            self._cond.notify_all()

    def wait_for(self, count: int) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.lines) >= count or self.done, WAIT_S)

    def finish(self) -> list[tuple[float, str]]:
        self._thread.join(WAIT_S)
        assert not self._thread.is_alive(), "the child's stdout never closed"
        return self.lines


# --- the child process ----------------------------------------------------------------------


def main(argv: list[str]) -> int:
    from kansencirkel.core import clock
    from kansencirkel.vault.vault import Vault

    path, member_id, child_id, run_text = argv
    run = int(run_text)
    passphrase = os.environ["KC_CRASH_PASSPHRASE"]
    n = 0
    while True:  # until the test kills this process
        with Vault.open(Path(path), member_id, passphrase) as vault:
            for _ in range(REOPEN_EVERY):
                data = expected(child_id, run, n, clock.today())
                written = vault.repos.assessments.save(data)
                print(f"SAVED {run} {n} {written.value.id}", flush=True)
                n += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
