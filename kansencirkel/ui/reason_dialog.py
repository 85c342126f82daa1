"""Ask why before a record is mended (removed, withdrawn, made intern or deelbaar).

The reason is kept with the record's history. Cancel is the default button, so Enter on a
dialog opened by accident changes nothing; the action button says what it does.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kansencirkel.ui.dialog_helpers import show_error_label, tr
from kansencirkel.ui.forms.ui_reason_dialog import Ui_ReasonDialog


class ReasonDialog(QDialog):
    """``subject`` names the record being mended ("Notitie van 18-07-2026: …"), so the user
    sees which one even when the list behind the dialog is covered."""

    def __init__(
        self,
        title: str,
        prompt: str,
        action: str,
        parent: QWidget | None = None,
        *,
        subject: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self.setWindowTitle(title)
        self.ui.promptLabel.setTextFormat(Qt.TextFormat.RichText)
        head = f"<p><b>{escape(subject)}</b></p>" if subject else ""
        self.ui.promptLabel.setText(head + f"<p>{escape(prompt)}</p>")
        box = self.ui.buttonBox
        self.action_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.action_button.setText(action)
        self.cancel_button.setText(tr("Annuleren"))
        for b in (self.action_button, self.cancel_button):
            b.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        self.ui.reasonEdit.setFocus()

    def reason(self) -> str:
        return self.ui.reasonEdit.text().strip()

    def accept(self) -> None:
        if not self.reason():
            show_error_label(
                self.ui.errorLabel, self.tr("Vul een reden in; die blijft bij de geschiedenis.")
            )
            self.ui.reasonEdit.setFocus()
            return
        super().accept()
