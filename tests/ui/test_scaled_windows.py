"""Every window at 150 % and 200 % (QT_SCALE_FACTOR, read when the QApplication starts, so
each scale runs in a process of its own: tests/ui/scaled_windows.py): no label, button or field
smaller than its text needs, nothing outside the window, and each window within 1280×720
logical pixels. The screenshots stay in the test's tmp folder (printed) to look at."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1.5", "2"])
def test_windows_are_not_clipped_when_scaled(scale: str, tmp_path: Path) -> None:
    out = tmp_path / f"scale-{scale}"
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": scale,
        "PYTHONPATH": str(ROOT),
        "KANSENCIRKEL_COLOR_SCHEME": "light",
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.ui.scaled_windows", str(out), "all"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    print(f"screenshots at {scale}×: {out}")
    assert result.returncode == 0, result.stderr[-3000:]
    lines = result.stdout.splitlines()
    assert lines[-1] == "DONE 0" or [line for line in lines if line.startswith("CLIPPED")] == []
    shots = [line.split()[1] for line in lines if line.startswith("SHOT")]
    assert len(shots) >= 5 and all(Path(p).stat().st_size > 0 for p in shots)
    assert lines[-1] == "DONE 0"
