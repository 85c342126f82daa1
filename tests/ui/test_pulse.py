"""After a held overleg, each side may look back on the cooperation; the "Wat werkt" view
counts the answers per side and question, with no figure behind fewer than five children."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind
from kansencirkel.core.pulse import PulseAnswer, PulseQuestion, PulseSide, term_of
from kansencirkel.core.what_works_text import term_text
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
    term = term_text(term_of(held), "nl")  # per trimester, named on its first row
    question = "Waren de juiste mensen erbij?"
    assert rows[0] == [term, "School", question, "5", "<5", "<5", "<5", "5", "<5"]
    assert rows[1][0] == ""
    assert rows[3][:3] == ["", "Zorg", "Waren de juiste mensen erbij?"]
    assert set(rows[3][3:]) == {"<5"}  # four children: no figure
    assert not any("Kind" in cell for row in rows for cell in row)


def test_pulses_of_two_terms_show_apart_and_export_with_the_view(
    qtbot, vault, ui_runner, tmp_path, today_is
) -> None:
    today_is(date(2026, 1, 15))  # the second term of 2025–2026, across the new year
    for day in (date(2025, 11, 30), date(2025, 12, 1)):  # the last day of one, first of next
        for i in range(5):
            kid = vault.repos.children.create(f"Geheim{day}{i}", "Test").value.id
            m = vault.repos.meetings.create(kid, day, MeetingKind.KERNTEAM, ["Juf"]).value
            answers = {q: PulseAnswer(3) for q in PulseQuestion}
            vault.repos.pulses.give(m.id, PulseSide.SCHOOL, answers)
    dlg = WhatWorksDialog(vault.repos, ui_runner, "Kernteam De Linde")
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(lambda: dlg.counts is not None and dlg.ui.csvButton.isEnabled())
    rows = tree_texts(dlg.ui.pulseTree)
    labels = [r[0] for r in rows if r[0]]
    assert labels == ["1: augustus 2025 – november 2025", "2: december 2025 – maart 2026"]
    assert [r[3] for r in rows] == ["5"] * 6  # five children in each term: shown
    target = tmp_path / "uit.csv"
    dlg.export_to(target, "csv")
    qtbot.waitUntil(lambda: dlg.ui.statusLabel.text().startswith("Opgeslagen als"))
    csv = target.read_bytes().decode("utf-8-sig")
    assert "Trimester;Kant;Vraag;Antwoorden;1;2;3;4;5" in csv
    assert all(label in csv for label in labels)
    assert "Geheim" not in csv
