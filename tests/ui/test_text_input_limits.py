"""Proof 8, text fields: the child dialog and a note take 100,000 characters, control
characters and right-to-left text as pasted, and the vault gives them back unchanged.

Text goes in the way a user puts that much in: pasted from the clipboard (Ctrl+V). A NUL,
which the vault refuses, gets one sentence in the dialog, which stays open with the text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from kansencirkel.core.enums import Visibility
from kansencirkel.core.i18n import gettext
from kansencirkel.ui.child_dialog import ChildDialog
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.validation import fields
from tests.ui.child_fixtures import open_child, settle

LONG = 100_000
# Controls (bell, escape, delete), bidirectional marks and embeddings, Arabic and Hebrew.
ODD = "\x07\x1b[31m\x7f \u202bمرحبا بالعالم\u202c \u200fשלום\u200e \u2066x\u2069"


def text_of(length: int, seed: str) -> str:
    """``length`` characters with the odd ones throughout, nothing to strip at either end."""
    unit = f"{seed}{ODD}"
    return ("K" + unit * (length // len(unit) + 1))[: length - 1] + "m"


def paste(qtbot: Any, widget: Any, text: str) -> None:
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_the_child_dialog_keeps_long_odd_text_through_the_vault(
    qtbot: Any, vault: Any, ui_runner: Any
) -> None:
    texts = {
        "givenEdit": text_of(LONG, "Sanne"),
        "familyEdit": text_of(LONG, "de Vries"),
        "schoolEdit": text_of(LONG, "De Linde"),
        "groupEdit": text_of(2_000, "7B"),
    }
    dialog = ChildDialog(vault.repos.children, VaultOps(ui_runner), None, ["De Linde"])
    qtbot.addWidget(dialog)
    dialog.show()
    for name, text in texts.items():
        paste(qtbot, getattr(dialog.ui, name), text)
        assert getattr(dialog.ui, name).text() == text  # nothing cut on the way in
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    child = vault.repos.children.get(saved.args[0].id)
    assert (child.given_name, child.family_name, child.school, child.group) == tuple(texts.values())
    # And back into the dialog to change it: shown whole again.
    again = ChildDialog(vault.repos.children, VaultOps(ui_runner), child, [])
    qtbot.addWidget(again)
    assert again.ui.givenEdit.text() == texts["givenEdit"]


def test_the_child_dialog_says_why_a_nul_cannot_be_saved(
    qtbot: Any, vault: Any, ui_runner: Any
) -> None:
    dialog = ChildDialog(vault.repos.children, VaultOps(ui_runner), None, [])
    qtbot.addWidget(dialog)
    dialog.show()
    paste(qtbot, dialog.ui.givenEdit, "Ki\x00m")
    paste(qtbot, dialog.ui.familyEdit, "Jansen")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    expected = gettext(fields.BAD_CHARACTER)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() == expected, timeout=10_000)
    assert dialog.isVisible() and dialog.ui.givenEdit.text() == "Ki\x00m"
    assert vault.repos.children.count() == 0


def test_a_note_keeps_long_odd_text_through_the_vault(
    qtbot: Any, page: Any, runner: Any, vault: Any, child: Any
) -> None:
    text = "\n".join(text_of(LONG // 10, f"Regel {i}") for i in range(10))
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    page.notes_section.add_button.click()
    dialog = page.notes_section.dialog
    paste(qtbot, dialog.ui.textEdit, text)
    assert dialog.ui.textEdit.toPlainText() == text
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    settle(runner)
    [note] = vault.repos.notes.for_child(child.id)
    assert note.text == text and len(note.text) == len(text) >= LONG - 10
    assert note.visibility is Visibility.INTERN


def test_a_note_with_a_nul_stays_open_with_one_sentence(
    qtbot: Any, page: Any, runner: Any, vault: Any, child: Any
) -> None:
    open_child(page, runner, child.id)
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    page.notes_section.add_button.click()
    dialog = page.notes_section.dialog
    paste(qtbot, dialog.ui.textEdit, "Goed\x00 bezig")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.ui.errorLabel.text() == gettext(fields.BAD_CHARACTER)
    assert dialog.ui.textEdit.toPlainText() == "Goed\x00 bezig"  # nothing typed is lost
    settle(runner)
    assert vault.repos.notes.for_child(child.id) == []
