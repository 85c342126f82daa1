"""A really full disk, for the disk-full tests: a small tmpfs mounted in a private mount
namespace (``unshare -rm``, no root needed where user namespaces are allowed), filled to the
last byte. ``run_on_full_disk(folder)`` runs :func:`probe` in there and returns its findings.

The probe puts one vault on the full disk and one next to it (so its backup folder is the
full disk), and records what each operation did: "ok" or the error's class and msgid.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
DISK_SIZE = "4m"


def available() -> bool:
    """Whether this machine lets us mount a tmpfs in a private namespace."""
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt 2>/dev/null"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


def run_on_full_disk(folder: Path) -> dict[str, Any]:
    disk = folder / "disk"
    disk.mkdir()
    script = (
        f'mount -t tmpfs -o size={DISK_SIZE} tmpfs "$1" && '
        f'exec "$2" -m tests.support.full_disk "$3"'
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(disk), sys.executable, str(folder)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(REPO), KANSENCIRKEL_TEST_KDF="1"),
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    found: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return found


def _outcome(action: Callable[[], object]) -> str:
    try:
        action()
    except Exception as exc:
        message = getattr(exc, "message", None)
        return f"{type(exc).__name__}: {getattr(message, 'msgid', exc)}"
    return "ok"


def _fill(disk: Path) -> None:
    fd = os.open(disk / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    try:  # the last few bytes too
        while True:
            os.write(fd, b"\0")
    except OSError:
        pass
    finally:
        os.close(fd)


def _cli(*args: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "kansencirkel", *args], capture_output=True, text=True
    )
    errors = [ln for ln in done.stderr.splitlines() if "KANSENCIRKEL_TEST_" not in ln]
    return {"exit": done.returncode, "stderr": errors}


def probe(folder: Path) -> dict[str, Any]:
    from tests.support.vaults import TEST_PASSPHRASE, Kid, make_vault

    disk = folder / "disk"
    on_disk = make_vault(disk / "team.kcv", children=[Kid("Fenna", "Fictief")])
    child = on_disk.child_ids["Fenna"]
    on_disk.vault.close()
    beside = make_vault(folder / "naast" / "team.kcv")
    beside.vault.close()
    _fill(disk)
    found: dict[str, Any] = {"free": shutil.disk_usage(disk).free}

    vault = on_disk.reopen()
    found["notices"] = [n.msgid for n in vault.notices]
    found["count"] = vault.repos.children.count()
    found["list"] = len(vault.repos.children.summaries(date(2026, 3, 1)))
    found["check"] = vault.check().ok
    found["open child"] = _outcome(lambda: vault.repos.children.get(child))
    found["write"] = _outcome(lambda: vault.repos.children.create("Joris", "Verzonnen"))
    found["backup"] = _outcome(lambda: vault.backup(folder / "elders"))
    found["passphrase"] = _outcome(
        lambda: vault.keys.change_passphrase(on_disk.member_id, TEST_PASSPHRASE, "een nieuwe")
    )
    vault.close()
    env = {"KANSENCIRKEL_PASSPHRASE": TEST_PASSPHRASE}
    os.environ.update(env)
    found["cli children"] = _cli("children", str(on_disk.path))
    found["cli check"] = _cli("vault", "check", str(on_disk.path))
    found["cli backup to full disk"] = _cli(
        "vault", "backup", str(beside.path), "--to", str(disk / "kopieen")
    )
    found["backup folder left"] = sorted(p.name for p in (disk / "kopieen").glob("*"))

    (disk / "filler").unlink()  # room again: writing works, and the unlock is logged late
    with on_disk.reopen() as again:
        found["after: write"] = _outcome(lambda: again.repos.children.create("Joris", "Z"))
        found["after: unlocks logged"] = [
            e.kind.value for e in again.repos.audit.entries() if e.kind.value == "unlock"
        ]
    return found


if __name__ == "__main__":
    print(json.dumps(probe(Path(sys.argv[1]))))
