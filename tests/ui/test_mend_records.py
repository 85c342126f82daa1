"""Mending records on the child's page (issue 10): edit, reclassify and remove a note, withdraw
an assessment, plan an overleg and mark it held — real widgets, a real vault, waiting on the
page to reload after each write."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind, MeetingStatus, Perspective, Role, Visibility
from tests.ui.child_fixtures import add_assessment, open_child, settle, tree_texts


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def confirm(qtbot, dlg, reason: str) -> None:
    """Type ``reason`` in a reason dialog and press its action (not the default) button."""
    assert dlg.cancel_button.isDefault() and not dlg.action_button.isDefault()
    qtbot.keyClicks(dlg.ui.reasonEdit, reason)
    click(qtbot, dlg.action_button)


def select_first(tree) -> None:
    tree.setCurrentItem(tree.topLevelItem(0))


@pytest.fixture
def notes_page(qtbot, page, runner, vault, child):
    vault.repos.notes.create(
        child.id, clock.today(), "Sanne speelt alleen", ["erbij_horen"], Visibility.DEELBAAR
    )
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    select_first(page.notes_section.tree)
    return page


def test_editing_a_note_asks_a_reason_and_keeps_the_old_version(
    qtbot, notes_page, runner, vault, child
):
    section = notes_page.notes_section
    assert not section.history_button.isEnabled()  # nothing earlier yet
    click(qtbot, section.edit_button)
    dlg = section.dialog
    assert dlg.ui.textEdit.toPlainText() == "Sanne speelt alleen" and dlg.ui.sharedRadio.isChecked()
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dlg.isVisible() and dlg.ui.errorLabel.text() == "Er is niets gewijzigd aan de notitie."
    dlg.ui.textEdit.setPlainText("Sanne speelt alleen in de pauze")
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    assert dlg.isVisible() and "waarom" in dlg.ui.errorLabel.text()
    qtbot.keyClicks(dlg.ui.reasonEdit, "Aangevuld na gesprek")
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: "in de pauze" in tree_texts(section.tree)[0][3])
    assert "(bewerkt)" in tree_texts(section.tree)[0][3]
    [old] = vault.repos.notes.history(vault.repos.notes.for_child(child.id)[0].id)
    assert old.text == "Sanne speelt alleen" and old.reason == "Aangevuld na gesprek"

    select_first(section.tree)
    click(qtbot, section.history_button)
    shown = section.dialog.ui.historyText.toPlainText()
    assert "Sanne speelt alleen in de pauze" in shown and "Aangevuld na gesprek" in shown
    assert "Versie 1" in shown and "Versie 2" in shown


def test_a_deelbaar_note_is_made_intern_with_a_reason(qtbot, notes_page, runner, vault, child):
    section = notes_page.notes_section
    click(qtbot, section.visibility_button)
    dlg = section.dialog
    assert dlg.action_button.text() == "Maak intern"
    click(qtbot, dlg.action_button)  # no reason yet: stays open
    assert dlg.isVisible() and dlg.ui.errorLabel.isVisible()
    confirm(qtbot, dlg, "Per ongeluk deelbaar")
    qtbot.waitUntil(lambda: tree_texts(section.tree)[0][1] == "Intern")
    assert vault.repos.notes.for_child(child.id, Visibility.DEELBAAR) == []
    page = notes_page
    page.ui.tabs.setCurrentWidget(page.ui.logTab)
    assert any(row[5] == "deelbaar → intern" for row in tree_texts(page.log_section.tree))


def test_removing_a_note_takes_it_off_the_page(qtbot, notes_page, runner, vault, child):
    section = notes_page.notes_section
    click(qtbot, section.remove_button)
    dlg = section.dialog
    qtbot.keyClick(dlg.ui.reasonEdit, Qt.Key.Key_Return)  # Enter: the safe button, nothing
    assert not dlg.isVisible()
    settle(runner)
    assert section.tree.topLevelItemCount() == 1
    click(qtbot, section.remove_button)
    confirm(qtbot, section.dialog, "Hoort bij een ander kind")
    qtbot.waitUntil(lambda: section.tree.topLevelItemCount() == 0)
    assert vault.repos.notes.for_child(child.id) == []
    assert not section.edit_button.isEnabled() and not section.remove_button.isEnabled()


def test_withdrawing_an_assessment_keeps_it_visible_with_its_reason(
    qtbot, page, runner, vault, child
):
    add_assessment(vault, child.id, Perspective.OUDERS, 4)
    wrong = add_assessment(vault, child.id, Perspective.KIND, 1, days_ago=2)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    section = page.assessments_section
    tree = section.tree
    item = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == wrong.id
    )
    tree.setCurrentItem(item)
    click(qtbot, section.withdraw_button)
    confirm(qtbot, section.dialog, "Ingevoerd bij het verkeerde kind")
    qtbot.waitUntil(lambda: any("ingetrokken" in row[3] for row in tree_texts(section.tree)))
    assert [a.perspective for a in page.data.case.assessments] == [Perspective.OUDERS]
    withdrawn = next(
        section.tree.topLevelItem(i)
        for i in range(section.tree.topLevelItemCount())
        if "ingetrokken" in section.tree.topLevelItem(i).text(3)
    )
    assert withdrawn.font(4).italic()  # visibly not counted
    kept = next(
        section.tree.topLevelItem(i)
        for i in range(section.tree.topLevelItemCount())
        if section.tree.topLevelItem(i) is not withdrawn
    )
    assert not kept.font(4).italic()
    section.tree.setCurrentItem(withdrawn)
    assert "Ingevoerd bij het verkeerde kind" in section.detail.toPlainText()
    assert not section.withdraw_button.isEnabled() and not section.correct_button.isEnabled()


def test_plan_an_overleg_then_mark_it_held(qtbot, page, runner, vault, child):
    teacher = vault.repos.people.create("Juf Anna", Role.LEERKRACHT).value
    vault.repos.people.involve(child.id, teacher.id, Role.LEERKRACHT)
    today = clock.today()
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    section = page.meetings_section
    click(qtbot, section.plan_button)
    dlg = section.dialog
    assert not dlg.ui.attendeesList.isVisibleTo(dlg) and not dlg.ui.summaryEdit.isVisibleTo(dlg)
    dlg.ui.heldOnEdit.setDate(dlg.ui.heldOnEdit.date().addDays(-3))  # not before today
    dlg.ui.heldOnEdit.setDate(dlg.ui.heldOnEdit.date().addDays(10))
    dlg.ui.kindCombo.setCurrentIndex(dlg.ui.kindCombo.findData(MeetingKind.OUDERGESPREK.value))
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    planned_on = today + timedelta(days=10)
    qtbot.waitUntil(lambda: bool(page.data.case.meetings))
    [planned] = page.data.case.meetings
    assert planned.status is MeetingStatus.GEPLAND and planned.held_on == planned_on
    assert tree_texts(section.tree)[0][4] == "Gepland"
    page.ui.tabs.setCurrentWidget(page.ui.overviewTab)
    assert f"{planned_on:%d-%m-%Y}" in page.overview_section.text.toPlainText()

    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    select_first(section.tree)
    assert section.held_button.isEnabled()
    click(qtbot, section.held_button)
    dlg = section.dialog
    assert dlg.ui.attendeesList.isVisibleTo(dlg)
    dlg.ui.attendeesList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dlg.ui.summaryEdit, "Goed gesprek")
    qtbot.keyClicks(dlg.ui.decisionsEdit, "Extra leestijd")
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: not page.data.case.meetings[0].is_planned)
    [held] = page.data.case.meetings
    assert held.held_on == today  # held early: the day it took place, not in the future
    assert held.attendees == ("Juf Anna",) and held.decisions == "Extra leestijd"
    select_first(section.tree)
    assert tree_texts(section.tree)[0][4] == "Gehouden" and not section.held_button.isEnabled()
    assert "Extra leestijd" in section.detail.toPlainText()


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["edit_note", "reason", "plan", "mark_held"])
def test_mend_dialogs_give_each_alt_letter_one_control(qtbot, vault, child, kind, lang):
    from kansencirkel.core.model import Meeting, Note
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.meeting_dialog import MARK_HELD, PLAN, MeetingDialog
    from kansencirkel.ui.note_dialog import NoteDialog
    from kansencirkel.ui.reason_dialog import ReasonDialog
    from tests.support.qt import mnemonic_clashes

    install_translators(lang)
    today = clock.today()
    note = Note("n", child.id, today, "Tekst", (), Visibility.INTERN, "Juf")
    planned = Meeting("m", child.id, today, MeetingKind.KERNTEAM, (), status=MeetingStatus.GEPLAND)
    make = {
        "edit_note": lambda: NoteDialog(note=note),
        "reason": lambda: ReasonDialog("Notitie verwijderen", "Waarom?", "&Verwijderen"),
        "plan": lambda: MeetingDialog(mode=PLAN),
        "mark_held": lambda: MeetingDialog(["Juf Anna"], planned, mode=MARK_HELD),
    }[kind]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert mnemonic_clashes(dialog) == []
    finally:
        install_translators("nl")


def test_a_planned_overleg_reaches_the_children_list_and_the_agenda(
    qtbot, team_vault, ui_runner, ui_ops
):
    """Planned on the child's page: the list (subscribed to the same ops) shows it as
    "Volgend overleg" without being told, and the agenda of that day lists the child."""
    from PySide6.QtCore import Qt

    from kansencirkel.core import dates
    from kansencirkel.ui.agenda_dialog import AgendaExportDialog
    from kansencirkel.ui.child_page import ChildPage
    from kansencirkel.ui.children_list import ChildrenList
    from kansencirkel.ui.children_model import Column

    repos = team_vault.repos
    listing = ChildrenList(ui_ops)
    qtbot.addWidget(listing)
    with qtbot.waitSignal(listing.loaded, timeout=10000):
        listing.set_children(repos.children)
    sanne = next(
        s.child for s in repos.children.summaries(clock.today()) if s.child.given_name == "Sanne"
    )
    page = ChildPage(repos, ui_ops)
    qtbot.addWidget(page)
    open_child(page, ui_runner, sanne.id)
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    click(qtbot, page.meetings_section.plan_button)
    dlg = page.meetings_section.dialog
    dlg.ui.heldOnEdit.setDate(dlg.ui.heldOnEdit.date().addDays(30))
    click(qtbot, dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
    day = clock.today() + timedelta(days=30)
    model = listing.model

    def shown() -> str:
        return model.index(model.row_of(sanne.id), Column.MEETING).data()

    qtbot.waitUntil(lambda: shown() == dates.format_date(day, "numeric"), timeout=10000)
    agenda = AgendaExportDialog(repos, ui_runner, offer_open=False)
    qtbot.addWidget(agenda)
    agenda.ui.dateEdit.setDate(agenda.ui.dateEdit.date().addDays(30))
    listed = agenda.ui.childrenList

    def names() -> list[str]:
        """The children ticked for the agenda (the list offers every active child)."""
        return [
            listed.item(i).text()
            for i in range(listed.count())
            if listed.item(i).checkState() is Qt.CheckState.Checked
        ]

    # Today's agenda (Noor) may still be ticked until the new day's list is read.
    qtbot.waitUntil(lambda: names() == ["Sanne de Vries"], timeout=10000)
    assert agenda.chosen_ids() == [sanne.id]


def test_tabbing_into_a_list_selects_the_row_the_buttons_act_on(
    qtbot, team_vault, ui_runner, ui_ops
):
    """Tab into the notes list: the row that Verwijderen would remove is the one marked, and
    the question names it."""
    from PySide6.QtCore import Qt

    from kansencirkel.ui.child_page import ChildPage

    repos = team_vault.repos
    sanne = next(
        s.child for s in repos.children.summaries(clock.today()) if s.child.given_name == "Sanne"
    )
    repos.notes.create(sanne.id, clock.today(), "Sanne leest graag voor in de klas.", [], "intern")
    page = ChildPage(repos, ui_ops)
    qtbot.addWidget(page)
    open_child(page, ui_runner, sanne.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    section = page.notes_section
    tree = section.tree
    page.show()
    page.activateWindow()
    section.history_button.setEnabled(True)  # a focus stop just before the list
    section.history_button.setFocus()
    qtbot.keyClick(section.history_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: tree.hasFocus() and tree.currentItem() is not None)
    assert tree.selectedItems() == [tree.currentItem()]
    dlg = section.open_remove(section.current())
    assert "Sanne leest graag voor in de klas." in dlg.ui.promptLabel.text()
    dlg.reject()
