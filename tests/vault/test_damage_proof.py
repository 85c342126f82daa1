"""Proof: a damaged vault file is reported as damaged - never as a wrong passphrase, never
with a hang or a traceback, never by changing a byte - and a backup then puts it right.

Single-bit flips spread over the database (the plaintext salt, the encrypted SQLite header,
page bodies, every page's IV and HMAC, free pages) and over the key file and its mirror;
truncations at every page boundary (a zero-byte file first) and at random offsets. The seed
is in every failure message.

How each kind of damage must be reported, and why:

* **Database**: ``Vault.open`` raises ``VaultDamaged`` and no file changes. SQLCipher checks
  a page's HMAC whenever it reads the page, and the unlock runs ``cipher_integrity_check``
  over *every* page before it writes anything - so a flip in a free page, which SQLite
  itself would never read, is caught at unlock too.
* **Key file or its mirror**: the vault still opens, from the intact copy (by design: the
  mirror exists so one bad copy does not lock the team out); the unlock that proved that
  copy right writes it over the bad one and says so (a notice, also on ``vault check``'s
  stderr), and the database is left alone. A flip is
  *harmless* only if the flipped file parses to exactly the same key file (same slots,
  members, checksums) - for this JSON format no single-bit flip can do that (a flipped
  space or newline is never JSON whitespace, and every value is under a checksum), so the
  proof expects none and fails on a flip that changes the content but is not reported.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import Visibility
from kansencirkel.vault import keyfile
from kansencirkel.vault.errors import VaultDamaged
from kansencirkel.vault.unlock import unlock_member
from kansencirkel.vault.vault import Vault
from kansencirkel.vault.walcheck import promised_frames
from tests.support import pages
from tests.support.vaults import TEST_PASSPHRASE, make_vault
from tests.vault.crash_writer import start_writer

ROOT = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("KC_PROOF_SEED", "9"))
CASE_LIMIT_S = 10.0  # one open (or check) taking longer than this counts as a hang

pytestmark = pytest.mark.timeout(3600)


@dataclass
class Damaged:
    """A closed vault with free pages, its backup, and its files as they were."""

    path: Path
    member_id: str
    backup: Path
    key: bytes
    children: int
    pristine: dict[str, bytes]

    @property
    def folder(self) -> Path:
        return self.path.parent

    def files(self) -> dict[str, bytes]:
        return {p.name: p.read_bytes() for p in sorted(self.folder.iterdir()) if p.is_file()}

    def reset(self) -> None:
        """Every file back as it was; anything else in the folder removed."""
        for p in self.folder.iterdir():
            if p.is_file() and p.name not in self.pristine:
                p.unlink()
        for name, data in self.pristine.items():
            (self.folder / name).write_bytes(data)

    def open(self) -> Vault:
        return Vault.open(self.path, self.member_id, TEST_PASSPHRASE)


@pytest.fixture
def damaged(tmp_path: Path) -> Iterator[Damaged]:
    made = make_vault(tmp_path / "vault" / "team.kcv")
    vault = made.vault
    ids, notes = [], []
    for i in range(8):
        child = vault.repos.children.create(f"Kind{i}", "Fictief", group="6").value
        ids.append(child.id)
        text = "Lange notitie over spelen en leren. " * 120
        note = vault.repos.notes.create(
            child.id, date(2026, 1, 5), text, ["veilig"], Visibility.INTERN
        )
        notes.append(note.value.id)
    for child_id in ids[2:4]:  # erased (the erasure ends with a VACUUM: no free pages)
        vault.repos.children.erase(child_id)
    for note_id in notes[4:6]:  # deleted: their overflow pages go to the freelist
        vault.repos.notes.delete(note_id)
    backup = vault.backup(tmp_path / "backups")
    vault.close()
    key = unlock_member(made.path, keyfile.load(made.path), made.member_id, TEST_PASSPHRASE)
    folder = made.path.parent
    pristine = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    yield Damaged(made.path, made.member_id, backup, key, len(ids) - 2, pristine)


def _expect_damaged(d: Damaged, context: str) -> None:
    """Open fails with VaultDamaged (no other error), in time, and changes no file."""
    before = d.files()
    started = time.monotonic()
    with pytest.raises(VaultDamaged):
        try:
            d.open().close()
        except VaultDamaged:
            raise
        except Exception as exc:  # a wrong passphrase, a traceback-worthy error: the proof fails
            raise AssertionError(f"{context}: {type(exc).__name__} instead of damage") from exc
        else:
            raise AssertionError(f"{context}: opened as if intact")
    assert time.monotonic() - started < CASE_LIMIT_S, context
    assert d.files() == before, f"{context}: a file was changed"


def _expect_repaired(d: Damaged, context: str) -> None:
    """The vault opens from the intact key file copy, repairs the bad one from it and says
    so; afterwards both copies agree and the check passes."""
    main, mirror = keyfile.keyfile_path(d.path), keyfile.backup_keyfile_path(d.path)
    started = time.monotonic()
    with d.open() as vault:
        said = [m.msgid for m in vault.notices]
        report = vault.check()
    assert time.monotonic() - started < CASE_LIMIT_S, context
    assert said and said[0] in (keyfile.MAIN_REPAIRED, keyfile.MIRROR_REPAIRED), context
    assert report.ok, f"{context}: {report.integrity_problems}"
    assert keyfile.from_bytes(main.read_bytes()) == keyfile.from_bytes(mirror.read_bytes())


def _expect_restore_works(d: Damaged) -> None:
    Vault.restore(d.backup, d.path, member_id=d.member_id, passphrase=TEST_PASSPHRASE)
    with d.open() as vault:
        assert vault.check().ok
        assert vault.repos.children.count() == d.children
    d.reset()


def _flip(data: bytes, offset: int, bit: int) -> bytes:
    flipped = bytearray(data)
    flipped[offset] ^= 1 << bit
    return bytes(flipped)


def _pick(rng: random.Random, ranges: list[tuple[int, int]]) -> int:
    """A random byte offset, uniform over all bytes of ``ranges``."""
    total = sum(hi - lo for lo, hi in ranges)
    at = rng.randrange(total)
    for lo, hi in ranges:
        if at < hi - lo:
            return lo + at
        at -= hi - lo
    raise AssertionError("unreachable")


def _cli_check(d: Damaged) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, KANSENCIRKEL_PASSPHRASE=TEST_PASSPHRASE, KANSENCIRKEL_TEST_KDF="1")
    return subprocess.run(
        [sys.executable, "-m", "kansencirkel", "vault", "check", str(d.path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )


def test_single_bit_flips_are_damage(
    damaged: Damaged, proof_count: Callable[[int, int], int]
) -> None:
    d, rng = damaged, random.Random(SEED)
    db_name = d.path.name
    names = {
        "key file": keyfile.keyfile_path(d.path).name,
        "key file mirror": keyfile.backup_keyfile_path(d.path).name,
    }
    regions: dict[str, tuple[str, list[tuple[int, int]]]] = {
        region: (db_name, ranges)
        for region, ranges in pages.regions(d.pristine[db_name], d.key).items()
    }
    assert regions["free pages"][1], "the fixture should have left free pages"
    for region, name in names.items():
        regions[region] = (name, [(0, len(d.pristine[name]))])
    flips = proof_count(60, 1000)
    cli_every = max(1, flips // 8)  # a sample also through the real `vault check` command
    outcomes: Counter[tuple[str, str]] = Counter()
    began = time.monotonic()
    order = sorted(regions)
    for i in range(flips):
        region = order[i % len(order)]
        name, ranges = regions[region]
        offset, bit = _pick(rng, ranges), rng.randrange(8)
        context = f"seed {SEED}, flip {i}: {region}, {name} byte {offset} bit {bit}"
        (d.folder / name).write_bytes(_flip(d.pristine[name], offset, bit))
        if name == db_name:
            _expect_damaged(d, context)
            outcome = "VaultDamaged at unlock"
        elif _same_key_file(d.pristine[name], (d.folder / name).read_bytes()):
            outcome = "harmless (same key file)"
        else:
            _expect_repaired(d, context)
            outcome = "opens from the other copy, repairs the bad one"
        if i % cli_every == 0 and outcome != "harmless (same key file)":
            d.reset()  # the in-process check above wrote audit events: same start again
            (d.folder / name).write_bytes(_flip(d.pristine[name], offset, bit))
            _assert_cli_says_it(d, context, db_damaged=name == db_name)
        outcomes[region, outcome] += 1
        if i < len(order):  # once per region: the backup puts it right
            _expect_restore_works(d)
        d.reset()
    assert all(o != "harmless (same key file)" for _, o in outcomes), outcomes
    _report("bit flips", outcomes, began)


def _same_key_file(original: bytes, flipped: bytes) -> bool:
    try:
        return keyfile.from_bytes(flipped) == keyfile.from_bytes(original)
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        return False


def _assert_cli_says_it(d: Damaged, context: str, *, db_damaged: bool) -> None:
    """``kansencirkel vault check``: one sentence, no traceback. A damaged database: exit 4
    and nothing changed; a damaged key file copy: repaired from the other one, said so on
    stderr, exit 0."""
    before = d.files()
    done = _cli_check(d)
    lines = [ln for ln in done.stderr.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    assert done.returncode == (4 if db_damaged else 0), (context, done.stdout, done.stderr)
    assert len(lines) == 1 and "Traceback" not in done.stderr, (context, done.stderr)
    if db_damaged:
        assert d.files() == before, f"{context}: the command changed a damaged vault"


def test_truncations_are_damage(damaged: Damaged, proof_count: Callable[[int, int], int]) -> None:
    d, rng = damaged, random.Random(SEED)
    data = d.pristine[d.path.name]
    page_count = len(data) // pages.PAGE
    boundaries = [k * pages.PAGE for k in range(page_count)]  # 0: the zero-byte file
    cuts = sorted({rng.randrange(1, len(data)) for _ in range(proof_count(10, 200))})
    began = time.monotonic()
    outcomes: Counter[tuple[str, str]] = Counter()
    for kind, keep in [("page boundary", k) for k in boundaries] + [("random", c) for c in cuts]:
        context = f"seed {SEED}: truncated to {keep} bytes ({kind})"
        d.path.write_bytes(data[:keep])
        _expect_damaged(d, context)
        if keep % pages.PAGE:  # visibly cut off: damage before any secret is tried
            with pytest.raises(VaultDamaged):
                Vault.open_with_recovery(d.path, "0" * 32)
        outcomes["zero-byte file" if keep == 0 else kind, "VaultDamaged at unlock"] += 1
        d.reset()
    d.path.write_bytes(data[: page_count // 2 * pages.PAGE])
    _assert_cli_says_it(d, "truncated to half (CLI)", db_damaged=True)
    _expect_restore_works(d)
    _report("truncations", outcomes, began)


def _report(what: str, outcomes: Counter[tuple[str, str]], began: float) -> None:
    lines = [f"  {region}: {n} x {outcome}" for (region, outcome), n in sorted(outcomes.items())]
    total = sum(outcomes.values())
    print(f"\n{what}: {total} cases, {time.monotonic() - began:.1f} s (seed {SEED})")
    print("\n".join(lines))


def test_a_missing_cut_or_damaged_wal_after_a_crash_is_damage(
    damaged: Damaged, proof_count: Callable[[int, int], int]
) -> None:
    """After a kill -9 the last saves exist only in ``-wal``; SQLite would open the older
    database file without them and say nothing (it did, before walcheck)."""
    d, rng = damaged, random.Random(SEED)
    child_id, confirmed = _crash_after_saves(d, 9)
    crashed = d.files()
    wal_name, shm_name = d.path.name + "-wal", d.path.name + "-shm"
    assert {wal_name, shm_name} <= set(crashed), "the crash should leave -wal and -shm"
    d.pristine = crashed  # from here on "as it was" is the crashed state
    with d.open() as vault:  # control: the intact log brings every confirmed save back
        assert vault.check().ok
        stored = {a.id for a in vault.repos.assessments.for_child(child_id)}
    assert confirmed <= stored
    d.reset()

    wal = crashed[wal_name]
    frame = 24 + pages.PAGE
    counts = promised_frames(crashed[shm_name])  # committed frames, frames already copied
    assert counts is not None and counts[0] > counts[1], counts
    promised = counts[0]
    committed_end = 32 + promised * frame  # after it: frames of a save the kill cut short
    began = time.monotonic()
    outcomes: Counter[tuple[str, str]] = Counter()
    (d.folder / wal_name).unlink()
    _expect_damaged(d, "-wal missing")
    outcomes["-wal missing", "VaultDamaged at unlock"] += 1
    _assert_cli_says_it(d, "-wal missing (CLI)", db_damaged=True)
    _expect_restore_works(d)
    d.pristine = crashed
    d.reset()
    cuts = {32 + k * frame for k in range(0, promised, max(1, promised // 8))}
    cuts |= {rng.randrange(0, committed_end) for _ in range(proof_count(4, 40))}
    for keep in sorted(cuts):
        (d.folder / wal_name).write_bytes(wal[:keep])
        _expect_damaged(d, f"seed {SEED}: -wal cut to {keep} of {len(wal)} bytes")
        outcomes["-wal cut short", "VaultDamaged at unlock"] += 1
        d.reset()
    for _ in range(proof_count(8, 100)):
        offset, bit = rng.randrange(0, committed_end), rng.randrange(8)
        (d.folder / wal_name).write_bytes(_flip(wal, offset, bit))
        _expect_damaged(d, f"seed {SEED}: -wal byte {offset} bit {bit}")
        outcomes["-wal bit flip", "VaultDamaged at unlock"] += 1
        d.reset()
    if len(wal) > committed_end:  # control: losing the unfinished save is no damage
        (d.folder / wal_name).write_bytes(wal[:committed_end])
        with d.open() as vault:
            assert vault.check().ok
        outcomes["-wal without the unfinished save", "opens, check ok"] += 1
    _report("write-ahead log after a crash", outcomes, began)


def _crash_after_saves(d: Damaged, saves: int) -> tuple[str, set[str]]:
    """Run the crash proof's writer until ``saves`` saves are confirmed, then kill -9 it;
    returns the child's id and the confirmed assessment ids."""
    with d.open() as vault:
        child_id = vault.repos.children.summaries(clock.today())[0].child.id
    proc, lines = start_writer([str(d.path), d.member_id, child_id, "0"], TEST_PASSPHRASE)
    try:
        assert lines.wait_for(saves), "the writer saved nothing in time"
    finally:
        proc.kill()
        proc.wait(60)
    return child_id, {text.split()[3] for _, text in lines.finish()}
