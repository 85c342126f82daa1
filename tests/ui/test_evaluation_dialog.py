"""Finishing an afspraak asks "heeft het geholpen?" beside the readings before its start and
since; the answer is stored with them, and a later correction shows as changed."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.core import clock
from kansencirkel.core.enums import ActionStatus, Perspective
from kansencirkel.core.model import AssessmentInput, Helped
from tests.ui.child_fixtures import add_assessment, open_child, settle, tree_texts


def press(qtbot, dlg, which=QDialogButtonBox.StandardButton.Save) -> None:
    qtbot.mouseClick(dlg.ui.buttonBox.button(which), Qt.MouseButton.LeftButton)


def _afspraak(vault, child):
    start = clock.today() - timedelta(days=30)
    add_assessment(vault, child.id, Perspective.SCHOOL, 2, days_ago=40)
    add_assessment(vault, child.id, Perspective.OUDERS, 3, days_ago=30)  # on the start day
    after = add_assessment(vault, child.id, Perspective.SCHOOL, 4, days_ago=5)
    action = vault.repos.actions.create(
        child.id, "Beweegplan", ["gezond"], None, start, None, kind="cjg_coach"
    ).value
    return action, after


def _finish(qtbot, page, runner, status="afgerond"):
    section = page.actions_section
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    section.tree.setCurrentItem(section.tree.topLevelItem(0))
    qtbot.mouseClick(section.status_button, Qt.MouseButton.LeftButton)
    dlg = section.dialog
    assert dlg.ui.kindCombo.currentData() == "cjg_coach"
    dlg.ui.statusCombo.setCurrentIndex(dlg.ui.statusCombo.findData(status))
    press(qtbot, dlg)
    qtbot.waitUntil(lambda: section.dialog is not dlg and section.dialog.isVisible())
    return section.dialog


def test_finishing_asks_whether_it_helped_and_stores_it(qtbot, page, runner, vault, child):
    _afspraak(vault, child)
    open_child(page, runner, child.id)
    ev = _finish(qtbot, page, runner)
    rows = tree_texts(ev.ui.readingsTree)
    assert [r[:2] for r in rows] == [["Gezond", "Ouders"], ["Gezond", "School"]]
    assert rows[0][2].startswith("3 – ") and rows[0][3] == "nog geen nieuwe meting"
    assert rows[1][2].startswith("2 – ") and rows[1][3].startswith("4 – ")
    assert ev.ui.changedLabel.isHidden()

    press(qtbot, ev)
    assert ev.isVisible() and "Kies of het geholpen heeft" in ev.ui.errorLabel.text()
    radio = ev.ui.deelsRadio  # on its indicator: the button is wider than what it hits
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    press(qtbot, ev)
    assert ev.isVisible() and ev.ui.errorLabel.text() == "Schrijf in één zin wat het team zag."
    qtbot.keyClicks(ev.ui.sentenceEdit, "Ze speelt vaker buiten")
    press(qtbot, ev)
    settle(runner)
    [stored] = vault.repos.actions.for_child(child.id)
    assert stored.status is ActionStatus.AFGEROND and stored.kind == "cjg_coach"
    assert stored.evaluated is not None and stored.evaluated.helped is Helped.DEELS
    assert len(stored.evaluated.readings) == 2
    row = tree_texts(page.actions_section.tree)[0]
    assert row[5] == "Afgerond" and row[6] == "deels — Ze speelt vaker buiten"
    assert row[7] == "Inzet CJG-coach"


def test_a_correction_since_shows_on_the_row_and_in_the_dialog(qtbot, page, runner, vault, child):
    action, after = _afspraak(vault, child)
    vault.repos.actions.evaluate(action.id, ActionStatus.AFGEROND, Helped.JA, "Gaat beter")
    fixed = AssessmentInput(
        child.id,
        Perspective.SCHOOL,
        after.assessed_on,
        after.given_by,
        after.given_by_role,
        {**after.scores, "gezond": 3},
        {},
        after.goes_well,
        "",
        corrects_id=after.id,
        correction_reason="Verkeerd overgenomen",
    )
    vault.repos.assessments.save(fixed)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    section = page.actions_section
    row = tree_texts(section.tree)[0]
    assert row[6] == "ja — Gaat beter (een meting is sindsdien gewijzigd)"
    section.tree.setCurrentItem(section.tree.topLevelItem(0))
    qtbot.mouseClick(section.status_button, Qt.MouseButton.LeftButton)
    ev = section.dialog
    qtbot.waitUntil(ev.isVisible)
    assert ev.ui.jaRadio.isChecked() and ev.ui.sentenceEdit.text() == "Gaat beter"
    assert not ev.ui.changedLabel.isHidden()
    assert "Gezond (School)" in ev.ui.changedLabel.text()
    press(qtbot, ev, QDialogButtonBox.StandardButton.Cancel)


def test_cancelling_the_evaluation_still_saves_the_status(qtbot, page, runner, vault, child):
    _afspraak(vault, child)
    open_child(page, runner, child.id)
    ev = _finish(qtbot, page, runner, status="gestopt")
    assert ev.windowTitle() == "Gestopte afspraak evalueren"
    press(qtbot, ev, QDialogButtonBox.StandardButton.Cancel)
    settle(runner)
    [stored] = vault.repos.actions.for_child(child.id)
    assert stored.status is ActionStatus.GESTOPT and stored.evaluated is None
    assert tree_texts(page.actions_section.tree)[0][6] == "nog niet geëvalueerd"
