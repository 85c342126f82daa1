"""The "Wat werkt" view on a real vault: counts per kind over a school year, a group of four
children shows no figure on screen, in the PDF or the CSV, and no child is named or ranked."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import ActionStatus, AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput, Helped
from kansencirkel.ui.what_works_dialog import WhatWorksDialog
from tests.reports import pdfcheck
from tests.reports.test_what_works_report import FORBIDDEN
from tests.ui.child_fixtures import tree_texts

NAME = "Geheimnaam"


def _evaluated(vault: Any, n: int, kind: str) -> None:
    """``n`` children, each with one afspraak of ``kind``: gezond from 2 to 4, answered ja."""
    today = clock.today()
    start = today - timedelta(days=30)
    for i in range(n):
        kid = vault.repos.children.create(f"{NAME}{kind}{i}", "Test").value.id
        for day, score in ((start, 2), (today - timedelta(days=2), 4)):
            scores = dict.fromkeys(ELEMENT_KEYS, 3) | {"gezond": score}
            vault.repos.assessments.save(
                AssessmentInput(
                    kid,
                    Perspective.SCHOOL,
                    day,
                    "Juf",
                    Role.LEERKRACHT,
                    scores,
                    goes_well="Lacht veel.",
                )
            )
        act = vault.repos.actions.create(kid, "Plan", ["gezond"], None, start, None, kind=kind)
        vault.repos.actions.evaluate(act.value.id, ActionStatus.AFGEROND, Helped.JA, "Goed")


def _visible_text(dialog: WhatWorksDialog) -> str:
    labels = " ".join(w.text() for w in dialog.findChildren(QLabel))
    tree = dialog.ui.countsTree
    head = " ".join(tree.headerItem().text(i) for i in range(tree.columnCount()))
    assert "Geholpen:\nweet nog niet" in head
    cells = " ".join(" ".join(r) for r in tree_texts(tree))
    return f"{labels} {head} {cells}"


@pytest.fixture
def dialog(qtbot: Any, vault: Any, ui_runner: Any) -> WhatWorksDialog:
    _evaluated(vault, 5, "cjg_coach")
    _evaluated(vault, 4, "training_sociaal")
    dlg = WhatWorksDialog(vault.repos, ui_runner, "Kernteam De Linde")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.counts is not None and dlg.ui.pdfButton.isEnabled())
    return dlg


def test_counts_per_kind_and_a_group_of_four_shows_no_figure(dialog: WhatWorksDialog) -> None:
    rows = tree_texts(dialog.ui.countsTree)
    assert rows == [
        ["Inzet CJG-coach", "5", "5", "5", "<5", "<5", "<5", "5", "<5", "<5"],
        ["Training sociale vaardigheden", *["<5"] * 9],
    ]
    text = _visible_text(dialog)
    assert NAME not in text
    assert not any(word in text.lower() for word in FORBIDDEN)


def test_an_earlier_school_year_has_nothing_yet(qtbot: Any, dialog: WhatWorksDialog) -> None:
    dialog.ui.periodCombo.setFocus()
    qtbot.keyClick(dialog.ui.periodCombo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not dialog.counts)
    assert (
        tree_texts(dialog.ui.countsTree)[0][0]
        == "In deze periode is nog geen afspraak geëvalueerd."
    )
    assert not dialog.ui.pdfButton.isEnabled()


@pytest.mark.parametrize("kind", ["pdf", "csv"])
def test_pdf_and_csv_hold_the_same_counts_and_are_audited(
    qtbot: Any,
    dialog: WhatWorksDialog,
    vault: Any,
    ui_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    target = tmp_path / f"uit.{kind}"
    suggested: list[str] = []

    def fake(parent: object, caption: str, directory: str, filt: str) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    button = dialog.ui.pdfButton if kind == "pdf" else dialog.ui.csvButton
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.statusLabel.text().startswith("Opgeslagen als"))
    start = date(clock.today().year if clock.today().month >= 8 else clock.today().year - 1, 8, 1)
    assert Path(suggested[0]).name.startswith(f"kansencirkel-wat-werkt-{start.isoformat()}")
    data = target.read_bytes()
    text = pdfcheck.text(data) if kind == "pdf" else data.decode("utf-8-sig")
    if kind == "pdf":
        assert pdfcheck.page_count(data) == 1
        assert pdfcheck.flat("Training sociale vaardigheden") in pdfcheck.flat(text)
    else:
        assert "Training sociale vaardigheden;" + ";".join(["<5"] * 9) in text
    assert NAME not in text
    last = vault.repos.audit.entries()[-1]
    assert (last.kind, last.detail, last.child_id) == (AuditKind.EXPORT, f"wat_werkt_{kind}", None)


def test_a_snapshots_what_works_page_says_it_is_a_snapshot(
    qtbot: Any, team_store: Any, vault_factory: Any, ui_runner: Any, tmp_path: Path
) -> None:
    """Printed from a team server's snapshot (a meeting without network), the page says so,
    like every other printout of a snapshot; the export is still logged."""
    from tests.team.test_transfer_snapshot import _open, _snapshot, _team_with

    cases = _team_with(team_store, n=3)
    vault = _open(
        _snapshot(team_store, [c.child.id for c in cases], tmp_path / "o.kcv"), vault_factory
    )
    assert vault.info.snapshot_at is not None
    dlg = WhatWorksDialog(
        vault.repos, ui_runner, "Kernteam De Linde", snapshot_at=vault.info.snapshot_at
    )
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.counts is not None)
    target = tmp_path / "wat-werkt.pdf"
    dlg.export_to(target, "pdf")
    qtbot.waitUntil(lambda: dlg.ui.statusLabel.text().startswith("Opgeslagen als"), timeout=10000)
    pages = pdfcheck.pages(target.read_bytes())
    assert pages and all("Momentopname van de teamserver" in p for p in pages)
    last = vault.repos.audit.entries()[-1]
    assert (last.kind, last.detail) == (AuditKind.EXPORT, "wat_werkt_pdf")
