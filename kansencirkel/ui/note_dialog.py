"""Add or edit a notitie: a dated observation with element tags, intern or deelbaar.

Editing makes a new version (the old one stays in the history), so it asks for a reason.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import Visibility
from kansencirkel.core.model import Note
from kansencirkel.ui.dialog_helpers import (
    dutch_buttons,
    element_grid,
    get_date,
    set_date,
    show_error_label,
)
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.forms.ui_note_dialog import Ui_NoteDialog
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.validation import records
from kansencirkel.vault.validation.fields import STRICT


class NoteDialog(QDialog):
    def __init__(
        self,
        *,
        today: date | None = None,
        note: Note | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.note = note
        self.elements = element_grid(self.ui.elementsBox)
        set_date(self.ui.writtenOnEdit, today or clock.today())
        self.ui.writtenOnEdit.setMaximumDate(self.ui.writtenOnEdit.date())
        self.ui.reasonBox.setVisible(note is not None)
        if note is not None:
            self.setWindowTitle(self.tr("Notitie bewerken"))
            set_date(self.ui.writtenOnEdit, note.written_on)
            self.ui.textEdit.setPlainText(note.text)
            self.elements.select(note.elements)
            shared = note.visibility is Visibility.DEELBAAR
            (self.ui.sharedRadio if shared else self.ui.internRadio).setChecked(True)
        dutch_buttons(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.textEdit.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "written_on": get_date(self.ui.writtenOnEdit),
            "text": self.ui.textEdit.toPlainText().strip(),
            "elements": self.elements.selected(),
            "visibility": Visibility.DEELBAAR
            if self.ui.sharedRadio.isChecked()
            else Visibility.INTERN,
        }

    def set_values(self, v: dict[str, Any], reason: str = "", message: str = "") -> None:
        """Show ``v`` (as :meth:`values` gives it) and ``reason``: what was typed before a
        save that failed, with ``message`` saying why."""
        set_date(self.ui.writtenOnEdit, v["written_on"])
        self.ui.textEdit.setPlainText(v["text"])
        self.elements.select(v["elements"])
        shared = v["visibility"] is Visibility.DEELBAAR
        (self.ui.sharedRadio if shared else self.ui.internRadio).setChecked(True)
        self.ui.reasonEdit.setText(reason)
        if message:
            show_error_label(self.ui.errorLabel, message)

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def accept(self) -> None:
        values = self.values()
        if not values["text"]:
            show_error_label(self.ui.errorLabel, self.tr("Schrijf eerst de notitie."))
            self.ui.textEdit.setFocus()
            return
        try:  # the vault's rules, before the dialog closes: nothing typed is lost
            records.note(STRICT, **values)
        except InputRejected as exc:
            show_error_label(self.ui.errorLabel, error_text(exc))
            self.ui.textEdit.setFocus()
            return
        n = self.note
        if n is not None and (
            values["written_on"],
            values["text"],
            set(values["elements"]),
            values["visibility"],
        ) == (n.written_on, n.text, set(n.elements), n.visibility):
            show_error_label(self.ui.errorLabel, self.tr("Er is niets gewijzigd aan de notitie."))
            self.ui.textEdit.setFocus()
            return
        if n is not None and not self.reason():
            show_error_label(
                self.ui.errorLabel,
                self.tr("Vul in waarom de notitie verandert; de oude versie blijft bewaard."),
            )
            self.ui.reasonEdit.setFocus()
            return
        super().accept()
