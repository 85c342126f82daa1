"""The layers point one way (DESIGN §4): nothing below ui imports Qt; core imports no
storage, chart or PDF library. Checked on the source, so it also catches lazy imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kansencirkel"

FORBIDDEN = {
    "core": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "sqlcipher3",
        "alembic",
        "reportlab",
        "matplotlib",
        "svglib",
        "kansencirkel.vault",
        "kansencirkel.charts",
        "kansencirkel.reports",
        "kansencirkel.ui",
    ),
    "vault": (
        "PySide6",
        "shiboken6",
        "reportlab",
        "matplotlib",
        "kansencirkel.charts",
        "kansencirkel.reports",
        "kansencirkel.ui",
    ),
    # Charts and reports draw plain core dataclasses and save through core.files: no vault.
    "charts": (
        "PySide6",
        "shiboken6",
        "reportlab",
        "sqlalchemy",
        "kansencirkel.vault",
        "kansencirkel.reports",
        "kansencirkel.ui",
        "matplotlib.pyplot",
    ),
    "reports": (
        "PySide6",
        "shiboken6",
        "kansencirkel.vault",
        "kansencirkel.ui",
        "matplotlib.pyplot",
    ),
    "exchange": ("PySide6", "shiboken6", "kansencirkel.ui", "reportlab", "matplotlib"),
    # Fictional data built from core dataclasses only, so tests and benchmarks can use it anywhere.
    "demo": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "reportlab",
        "matplotlib",
        "kansencirkel.vault",
        "kansencirkel.charts",
        "kansencirkel.reports",
        "kansencirkel.exchange",
        "kansencirkel.ui",
    ),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_does_not_import_upwards(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            for banned in FORBIDDEN[layer]:
                if module == banned or module.startswith(banned + "."):
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {module}")
    assert offenders == []


def test_checker_sees_an_offending_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= imported_modules(bad)


WALL_CLOCK = ("date.today(", "datetime.now(", "datetime.today(", "datetime.utcnow(")


def wall_clock_reads(path: Path) -> list[str]:
    """Calls that read the calendar past the app's one clock (core/clock.py)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            text = ast.unparse(node.func) + "("
            if text.endswith(WALL_CLOCK):
                found.append(f"{path.name}:{node.lineno} {text}")
    return found


def test_only_the_clock_reads_the_calendar() -> None:
    """A rule that reads the date itself cannot be tested on another day (a time bomb)."""
    offenders = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if path != PACKAGE / "core" / "clock.py"
        for hit in wall_clock_reads(path)
    ]
    assert offenders == []


def test_clock_checker_sees_a_direct_read(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("import datetime\nx = datetime.date.today()\ny = datetime.datetime.now()\n")
    assert len(wall_clock_reads(bad)) == 2
