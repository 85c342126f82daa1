"""Proof 8, the command line: every malformed argument and every kind of path a user can type
gets one sentence on stderr and the documented exit code (DESIGN §9), never a traceback.

Path kinds: empty, blanks, a folder, missing, in a missing folder, below a file, a name too
long for the file system, a device (a device node made in the test's folder, never /dev
itself: a command that wrote to it would replace the system's /dev/null), a FIFO, spaces and
other scripts, bytes that are no UTF-8. Each path argument of each command plays the part of
a vault to open, a file to read or a file or folder to make.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kansencirkel.cli import main
from kansencirkel.commands import common, import_cmd
from kansencirkel.core.i18n import gettext
from kansencirkel.vault import layout
from tests.cli.conftest import REPO, make_vault, real_errors
from tests.support.vaults import TEST_PASSPHRASE

GENERIC = "onverwachts"


@dataclass(frozen=True)
class World:
    folder: Path
    vault: Path  # a demo vault made with the CLI
    child: str  # the id of one of its children
    export: Path  # that child's file, from `export`
    backup: Path  # a backup of the vault
    passphrase: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    folder = tmp_path_factory.mktemp("bad-arguments")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KANSENCIRKEL_TEST_KDF", "1")
        mp.setenv("KANSENCIRKEL_PASSPHRASE", TEST_PASSPHRASE)
        made = make_vault(folder, "kluis", demo_children=2)
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["children", str(made.path), "--json"]) == 0
        child = json.loads(out.getvalue())[0]["id"]
        export = folder / "dossier.json"
        quiet = contextlib.redirect_stderr(io.StringIO())
        with quiet, contextlib.redirect_stdout(io.StringIO()):
            assert (
                main(
                    [
                        "export",
                        str(made.path),
                        "--child",
                        child,
                        "--out",
                        str(export),
                        "--reason",
                        "verzoek van de ouders (AVG)",
                    ]
                )
                == 0
            )
            assert main(["vault", "backup", str(made.path), "--to", str(folder / "kopie")]) == 0
        [backup] = (folder / "kopie").glob("*.kcv")
    passphrase = folder / "wachtwoord.txt"
    passphrase.write_text(TEST_PASSPHRASE + "\n", encoding="utf-8")
    yield World(folder, made.path, child, export, backup, passphrase)


def run(*args: str) -> tuple[int, list[str]]:
    """``kansencirkel ARGS`` in this process: exit code and stderr (test-only lines left out)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        rc = main(list(args))
    return rc, real_errors(err.getvalue())


def device(folder: Path) -> Path:
    """A character device like /dev/null, made in ``folder`` (so nothing can replace the
    real one), or a skip where the test may not make device nodes."""
    node = folder / "apparaat"
    if not node.exists():
        try:
            os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
    return node


def fifo(folder: Path) -> Path:
    node = folder / "fifo"
    if not node.exists():
        os.mkfifo(node)
    return node


# Each kind of path, as typed: the path and the exit code when it is a vault to open, a file
# to read and something to make (None: any documented failure; the sentence is checked).
KINDS: dict[str, tuple[Callable[[Path], str], int | None, int | None, int | None]] = {
    "empty": (lambda f: "", 2, 2, 2),
    "blanks": (lambda f: "   ", 2, 2, 2),
    "device": (lambda f: str(device(f)), 2, 2, 2),
    "folder": (lambda f: str(f), 1, 1, None),
    "missing": (lambda f: str(f / "weg.kcv"), 1, 1, None),
    "in a missing folder": (lambda f: str(f / "weg" / "weg" / "x.kcv"), 1, 1, None),
    "below a file": (lambda f: str(f / "dossier.json" / "x.kcv"), 1, 1, None),
    "name too long": (lambda f: str(f / ("x" * 300) / "x.kcv"), 1, 1, None),
    "fifo": (lambda f: str(fifo(f)), 1, 1, None),
    "spaces and scripts": (lambda f: str(f / "map met spatie" / "kluis ü名 ☃.kcv"), 1, 1, None),
    "no UTF-8": (lambda f: str(f / "bad\udcff.kcv"), 1, 1, None),
}

# Where each command takes a path: (what the path is, its arguments with {p} for the path).
USES: dict[str, tuple[str, list[str]]] = {
    "vault check": ("vault", ["vault", "check", "{p}"]),
    "children": ("vault", ["children", "{p}"]),
    "audit": ("vault", ["audit", "{p}"]),
    "erase": ("vault", ["erase", "{p}", "--child", "{child}", "--yes"]),
    "export (vault)": (
        "vault",
        [
            "export",
            "{p}",
            "--child",
            "{child}",
            "--out",
            "{new}.json",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
    ),
    "import (vault)": ("vault", ["import", "{p}", "--in", "{export}"]),
    "report (vault)": ("vault", ["report", "{p}", "--child", "{child}", "--out", "{new}.pdf"]),
    "vault backup (vault)": ("vault", ["vault", "backup", "{p}", "--to", "{new}"]),
    "vault restore (backup)": ("vault", ["vault", "restore", "{p}", "--to", "{new}.kcv"]),
    "import --in": ("read", ["import", "{vault}", "--in", "{p}"]),
    "--recovery-code-file": ("read", ["vault", "check", "{vault}", "--recovery-code-file", "{p}"]),
    "export --out": (
        "make",
        [
            "export",
            "{vault}",
            "--child",
            "{child}",
            "--out",
            "{p}",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
    ),
    "report --out": ("make", ["report", "{vault}", "--child", "{child}", "--out", "{p}"]),
    "inzage --out": ("make", ["inzage", "{vault}", "--child", "{child}", "--out", "{p}"]),
    "vault init": ("make", ["vault", "init", "{p}", "--team", "T", "--member", "M"]),
    "demo": ("make", ["demo", "{p}", "--children", "1"]),
    "vault backup --to": ("make", ["vault", "backup", "{vault}", "--to", "{p}"]),
    "vault restore --to": ("make", ["vault", "restore", "{backup}", "--to", "{p}"]),
}

# Making something in a missing folder makes the folders (vault init, demo, backup, restore):
# that is how those commands work, so those are no bad paths for them. A backup goes into a
# folder, so a folder is no bad path for --to either.
MAKES_FOLDERS = {"vault init", "demo", "vault backup --to", "vault restore --to"}
NOT_BAD = {
    (use, kind)
    for use in MAKES_FOLDERS
    for kind in ("missing", "in a missing folder", "spaces and scripts", "no UTF-8")
} | {
    ("vault backup --to", "folder"),
    ("vault restore --to", "fifo"),  # restore replaces what is there (a damaged vault, say)
    ("export --out", "missing"),
    ("export --out", "spaces and scripts"),
    ("export --out", "no UTF-8"),
    ("--recovery-code-file", "fifo"),  # read as typed: `<(…)` is a FIFO with a writer
    ("inzage --out", "folder"),  # the inzage's two files go into a folder
}


@pytest.mark.parametrize(
    ("kind", "use"),
    [(kind, use) for use in USES for kind in KINDS if (use, kind) not in NOT_BAD],  # made paths
)
def test_every_kind_of_path_in_every_place_gets_one_sentence(
    world: World, tmp_path: Path, kind: str, use: str
) -> None:
    make_path, as_vault, as_input, as_output = KINDS[kind]
    role, template = USES[use]
    path = make_path(world.folder if kind == "below a file" else tmp_path)
    values = {
        "p": path,
        "vault": str(world.vault),
        "child": world.child,
        "export": str(world.export),
        "backup": str(world.backup),
        "new": str(tmp_path / "nieuw"),
    }
    argv = [part.format(**values) for part in template]
    if use == "vault init" or use == "demo":
        argv += ["--recovery-code-file", str(tmp_path / "code.txt")]
    before = sorted(p.name for p in tmp_path.iterdir())
    rc, err = run(*argv)
    expected = {"vault": as_vault, "read": as_input, "make": as_output}[role]
    assert len(err) == 1 and GENERIC not in err[0], err  # one sentence, and a true one
    if expected is None:
        assert rc in (1, 2, 3, 4, 5), (rc, err)
    else:
        assert rc == expected, (rc, err)
    if kind in ("empty", "blanks"):
        # "an empty path is no file", or for a vault's place "give the vault's place"
        assert any(gettext(m) in err[0] for m in (common.EMPTY_PATH, common.NO_VAULT_PATH))
    if kind == "device":
        assert gettext(common.DEVICE_PATH, text=path) in err[0]
    if role == "vault" and kind == "folder":
        assert err[0] == gettext(layout.NOT_A_FOLDER, path=path)
    if role == "vault" and kind == "fifo":
        assert err[0] == gettext(common.VAULT_NOT_A_FILE, path=path)
    if use == "import --in" and kind == "folder":
        assert err[0] == gettext(import_cmd.SOURCE_IS_A_FOLDER, source=path)
    if role != "make":
        assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing was made


def test_a_device_is_never_replaced(world: World, tmp_path: Path) -> None:
    """The probe's worst case: restoring onto /dev/null replaced it with a file (as root)."""
    node = device(tmp_path)
    for argv in (
        ["vault", "restore", str(world.backup), "--to", str(node)],
        ["vault", "init", str(node), "--team", "T", "--member", "M"],
        [
            "export",
            str(world.vault),
            "--child",
            world.child,
            "--out",
            str(node),
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
    ):
        rc, err = run(*argv)
        assert rc == 2 and len(err) == 1, err
        assert stat.S_ISCHR(node.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["apparaat"]


@pytest.mark.parametrize(
    ("source", "rc", "msgid"),
    [
        ("", 2, common.NO_SECRET_FILE),
        ("device", 5, common.SECRET_LINE_TOO_LONG),  # a zero device: no line ever ends
    ],
)
def test_passphrase_files_that_are_no_files(
    world: World, tmp_path: Path, source: str, rc: int, msgid: str
) -> None:
    name = source
    if source == "device":
        name = str(tmp_path / "nullen")
        try:
            os.mknod(name, stat.S_IFCHR | 0o666, os.makedev(1, 5))
        except PermissionError:
            pytest.skip("making a device node needs root")
    got, err = run("children", str(world.vault), "--passphrase-file", name)
    assert got == rc and err == [gettext(msgid, name=name)], err


BAD_VALUES: list[tuple[list[str], int]] = [
    (["demo", "{vault}", "--children", "veel"], 2),
    (["demo", "{vault}", "--children", "-1"], 5),
    (["demo", "{vault}", "--children", "1" + "0" * 30], 5),
    (["demo", "{vault}", "--seed", "x"], 2),
    (["audit", "{vault}", "--limit", "abc"], 2),
    (["audit", "{vault}", "--limit", "-3"], 2),
    (["audit", "{vault}", "--limit", "0"], 2),
    (["audit", "{vault}", "--child", ""], 2),
    (["audit", "{vault}", "--child", "zzzz"], 1),
    (["vault", "backup", "{vault}", "--to", "{new}", "--keep", "0"], 2),
    (["vault", "backup", "{vault}", "--to", "{new}", "--keep", "x"], 2),
    (["report", "{vault}", "--agenda", "2026-02-30", "--out", "{new}.pdf"], 2),
    (["report", "{vault}", "--child", "{child}", "--kind", "x", "--out", "{new}.pdf"], 2),
    (["report", "{vault}", "--out", "{new}.pdf"], 2),
    (
        [
            "export",
            "{vault}",
            "--child",
            "",
            "--out",
            "{new}.json",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
        2,
    ),
    (
        [
            "export",
            "{vault}",
            "--child",
            "ab",
            "--out",
            "{new}.json",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
        2,
    ),
    (
        [
            "export",
            "{vault}",
            "--child",
            "zzzz",
            "--out",
            "{new}.json",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
        1,
    ),
    (
        [
            "export",
            "{vault}",
            "--child",
            "\x07ab\u202e\ud800",
            "--out",
            "{new}.json",
            "--reason",
            "verzoek van de ouders (AVG)",
        ],
        1,
    ),
    (["children", "{vault}", "--status", "weg"], 2),
    (["children", "{vault}", "--member", ""], 1),
    (["children", "{vault}", "--member", "Niemand"], 1),
    (["children", "{vault}", "--passphrase", "geheim"], 2),
    (["children", "{vault}", "geheim"], 2),
    (["--lang", "xx", "children", "{vault}"], 2),
    (["children"], 2),
    (["bestaatniet"], 2),
    (["import", "{vault}"], 2),
    (["vault"], 2),
    (["vault", "init", "{new}.kcv", "--team", "", "--member", "M"], 5),
    (["vault", "init", "{new}.kcv", "--team", "T", "--member", "  "], 5),
    (["vault", "init", "{new}.kcv", "--team", "T", "--member", "M", "--role", "baas"], 2),
    (["erase", "{vault}", "--child", "{child}"], 2),
]


@pytest.mark.parametrize(("template", "rc"), BAD_VALUES, ids=[" ".join(t) for t, _ in BAD_VALUES])
def test_every_malformed_value_gets_one_sentence_and_its_code(
    world: World, tmp_path: Path, template: list[str], rc: int
) -> None:
    values = {"vault": world.vault, "child": world.child, "new": tmp_path / "nieuw"}
    argv = [part.format(**values) for part in template]
    got, err = run(
        *argv, *(["--recovery-code-file", str(tmp_path / "c")] if "init" in argv else [])
    )
    assert got == rc and len(err) == 1 and GENERIC not in err[0], (got, err)
    assert "geheim" not in err[0]  # a stray value may be a passphrase: never echoed


def test_paths_with_spaces_other_scripts_and_no_utf8_through_a_real_process(
    world: World, tmp_path: Path
) -> None:
    folder = tmp_path / "map met spatie" / "ü名 ☃"
    folder.mkdir(parents=True)
    vault = folder / "kluis met spatie é.kcv"
    env = {**os.environ, "KANSENCIRKEL_TEST_KDF": "1", "KANSENCIRKEL_PASSPHRASE": TEST_PASSPHRASE}

    def cli(*args: str | bytes) -> subprocess.CompletedProcess[bytes]:
        command = [sys.executable.encode(), b"-m", b"kansencirkel", *(os.fsencode(a) for a in args)]
        return subprocess.run(command, capture_output=True, env=env, cwd=REPO, timeout=120)

    made = cli(
        "demo", str(vault), "--children", "1", "--recovery-code-file", str(folder / "c é.txt")
    )
    assert made.returncode == 0, made.stderr
    assert cli("import", str(vault), "--in", str(world.export)).returncode == 0
    listed = cli("children", str(vault), "--json")
    children = json.loads(listed.stdout)
    assert world.child in {c["id"] for c in children} and len(children) == 2
    child = children[0]["id"]
    out = folder / "dossier ü.json"
    assert (
        cli(
            "export",
            str(vault),
            "--child",
            child,
            "--out",
            str(out),
            "--reason",
            "verzoek van de ouders (AVG)",
        ).returncode
        == 0
    )
    assert out.is_file()
    # A file name that is no UTF-8: one sentence (the name escaped), exit 1.
    odd = os.fsencode(str(tmp_path)) + b"/kluis-\xff.kcv"
    done = cli("children", odd)
    err = [ln for ln in done.stderr.decode("utf-8", "replace").splitlines() if "TEST_" not in ln]
    assert done.returncode == 1 and len(err) == 1 and b"Traceback" not in done.stderr, err
