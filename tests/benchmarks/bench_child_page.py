"""Opening a child's page: click → everything painted, for a child with 40 assessments.

Compared with a bare widget of the same size being painted (the floor any page pays) and
with the vault read alone, so a slow number says whether reading or painting is to blame.
This is where that speed is measured; tests/ui/test_child_page.py checks only what is shown.
"""

from __future__ import annotations

import os
import time
from datetime import timedelta
from typing import Any

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import MeetingKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput
from tests.benchmarks.harness import Harness, create_vault
from tests.support.vaults import TEST_MEMBER

TODAY = clock.today()
SIDES = (Perspective.KIND, Perspective.OUDERS, Perspective.SCHOOL, Perspective.ZORG)


def _seed(vault: Any, given: str, count: int) -> str:
    child = vault.repos.children.create(
        given,
        "Bench",
        school="De Linde",
        group="6",
        date_of_birth=TODAY - timedelta(days=10 * 365 + 10),
    ).value
    for i in range(count):
        scores = {k: (i + j) % 5 + 1 if (i + j) % 7 else None for j, k in enumerate(ELEMENT_KEYS)}
        vault.repos.assessments.save(
            AssessmentInput(
                child.id,
                SIDES[i % 4],
                TODAY - timedelta(days=30 * (count // 4 - i // 4)),
                "Bench Persoon",
                Role.LEERKRACHT,
                scores,
                {"veilig": "Korte toelichting"},
                "Speelt graag buiten met vrienden.",
                "Meer rust",
            )
        )
    for i in range(5):
        vault.repos.actions.create(
            child.id,
            f"Afspraak {i}",
            ["actief"],
            None,
            TODAY - timedelta(days=40),
            TODAY + timedelta(days=i * 7 - 10),
        )
        vault.repos.meetings.create(
            child.id,
            TODAY - timedelta(days=30 * i),
            MeetingKind.KERNTEAM,
            ("Juf Anna", TEST_MEMBER),
            "Samenvatting",
            "Besluit",
        )
        vault.repos.notes.create(
            child.id, TODAY - timedelta(days=i), f"Notitie {i}", ["gezond"], "intern"
        )
    return str(child.id)


def run(h: Harness) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

    from kansencirkel.ui.child_page import ChildPage, load_child
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.vault_ops import VaultOps

    app = QApplication.instance() or QApplication([])
    count = h.size(40, 12)
    vault = create_vault(h.tmp_dir() / "bench.kcv")
    ids = [_seed(vault, "Anna", count), _seed(vault, "Bram", count)]
    runner = OperationRunner()
    page = ChildPage(vault.repos, VaultOps(runner))
    page.resize(1280, 720)
    page.show()
    bare = QWidget()
    bare_label = QLabel(bare)
    QVBoxLayout(bare).addWidget(bare_label)
    bare.resize(1280, 720)
    bare.show()
    app.processEvents()
    turn = [0]

    def paint_bare() -> None:
        turn[0] += 1
        bare_label.setText(f"Kind {turn[0]}")
        bare.repaint()
        app.processEvents()

    def open_child() -> None:
        turn[0] += 1
        page.show_child(ids[turn[0] % 2])
        runner.wait_idle(30_000)
        app.processEvents()  # the deferred star render
        chart = getattr(page.overview_section.star, "chart", None)
        if chart is not None and hasattr(chart, "draw_now"):
            chart.draw_now()  # the star is part of "painted"
        page.repaint()
        app.processEvents()

    def open_child_first_paint() -> None:
        turn[0] += 1
        page.show_child(ids[turn[0] % 2])
        while runner.is_busy():  # deliver the result, but run no timers: the star waits
            QCoreApplication.sendPostedEvents()
            time.sleep(0.0005)
        page.repaint()

    def read_only() -> None:
        turn[0] += 1
        load_child(vault.repos, ids[turn[0] % 2], TODAY)

    def metingen_tab() -> None:
        page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
        page.reload()  # read again; only the visible Metingen list is painted
        runner.wait_idle(30_000)
        page.repaint()
        app.processEvents()

    group = "open child"
    h.measure("bare 1280×720 widget: set text + paint", paint_bare, group=group, repeat=9)
    h.measure(
        f"vault read only ({count} metingen)",
        read_only,
        group=group,
        repeat=7,
        baseline="bare 1280×720 widget: set text + paint",
        items=count,
    )
    h.measure(
        f"click → painted Overzicht ({count} metingen)",
        open_child,
        group=group,
        repeat=7,
        baseline="bare 1280×720 widget: set text + paint",
        items=count,
    )
    h.measure(
        f"click → painted, star still pending ({count} metingen)",
        open_child_first_paint,
        group=group,
        repeat=7,
        baseline="bare 1280×720 widget: set text + paint",
        items=count,
    )
    runner.wait_idle(30_000)
    app.processEvents()
    h.measure(
        f"reload on Metingen: read + {count} rows painted",
        metingen_tab,
        group=group,
        repeat=5,
        baseline="bare 1280×720 widget: set text + paint",
        items=count,
    )
    runner.shutdown()
    page.close()
    bare.close()
    vault.close()
    h.note("assessments per child", count, "")
