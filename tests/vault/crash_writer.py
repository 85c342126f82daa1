"""Child process for test_crash_proof: save assessments in a loop until killed (-9).

After each ``save()`` has returned (the transaction is committed) it prints
``SAVED <run> <n> <assessment id>`` and flushes, so every line the test reads is a save the
app has confirmed. Every ``REOPEN_EVERY`` saves it closes the vault and opens it again, so a
kill may also land in a checkpoint (close folds the WAL into the database file) or in an
unlock (its audit events). What is saved follows from ``(run, n)`` alone (:func:`expected`),
so the test knows what each stored assessment must hold without being told.

Usage: python -m tests.vault.crash_writer VAULT MEMBER_ID CHILD_ID RUN
The (fictional, test-only) passphrase comes from KC_CRASH_PASSPHRASE, never from argv.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import AssessmentInput

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
