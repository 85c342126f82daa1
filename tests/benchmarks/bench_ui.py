"""The app shell: start-up, unlock → children list, one search keystroke.

Each group has a bare-PySide6 baseline measured in the same run:
- startup: process start → first paint, the app's unlock dialog vs a bare QWidget (both in a
  fresh subprocess, interpreter start included);
- unlock: Vault.open (light test KDF, page check left to the background as in the app, and
  with the check first as before) → children list filled and painted, for 1,000 and
  10,000 children, vs a bare QMainWindow with an empty table shown and painted;
- search: one keystroke in the search box over 10,000 children (filter + repaint) vs a
  keystroke in a bare QLineEdit (tests/ui/test_children_list.py checks what it finds; the
  speed is measured here only).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from kansencirkel.core import clock
from tests.benchmarks.harness import Harness, create_vault
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

BARE_START = """
import os
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
class Quit(QObject):
    def eventFilter(self, o, e):
        if e.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, lambda: os._exit(0))
        return False
w = QWidget(); w.resize(460, 340); q = Quit(); w.installEventFilter(q); w.show()
app.exec()
"""


def _env(home: Path, probe: Path | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONPATH": str(ROOT),
        "KANSENCIRKEL_HOME": str(home),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    if probe is not None:
        env["KANSENCIRKEL_STARTUP_PROBE"] = str(probe)
    return env


def _make_vault(path: Path, children: int) -> Any:
    from kansencirkel.demo import generate_case_files

    vault = create_vault(path, team="Bench team", demo=True)
    vault.repos.bulk_import(
        generate_case_files(
            children, 7, clock.today(), assessments_per_child=4, recorded_by=TEST_MEMBER
        )
    )
    member_id = vault.actor.id
    vault.close()
    return member_id


def run(h: Harness) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QTableView

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround before any widget
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.vault import Vault

    work = h.tmp_dir()
    os.environ["KANSENCIRKEL_HOME"] = str(work / "home")

    # -- startup (subprocesses) --------------------------------------------------------------
    small = work / "small.kcv"
    small_member = _make_vault(small, 10)
    probe = work / "probe.json"
    app_script = f"from kansencirkel.ui.app import run_app; run_app({str(small)!r})"

    def bare_start() -> None:
        subprocess.run(
            [sys.executable, "-c", BARE_START], env=_env(work / "h0"), check=True, timeout=120
        )

    def app_start() -> None:
        subprocess.run(
            [sys.executable, "-c", app_script],
            env=_env(work / "h1", probe),
            check=True,
            timeout=120,
        )

    h.compare(
        {
            "bare PySide6 window: start → painted": bare_start,
            "app: start → unlock dialog painted": app_start,
        },
        group="startup",
        baseline="bare PySide6 window: start → painted",
        repeat=h.size(5, 2),
    )
    _ = small_member

    # -- unlock → list, in process ----------------------------------------------------------
    app = QApplication.instance() or QApplication([])
    runner = OperationRunner()
    settings = AppSettings(work / "home" / "bench.ini")

    def settle() -> None:
        runner.wait_idle(120_000)
        app.processEvents()

    def bare_window() -> None:
        w = QMainWindow()
        w.setCentralWidget(QTableView())
        w.resize(1280, 720)
        w.show()
        app.processEvents()
        w.repaint()
        w.close()
        w.deleteLater()
        app.processEvents()

    h.measure(
        "bare QMainWindow + empty table: shown and painted",
        bare_window,
        group="unlock",
        repeat=h.size(5, 2),
    )
    sizes = (1_000, 10_000) if not h.quick else (1_000,)
    window = MainWindow(VaultOps(runner), settings)
    window.resize(1280, 720)
    window.show()
    vaults = {}
    opened: list[Any] = []

    def finish_previous() -> None:
        """Untimed: let the whole list of the previous run land, then lock again."""
        settle()
        while opened:
            window.detach()
            opened.pop().close()

    for n in sizes:
        path = work / f"v{n}.kcv"
        vaults[n] = (path, _make_vault(path, n))

        def unlock_to_list(n: int = n, check_first: bool = False) -> None:
            path, member = vaults[n]
            vault = Vault.open(path, member, TEST_PASSPHRASE, check_pages=check_first)
            window.attach(vault)
            settle()
            window.repaint()
            assert window.children_list.model.total() == n
            window.detach()
            vault.close()

        def unlock_to_first_screen(_setup: object, n: int = n) -> None:
            path, member = vaults[n]
            opened.append(Vault.open(path, member, TEST_PASSPHRASE, check_pages=False))
            window.attach(opened[-1])
            model = window.children_list.model
            while model.rowCount() == 0:
                app.processEvents()
            window.repaint()

        h.measure(
            f"unlock → first screen of the list painted, {n:,} children",
            unlock_to_first_screen,
            group="unlock",
            baseline="bare QMainWindow + empty table: shown and painted",
            repeat=h.size(3, 1),
            setup=finish_previous,
            items=n,
        )
        finish_previous()
        h.measure(
            f"unlock → whole children list painted, {n:,} children",
            unlock_to_list,
            group="unlock",
            baseline="bare QMainWindow + empty table: shown and painted",
            repeat=h.size(3, 1),
            items=n,
        )
        h.measure(
            f"same, page check before the list (as before), {n:,} children",
            lambda n=n: unlock_to_list(n, check_first=True),
            group="unlock",
            baseline="bare QMainWindow + empty table: shown and painted",
            repeat=h.size(3, 1),
            items=n,
        )

    # -- one keystroke over the biggest list -------------------------------------------------
    n = max(sizes)
    path, member = vaults[n]
    vault = Vault.open(path, member, TEST_PASSPHRASE)
    window.attach(vault)
    settle()
    search = window.children_list.ui.searchEdit
    bare = QLineEdit()
    bare.show()
    texts = ["a", "an", "ann", "an", "a", ""]
    state = {"i": 0}

    def bare_key() -> None:
        state["i"] += 1
        bare.setText(texts[state["i"] % len(texts)])
        app.processEvents()

    def app_key() -> None:
        state["i"] += 1
        search.setText(texts[state["i"] % len(texts)])
        app.processEvents()

    h.compare(
        {
            "bare QLineEdit keystroke": bare_key,
            f"search keystroke over {n:,} children (filter + repaint)": app_key,
        },
        group="search",
        baseline="bare QLineEdit keystroke",
        repeat=h.size(30, 6),
    )
    h.note("search filter only (last keystroke)", window.children_list.last_filter_ms, "ms")
    window.detach()
    vault.close()
    window.close()
    runner.shutdown()
    app.processEvents()
    _ = tempfile
