"""Afspraken, Overleggen, Notities, Toestemming and Betrokkenen: each dialog adds a record
that then shows in its section; bad input gives one sentence and keeps the dialog open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kansencirkel.core import clock
from kansencirkel.core.enums import Role
from tests.support.vaults import TEST_MEMBER
from tests.ui.child_fixtures import open_child, settle, tree_texts


def save(qtbot, dlg) -> None:
    qtbot.mouseClick(
        dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def teacher_and_add_dialog(qtbot, page, runner, vault, child, tab, section):
    """Juf Anna involved with the child, the page open on ``tab``, ``section``'s add dialog."""
    teacher = vault.repos.people.create("Juf Anna", Role.LEERKRACHT).value
    vault.repos.people.involve(child.id, teacher.id, Role.LEERKRACHT)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(tab)
    click(qtbot, section.add_button)
    return teacher, section.dialog


def test_add_and_evaluate_an_action(qtbot, page, runner, vault, child):
    teacher, dlg = teacher_and_add_dialog(
        qtbot, page, runner, vault, child, page.ui.actionsTab, page.actions_section
    )
    save(qtbot, dlg)
    assert dlg.isVisible() and dlg.ui.errorLabel.text() == "Schrijf op wat er gedaan wordt."
    qtbot.keyClicks(dlg.ui.whatEdit, "Leesmaatje zoeken")
    dlg.ui.ownerCombo.setCurrentIndex(dlg.ui.ownerCombo.findData(teacher.id))
    dlg.elements.boxes["erbij_horen"].setChecked(True)
    dlg.ui.dueCheck.setChecked(True)
    dlg.ui.dueEdit.setDate(dlg.ui.dueEdit.date().addDays(14))
    save(qtbot, dlg)
    settle(runner)
    rows = tree_texts(page.actions_section.tree)
    assert rows[0][:3] == ["Leesmaatje zoeken", "Juf Anna", "Erbij horen"]
    assert rows[0][5] == "Gepland"

    page.actions_section.tree.setCurrentItem(page.actions_section.tree.topLevelItem(0))
    click(qtbot, page.actions_section.status_button)
    dlg = page.actions_section.dialog
    dlg.ui.statusCombo.setCurrentIndex(dlg.ui.statusCombo.findData("afgerond"))
    qtbot.keyClicks(dlg.ui.evaluationEdit, "Werkt goed, ze leest nu elke dag")
    save(qtbot, dlg)
    # finishing asks "heeft het geholpen?", with what was just typed as its sentence
    qtbot.waitUntil(lambda: page.actions_section.dialog is not dlg)
    ev = page.actions_section.dialog
    assert ev.ui.sentenceEdit.text() == "Werkt goed, ze leest nu elke dag"
    ev.ui.jaRadio.setFocus()
    qtbot.keyClick(ev.ui.jaRadio, Qt.Key.Key_Space)
    save(qtbot, ev)
    settle(runner)
    row = tree_texts(page.actions_section.tree)[0]
    assert row[5] == "Afgerond" and row[6] == "ja — Werkt goed, ze leest nu elke dag"
    page.ui.tabs.setCurrentWidget(page.ui.overviewTab)  # sections paint when shown
    overview = page.overview_section.text.toPlainText()
    assert "Geen open afspraken." in overview and "Leesmaatje zoeken" not in overview


def test_add_meeting_and_an_action_agreed_in_it(qtbot, page, runner, vault, child):
    _teacher, dlg = teacher_and_add_dialog(
        qtbot, page, runner, vault, child, page.ui.meetingsTab, page.meetings_section
    )
    save(qtbot, dlg)
    assert dlg.ui.errorLabel.text() == "Vink aan of vul in wie er bij waren."
    dlg.ui.attendeesList.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dlg.ui.othersEdit, "Moeder van Sanne, Fenna Test")
    qtbot.keyClicks(dlg.ui.summaryEdit, "Het gaat beter in de klas")
    qtbot.keyClicks(dlg.ui.decisionsEdit, "Extra leestijd")
    dlg.ui.nextCheck.setChecked(True)
    dlg.ui.nextEdit.setDate(dlg.ui.nextEdit.date().addDays(28))
    save(qtbot, dlg)
    settle(runner)
    rows = tree_texts(page.meetings_section.tree)
    assert rows[0][1] == "Kernteamoverleg"
    assert rows[0][2] == "Juf Anna, Moeder van Sanne, Fenna Test"
    assert rows[0][3] == f"{clock.today() + timedelta(days=28):%d-%m-%Y}"

    page.meetings_section.tree.setCurrentItem(page.meetings_section.tree.topLevelItem(0))
    click(qtbot, page.meetings_section.action_button)
    adlg = page.actions_section.dialog
    assert adlg.ui.meetingCombo.currentData() == vault.repos.meetings.for_child(child.id)[0].id
    qtbot.keyClicks(adlg.ui.whatEdit, "Leesmaatje zoeken")
    save(qtbot, adlg)
    settle(runner)
    page.meetings_section.tree.setCurrentItem(page.meetings_section.tree.topLevelItem(0))
    detail = page.meetings_section.detail.toPlainText()
    assert "Leesmaatje zoeken" in detail and "Extra leestijd" in detail


def test_add_a_shareable_note_with_element_tags(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    click(qtbot, page.notes_section.add_button)
    dlg = page.notes_section.dialog
    save(qtbot, dlg)
    assert dlg.ui.errorLabel.text() == "Schrijf eerst de notitie."
    qtbot.keyClicks(dlg.ui.textEdit, "Speelde vandaag voor het eerst mee met voetbal")
    dlg.elements.boxes["actief"].setChecked(True)
    dlg.elements.boxes["erbij_horen"].setChecked(True)
    dlg.ui.sharedRadio.setChecked(True)
    save(qtbot, dlg)
    settle(runner)
    row = tree_texts(page.notes_section.tree)[0]
    assert row[1:4] == [
        "Deelbaar",
        "Actief, Erbij horen",
        "Speelde vandaag voor het eerst mee met voetbal",
    ]
    assert row[4] == TEST_MEMBER


def test_consent_shows_who_must_agree_and_can_be_withdrawn(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.consentTab)
    assert page.consent_section.required_label.text() == (
        "Het kind is 9 jaar: toestemming nodig van de ouders. "
        "Nog geen geldige toestemming van de ouders."
    )
    click(qtbot, page.consent_section.add_button)
    dlg = page.consent_section.dialog
    save(qtbot, dlg)
    assert dlg.ui.errorLabel.text() == "Vul in wie de toestemming gaf."
    qtbot.keyClicks(dlg.ui.givenByEdit, "Moeder van Sanne")
    dlg.parts.boxes["school"].setChecked(True)
    dlg.parts.boxes["actions"].setChecked(True)
    dlg.audiences.boxes["ouders"].setChecked(True)
    save(qtbot, dlg)
    settle(runner)
    assert page.consent_section.required_label.text().endswith("Die toestemming is vastgelegd.")
    row = tree_texts(page.consent_section.tree)[0]
    assert row[:4] == ["Ouders", "Moeder van Sanne", "Meting school, Afspraken", "Ouders"]
    assert row[7] == "ja"
    page.consent_section.tree.setCurrentItem(page.consent_section.tree.topLevelItem(0))
    click(qtbot, page.consent_section.withdraw_button)
    settle(runner)
    row = tree_texts(page.consent_section.tree)[0]
    assert row[6] == f"{clock.today():%d-%m-%Y}" and row[7] == "nee"


def test_a_teenager_must_consent_too(qtbot, page, runner, vault):
    today = clock.today()
    teen = vault.repos.children.create(
        "Daan", "Bos", date_of_birth=today - timedelta(days=13 * 365 + 10)
    ).value
    open_child(page, runner, teen.id)
    page.ui.tabs.setCurrentWidget(page.ui.consentTab)
    assert page.consent_section.required_label.text() == (
        "Het kind is 13 jaar: toestemming nodig van de ouders én het kind. "
        "Nog geen geldige toestemming van de ouders en het kind."
    )


def test_people_add_involve_and_set_regiehouder(qtbot, page, runner, vault, child):
    coach = vault.repos.people.create("Karim CJG", Role.CJG_COACH, organisation="CJG Noord").value
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.peopleTab)
    assert page.people_section.regie_label.text() == "Er is nog geen regiehouder gekozen."
    click(qtbot, page.people_section.add_button)
    dlg = page.people_section.dialog
    qtbot.keyClicks(dlg.ui.nameEdit, "Moeder van Sanne")
    dlg.ui.roleCombo.setCurrentIndex(dlg.ui.roleCombo.findData("ouder"))
    qtbot.keyClicks(dlg.ui.phoneEdit, "06-12345678")
    qtbot.keyClicks(dlg.ui.emailEdit, "geen-email")
    save(qtbot, dlg)
    assert dlg.isVisible() and "e-mailadres" in dlg.ui.errorLabel.text()
    dlg.ui.emailEdit.clear()
    save(qtbot, dlg)
    settle(runner)

    click(qtbot, page.people_section.add_button)  # involve someone already known to the team
    dlg = page.people_section.dialog
    dlg.ui.existingCombo.setCurrentIndex(dlg.ui.existingCombo.findData(coach.id))
    assert dlg.ui.nameEdit.text() == "Karim CJG" and dlg.ui.nameEdit.isReadOnly()
    dlg.ui.regieCheck.setChecked(True)
    save(qtbot, dlg)
    settle(runner)
    rows = {r[0]: r for r in tree_texts(page.people_section.tree)}
    assert rows["Moeder van Sanne"][1:4] == ["Ouder/verzorger", "", "06-12345678"]
    assert rows["Karim CJG"][5] == "Regiehouder"
    assert page.people_section.regie_label.text() == "Regie ligt bij Karim CJG."
    assert "Regiehouder: Karim CJG (CJG-coach)" in page.ui.metaLabel.text()

    tree = page.people_section.tree
    mother = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0) == "Moeder van Sanne"
    )
    tree.setCurrentItem(mother)
    click(qtbot, page.people_section.regie_button)
    settle(runner)
    assert page.people_section.regie_label.text() == "Regie ligt bij Moeder van Sanne."


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["action", "meeting", "note", "person", "consent"])
def test_section_dialogs_give_each_alt_letter_one_control(qtbot, vault, child, kind, lang):
    from kansencirkel.ui.action_dialog import ActionDialog
    from kansencirkel.ui.consent_dialog import ConsentDialog
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.meeting_dialog import MeetingDialog
    from kansencirkel.ui.note_dialog import NoteDialog
    from kansencirkel.ui.person_dialog import PersonDialog
    from tests.support.qt import mnemonic_clashes

    install_translators(lang)
    make = {
        "action": lambda: ActionDialog([]),
        "meeting": lambda: MeetingDialog(),
        "note": lambda: NoteDialog(),
        "person": lambda: PersonDialog(),
        "consent": lambda: ConsentDialog(child),
    }[kind]
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert mnemonic_clashes(dialog) == []
    finally:
        install_translators("nl")
