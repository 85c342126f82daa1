"""Meeting mode (F5): Volgende → the next child's star and texts painted, at 1024×768.

A first visit reads the child's file and draws its star; stepping back to a child already
seen uses the file kept while the window is open. Both against a bare widget of the same
size being painted in the same run (the floor any step pays).
"""

from __future__ import annotations

import os
from typing import Any

from tests.benchmarks.bench_child_page import _seed
from tests.benchmarks.harness import Harness, create_vault


def run(h: Harness) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from kansencirkel.ui.meeting_mode import MeetingModeWindow
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.vault_ops import VaultOps

    app = QApplication.instance() or QApplication([])
    count = h.size(40, 12)
    steps = h.size(6, 3)
    vault = create_vault(h.tmp_dir() / "bench.kcv")
    ids = [_seed(vault, f"Kind{i}", count) for i in range(2 * steps + 1)]
    runner = OperationRunner()
    bare = QWidget()
    bare_label = QLabel(bare)
    QVBoxLayout(bare).addWidget(bare_label)
    bare.resize(1024, 768)
    bare.show()
    turn = [0]

    def paint_bare() -> None:
        turn[0] += 1
        bare_label.setText(f"Kind {turn[0]}")
        bare.repaint()
        app.processEvents()

    window = MeetingModeWindow(vault.repos.children, VaultOps(runner), ids, initials_only=True)
    window.setGeometry(0, 0, 1024, 768)
    window.show()

    def wait_shown(child_id: str) -> None:
        while True:
            runner.wait_idle(30_000)
            app.processEvents()
            if window.current_id() == child_id and window.chart.isVisible():
                break
        window.chart.draw_now()
        window.repaint()
        app.processEvents()

    wait_shown(ids[0])

    def step(delta: int) -> Any:
        def go() -> None:
            window.next() if delta > 0 else window.previous()
            current = window.current_id()
            assert current is not None
            wait_shown(current)

        return go

    group = "meeting mode 1024×768"
    h.measure("bare 1024×768 widget: set text + paint", paint_bare, group=group, repeat=9)
    h.measure(
        f"Volgende → next child painted, first visit ({count} metingen)",
        step(+1),
        group=group,
        repeat=steps,
        baseline="bare 1024×768 widget: set text + paint",
    )
    h.measure(
        "Vorige → child seen before painted (file kept)",
        step(-1),
        group=group,
        repeat=steps,
        baseline="bare 1024×768 widget: set text + paint",
    )
    window.close()
    runner.shutdown()
    bare.close()
    vault.close()
