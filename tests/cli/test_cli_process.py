"""End to end through a real ``python -m kansencirkel`` process: what an admin's script sees."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from kansencirkel.vault.errors import VaultInUse, WrongPassphrase
from tests.cli.conftest import REPO, digests, real_errors, run_cli
from tests.support.vaults import TEST_PASSPHRASE


def stderr_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    """Stderr without the test-KDF warning every command prints in this test setup."""
    return real_errors(result.stderr)


def test_init_demo_children_json(tmp_path: Path) -> None:
    vault = tmp_path / "team.kcv"
    code = tmp_path / "herstelcode.txt"
    r = run_cli(
        "vault",
        "init",
        str(vault),
        "--team",
        "Kernteam Noord",
        "--member",
        "Ilse",
        "--recovery-code-file",
        str(code),
    )
    assert r.returncode == 0, r.stderr
    assert str(code) in r.stdout and "Print hem" in r.stdout
    assert "KANSENCIRKEL_TEST_KDF" in r.stderr  # the test-only KDF never goes unnoticed

    demo = tmp_path / "demo.kcv"
    r = run_cli("demo", str(demo), "--children", "12", "--seed", "5")
    assert r.returncode == 0, r.stderr
    r = run_cli("children", str(demo), "--json")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)
    assert len(rows) == 12
    names = {f"{c['given_name']} {c['family_name']}" for c in rows}
    assert all(n.strip() for n in names)
    assert {c["status"] for c in rows} <= {"actief", "afgesloten"}

    # Demo data never goes into a real vault.
    r = run_cli("demo", str(vault), "--children", "3")
    assert r.returncode == 5
    assert stderr_lines(r) == [
        "Dit is geen demokluis; fictieve kinderen gaan alleen in een demokluis."
    ]


def test_readme_quick_start_demo_and_check(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    r = run_cli("demo", str(vault), "--children", "25")
    assert r.returncode == 0, r.stderr
    r = run_cli("vault", "check", str(vault))
    assert r.returncode == 0, r.stderr
    assert "De kluis is in orde." in r.stdout
    assert "Kinderen: 25" in r.stdout


def test_wrong_passphrase_exit_3_and_files_untouched(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    assert run_cli("demo", str(vault), "--children", "3").returncode == 0
    before = digests(tmp_path)
    r = run_cli("children", str(vault), env={"KANSENCIRKEL_PASSPHRASE": "niet het wachtwoord"})
    assert r.returncode == 3
    assert stderr_lines(r) == [WrongPassphrase().message_nl]
    assert "Traceback" not in r.stderr
    assert digests(tmp_path) == before


def test_damaged_database_exit_4_one_line(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    assert run_cli("demo", str(vault), "--children", "3").returncode == 0
    data = bytearray(vault.read_bytes())
    for i in range(5000, 5064):  # flip bytes inside the second page
        data[i] ^= 0xFF
    vault.write_bytes(bytes(data))
    r = run_cli("vault", "check", str(vault))
    assert r.returncode == 4, (r.stdout, r.stderr)
    lines = stderr_lines(r)
    assert len(lines) == 1 and "Traceback" not in r.stderr
    assert "beschadigd" in lines[0]


def test_passphrase_from_stdin_file_dash(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    assert run_cli("demo", str(vault), "--children", "2").returncode == 0
    r = run_cli(
        "children",
        str(vault),
        "--passphrase-file",
        "-",
        stdin=TEST_PASSPHRASE + "\n",
        env={"KANSENCIRKEL_PASSPHRASE": ""},
    )
    assert r.returncode == 0, r.stderr
    # No terminal, no file, no variable: a clear usage error instead of hanging on a prompt.
    r = run_cli("children", str(vault), env={"KANSENCIRKEL_PASSPHRASE": ""}, stdin="")
    assert r.returncode == 2
    assert "--passphrase-file" in stderr_lines(r)[0]


def test_second_process_is_refused(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    assert run_cli("demo", str(vault), "--children", "2").returncode == 0
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from kansencirkel.vault.vault import Vault\n"
            "path = sys.argv[1]\n"
            "member = Vault.members(path)[0]\n"
            "v = Vault.open(path, member.id, sys.argv[2])\n"
            "print('open', flush=True)\n"
            "time.sleep(60)\n",
            str(vault),
            TEST_PASSPHRASE,
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "open"
        start = time.monotonic()
        r = run_cli("children", str(vault))
        assert r.returncode == 1
        assert stderr_lines(r) == [VaultInUse().message_nl]
        assert time.monotonic() - start < 30
    finally:
        holder.kill()
        holder.wait()


def test_subcommands_do_not_import_qt(tmp_path: Path) -> None:
    vault = tmp_path / "demo.kcv"
    r = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from kansencirkel.cli import main\n"
            "rc = main(['demo', sys.argv[1], '--children', '2'])\n"
            "rc = rc or main(['children', sys.argv[1]])\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "sys.exit(rc or (9 if bad else 0))\n",
            str(vault),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )
    assert r.returncode == 0, r.stderr


def _help_imports(tmp_path: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from kansencirkel.cli import main\n"
            f"rc = main([*{list(argv)!r}, '--help'])\n"
            "heavy = ('kansencirkel.core.model', 'kansencirkel.demo', 'kansencirkel.vault',\n"
            "         'kansencirkel.exchange', 'PySide6', 'babel')\n"
            "bad = [m for m in sys.modules if m.startswith(heavy)]\n"
            "print(bad, file=sys.stderr)\n"
            "sys.exit(rc or (9 if bad else 0))\n",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env={**os.environ, "KANSENCIRKEL_HOME": str(tmp_path)},
    )


def test_help_loads_no_vault_demo_qt_or_babel(tmp_path: Path) -> None:
    # Building the parser imports the command modules only: `kansencirkel --help` stays cheap.
    r = _help_imports(tmp_path)
    assert r.returncode == 0, r.stderr
    assert "gebruik:" in r.stdout


def test_english_help_needs_babel_only_to_compile_the_catalogue_once(tmp_path: Path) -> None:
    first = _help_imports(tmp_path, "--lang", "en")
    assert "babel" in first.stderr  # the first run compiled the English catalogue
    again = _help_imports(tmp_path, "--lang", "en")
    assert again.returncode == 0, again.stderr
    assert "usage:" in again.stdout
    assert "Kansencirkel: without a command the app starts" in again.stdout
