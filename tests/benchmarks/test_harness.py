"""Smoke test: the benchmark harness runs a trivial area end to end, so it cannot rot."""

from __future__ import annotations

import io
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from tests.benchmarks.harness import Harness, discover, run_areas


def test_measure_ratio_table_and_json(tmp_path: Path) -> None:
    out = io.StringIO()
    h = Harness(quick=True, out=out, area="smoke")
    h.measure("fast", lambda: sum(range(100)), group="g", repeat=3)
    slow = h.measure("slow", lambda: time.sleep(0.002), group="g", baseline="fast", repeat=3)
    seeded = h.measure(
        "with setup", lambda xs: xs.append(1), group="other", setup=list, repeat=2, items=10
    )
    h.note("size", 1234.0, "bytes")

    assert len(slow.times_s) == 3 and slow.min_s >= 0.002
    h.compute_ratios()
    assert h.measurements[0].ratio == pytest.approx(1.0)
    assert slow.ratio is not None and slow.ratio > 1
    assert seeded.ratio == pytest.approx(1.0) and seeded.items_per_s
    table = h.table()
    assert "slow" in table and "x" in table and "note smoke/size" in table

    path = h.write_json(tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert path.name.endswith("Z.json")
    assert [m["name"] for m in data["measurements"]] == ["fast", "slow", "with setup"]
    assert data["quick"] is True and data["notes"][0]["unit"] == "bytes"


def test_compare_interleaves_variants() -> None:
    order: list[str] = []
    h = Harness(out=io.StringIO(), area="smoke")
    a, b = h.compare(
        {"a": lambda: order.append("a"), "b": lambda: order.append("b")},
        group="g",
        baseline="a",
        repeat=3,
    )
    assert order == ["a", "b", "b", "a", "a", "b"]
    h.compute_ratios()
    assert a.ratio == pytest.approx(1.0) and b.ratio is not None and len(b.times_s) == 3


def test_a_failing_measurement_is_reported_not_raised() -> None:
    h = Harness(out=io.StringIO(), area="smoke")

    def broken() -> None:
        raise RuntimeError("boom")

    m = h.measure("broken", broken, group="g")
    assert m.error == "RuntimeError: boom"
    assert "ERROR" in h.table()


def test_runner_discovers_and_runs_a_bench_module(tmp_path: Path) -> None:
    pkg = tmp_path / "fakebench"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "bench_trivial.py").write_text(
        "def run(h):\n"
        "    n = h.size(1000, 10)\n"
        "    h.measure('base', lambda: list(range(n)), group='g', repeat=2)\n"
        "    h.measure('double', lambda: list(range(2 * n)), group='g', baseline='base')\n"
    )
    (pkg / "bench_broken.py").write_text("def run(h):\n    raise ValueError('nope')\n")
    assert discover(pkg) == ["broken", "trivial"]
    sys.path.insert(0, str(tmp_path))
    try:
        h = Harness(quick=True, out=io.StringIO(), repeat_override=1)
        failed = run_areas(h, discover(pkg), package="fakebench")
    finally:
        sys.path.remove(str(tmp_path))
    assert failed == ["broken"]
    assert [m.name for m in h.measurements] == ["base", "double"]
    assert all(len(m.times_s) == 1 for m in h.measurements)


def test_the_real_bench_files_are_discovered() -> None:
    assert "vault" in discover()


def test_the_import_bench_runs_and_measures_what_it_says(
    today_is: Callable[[date], date],
) -> None:
    """The spreadsheet bench at its quick sizes: every measurement ran (a damaged file that
    were read in would be an error), both paths give rows/s and their ratio is noted."""
    from tests.benchmarks import bench_import

    today_is(date(2026, 11, 20))
    h = Harness(quick=True, out=io.StringIO(), repeat_override=1, area="import")
    try:
        bench_import.run(h)
    finally:
        h.cleanup()
    assert [m.error for m in h.measurements] == [None] * len(h.measurements)
    assert {m.group for m in h.measurements} == {"csv", "repositories", "damaged"}
    assert all(m.items_per_s for m in h.measurements if m.group != "damaged")
    assert any(n.name.startswith("CSV import rows/s") for n in h.notes)
