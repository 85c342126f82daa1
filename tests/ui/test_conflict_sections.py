"""Afspraken, overleggen and betrokkenen saved over someone else's newer save: the conflict
dialog shows both, nothing is written until the user chooses; a save that fails in any way
gives back what was typed, in the editor, with the sentence why.

The other member's save is a second write through the repositories while the editor is open
on the old version (on a team store it would come from another laptop)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from kansencirkel.core import clock
from kansencirkel.core.enums import ActionStatus, Audience, MeetingKind, Role
from kansencirkel.core.model import Helped
from kansencirkel.ui.action_dialog import ActionDialog
from kansencirkel.ui.evaluation_dialog import EvaluationDialog
from kansencirkel.ui.meeting_dialog import MeetingDialog
from kansencirkel.ui.person_dialog import PersonDialog
from tests.support.vaults import TEST_MEMBER
from tests.ui.child_fixtures import open_child, settle, tree_texts
from tests.ui.conflict_helpers import (
    changes_logged,
    click,
    conflict_shown,
    open_conflicts,
    reopened_editor,
    save,
    table_rows,
)

TODAY = clock.today


@pytest.fixture
def afspraak(vault, child):
    return vault.repos.actions.create(
        child.id, "Leesmaatje zoeken", ["erbij_horen"], None, TODAY(), None
    ).value


@pytest.fixture
def overleg(vault, child):
    return vault.repos.meetings.create(
        child.id, TODAY() - timedelta(days=1), MeetingKind.KERNTEAM, [TEST_MEMBER], "Gaat beter"
    ).value


def edit_action(qtbot, page, runner, child, afspraak):
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.actionsTab)
    page.actions_section.tree.setCurrentItem(page.actions_section.tree.topLevelItem(0))
    click(qtbot, page.actions_section.edit_button)
    dlg = page.actions_section.dialog
    assert isinstance(dlg, ActionDialog) and dlg.action.version == afspraak.version
    return dlg


def stale_action_save(qtbot, page, runner, vault, child, afspraak):
    """Another member sets a due date; this user rewrites what is done and saves."""
    dlg = edit_action(qtbot, page, runner, child, afspraak)
    due = TODAY() + timedelta(days=14)
    vault.repos.actions.update(afspraak.id, due_on=due)
    dlg.ui.whatEdit.setPlainText("Leesmaatje in groep 6 zoeken")
    save(qtbot, dlg)
    return conflict_shown(qtbot, page), due


def test_afspraak_stale_save_shows_both_and_writes_nothing(
    qtbot, page, runner, vault, child, afspraak
):
    conflict, due = stale_action_save(qtbot, page, runner, vault, child, afspraak)
    assert table_rows(conflict) == [
        ("Wat", "Leesmaatje in groep 6 zoeken", "Leesmaatje zoeken"),
        ("Uiterlijk", "–", f"{due:%d-%m-%Y}"),
    ]
    (stored,) = vault.repos.actions.for_child(child.id)
    assert (stored.what, stored.due_on, stored.version) == ("Leesmaatje zoeken", due, 2)


def test_afspraak_keep_mine(qtbot, page, runner, vault, child, afspraak):
    conflict, _due = stale_action_save(qtbot, page, runner, vault, child, afspraak)
    click(qtbot, conflict.mine_button)
    settle(runner)
    (stored,) = vault.repos.actions.for_child(child.id)
    assert (stored.what, stored.due_on) == ("Leesmaatje in groep 6 zoeken", None)
    assert stored.version == 3  # theirs (2) counted, mine after it
    assert changes_logged(vault, child.id, "action") == 2
    assert tree_texts(page.actions_section.tree)[0][0] == "Leesmaatje in groep 6 zoeken"


def test_afspraak_keep_theirs_shows_theirs(qtbot, page, runner, vault, child, afspraak):
    conflict, due = stale_action_save(qtbot, page, runner, vault, child, afspraak)
    click(qtbot, conflict.theirs_button)
    settle(runner)
    (stored,) = vault.repos.actions.for_child(child.id)
    assert (stored.what, stored.due_on, stored.version) == ("Leesmaatje zoeken", due, 2)
    row = tree_texts(page.actions_section.tree)[0]  # the page reloaded: theirs on screen
    assert row[0] == "Leesmaatje zoeken" and row[4] == f"{due:%d-%m-%Y}"
    assert page.actions_section.dialog is None or not page.actions_section.dialog.isVisible()


def test_afspraak_back_reopens_the_editor_with_what_was_typed(
    qtbot, page, runner, vault, child, afspraak
):
    conflict, due = stale_action_save(qtbot, page, runner, vault, child, afspraak)
    click(qtbot, conflict.back_button)
    qtbot.waitUntil(lambda: page.actions_section.dialog is not None)
    dlg = page.actions_section.dialog
    qtbot.waitUntil(dlg.isVisible)
    assert dlg.ui.whatEdit.toPlainText() == "Leesmaatje in groep 6 zoeken"
    message = dlg.ui.errorLabel.text()
    assert "iemand anders had dit intussen veranderd" in message
    assert message.endswith(f"Nu opgeslagen: Wat: Leesmaatje zoeken; Uiterlijk: {due:%d-%m-%Y}.")
    assert vault.repos.actions.for_child(child.id)[0].what == "Leesmaatje zoeken"


def test_afspraak_without_conflict_just_saves(qtbot, page, runner, vault, child, afspraak):
    dlg = edit_action(qtbot, page, runner, child, afspraak)
    dlg.ui.whatEdit.setPlainText("Leesmaatje in groep 6 zoeken")
    save(qtbot, dlg)
    settle(runner)
    assert not open_conflicts(page)
    (stored,) = vault.repos.actions.for_child(child.id)
    assert (stored.what, stored.version) == ("Leesmaatje in groep 6 zoeken", 2)


def test_afspraak_finished_over_a_newer_version_asks_too(
    qtbot, page, runner, vault, child, afspraak
):
    """Finishing with its evaluation (one transaction) is based on the opened version too."""
    dlg = edit_action(qtbot, page, runner, child, afspraak)
    vault.repos.actions.update(afspraak.id, status=ActionStatus.LOPEND)
    dlg.ui.statusCombo.setCurrentIndex(dlg.ui.statusCombo.findData("afgerond"))
    save(qtbot, dlg)
    qtbot.waitUntil(lambda: isinstance(page.actions_section.dialog, EvaluationDialog))
    ev = page.actions_section.dialog
    ev.ui.jaRadio.setChecked(True)
    ev.ui.sentenceEdit.setText("Ze leest nu elke dag")
    save(qtbot, ev)
    conflict = conflict_shown(qtbot, page)
    rows = table_rows(conflict)
    assert ("Status", "Afgerond", "Loopt") in rows
    assert ("Heeft het geholpen?", "ja", "–") in rows
    assert vault.repos.actions.for_child(child.id)[0].evaluated is None
    click(qtbot, conflict.mine_button)
    settle(runner)
    (stored,) = vault.repos.actions.for_child(child.id)
    assert stored.status is ActionStatus.AFGEROND and stored.evaluated is not None
    assert stored.evaluated.helped is Helped.JA and stored.version == 3


def edit_meeting(qtbot, page, runner, child):
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.meetingsTab)
    page.meetings_section.tree.setCurrentItem(page.meetings_section.tree.topLevelItem(0))
    click(qtbot, page.meetings_section.edit_button)
    dlg = page.meetings_section.dialog
    assert isinstance(dlg, MeetingDialog)
    return dlg


def stale_meeting_save(qtbot, page, runner, vault, child, overleg):
    """Another member corrects the summary; this user adds the decisions and saves."""
    dlg = edit_meeting(qtbot, page, runner, child)
    vault.repos.meetings.update(overleg.id, summary="Gaat veel beter")
    dlg.ui.decisionsEdit.setPlainText("Extra leestijd")
    save(qtbot, dlg)
    return conflict_shown(qtbot, page)


def test_overleg_stale_save_shows_both_and_writes_nothing(
    qtbot, page, runner, vault, child, overleg
):
    conflict = stale_meeting_save(qtbot, page, runner, vault, child, overleg)
    assert table_rows(conflict) == [
        ("Samenvatting", "Gaat beter", "Gaat veel beter"),
        ("Besluiten", "Extra leestijd", "–"),
    ]
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.summary, stored.decisions, stored.version) == ("Gaat veel beter", "", 2)


def test_overleg_keep_mine(qtbot, page, runner, vault, child, overleg):
    conflict = stale_meeting_save(qtbot, page, runner, vault, child, overleg)
    click(qtbot, conflict.mine_button)
    settle(runner)
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.summary, stored.decisions) == ("Gaat beter", "Extra leestijd")
    assert stored.version == 3 and changes_logged(vault, child.id, "meeting") == 2


def test_overleg_keep_theirs(qtbot, page, runner, vault, child, overleg):
    conflict = stale_meeting_save(qtbot, page, runner, vault, child, overleg)
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)  # Escape: nothing written ...
    qtbot.waitUntil(lambda: isinstance(page.meetings_section.dialog, MeetingDialog))
    page.meetings_section.dialog.reject()  # ... and then leaving the editor too
    settle(runner)
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.summary, stored.decisions, stored.version) == ("Gaat veel beter", "", 2)


def test_overleg_keep_theirs_button(qtbot, page, runner, vault, child, overleg):
    conflict = stale_meeting_save(qtbot, page, runner, vault, child, overleg)
    click(qtbot, conflict.theirs_button)
    settle(runner)
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.summary, stored.decisions, stored.version) == ("Gaat veel beter", "", 2)
    page.meetings_section.tree.setCurrentItem(page.meetings_section.tree.topLevelItem(0))
    assert "Gaat veel beter" in page.meetings_section.detail.toPlainText()


def test_overleg_without_conflict_just_saves(qtbot, page, runner, vault, child, overleg):
    dlg = edit_meeting(qtbot, page, runner, child)
    dlg.ui.decisionsEdit.setPlainText("Extra leestijd")
    save(qtbot, dlg)
    settle(runner)
    assert not open_conflicts(page)
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.decisions, stored.version) == ("Extra leestijd", 2)


def test_a_failed_save_gives_back_what_was_typed(qtbot, page, runner, vault, child, afspraak):
    """Any failure, not only a conflict: here the afspraak was removed meanwhile."""
    dlg = edit_action(qtbot, page, runner, child, afspraak)
    vault.repos.actions.delete(afspraak.id)
    dlg.ui.whatEdit.setPlainText("Leesmaatje in groep 6 zoeken")
    dlg.elements.boxes["actief"].setChecked(True)
    save(qtbot, dlg)
    qtbot.waitUntil(
        lambda: (
            page.actions_section.dialog is not dlg
            and page.actions_section.dialog is not None
            and page.actions_section.dialog.isVisible()
        ),
        timeout=10_000,
    )
    again = page.actions_section.dialog
    assert again.ui.whatEdit.toPlainText() == "Leesmaatje in groep 6 zoeken"
    assert set(again.elements.selected()) == {"actief", "erbij_horen"}
    assert again.ui.errorLabel.text() == "Deze afspraak bestaat niet (meer) in de kluis."


def test_person_conflict_and_back(qtbot, page, runner, vault, child):
    """Betrokkenen: new contact details over someone else's newer ones."""
    anna = vault.repos.people.create("Juf Anna", Role.LEERKRACHT, phone="0612345678").value
    vault.repos.people.involve(child.id, anna.id, Role.LEERKRACHT)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.peopleTab)
    page.people_section.tree.setCurrentItem(page.people_section.tree.topLevelItem(0))
    click(qtbot, page.people_section.edit_button)
    dlg = page.people_section.dialog
    assert isinstance(dlg, PersonDialog)
    vault.repos.people.update(anna.id, phone="0687654321")
    dlg.ui.emailEdit.setText("anna@school.example")
    save(qtbot, dlg)
    conflict = conflict_shown(qtbot, page)
    assert table_rows(conflict) == [
        ("Telefoon", "0612345678", "0687654321"),
        ("E-mail", "anna@school.example", "–"),
    ]
    click(qtbot, conflict.back_button)
    qtbot.waitUntil(lambda: page.people_section.dialog is not dlg)
    again = page.people_section.dialog
    assert again.ui.emailEdit.text() == "anna@school.example"
    assert vault.repos.people.get(anna.id).email == ""


def test_regiehouder_over_a_newer_child_asks_without_an_editor_to_go_back_to(
    qtbot, page, runner, vault, child
):
    anna = vault.repos.people.create("Juf Anna", Role.LEERKRACHT).value
    vault.repos.people.involve(child.id, anna.id, Role.LEERKRACHT)
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.peopleTab)
    page.people_section.tree.setCurrentItem(page.people_section.tree.topLevelItem(0))
    coach = vault.repos.people.create("Iris Coach", Role.CJG_COACH).value
    vault.repos.children.set_regiehouder(child.id, coach.id)  # the other member's choice
    click(qtbot, page.people_section.regie_button)
    conflict = conflict_shown(qtbot, page)
    assert table_rows(conflict) == [("Regiehouder", "Juf Anna", "Iris Coach")]
    assert not conflict.back_button.isVisible() and conflict.theirs_button.isDefault()
    click(qtbot, conflict.mine_button)
    settle(runner)
    stored = vault.repos.children.get(child.id)
    assert stored.regiehouder.name == "Juf Anna" and stored.version == 3


def test_locking_closes_the_question_and_writes_nothing(
    qtbot, page, runner, vault, child, afspraak
):
    from PySide6.QtWidgets import QDialog

    stale_action_save(qtbot, page, runner, vault, child, afspraak)
    for dialog in page.findChildren(QDialog):  # what the main window does on lock ...
        if dialog.isVisible():
            dialog.reject()
    page.clear()  # ... before it clears the page
    settle(runner)
    assert not open_conflicts(page)
    assert not [d for d in page.findChildren(QDialog) if d.isVisible()]
    assert vault.repos.actions.for_child(child.id)[0].what == "Leesmaatje zoeken"


def test_afspraak_per_field_keeps_my_text_and_their_due_date(
    qtbot, page, runner, vault, child, afspraak
):
    conflict, due = stale_action_save(qtbot, page, runner, vault, child, afspraak)
    assert [r[0] for r in table_rows(conflict)] == ["Wat", "Uiterlijk"]
    conflict.keep(1, "theirs")  # Uiterlijk: what is stored now
    assert conflict.mine_button.text() == "&Opslaan zoals gekozen"
    click(qtbot, conflict.mine_button)
    settle(runner)
    (stored,) = vault.repos.actions.for_child(child.id)
    assert (stored.what, stored.due_on) == ("Leesmaatje in groep 6 zoeken", due)
    assert stored.version == 3


def test_overleg_stored_value_for_every_field_writes_nothing(
    qtbot, page, runner, vault, child, overleg
):
    conflict = stale_meeting_save(qtbot, page, runner, vault, child, overleg)
    conflict.keep(0, "theirs")
    conflict.keep(1, "theirs")
    click(qtbot, conflict.mine_button)
    settle(runner)
    (stored,) = vault.repos.meetings.for_child(child.id)
    assert (stored.summary, stored.decisions, stored.version) == ("Gaat veel beter", "", 2)


def test_a_note_whose_save_fails_comes_back_with_its_text_and_reason(
    qtbot, page, runner, vault, child
):
    """A typed note is never lost: here the note was removed meanwhile by a colleague."""
    note = vault.repos.notes.create(child.id, clock.today(), "Eerste indruk", [], "intern").value
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    section = page.notes_section
    section.tree.setCurrentItem(section.tree.topLevelItem(0))
    dlg = section.open_edit(section.current())
    qtbot.waitUntil(dlg.isVisible)
    vault.repos.notes.remove(note.id, reason="Dubbel ingevoerd")
    dlg.ui.textEdit.setPlainText("Eerste indruk: rustig en nieuwsgierig")
    dlg.ui.reasonEdit.setText("Aangevuld na het gesprek")
    dlg.accept()
    again = reopened_editor(qtbot, section, dlg)
    assert again.ui.textEdit.toPlainText() == "Eerste indruk: rustig en nieuwsgierig"
    assert again.ui.reasonEdit.text() == "Aangevuld na het gesprek"
    assert again.ui.errorLabel.text() == "Deze notitie is verwijderd; wijzigen kan niet meer."


def test_a_consent_dialog_shows_again_what_was_typed(qtbot, child):
    """What a failed toestemming save gives back: every field as it was typed."""
    from kansencirkel.ui.consent_dialog import ConsentDialog

    first = ConsentDialog(child, today=clock.today())
    qtbot.addWidget(first)
    first.ui.givenByEdit.setText("Moeder (fictief)")
    first.parts.select(["ouders", "notes"])
    first.audiences.select([Audience.SCHOOL])
    first.ui.expiresCheck.setChecked(True)
    first.ui.remarkEdit.setText("Mondeling gegeven")
    typed = first.values()
    again = ConsentDialog(child, today=clock.today())
    qtbot.addWidget(again)
    again.set_values(typed, "De verbinding met de teamserver is weggevallen.")
    assert again.values() == typed
    assert again.ui.errorLabel.text() == "De verbinding met de teamserver is weggevallen."
