"""Proof: a crash during writes loses no confirmed save and never damages the vault.

A real child process (:mod:`tests.vault.crash_writer`) saves assessments in a loop, printing
each id once ``save()`` has returned, and is killed with SIGKILL at a random moment: during
start-up and unlock, in the middle of a save, between saves, or while closing (checkpoint)
and reopening. After every kill the same vault must open with the same passphrase, ``vault
check`` must pass, and every save ever confirmed must be there and whole: all 8 scores (a
"weet niet" too), all 8 notes, the texts. A save that was committed but not yet confirmed
when the kill came may be there too - but whole, never in part.

The kill moment is drawn at random (seeded; the seed is in the failure message). The delay
before the kill *is* that random moment, not a wait for something to happen.
"""

from __future__ import annotations

import itertools
import os
import random
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.model import Assessment
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, Kid, make_vault
from tests.vault.crash_writer import WAIT_S, Lines, expected, start_writer

SEED = int(os.environ.get("KC_PROOF_SEED", "9"))
STEP_TIMEOUT_S = WAIT_S

pytestmark = pytest.mark.timeout(3600)


@dataclass
class Tally:
    kills_in_startup: int = 0
    kills_in_saves: int = 0
    confirmed: dict[str, tuple[int, int]] = field(default_factory=dict)  # id → (run, n)
    committed_unconfirmed: int = 0
    startup_s: list[float] = field(default_factory=list)
    save_s: list[float] = field(default_factory=list)

    def typical_startup(self) -> float:
        return sorted(self.startup_s)[len(self.startup_s) // 2] if self.startup_s else 1.0

    def typical_save(self) -> float:
        return sorted(self.save_s)[len(self.save_s) // 2] if self.save_s else 0.02


@dataclass(frozen=True)
class KillMoment:
    """When to kill: ``delay_s`` after start-up began, or after the ``after_saves``-th
    confirmed save."""

    in_startup: bool
    after_saves: int
    delay_s: float

    @classmethod
    def draw(cls, rng: random.Random, tally: Tally) -> KillMoment:
        if rng.random() < 0.15:  # imports, unlock and its audit events, the first save
            return cls(True, 0, rng.random() * tally.typical_startup() * 1.2)
        # 1..14: the child closes (checkpoint) and reopens the vault after every 6th save.
        return cls(False, rng.randint(1, 14), rng.random() * tally.typical_save() * 1.5)

    def wait(self, lines: Lines) -> None:
        if not self.in_startup:
            assert lines.wait_for(self.after_saves), "the child saved nothing in time"
        threading.Event().wait(self.delay_s)  # the random moment itself

    def __str__(self) -> str:
        where = "start-up" if self.in_startup else f"after save {self.after_saves}"
        return f"{where} + {self.delay_s * 1000:.1f} ms"


def _run_and_kill(
    args: list[str], plan: Callable[[Lines], None]
) -> tuple[list[tuple[float, str]], float]:
    """Start the writer with ``args``, let ``plan`` pick the moment, kill it (-9); returns
    its confirmed lines with their times, and when it was started."""
    started = time.monotonic()
    proc, lines = start_writer(args, TEST_PASSPHRASE)
    try:
        plan(lines)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(STEP_TIMEOUT_S)
    assert proc.stderr is not None
    err = proc.stderr.read()
    proc.stderr.close()
    # Killed by us, not ended by an error of its own (which would show on stderr).
    assert proc.returncode == -signal.SIGKILL, err
    assert "Traceback" not in err, err
    return lines.finish(), started


def _check_whole(stored: Assessment, child_id: str, days: set[object]) -> tuple[int, int]:
    """``stored`` is exactly the save it names (run, n); returns (run, n)."""
    run_text, n_text = stored.given_by.removeprefix("Ouder ").split("-")
    run, n = int(run_text), int(n_text)
    assert stored.assessed_on in days
    want = expected(child_id, run, n, stored.assessed_on)
    assert stored.child_id == child_id and stored.perspective is want.perspective
    assert stored.given_by_role is want.given_by_role
    assert set(stored.scores) == set(ELEMENT_KEYS) == set(stored.notes)
    assert stored.scores == dict(want.scores)
    assert stored.notes == dict(want.notes)
    assert (stored.goes_well, stored.wishes) == (want.goes_well, want.wishes)
    assert stored.version == 1 and stored.superseded_at is None
    return run, n


def test_kill_9_at_random_moments_loses_no_confirmed_save(
    tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    kills = proof_count(15, 200)
    rng = random.Random(SEED)
    made = make_vault(tmp_path / "team.kcv", children=[Kid("Fenna", "Fictief")])
    child_id, member_id = made.child_ids["Fenna"], made.member_id
    made.vault.close()
    days = {clock.today()}
    tally = Tally()
    began = time.monotonic()

    for run in range(kills):
        moment = KillMoment.draw(rng, tally)
        args = [str(made.path), member_id, child_id, str(run)]
        lines, started = _run_and_kill(args, moment.wait)
        for _, text in lines:
            word, run_text, n_text, assessment_id = text.split()
            assert word == "SAVED" and int(run_text) == run
            tally.confirmed[assessment_id] = (run, int(n_text))
        times = [started] + [t for t, _ in lines]
        if len(times) > 1:
            tally.startup_s.append(times[1] - times[0])
            tally.save_s.extend(b - a for a, b in itertools.pairwise(times[1:]))
        if moment.in_startup:
            tally.kills_in_startup += 1
        else:
            tally.kills_in_saves += 1
        days.add(clock.today())

        context = f"seed {SEED}, kill {run} ({moment})"
        with Vault.open(made.path, member_id, TEST_PASSPHRASE) as vault:  # same passphrase
            report = vault.check()
            assert report.ok, (context, report)
            stored = {a.id: a for a in vault.repos.assessments.for_child(child_id, True)}
        missing = set(tally.confirmed) - set(stored)
        assert not missing, (context, f"{len(missing)} confirmed saves lost")
        for assessment_id, assessment in stored.items():
            where = _check_whole(assessment, child_id, days)
            if assessment_id in tally.confirmed:
                assert tally.confirmed[assessment_id] == where, context
        tally.committed_unconfirmed = len(stored) - len(tally.confirmed)

    print(
        f"\ncrash proof: {kills} kills ({tally.kills_in_startup} in start-up/unlock, "
        f"{tally.kills_in_saves} during saves), {len(tally.confirmed)} confirmed saves all "
        f"present and whole, {tally.committed_unconfirmed} more committed before their "
        f"confirmation, 0 lost; {time.monotonic() - began:.1f} s (seed {SEED})"
    )
