"""After a held overleg, each side may look back on the cooperation; the "Wat werkt" view
counts the answers per side and question, with no figure behind fewer than five children."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind
from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.ui.what_works_dialog import WhatWorksDialog
from tests.ui.child_fixtures import open_child, settle, tree_texts


def _save(qtbot: Any, dlg: Any) -> None:
    button = dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_side_looks_back_after_a_held_overleg(qtbot, page, runner, vault, child) -> None:
    held = clock.today() - timedelta(days=3)
    vault.repos.meetings.create(child.id, held, MeetingKind.KERNTEAM, ["Juf Anna"])
    vault.repos.meetings.plan(child.id, clock.today() + timedelta(days=20), MeetingKind.KERNTEAM)
    open_child(page, runner, child.id)
    section = page.meetings_section
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    section.tree.setCurrentItem(section.tree.topLevelItem(0))  # the planned one (newest)
    assert not section.pulse_button.isEnabled()
    section.tree.setCurrentItem(section.tree.topLevelItem(1))
    qtbot.mouseClick(section.pulse_button, Qt.MouseButton.LeftButton)
    dlg = section.dialog
    qtbot.waitUntil(dlg.isVisible)
    dlg.ui.sideCombo.setCurrentIndex(dlg.ui.sideCombo.findData("ouders"))
    _save(qtbot, dlg)
    assert dlg.isVisible() and "Kies bij elke vraag" in dlg.ui.errorLabel.text()
    for combo, value in ((dlg.ui.rightPeopleCombo, 4), (dlg.ui.regieCombo, 0),
                         (dlg.ui.nextStepsCombo, 5)):  # fmt: skip
        combo.setCurrentIndex(combo.findData(value))
    qtbot.keyClicks(dlg.ui.regieEdit, "Nog niet duidelijk wie belt")
    _save(qtbot, dlg)
    settle(runner)
    [pulse] = vault.repos.pulses.for_child(child.id)
    assert pulse.side is PulseSide.OUDERS
    assert pulse.answers[PulseQuestion.REGIE] == PulseAnswer(None, "Nog niet duidelijk wie belt")
    section.tree.setCurrentItem(section.tree.topLevelItem(1))
    assert "Terugblik samenwerking: Ouders" in section.detail.toPlainText()


def test_the_view_counts_pulses_per_side_with_the_k5_rule(qtbot, vault, ui_runner) -> None:
    held = clock.today() - timedelta(days=3)
    for side, n in ((PulseSide.SCHOOL, 5), (PulseSide.ZORG, 4)):
        for i in range(n):
            kid = vault.repos.children.create(f"Kind{side}{i}", "Test").value.id
            m = vault.repos.meetings.create(kid, held, MeetingKind.KERNTEAM, ["Juf"]).value
            answers = {q: PulseAnswer(4) for q in PulseQuestion}
            vault.repos.pulses.give(m.id, side, answers)
    dlg = WhatWorksDialog(vault.repos, ui_runner, "Kernteam De Linde")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.counts is not None)
    rows = tree_texts(dlg.ui.pulseTree)
    assert rows[0] == ["School", "Waren de juiste mensen erbij?", "5", "<5", "<5", "<5", "5", "<5"]
    assert rows[3][:2] == ["Zorg", "Waren de juiste mensen erbij?"]
    assert set(rows[3][2:]) == {"<5"}
    assert not any("Kind" in cell for row in rows for cell in row)
