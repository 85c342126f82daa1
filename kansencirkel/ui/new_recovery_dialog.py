"""Kluis → "Nieuwe herstelcode maken": replace the recovery code, the old one stops working.

The order is chosen so that no vault is ever guarded by a code nobody kept:

1. The member proves it is them with their own passphrase (someone at an unlocked laptop
   must not be able to make a code only they know). Cancel is the default button here.
2. A new code is made *in memory* and shown once, with the same print/copy/retype-the-last-
   group check as the first run (:class:`RecoveryCodeCheck`). Nothing is written yet:
   cancelling here, a crash or an auto-lock leaves the old code valid.
3. Only after the check does ``keys.replace_recovery_code`` write the new slot (one
   KEY_CHANGE audit event); from then on the old code fails.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_new_recovery_dialog import Ui_NewRecoveryDialog
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.recovery_code_check import CodeWidgets, RecoveryCodeCheck

if TYPE_CHECKING:
    from kansencirkel.vault.members import KeySlots


class NewRecoveryDialog(QDialog):
    """Emits ``replaced`` once the new code is in use (then accepts)."""

    replaced = Signal()

    def __init__(
        self, keys: KeySlots, team: str, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_NewRecoveryDialog()
        ui.setupUi(self)
        self._keys, self._team, self._runner = keys, team, runner
        self._busy = False
        title_font = ui.askTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        ui.askTitle.setFont(title_font)
        ui.codeTitle.setFont(title_font)
        self._check = RecoveryCodeCheck(
            CodeWidgets(
                ui.codeLabel,
                ui.printButton,
                ui.copyButton,
                ui.confirmEdit,
                ui.writtenCheck,
                ui.messageLabel,
            ),
            self,
        )
        self._check.changed.connect(self._update_next)
        ui.pages.setCurrentWidget(ui.askPage)
        set_inline_message(ui.messageLabel, "")
        ui.nextButton.clicked.connect(self._next)
        ui.cancelButton.clicked.connect(self.reject)
        ui.passEdit.setFocus()

    def on_code_page(self) -> bool:
        return self.ui.pages.currentWidget() is self.ui.codePage

    def _next(self) -> None:
        if self._busy:
            return
        if self.on_code_page():
            self._commit()
        else:
            self._check_passphrase()

    # -- step 1: is it you? ---------------------------------------------------------------

    def _check_passphrase(self) -> None:
        passphrase = self.ui.passEdit.text()
        if not passphrase:
            set_inline_message(self.ui.messageLabel, self.tr("Typ eerst je wachtwoord."))
            self.ui.passEdit.setFocus()
            return
        keys = self._keys
        self._set_busy(True)
        set_inline_message(self.ui.messageLabel, self.tr("Bezig…"), error=False)
        self._runner.run(
            lambda: keys.check_own_passphrase(passphrase), self._show_code, self._failed
        )

    # -- step 2: show once and check --------------------------------------------------------

    def _show_code(self, _none: object = None) -> None:
        from kansencirkel.vault.keyslots import new_recovery_code

        self._set_busy(False)
        ui = self.ui
        ui.passEdit.clear()
        set_inline_message(ui.messageLabel, "")
        self._check.show_code(new_recovery_code(), self._team)
        ui.pages.setCurrentWidget(ui.codePage)
        ui.nextButton.setText(self.tr("&Nieuwe code in gebruik nemen"))
        # From here Enter confirms, but only once the check is done (the button is off until
        # then); cancelling still writes nothing and keeps the old code.
        ui.cancelButton.setDefault(False)
        ui.nextButton.setDefault(True)
        self._update_next()
        ui.confirmEdit.setFocus()

    def _update_next(self, *_args: object) -> None:
        if self.on_code_page():
            self.ui.nextButton.setEnabled(not self._busy and self._check.confirmed())

    # -- step 3: write it -------------------------------------------------------------------

    def _commit(self) -> None:
        if not self._check.confirmed():
            set_inline_message(
                self.ui.messageLabel,
                self.tr("Typ de laatste groep van de herstelcode over en vink het vakje aan."),
            )
            return
        keys, code = self._keys, self._check.code
        self._set_busy(True)
        self._runner.run(
            lambda: keys.replace_recovery_code(code),
            self._committed,
            self._failed,
            busy_text=self.tr("Nieuwe herstelcode opslaan…"),
        )

    def _committed(self, _none: object = None) -> None:
        self._set_busy(False)
        self._check.forget()
        self.replaced.emit()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        """Nothing was written: the old code (and, on the code page, the shown one) stand."""
        self._set_busy(False)
        set_inline_message(self.ui.messageLabel, error_text(exc))
        if not self.on_code_page():
            self.ui.passEdit.selectAll()
            self.ui.passEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.pages.setEnabled(not busy)
        self.ui.nextButton.setEnabled(not busy)
        self._update_next()

    def reject(self) -> None:
        if self._busy and self.on_code_page():  # the new slot is being written: let it finish
            return
        self._check.forget()  # not in use: the code must not linger on screen or clipboard
        self.ui.passEdit.clear()
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            on_code = self.on_code_page()
            self.ui.retranslateUi(self)
            if on_code:
                self.ui.nextButton.setText(self.tr("&Nieuwe code in gebruik nemen"))
        super().changeEvent(event)
