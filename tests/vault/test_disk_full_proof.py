"""Proof: on a full disk every write fails with a true "disk full" sentence (never "damaged")
and leaves what was there as it was; once space is freed everything works again.

A real 2 MiB tmpfs is filled so that only ``leave`` bytes stay free, for ``leave`` from 0 up
in whole pages until the operation fits: so the disk runs full at every step of it (the
temp file, the WAL, the rename, the mirror, the read-back). Each step must either succeed
completely or fail with its disk-full sentence and an unchanged state:

* saving an assessment (the vault on the tiny disk): committed content (every table, read
  below the repositories, which would log a VIEW) and the database and key files are
  byte-identical. The ``-wal`` may hold frames of the failed transaction: SQLite ignores
  frames without a commit record, so they are not state; ``-shm`` is SQLite's index.
* a backup into a full backup folder (the vault elsewhere): the folder, earlier backups
  included, and the vault's files are byte-identical; old backups are rotated only after a
  new one is complete.
* a passphrase change (the vault on the tiny disk): key file, mirror and database
  byte-identical, and the old passphrase still works.
* ``report --out`` onto the full disk, through the real command: exit 1, one sentence, no
  file, no temp file, an existing PDF (``--overwrite``) unchanged, no EXPORT event.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.core.write_errors import FILE_DISK_FULL, FileNotSaved
from kansencirkel.vault import keyfile
from kansencirkel.vault.backup import BACKUP_FOLDER_FULL, RESTORE_DISK_FULL, list_backups
from kansencirkel.vault.errors import DiskFull, VaultDamaged, VaultError
from kansencirkel.vault.vault import Vault
from tests.support.tiny_disk import PAGE, TinyDisk, tiny_disk
from tests.support.vaults import TEST_PASSPHRASE, Kid, MadeVault, make_vault

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.timeout(1800)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[TinyDisk]:
    with tiny_disk(tmp_path / "tiny") as mounted:
        if isinstance(mounted, str):
            pytest.skip(mounted)
        yield mounted


def _digests(folder: Path, *, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(skip) and p.name != ".filler"
    }


def _content(vault: Vault) -> str:
    """Every row of every table, read on the engine (the repositories would log a VIEW)."""
    digest = hashlib.sha256()
    with vault.engine.connect() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).scalars()
        for table in list(tables):
            rows = sorted(repr(tuple(r)) for r in conn.exec_driver_sql(f'SELECT * FROM "{table}"'))
            digest.update(repr((table, rows)).encode())
    return digest.hexdigest()


def _sweep(
    disk: TinyDisk,
    attempt: Callable[[], object],
    state: Callable[[], object],
    sentence: str | tuple[str, ...],
    *,
    step_pages: int,
    max_pages: int = 400,
) -> tuple[int, int]:
    """Fill the disk to leave 0, step, 2·step… pages free and ``attempt`` each time until it
    succeeds. Each failure must be DiskFull with ``sentence`` and leave ``state()`` as it
    was. Returns (failures, pages free when it first fitted)."""
    failures = 0
    for pages in range(0, max_pages, step_pages):
        disk.fill(pages * PAGE)
        before = state()
        try:
            attempt()
        except DiskFull as exc:
            assert not isinstance(exc, VaultDamaged) and exc.exit_code == 1
            wanted = sentence if isinstance(sentence, tuple) else (sentence,)
            assert exc.message.msgid in wanted, exc.message_en
            assert state() == before, f"{pages} pages free: the failed attempt changed things"
            failures += 1
            continue
        finally:
            disk.empty()
        return failures, pages
    raise AssertionError("the operation never fitted")


def _assessment(child_id: str, n: int) -> AssessmentInput:
    return AssessmentInput(
        child_id,
        Perspective.OUDERS,
        clock.today(),
        f"Ouder {n}",
        Role.OUDER,
        {"veilig": 4, "gezond": None, "ontplooiing": 2},
        {"veilig": "Voelt zich thuis veilig. " * 30},
        goes_well=f"Meting {n}: helpt graag. " * 40,
        wishes="Meer buiten spelen.",
    )


def _vault_on(folder: Path) -> MadeVault:
    made = make_vault(folder / "team.kcv", children=[Kid("Fenna", "Fictief")])
    for n in range(3):
        made.vault.repos.assessments.save(_assessment(made.child_ids["Fenna"], n))
    return made


def test_saving_an_assessment_on_a_full_disk(
    disk: TinyDisk, proof_count: Callable[[int, int], int]
) -> None:
    made = _vault_on(disk.root)
    vault, child_id = made.vault, made.child_ids["Fenna"]
    try:

        def state() -> object:
            return _content(vault), _digests(disk.root, skip=("-wal", "-shm", ".lock"))

        started = time.monotonic()
        failures, fitted = _sweep(
            disk,
            lambda: vault.repos.assessments.save(_assessment(child_id, 99)),
            state,
            DiskFull.default,
            step_pages=proof_count(2, 1),
        )
        assert failures >= 1  # it was really full at first
        assert vault.check().ok
        saved = [a for a in vault.repos.assessments.for_child(child_id) if a.given_by == "Ouder 99"]
        assert (
            len(saved) == 1 and saved[0].scores["veilig"] == 4 and saved[0].scores["gezond"] is None
        )
    finally:
        vault.close()
    with made.reopen() as again:
        assert again.check().ok
        assert len(again.repos.assessments.for_child(child_id)) == 4
    print(
        f"\nassessment save: {failures} disk-full failures, fitted with {fitted} pages free "
        f"({time.monotonic() - started:.1f} s)"
    )


def test_a_backup_into_a_full_folder(
    disk: TinyDisk, tmp_path: Path, proof_count: Callable[[int, int], int]
) -> None:
    made = _vault_on(tmp_path / "vault")
    vault = made.vault
    folder = disk.root / "reservekopieen"
    try:
        vault.backup(folder, keep=2)
        vault.backup(folder, keep=2)
        earlier = list_backups(folder)

        def state() -> object:
            return _digests(folder), _digests(made.path.parent, skip=("-shm", ".lock"))

        started = time.monotonic()
        failures, fitted = _sweep(
            disk,
            lambda: vault.backup(folder, keep=2),
            state,
            BACKUP_FOLDER_FULL,
            step_pages=proof_count(6, 1),
        )
        assert failures >= 1
        now = list_backups(folder)
        assert len(now) == 2 and now[0] == earlier[1] and now[1] not in earlier  # rotated
        assert vault.check().ok
        assert [e.kind for e in vault.repos.audit.entries()].count(AuditKind.BACKUP) == 3
    finally:
        vault.close()
    elsewhere = tmp_path / "terug" / "team.kcv"
    Vault.restore(now[1], elsewhere, member_id=made.member_id, passphrase=TEST_PASSPHRASE)
    with Vault.open(elsewhere, made.member_id, TEST_PASSPHRASE) as restored:
        assert restored.check().ok and restored.repos.children.count() == 1
    print(
        f"\nbackup: {failures} disk-full failures, fitted with {fitted} pages free "
        f"({time.monotonic() - started:.1f} s)"
    )


def test_a_passphrase_change_on_a_full_disk(
    disk: TinyDisk, proof_count: Callable[[int, int], int]
) -> None:
    made = _vault_on(disk.root)
    vault, member = made.vault, made.member_id
    new = "een nieuw lang wachtwoord"
    try:

        def state() -> object:
            return _content(vault), _digests(disk.root, skip=("-wal", "-shm", ".lock"))

        failures, fitted = _sweep(
            disk,
            lambda: vault.keys.change_passphrase(member, TEST_PASSPHRASE, new),
            state,
            # the new key file itself, or its KEY_CHANGE event, finds no room
            (keyfile.KEYFILE_DISK_FULL, DiskFull.default),
            step_pages=1,
            max_pages=proof_count(40, 40),
        )
        assert failures >= 1
        assert keyfile.backup_keyfile_path(made.path).exists()  # mirror written too
        assert vault.check().ok
    finally:
        vault.close()
    with pytest.raises(VaultError):
        Vault.open(made.path, member, TEST_PASSPHRASE)
    with Vault.open(made.path, member, new) as again:
        assert again.check().ok
        kinds = [e.detail for e in again.repos.audit.entries() if e.kind is AuditKind.KEY_CHANGE]
        assert kinds == ["passphrase"]  # logged once: the failed attempts left no event
    print(f"\npassphrase change: {failures} disk-full failures, fitted with {fitted} pages free")


def test_a_restore_onto_a_full_disk(disk: TinyDisk, tmp_path: Path) -> None:
    made = _vault_on(disk.root)
    backup = made.vault.backup(tmp_path / "reservekopieen")
    made.vault.close()
    before = _digests(disk.root)
    disk.fill(0)
    try:
        with pytest.raises(DiskFull) as info:
            Vault.restore(backup, made.path, member_id=made.member_id, passphrase=TEST_PASSPHRASE)
        assert info.value.message.msgid == RESTORE_DISK_FULL
    finally:
        disk.empty()
    assert _digests(disk.root) == before  # it failed at its first copy: nothing replaced
    Vault.restore(backup, made.path, member_id=made.member_id, passphrase=TEST_PASSPHRASE)
    with made.reopen() as again:
        assert again.check().ok


def _report(made: MadeVault, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """The real ``kansencirkel report`` command, in its own process."""
    env = dict(os.environ, KANSENCIRKEL_PASSPHRASE=TEST_PASSPHRASE, KANSENCIRKEL_TEST_KDF="1")
    child = made.child_ids["Fenna"]
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "kansencirkel",
            "report",
            str(made.path),
            "--child",
            child,
            "--out",
            str(out),
            *extra,
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def test_report_out_onto_a_full_disk(disk: TinyDisk, tmp_path: Path) -> None:
    made = _vault_on(tmp_path / "vault")
    made.vault.close()
    out = disk.root / "overzicht.pdf"
    old = disk.root / "vorige.pdf"
    old.write_bytes(b"%PDF-1.4 het overzicht van vorige week")
    sentence = FileNotSaved(FILE_DISK_FULL, disk_full=True, name=out.name).message_nl
    cases = [(out, 0, ()), (out, 2, ()), (old, 0, ("--overwrite",)), (old, 2, ("--overwrite",))]
    for target, leave_pages, extra in cases:
        before = _digests(disk.root)
        disk.fill(leave_pages * PAGE)
        try:
            done = _report(made, target, *extra)
        finally:
            disk.empty()
        lines = [ln for ln in done.stderr.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
        assert done.returncode == 1, (target, leave_pages, done.stderr)
        name_sentence = sentence.replace(out.name, target.name)
        assert lines == [name_sentence] and "Traceback" not in done.stderr
        assert _digests(disk.root) == before  # no file, no temp file, the old PDF as it was
    with made.reopen() as vault:
        assert not [e for e in vault.repos.audit.entries() if e.kind is AuditKind.EXPORT]
    assert _report(made, out).returncode == 0  # space again: it works
    assert out.read_bytes().startswith(b"%PDF")


def test_the_disk_is_really_full(disk: TinyDisk) -> None:
    """The instrument: fill() leaves what it is asked to, so the sweeps above mean it."""
    for leave in (0, 3 * PAGE):
        disk.fill(leave)
        assert disk.free_bytes() == leave
        with pytest.raises(OSError):
            (disk.root / "x").write_bytes(b"\0" * (leave + PAGE))
        (disk.root / "x").unlink(missing_ok=True)
    disk.empty()
    assert disk.free_bytes() > 1_900_000
