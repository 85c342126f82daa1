"""A notitie edited over a colleague's newer edit: the conflict dialog shows both, nothing is
written until the user chooses, and whatever is chosen, the colleague's version stays in the
note's history. The colleague's edit is a second write through the repositories while the
editor is open on the old version (on a team store it would come from another laptop)."""

from __future__ import annotations

import pytest

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind, Visibility
from kansencirkel.ui.note_dialog import NoteDialog
from kansencirkel.ui.reason_dialog import ReasonDialog
from tests.ui.child_fixtures import open_child, settle, tree_texts
from tests.ui.conflict_helpers import (
    click,
    conflict_shown,
    open_conflicts,
    reopened_editor,
    table_rows,
)

THEIRS = "Speelt buiten met Daan"
MINE = "Speelt buiten, vaak alleen bij het hek"


@pytest.fixture
def note(vault, child):
    return vault.repos.notes.create(
        child.id, clock.today(), "Speelt buiten", ["actief"], Visibility.INTERN
    ).value


def notes_tab(page, runner, child):
    """The child's notities tab, its (first) note selected."""
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    section = page.notes_section
    section.tree.setCurrentItem(section.tree.topLevelItem(0))
    return section


def edit_note(qtbot, page, runner, child):
    section = notes_tab(page, runner, child)
    click(qtbot, section.edit_button)
    dlg = section.dialog
    assert isinstance(dlg, NoteDialog) and dlg.isVisible()
    return dlg


def stale_note_save(qtbot, page, runner, vault, child, note, *, text=MINE, shared=False):
    """A colleague adds to the text; this user, on the old version, saves their own edit."""
    dlg = edit_note(qtbot, page, runner, child)
    vault.repos.notes.edit(note.id, reason="Aangevuld", text=THEIRS)
    dlg.ui.textEdit.setPlainText(text)
    if shared:
        dlg.ui.sharedRadio.setChecked(True)
    dlg.ui.reasonEdit.setText("Na het gesprek")
    dlg.accept()
    return conflict_shown(qtbot, page)


def _stored(vault, child):
    (stored,) = vault.repos.notes.for_child(child.id)
    return stored


def test_a_stale_note_edit_shows_both_and_writes_nothing(qtbot, page, runner, vault, child, note):
    conflict = stale_note_save(qtbot, page, runner, vault, child, note)
    assert table_rows(conflict) == [("Tekst", MINE, THEIRS)]
    stored = _stored(vault, child)
    assert (stored.text, stored.version) == (THEIRS, 2)
    assert [v.text for v in vault.repos.notes.history(note.id)] == ["Speelt buiten"]


def test_keep_mine_stores_mine_and_keeps_theirs_in_the_history(
    qtbot, page, runner, vault, child, note
):
    conflict = stale_note_save(qtbot, page, runner, vault, child, note)
    click(qtbot, conflict.mine_button)
    settle(runner)
    qtbot.waitUntil(lambda: _stored(vault, child).text == MINE, timeout=10_000)
    assert _stored(vault, child).version == 3
    history = vault.repos.notes.history(note.id)
    assert [(v.version, v.text) for v in history] == [(1, "Speelt buiten"), (2, THEIRS)]
    assert history[1].reason == "Na het gesprek"  # why mine replaced theirs
    assert tree_texts(page.notes_section.tree)[0][3] == f"{MINE} (bewerkt)"


def test_keep_theirs_writes_nothing_and_shows_theirs(qtbot, page, runner, vault, child, note):
    conflict = stale_note_save(qtbot, page, runner, vault, child, note)
    click(qtbot, conflict.theirs_button)
    settle(runner)
    assert (_stored(vault, child).text, _stored(vault, child).version) == (THEIRS, 2)
    qtbot.waitUntil(
        lambda: tree_texts(page.notes_section.tree)[0][3] == f"{THEIRS} (bewerkt)", timeout=10_000
    )
    assert not open_conflicts(page)


def test_per_field_keeps_their_text_and_my_visibility(qtbot, page, runner, vault, child, note):
    """I only made the note deelbaar; the colleague's new text must survive my save."""
    conflict = stale_note_save(
        qtbot, page, runner, vault, child, note, text="Speelt buiten", shared=True
    )
    assert table_rows(conflict) == [
        ("Tekst", "Speelt buiten", THEIRS),
        ("Zichtbaar", "Deelbaar", "Intern"),
    ]
    conflict.keep(0, "theirs")
    click(qtbot, conflict.mine_button)
    settle(runner)
    qtbot.waitUntil(lambda: _stored(vault, child).version == 3, timeout=10_000)
    stored = _stored(vault, child)
    assert (stored.text, stored.visibility) == (THEIRS, Visibility.DEELBAAR)


def test_back_reopens_the_editor_with_what_was_typed(qtbot, page, runner, vault, child, note):
    conflict = stale_note_save(qtbot, page, runner, vault, child, note)
    first = page.notes_section.dialog
    click(qtbot, conflict.back_button)
    again = reopened_editor(qtbot, page.notes_section, first)
    assert again.ui.textEdit.toPlainText() == MINE
    assert again.ui.reasonEdit.text() == "Na het gesprek"
    assert THEIRS in again.ui.errorLabel.text()  # what is stored now, to take over by hand
    assert _stored(vault, child).version == 2


def test_making_a_note_deelbaar_over_a_newer_version_asks_too(
    qtbot, page, runner, vault, child, note
):
    section = notes_tab(page, runner, child)
    click(qtbot, section.visibility_button)
    dlg = section.dialog
    assert isinstance(dlg, ReasonDialog)
    private = "Speelt buiten; thuis gaat het moeilijk"
    vault.repos.notes.edit(note.id, reason="Aangevuld", text=private)
    dlg.ui.reasonEdit.setText("Mag met ouders besproken")
    dlg.accept()
    # Not only "Zichtbaar": the text that would be shared was never read here.
    conflict = conflict_shown(qtbot, page)
    assert table_rows(conflict) == [
        ("Tekst", "Speelt buiten", private),
        ("Zichtbaar", "Deelbaar", "Intern"),
    ]
    assert not conflict.back_button.isVisible()  # no editor to go back to
    click(qtbot, conflict.theirs_button)
    settle(runner)
    stored = _stored(vault, child)
    assert (stored.text, stored.visibility, stored.version) == (private, Visibility.INTERN, 2)


def test_making_a_note_deelbaar_without_a_colleague_in_between_just_saves(
    qtbot, page, runner, vault, child, note
):
    section = notes_tab(page, runner, child)
    click(qtbot, section.visibility_button)
    section.dialog.ui.reasonEdit.setText("Mag met ouders besproken")
    section.dialog.accept()
    settle(runner)
    qtbot.waitUntil(lambda: _stored(vault, child).version == 2, timeout=10_000)
    assert _stored(vault, child).visibility is Visibility.DEELBAAR
    assert not open_conflicts(page)
    [event] = [
        e
        for e in vault.repos.audit.entries(child.id)
        if e.record_type == "note" and e.kind is AuditKind.CHANGE
    ]
    assert event.detail == "intern→deelbaar"  # logged as a change of visibility only
