"""A child's details saved over someone else's newer save: the conflict dialog shows both,
nothing is written until the user chooses, and the choice is what ends up stored.

The other team member's save is a second write through the repositories while the dialog is
open on the old version (on a team store it would come from another laptop)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kansencirkel.core import clock
from kansencirkel.core.enums import ChildStatus
from kansencirkel.ui.child_dialog import ChildDialog
from tests.ui.child_fixtures import settle
from tests.ui.conflict_helpers import (
    changes_logged,
    click,
    conflict_shown,
    open_conflicts,
    save,
    table_rows,
)


@pytest.fixture
def dialog(qtbot, vault, child, ui_ops):
    dlg = ChildDialog(vault.repos.children, ui_ops, child, ["De Linde"])
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def stale_save(qtbot, vault, child, dialog):
    """Another member moves the child to another school; this user renames her and saves."""
    vault.repos.children.update(child.id, school="Het Kompas")
    dialog.ui.givenEdit.clear()
    qtbot.keyClicks(dialog.ui.givenEdit, "Sanna")
    save(qtbot, dialog)
    return conflict_shown(qtbot, dialog)


def test_a_stale_save_shows_both_versions_and_writes_nothing(qtbot, vault, child, dialog):
    conflict = stale_save(qtbot, vault, child, dialog)
    assert conflict.ui.headingLabel.text() == "Iemand anders heeft dit intussen veranderd"
    assert table_rows(conflict) == [
        ("Voornaam", "Sanna", "Sanne"),
        ("School", "De Linde", "Het Kompas"),
    ]
    stored = vault.repos.children.get(child.id)
    assert (stored.given_name, stored.school, stored.version) == ("Sanne", "Het Kompas", 2)
    assert dialog.isVisible()  # what was typed is still there behind the question
    assert conflict.back_button.isDefault()  # Enter writes nothing
    assert conflict.ui.fieldsTable.accessibleName()


def test_keep_mine_stores_mine_on_top_of_theirs(qtbot, vault, child, dialog, runner):
    conflict = stale_save(qtbot, vault, child, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, conflict.mine_button)
    stored = vault.repos.children.get(child.id)
    assert (stored.given_name, stored.school) == ("Sanna", "De Linde")
    assert stored.version == 3  # theirs (2) was counted, mine came after it
    assert changes_logged(vault, child.id, "child") == 2  # both saves are in the history
    assert not dialog.isVisible()


def test_keep_theirs_writes_nothing_of_mine(qtbot, vault, child, dialog, runner):
    conflict = stale_save(qtbot, vault, child, dialog)
    click(qtbot, conflict.theirs_button)
    settle(runner)
    stored = vault.repos.children.get(child.id)
    assert (stored.given_name, stored.school, stored.version) == ("Sanne", "Het Kompas", 2)
    assert changes_logged(vault, child.id, "child") == 1
    assert not dialog.isVisible()


def test_escape_goes_back_to_what_was_typed(qtbot, vault, child, dialog, runner):
    conflict = stale_save(qtbot, vault, child, dialog)
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not open_conflicts(dialog))
    assert dialog.isVisible() and dialog.ui.givenEdit.text() == "Sanna"
    message = dialog.ui.messageLabel.text()
    assert "iemand anders had dit intussen veranderd" in message
    assert message.endswith("Nu opgeslagen: Voornaam: Sanne; School: Het Kompas.")
    assert vault.repos.children.get(child.id).given_name == "Sanne"
    # saving again asks again (still based on the version it was opened on)
    save(qtbot, dialog)
    again = conflict_shown(qtbot, dialog)
    assert ("Voornaam", "Sanna", "Sanne") in table_rows(again)


def test_a_save_without_conflict_just_saves(qtbot, vault, child, dialog, runner):
    dialog.ui.givenEdit.clear()
    qtbot.keyClicks(dialog.ui.givenEdit, "Sanna")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        save(qtbot, dialog)
    settle(runner)
    assert not open_conflicts(dialog)
    stored = vault.repos.children.get(child.id)
    assert (stored.given_name, stored.version) == ("Sanna", 2)


def test_closing_a_file_someone_else_changed_asks_too(
    qtbot, vault, child, ui_ops, runner, monkeypatch
):
    """The same question from the children list: closing, over a newer close and reopen."""
    from kansencirkel.ui.children_list import ChildrenList

    view = ChildrenList(ui_ops)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.set_children(vault.repos.children)
    assert view.select(child.id)
    vault.repos.children.close(child.id, clock.today())
    vault.repos.children.reopen(child.id)  # the other member closed and reopened it
    monkeypatch.setattr(
        "kansencirkel.ui.children_list.confirm_destructive", lambda *a, **k: True
    )  # the box itself: tests/ui/test_confirm.py
    view.ui.closeButton.click()
    conflict = conflict_shown(qtbot, view)
    assert table_rows(conflict)[0] == ("Status", "Afgesloten", "Actief")
    assert not conflict.back_button.isVisible() and conflict.theirs_button.isDefault()
    qtbot.keyClick(conflict, Qt.Key.Key_Escape)  # Escape: keep theirs, nothing written
    settle(runner)
    stored = vault.repos.children.get(child.id)
    assert (stored.status, stored.version) == (ChildStatus.ACTIEF, 3)


def test_the_question_in_english(qtbot, vault, child, dialog):
    from kansencirkel.ui.i18n import install_translators

    install_translators("en")  # the conftest puts Dutch back after the test
    conflict = stale_save(qtbot, vault, child, dialog)
    assert conflict.ui.headingLabel.text() == "Someone else has changed this in the meantime"
    headers = [conflict.ui.fieldsTable.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers[1:] == ["What you saved", "What is stored now"]
    assert table_rows(conflict)[0] == ("First name", "Sanna", "Sanne")
    assert conflict.mine_button.text() == "Save &my version"


def test_per_field_my_name_and_their_school(qtbot, vault, child, dialog):
    conflict = stale_save(qtbot, vault, child, dialog)
    combo = conflict.choices[1]  # School, reachable by keyboard as any combo box
    assert combo.accessibleName() == "Welke versie blijft: School"
    conflict.keep(1, "theirs")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        click(qtbot, conflict.mine_button)
    stored = vault.repos.children.get(child.id)
    assert (stored.given_name, stored.school, stored.version) == ("Sanna", "Het Kompas", 3)
