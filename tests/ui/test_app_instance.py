"""One app per vault: a second instance is refused with a clear sentence and exit code 1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kansencirkel.ui.app import acquire_instance_lock
from kansencirkel.vault.errors import VaultInUse

ROOT = Path(__file__).resolve().parents[2]


def test_second_lock_on_the_same_vault_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    first = acquire_instance_lock(path)
    with pytest.raises(VaultInUse):
        acquire_instance_lock(path)
    first.release()
    acquire_instance_lock(path).release()  # free again once the first app ends


def test_second_app_process_exits_with_code_1(tmp_path: Path, qapp: Any) -> None:
    path = tmp_path / "team.kcv"
    lock = acquire_instance_lock(path)
    script = (
        "import sys\nfrom PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "QTimer.singleShot(300, lambda: [w.close() for w in app.topLevelWidgets()])\n"
        "from kansencirkel.ui.app import run_app\n"
        f"sys.exit(run_app({str(path)!r}))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    try:
        result = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
        )
    finally:
        lock.release()
    assert result.returncode == 1
    assert "al geopend in een ander venster" in result.stderr
    assert "Traceback" not in result.stderr
