"""Change your own passphrase: the old one proves it is you; the new one gets a strength hint.

Only the signed-in member's key slot is rewritten; the data and the other slots stay as
they are (DESIGN §6). A wrong old passphrase is one sentence; nothing typed is cleared but it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_passphrase_dialog import Ui_PassphraseDialog
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.passphrase_strength import StrengthMeter

if TYPE_CHECKING:
    from kansencirkel.vault.members import KeySlots


class PassphraseDialog(QDialog):
    def __init__(
        self, keys: KeySlots, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self._keys = keys
        self._runner = runner
        self._meter = StrengthMeter(
            self.ui.newEdit, self.ui.repeatEdit, self.ui.strengthBar, self.ui.strengthLabel, self
        )
        set_inline_message(self.ui.messageLabel, "")
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.oldEdit.setFocus()

    def _save_button(self) -> QWidget | None:
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def _save(self) -> None:
        button = self._save_button()
        if button is not None and not button.isEnabled():
            return
        if not self.ui.oldEdit.text():
            set_inline_message(self.ui.messageLabel, self.tr("Typ eerst je huidige wachtwoord."))
            self.ui.oldEdit.setFocus()
            return
        problem = self._meter.problem()
        if problem:
            set_inline_message(self.ui.messageLabel, problem)
            self.ui.newEdit.setFocus()
            return
        keys, old, new = self._keys, self.ui.oldEdit.text(), self.ui.newEdit.text()
        member_id = keys.actor.id
        if button is not None:
            button.setEnabled(False)
        set_inline_message(self.ui.messageLabel, self.tr("Bezig…"), error=False)
        self._runner.run(
            lambda: keys.change_passphrase(member_id, old, new),
            self._done,
            self._failed,
            busy_text=self.tr("Nieuw wachtwoord opslaan…"),
        )

    def _done(self, _result: object) -> None:
        self._meter.clear()
        self.ui.oldEdit.clear()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        button = self._save_button()
        if button is not None:
            button.setEnabled(True)
        self.ui.oldEdit.clear()
        self.ui.oldEdit.setFocus()
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
