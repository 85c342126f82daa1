"""Proof 9, "Nothing leaks": a whole demo session in the real app (tests/ui/leak_session_child.py
— unlock, open a child, add a note naming a unique marker, export a PDF to a chosen path),
ended by kill -9, leaves no child's name and no marker in any file outside the vault folder
and the chosen PDF, and every file and folder it made is private to the user.

Searched: the session's HOME (with its XDG config, cache, data and state folders), its temp
folder and runtime folder — every file, for every child's full name, the marker and the note,
in UTF-8 and UTF-16 — and the machine's /tmp, /var/tmp, /dev/shm and /var/log — files changed
during the session, for the marker (other programs there may hold the same fictional demo
names). The device secret the keyring was handed is in no file at all, the vault's included.
"""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import string
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.reports import pdfcheck
from tests.support.secret_scan import regular_files, scan, secret_forms, text_forms
from tests.ui.leak_session_child import note_text

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]

ROOT = Path(__file__).resolve().parents[2]
MACHINE_PLACES = [Path(p) for p in ("/tmp", "/var/tmp", "/dev/shm", "/var/log")]


def unique_marker() -> str:
    """A made-up name no file on this machine contains: 'Kwispel' and 12 random letters."""
    rng = random.SystemRandom()
    return "Kwispel" + "".join(rng.choice(string.ascii_lowercase) for _ in range(12)).title()


def private(mode: int, is_dir: bool) -> bool:
    return stat.S_IMODE(mode) == (0o700 if is_dir else 0o600)


def test_a_killed_demo_session_leaves_nothing_outside_the_vault(tmp_path: Path) -> None:
    marker = unique_marker()
    home, temp, run, out = (
        tmp_path / n for n in ("sessie-home", "sessie-tmp", "sessie-run", "gekozen map")
    )
    for folder in (home, temp, run, out):
        folder.mkdir(mode=0o700)
    export = out / "overzicht.pdf"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_RUNTIME_DIR": str(run),
        "TMPDIR": str(temp),
        "PYTHONPATH": str(ROOT),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "KANSENCIRKEL_TEST_KDF": "1",
        # A working keyring (in memory, in the child), so a device secret exists to look for.
        "PYTHON_KEYRING_BACKEND": "tests.support.keyrings.RecordingKeyring",
    }
    if os.environ.get("KANSENCIRKEL_TEST_TODAY"):
        env["KANSENCIRKEL_TEST_TODAY"] = os.environ["KANSENCIRKEL_TEST_TODAY"]
    started = time.time() - 1
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.leak_session_child", str(export), marker],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        if not line.startswith("READY "):
            proc.kill()
            pytest.fail(f"the session did not finish: {proc.communicate()[1][-2000:]}")
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    session = json.loads(line.removeprefix("READY "))
    vault_folder = Path(session["vault_folder"])
    assert vault_folder.parent == temp  # the demo vault lives in the session's temp folder
    assert len(session["children"]) >= 20

    # The export happened, with the note in it: so there was something to leak.
    pdf = pdfcheck.flat(pdfcheck.text(export.read_bytes()))
    assert marker in pdf and pdfcheck.flat(session["opened"]) in pdf

    names = [*session["children"], marker, note_text(marker)]
    needles = [form for name in names for form in text_forms(name)]
    mine = [home, temp, run]
    hits, mine_count = scan(mine, needles, exclude=[vault_folder, export])
    assert hits == {}, f"child data outside the vault: {sorted(map(str, hits))}"

    hits, machine_count = scan(
        [p for p in MACHINE_PLACES if p.is_dir()],
        text_forms(marker),
        exclude=[tmp_path],
        newer_than=started,
    )
    assert hits == {}, f"the marker outside the vault: {sorted(map(str, hits))}"

    secrets = [f for value in session["device_secrets"] for f in secret_forms(_b64(value))]
    assert secrets, "the keyring was never handed a device secret"
    hits, _count = scan([*mine, out], secrets)  # the vault folder too: no secret in a key file
    assert hits == {}, f"the device secret on disk: {sorted(map(str, hits))}"

    made = [*regular_files(mine), *(p for r in mine for p in r.rglob("*") if p.is_dir())]
    loose = sorted(
        f"{oct(stat.S_IMODE(p.lstat().st_mode))} {p.relative_to(tmp_path)}"
        for p in made
        if not private(p.lstat().st_mode, p.is_dir())
    )
    assert loose == [], "files or folders the app made are readable by others"
    assert private(export.stat().st_mode, False)
    assert (home / ".config").is_dir()  # the app did write its settings under HOME
    print(
        f"nothing leaks: {mine_count} session files and {machine_count} machine files "
        f"searched for {len(names)} names; {len(made)} files and folders private"
    )


def _b64(value: str) -> bytes:
    import base64

    return base64.b64decode(value)


def test_the_search_finds_a_name_in_utf16(tmp_path: Path) -> None:
    """The control: the same search does see a name when a file holds it."""
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "log.txt").write_bytes("x Bảo Nguyễn y".encode("utf-16-le"))
    hits, count = scan([tmp_path], text_forms("Bảo Nguyễn"))
    assert list(hits) == [tmp_path / "a" / "log.txt"] and count == 1
