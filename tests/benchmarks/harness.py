"""A tiny benchmark harness: each area measures its operations against a baseline in one run.

Every ``tests/benchmarks/bench_<area>.py`` defines ``def run(h: Harness) -> None`` and calls
``h.measure(...)``. Ratios are always taken against a baseline measured *in the same run* on
the same machine, so the numbers stay meaningful on a busy laptop or a shared CI runner.

Run with ``python -m tests.benchmarks [--only AREA] [--quick]``. Bench files are not collected
by pytest (they are not named ``test_*``); ``test_harness.py`` keeps this module from rotting.
"""

from __future__ import annotations

import gc
import importlib
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"


@dataclass
class Measurement:
    """One named operation, timed ``repeat`` times."""

    area: str
    group: str
    name: str
    times_s: list[float]
    baseline: str | None = None  # name of the baseline in the same group; None = first in group
    items: int | None = None  # work items per call (rows, children…) for a throughput figure
    ratio: float | None = None  # median / baseline median, filled in by the harness
    error: str | None = None

    @property
    def median_s(self) -> float:
        return statistics.median(self.times_s) if self.times_s else float("nan")

    @property
    def min_s(self) -> float:
        return min(self.times_s) if self.times_s else float("nan")

    @property
    def items_per_s(self) -> float | None:
        if not self.items or not self.times_s or self.median_s <= 0:
            return None
        return self.items / self.median_s

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(median_s=self.median_s, min_s=self.min_s, items_per_s=self.items_per_s)
        return data


@dataclass
class Note:
    """A number that is not a timing (a file size, a count), reported beside the table."""

    area: str
    name: str
    value: float
    unit: str


@dataclass
class Harness:
    """Collects measurements; one instance per run, shared by all bench modules."""

    quick: bool = False
    repeat_override: int | None = None
    out: TextIO = field(default_factory=lambda: sys.stdout)
    area: str = "adhoc"
    measurements: list[Measurement] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    _tmp_dirs: list[Path] = field(default_factory=list)

    def size(self, full: int, quick: int) -> int:
        """The problem size to use: ``quick`` with ``--quick``, else ``full``."""
        return quick if self.quick else full

    def tmp_dir(self, prefix: str = "kc-bench-") -> Path:
        """A fresh folder, removed when the run ends (never holds real data)."""
        path = Path(tempfile.mkdtemp(prefix=prefix))
        self._tmp_dirs.append(path)
        return path

    def measure(
        self,
        name: str,
        fn: Callable[..., object],
        *,
        group: str,
        baseline: str | None = None,
        repeat: int = 5,
        setup: Callable[[], object] | None = None,
        items: int | None = None,
    ) -> Measurement:
        """Time ``fn`` ``repeat`` times and record it under ``group``.

        ``setup`` runs untimed before every repeat; when given, ``fn`` receives its return value
        (a fresh vault to seed, say). ``baseline`` names the measurement in the same group to
        compare with; without it the group's first measurement is the baseline. ``items`` is the
        number of rows/children handled per call, for a throughput figure.
        """
        count = max(1, self.repeat_override or repeat)
        m = Measurement(self.area, group, name, [], baseline=baseline, items=items)
        try:
            for _ in range(count):
                arg = setup() if setup is not None else None
                gc.collect()
                start = time.perf_counter()
                if setup is not None:
                    fn(arg)
                else:
                    fn()
                m.times_s.append(time.perf_counter() - start)
        except Exception as exc:  # a broken bench must not hide the others' numbers
            m.error = f"{type(exc).__name__}: {exc}"
            print(f"  ! {self.area}/{name}: {m.error}", file=self.out, flush=True)
        self.measurements.append(m)
        if m.times_s:
            print(
                f"  {self.area}/{group}/{name}: median {_fmt_s(m.median_s)}",
                file=self.out,
                flush=True,
            )
        return m

    def compare(
        self,
        fns: dict[str, Callable[[], object]],
        *,
        group: str,
        baseline: str,
        repeat: int = 5,
        items: int | None = None,
    ) -> list[Measurement]:
        """Time several variants *interleaved* (A B, B A, A B …) so a busy machine's slow
        moments hit all of them alike; the ratio to ``baseline`` is then a fair comparison."""
        count = max(1, self.repeat_override or repeat)
        found = {
            name: Measurement(self.area, group, name, [], baseline=baseline, items=items)
            for name in fns
        }
        names = list(fns)
        try:
            for i in range(count):
                for name in names if i % 2 == 0 else reversed(names):
                    gc.collect()
                    start = time.perf_counter()
                    fns[name]()
                    found[name].times_s.append(time.perf_counter() - start)
        except Exception as exc:
            for m in found.values():
                m.error = f"{type(exc).__name__}: {exc}"
            print(f"  ! {self.area}/{group}: {exc}", file=self.out, flush=True)
        for m in found.values():
            self.measurements.append(m)
            if m.times_s and not m.error:
                print(
                    f"  {self.area}/{group}/{m.name}: median {_fmt_s(m.median_s)}",
                    file=self.out,
                    flush=True,
                )
        return list(found.values())

    def note(self, name: str, value: float, unit: str = "") -> None:
        self.notes.append(Note(self.area, name, value, unit))

    def compute_ratios(self) -> None:
        by_group: dict[tuple[str, str], list[Measurement]] = {}
        for m in self.measurements:
            by_group.setdefault((m.area, m.group), []).append(m)
        for members in by_group.values():
            named = {m.name: m for m in members}
            for m in members:
                base = named.get(m.baseline) if m.baseline else members[0]
                if base is None or not base.times_s or not m.times_s or base.median_s <= 0:
                    m.ratio = None
                else:
                    m.ratio = m.median_s / base.median_s

    def table(self) -> str:
        self.compute_ratios()
        header = ("area", "group", "name", "median", "min", "ratio", "throughput")
        rows: list[tuple[str, ...]] = [header]
        for m in self.measurements:
            if m.error:
                rows.append((m.area, m.group, m.name, "ERROR", "", "", m.error[:60]))
                continue
            ratio = f"{m.ratio:.2f}x" if m.ratio is not None else "-"
            tput = f"{m.items_per_s:,.0f}/s" if m.items_per_s is not None else ""
            rows.append((m.area, m.group, m.name, _fmt_s(m.median_s), _fmt_s(m.min_s), ratio, tput))
        widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
        lines.insert(1, "  ".join("-" * w for w in widths))
        for n in self.notes:
            lines.append(f"note {n.area}/{n.name}: {n.value:,.2f} {n.unit}".rstrip())
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        self.compute_ratios()
        return {
            "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "quick": self.quick,
            "python": sys.version.split()[0],
            "platform": platform.platform(),
            "measurements": [m.to_json() for m in self.measurements],
            "notes": [asdict(n) for n in self.notes],
        }

    def write_json(self, folder: Path = RESULTS_DIR) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = folder / f"{stamp}.json"
        path.write_text(json.dumps(self.to_json(), indent=2), encoding="utf-8")
        return path

    def cleanup(self) -> None:
        for path in self._tmp_dirs:
            shutil.rmtree(path, ignore_errors=True)
        self._tmp_dirs.clear()


def create_vault(path: Path, *, team: str | None = None, demo: bool = False) -> Any:
    """A real vault (key file, slots, lock) from the tests' one vault factory
    (:func:`tests.support.vaults.make_vault`: member ``TEST_MEMBER``, passphrase
    ``TEST_PASSPHRASE``, the light test KDF); returned open. Imports the app lazily: this
    module loads without it."""
    from tests.support.vaults import TEST_TEAM, make_vault

    return make_vault(path, team_name=team or TEST_TEAM, demo=demo).vault


def _fmt_s(seconds: float) -> str:
    if seconds != seconds:  # NaN
        return "-"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.1f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def isolate_environment() -> Path:
    """Point home, config and keyring at a throw-away sandbox, like tests/conftest.py does.

    Benchmarks create vaults; they must never touch the user's real keyring or data folder.
    """
    import os

    from tests.support.sandbox import point_home_at

    sandbox = point_home_at(Path(tempfile.mkdtemp(prefix="kc-bench-home-")))
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    os.environ.pop("KANSENCIRKEL_PASSPHRASE", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # UI benchmarks run headless
    return sandbox


def discover(bench_dir: Path = BENCH_DIR) -> list[str]:
    """Area names of every ``bench_<area>.py`` in ``bench_dir``."""
    return sorted(p.stem.removeprefix("bench_") for p in bench_dir.glob("bench_*.py"))


def run_areas(h: Harness, areas: Sequence[str], package: str = "tests.benchmarks") -> list[str]:
    """Import and run each area; returns the areas that failed outright."""
    failed: list[str] = []
    for area in areas:
        h.area = area
        print(f"[{area}]", file=h.out)
        try:
            module = importlib.import_module(f"{package}.bench_{area}")
            module.run(h)
        except Exception:
            failed.append(area)
            print(f"  ! {area} failed:\n{traceback.format_exc()}", file=h.out)
    return failed
