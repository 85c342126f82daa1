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


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module → kansencirkel modules it imports, lazy and ``TYPE_CHECKING`` imports included:
    a type-only back edge is the same tangle as a real one."""
    modules: dict[str, Path] = {}
    for path in package.rglob("*.py"):
        if "forms" in path.relative_to(package).parts:
            continue
        parts = path.relative_to(package.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        modules[name] = path
    graph: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        for target in imported_modules(path):
            while target and target not in modules:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        while work:
            node, edges = work[-1]
            step = next(edges, None)
            if step is not None:
                if step not in index:
                    index[step] = low[step] = len(index)
                    stack.append(step)
                    work.append((step, iter(sorted(graph[step]))))
                elif step in stack:
                    low[node] = min(low[node], index[step])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def test_no_import_cycles() -> None:
    assert cycles(import_graph(PACKAGE)) == []


def test_cycle_checker_sees_a_type_only_cycle(tmp_path: Path) -> None:
    pkg = tmp_path / "pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("from pkg.b import B\n")
    (pkg / "b.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.a import A\n"
    )
    assert cycles(import_graph(pkg)) == [["pkg.a", "pkg.b"]]
