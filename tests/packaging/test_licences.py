"""The licence list comes from the real installed distributions, not from a typed table."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from kansencirkel import licences

ROOT = Path(__file__).resolve().parents[2]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def test_walks_the_real_dependencies() -> None:
    names = licences.distribution_names()
    declared = {
        licences._canonical(Requirement(r).name)
        for r in PROJECT["dependencies"]
        if "extra ==" not in r
    }
    assert declared <= set(names)
    # Transitive ones too: PySide6's shiboken6, matplotlib's numpy, cryptography's cffi.
    assert {"shiboken6", "numpy", "cffi"} <= set(names)
    # Not the test or bundle tools, which are extras.
    assert not {"pytest", "pyinstaller", "hypothesis"} & set(names)


def test_each_distribution_with_version_licence_and_text() -> None:
    found = {c.name.lower(): c for c in licences.components() if not c.part_of}
    for name in ("reportlab", "matplotlib", "sqlalchemy", "keyring", "cryptography"):
        c = found[name]
        assert c.version == metadata.version(name)
        assert c.licence and c.licence != "?"
        assert c.texts, f"{name} ships a licence file"
    assert found["cryptography"].licence == "Apache-2.0 OR BSD-3-Clause"
    # A License field that is the whole text (matplotlib) gives way to the classifier.
    assert "\n" not in found["matplotlib"].licence


def test_cli_prints_the_same_list() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kansencirkel", "--lang", "en", "licences"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    assert [row[0] for row in lines] == [c.name for c in licences.components()]
    assert "MIT licence" in result.stdout.splitlines()[-1]
