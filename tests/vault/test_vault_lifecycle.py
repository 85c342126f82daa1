"""Create, open, close, reopen; members, passphrases, recovery code; one process per vault."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from kansencirkel.core.enums import AuditKind, Role, Visibility
from kansencirkel.vault import keyfile
from kansencirkel.vault.errors import (
    InputRejected,
    NotFound,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultInUse,
    WrongPassphrase,
    WrongRecoveryCode,
)
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.keyslots import new_recovery_code
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, TEST_TEAM, VaultFactory

REPO = Path(__file__).resolve().parents[2]


def seed(vault: Vault) -> str:
    child = vault.repos.children.create("Fenna", "Fictief", school="De Regenboog", group="5").value
    vault.repos.notes.create(
        child.id, date(2026, 3, 2), "Tekent graag.", ["actief"], Visibility.INTERN
    )
    return str(child.id)


def assert_seeded(vault: Vault, child_id: str) -> None:
    assert vault.repos.children.get(child_id).given_name == "Fenna"
    assert [n.text for n in vault.repos.notes.for_child(child_id)] == ["Tekent graag."]


def kinds(vault: Vault) -> list[AuditKind]:
    return [e.kind for e in vault.repos.audit.entries()]


def test_create_close_reopen_keeps_data(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    path = vault.path
    child_id = seed(vault)
    assert vault.info.team_name == TEST_TEAM
    assert not vault.info.is_demo
    vault.close()
    assert not vault.is_open
    assert not path.with_name(path.name + "-wal").exists()
    again = vault_factory.reopen(path)
    assert_seeded(again, child_id)
    assert again.check().ok
    assert AuditKind.CREATE in kinds(again) and AuditKind.UNLOCK in kinds(again)


def test_recovery_code_opens_and_keeps_data(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    child_id = seed(vault)
    vault.close()
    code = vault_factory.made[vault.path].recovery_code
    sloppy = code.lower().replace("-", " ")
    with Vault.open_with_recovery(vault.path, sloppy) as again:
        assert again.opened_with_recovery
        assert again.actor.name == "herstelcode"
        assert_seeded(again, child_id)


def test_changed_passphrase(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    child_id = seed(vault)
    member = vault.actor
    with pytest.raises(WrongPassphrase):
        vault.keys.change_passphrase(member.id, "niet het oude", "nieuw wachtwoord 2")
    vault.keys.change_passphrase(member.id, TEST_PASSPHRASE, "nieuw wachtwoord 2")
    vault.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault.path, member.id, TEST_PASSPHRASE)
    with Vault.open(vault.path, member.id, "nieuw wachtwoord 2") as again:
        assert_seeded(again, child_id)
        assert AuditKind.KEY_CHANGE in kinds(again)
        assert AuditKind.FAILED_UNLOCK in kinds(again)


def test_members_add_remove_and_international_names(vault_factory: VaultFactory) -> None:
    vault = vault_factory(member_name="Şükrü Yılmaz")
    names = ["Łucja", "Zoë", "Nguyễn Văn An", "محمد"]
    added = [
        vault.keys.add_member(n, Role.LEERKRACHT, f"wachtwoord {i}") for i, n in enumerate(names)
    ]
    slots_before = {s.id for s in keyfile.load(vault.path).slots}
    vault.keys.remove_member(added[0].id)
    slots_after = {s.id for s in keyfile.load(vault.path).slots}
    assert len(slots_before - slots_after) == 1 and slots_after < slots_before
    vault.close()
    listed = [m.name for m in Vault.members(vault.path)]
    assert listed == ["Şükrü Yılmaz", "Zoë", "Nguyễn Văn An", "محمد"]
    with pytest.raises(NotFound):
        Vault.open(vault.path, added[0].id, "wachtwoord 0")
    with Vault.open(vault.path, added[3].id, "wachtwoord 3") as again:
        assert again.actor.name == "محمد"
        with pytest.raises(InputRejected):
            again.keys.add_member("  ", Role.IB, "x")


def test_passphrase_nfc(vault_factory: VaultFactory) -> None:
    composed = "crème brûlée café"
    vault = vault_factory(passphrase=composed)
    vault.close()
    decomposed = unicodedata.normalize("NFD", composed)
    assert decomposed != composed
    Vault.open(vault.path, vault.actor.id, decomposed).close()


def test_new_recovery_code_revokes_old(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    old = vault_factory.made[vault.path].recovery_code
    new = new_recovery_code()  # shown and confirmed first; only then does it replace the old
    with pytest.raises(InputRejected):
        vault.keys.replace_recovery_code("geen code")
    vault.keys.replace_recovery_code(new)
    vault.close()
    with pytest.raises(WrongRecoveryCode):
        Vault.open_with_recovery(vault.path, old)
    Vault.open_with_recovery(vault.path, new).close()


def test_reset_passphrase_only_after_recovery(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    member = vault.actor
    with pytest.raises(VaultError):
        vault.keys.reset_passphrase(member.id, "vergeten")
    vault.close()
    with Vault.open_with_recovery(vault.path, vault_factory.made[vault.path].recovery_code) as rv:
        rv.keys.reset_passphrase(member.id, "weer bekend")
    Vault.open(vault.path, member.id, "weer bekend").close()


def test_create_refuses_existing_files(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    vault.close()
    with pytest.raises(VaultExists):
        Vault.create(vault.path, "Ander team", "Iemand", Role.IB, "pw", kdf=TEST_KDF)
    with pytest.raises(InputRejected):
        Vault.create(vault.path.with_name("x.kcv"), "Team", "Iemand", Role.IB, "", kdf=TEST_KDF)
    assert not vault.path.with_name("x.kcv").exists()


def test_demo_flag(vault_factory: VaultFactory) -> None:
    assert vault_factory("demo", demo=True).info.is_demo


def test_second_open_in_same_process_is_refused(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    with pytest.raises(VaultInUse) as info:
        Vault.open(vault.path, vault.actor.id, TEST_PASSPHRASE)
    assert info.value.message.msgid == VaultInUse.default
    vault.close()
    Vault.open(vault.path, vault.actor.id, TEST_PASSPHRASE).close()


def _holder_script(path: Path, member_id: str) -> str:
    return textwrap.dedent(
        f"""
        import sys, time
        from kansencirkel.vault.vault import Vault
        v = Vault.open({str(path)!r}, {member_id!r}, {TEST_PASSPHRASE!r})
        v.repos.children.create("Na", "Crash")  # committed, still in the WAL when killed
        print("open", flush=True)
        time.sleep(120)
        """
    )


def _spawn_holder(path: Path, member_id: str) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        [sys.executable, "-c", _holder_script(path, member_id)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_other_process_refused_and_kill9_releases(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    vault.close()
    proc = _spawn_holder(vault.path, vault.actor.id)
    try:
        with pytest.raises(VaultInUse):
            Vault.open(vault.path, vault.actor.id, TEST_PASSPHRASE)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    deadline = time.monotonic() + 5
    while True:
        try:
            reopened = Vault.open(vault.path, vault.actor.id, TEST_PASSPHRASE)
            break
        except VaultInUse:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    assert reopened.check().ok
    assert reopened.repos.children.count() == 1
    reopened.close()


def test_no_vault_here_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        Vault.members(tmp_path / "nergens.kcv")
    with pytest.raises(NotFound):
        Vault.open(tmp_path / "nergens.kcv", "x", "y")
    assert list(tmp_path.iterdir()) == []


def test_close_drops_key_and_is_idempotent(open_vault: Vault) -> None:
    assert open_vault.check().ok and open_vault.check().schema_ok
    open_vault.close()
    open_vault.close()
    with pytest.raises(VaultError):
        _ = open_vault.repos
    with pytest.raises(VaultError):
        _ = open_vault.engine
    with Vault.open(open_vault.path, open_vault.actor.id, TEST_PASSPHRASE) as again:
        assert AuditKind.LOCK in kinds(again)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_files_are_owner_only(open_vault: Vault) -> None:
    for p in (open_vault.path, keyfile.keyfile_path(open_vault.path)):
        assert p.stat().st_mode & 0o077 == 0, p.name


def test_rotate_key(vault_factory: VaultFactory, tmp_path: Path) -> None:
    vault = vault_factory()
    child_id = seed(vault)
    other = vault.keys.add_member("Łucja", Role.JEUGDHULP, "tweede wachtwoord")
    old_code = vault_factory.made[vault.path].recovery_code
    old_keys = keyfile.keyfile_path(vault.path).read_bytes()
    passphrases = {vault.actor.id: TEST_PASSPHRASE, other.id: "tweede wachtwoord"}

    before = keyfile.keyfile_path(vault.path).read_bytes()
    with pytest.raises(WrongPassphrase):
        vault.keys.rotate({**passphrases, other.id: "fout"}, old_code)
    with pytest.raises(InputRejected):
        vault.keys.rotate({vault.actor.id: TEST_PASSPHRASE}, old_code)
    with pytest.raises(WrongRecoveryCode):
        vault.keys.rotate(passphrases, new_recovery_code())
    assert keyfile.keyfile_path(vault.path).read_bytes() == before

    vault.keys.rotate(passphrases, old_code)
    assert_seeded(vault, child_id)  # still usable without reopening
    vault.close()
    with Vault.open(vault.path, other.id, "tweede wachtwoord") as again:
        assert_seeded(again, child_id)
        assert again.check().ok
        assert any(e.detail == "rotate" for e in again.repos.audit.entries())
    # Every secret stays: the recovery code on paper still opens the re-keyed vault.
    Vault.open_with_recovery(vault.path, old_code).close()
    # A copy of the old key file no longer opens the re-encrypted database.
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / "team.kcv").write_bytes(vault.path.read_bytes())
    keyfile.keyfile_path(stale / "team.kcv").write_bytes(old_keys)
    with pytest.raises(VaultDamaged):
        Vault.open(stale / "team.kcv", vault.actor.id, TEST_PASSPHRASE)


def test_rotation_interrupted_after_swap_is_finished_on_unlock(
    vault_factory: VaultFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kansencirkel.vault import rotate

    vault = vault_factory()
    child_id = seed(vault)
    member = vault.actor

    def crash(*_: object) -> None:
        raise OSError("power cut")

    monkeypatch.setattr(rotate.keyfile, "save", crash)
    with pytest.raises(OSError):
        vault.keys.rotate(
            {member.id: TEST_PASSPHRASE}, vault_factory.made[vault.path].recovery_code
        )
    monkeypatch.undo()
    vault.close()
    assert rotate.pending_keyfile_path(vault.path).exists()
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as again:
        assert_seeded(again, child_id)
    assert not rotate.pending_keyfile_path(vault.path).exists()
    Vault.open(vault.path, member.id, TEST_PASSPHRASE).close()


def test_repositories_kept_after_close_cannot_read(open_vault: Vault) -> None:
    seed(open_vault)
    children = open_vault.repos.children  # e.g. held by a worker thread when the app auto-locks
    open_vault.close()
    with pytest.raises(VaultError):
        children.count()


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux /proc")
def test_unwritable_folder_is_one_sentence(tmp_path: Path) -> None:
    # /proc refuses new files even for root: the same path as a read-only share.
    with pytest.raises(VaultError) as info:
        Vault.create(Path("/proc/team.kcv"), "Team", "Iemand", Role.IB, "pw", kdf=TEST_KDF)
    assert "folder is not writable" in info.value.message_en  # the folder, not damage
    with pytest.raises(InputRejected):
        (tmp_path / "bestand").write_text("x")
        Vault.create(tmp_path / "bestand" / "team.kcv", "Team", "Iemand", Role.IB, "pw")


def test_failed_unlocks_are_logged_after_the_next_unlock(vault_factory: VaultFactory) -> None:
    vault = vault_factory()
    member = vault.actor
    vault.close()
    for attempt in ("fout 1", "fout 2"):
        with pytest.raises(WrongPassphrase):
            Vault.open(vault.path, member.id, attempt)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery(vault.path, "0000-0000-0000-0000-0000-0000-0000-0000")
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as again:
        entries = again.repos.audit.entries()
        failed = [e for e in entries if e.kind == AuditKind.FAILED_UNLOCK]
        assert [e.record_id for e in failed] == [member.id, member.id, "herstelcode"]
        assert [e.actor for e in failed] == [member.name, member.name, "herstelcode"]
        unlock = [e for e in entries if e.kind == AuditKind.UNLOCK][-1]
        assert all(e.at <= unlock.at for e in failed)
        assert all(e.seq < unlock.seq for e in failed)
    with Vault.open(vault.path, member.id, TEST_PASSPHRASE) as third:  # logged only once
        assert sum(e.kind == AuditKind.FAILED_UNLOCK for e in third.repos.audit.entries()) == 3


def test_dropped_vault_frees_its_lock(vault_factory: VaultFactory) -> None:
    import gc

    vault = vault_factory()
    seed(vault)
    path, member_id = vault.path, vault.actor.id
    vault_factory.forget(vault)  # no reference left, and no close()
    del vault
    gc.collect()
    Vault.open(path, member_id, TEST_PASSPHRASE).close()
