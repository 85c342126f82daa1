"""The real OS keyring: gnome-keyring's Secret Service on a private D-Bus session (DESIGN §6).

The test starts its own `dbus-run-session` with a fresh HOME, unlocks a new keyring there and
runs a small script in it, so the user's real keyring is never touched. Skipped when
dbus-run-session or gnome-keyring-daemon is not installed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytestmark = [pytest.mark.realkeyring, pytest.mark.timeout(120)]

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import keyring
    from kansencirkel.vault import keyring_access
    from kansencirkel.vault.vault import Vault
    from tests.support.vaults import TEST_PASSPHRASE, make_vault

    status = keyring_access.keyring_status()
    print("backend", status.backend, status.available)
    made = make_vault(Path(sys.argv[1]) / "team.kcv")
    vault, path, code = made.vault, made.path, made.recovery_code
    slot = vault.keys.keyfile.member_slot(vault.actor.id)
    print("device_secret", slot.device_secret is not None, "hardened", slot.hardened)
    stored = keyring.get_password("Kansencirkel", "device-secret/" + vault.info.vault_id)
    print("stored", stored is not None)
    member = vault.actor.id
    vault.close()
    Vault.open(path, member, TEST_PASSPHRASE).close()
    print("reopened")
    keyring_access.delete_device_secret(vault.info.vault_id)
    try:
        Vault.open(path, member, TEST_PASSPHRASE)
    except Exception as exc:
        print("after-delete", type(exc).__name__)
    Vault.open_with_recovery(path, code).close()
    print("recovered")
    """
)


def test_real_secret_service(tmp_path: Path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.skip("dbus-run-session or gnome-keyring-daemon is not installed")
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(REPO),
        "LANG": "C.UTF-8",
    }
    shell = (
        "printf kc-test-keyring | gnome-keyring-daemon --unlock --components=secrets "
        '>/dev/null 2>&1; exec "$0" "$@"'
    )
    proc = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell, sys.executable, str(script), str(tmp_path)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=100,
    )
    out = proc.stdout
    if proc.returncode != 0 and "backend" not in out:
        pytest.skip(f"no D-Bus session could be started here: {proc.stderr.strip()[-200:]}")
    assert proc.returncode == 0, proc.stderr[-2000:]
    lines = out.splitlines()
    assert lines[0].startswith("backend SecretService") and lines[0].endswith("True"), out
    assert "device_secret True hardened False" in lines
    assert "stored True" in lines
    assert "reopened" in lines
    assert "after-delete DeviceSecretMissing" in lines
    assert "recovered" in lines
