"""Forgotten passphrase: open the vault with the recovery code, then set a new passphrase.

The vault opened with the recovery code acts as "herstelcode" in the audit log. The dialog
does not let the user on until a new passphrase is set for a team member, so the next unlock
works the normal way again (the recovery code stays valid: it is kept on paper).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_recovery_dialog import Ui_RecoveryDialog
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.passphrase_strength import StrengthMeter

if TYPE_CHECKING:
    from kansencirkel.vault.vault import Vault


def reset_passphrase(vault: Vault, member_id: str, new: str) -> Vault:
    """Give ``member_id`` a new passphrase on a vault opened with the recovery code, then
    reopen it as that member, so the audit log names the person, not "herstelcode"."""
    from kansencirkel.vault.vault import Vault as VaultClass

    vault.keys.reset_passphrase(member_id, new)
    path = vault.info.path
    vault.close()
    return VaultClass.open(path, member_id, new, check_pages=False)


class RecoveryDialog(QDialog):
    """Emits ``vault_recovered(vault)`` once the new passphrase is saved."""

    vault_recovered = Signal(object)

    def __init__(
        self, vault_path: Path, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RecoveryDialog()
        self.ui.setupUi(self)
        self.vault_path = vault_path
        self.vault: Vault | None = None
        self._runner = runner
        self._busy = False
        self._meter = StrengthMeter(
            self.ui.newPassEdit,
            self.ui.repeatEdit,
            self.ui.strengthBar,
            self.ui.strengthLabel,
            self,
        )
        self.ui.pages.setCurrentWidget(self.ui.codePage)
        set_inline_message(self.ui.messageLabel, "")
        self.ui.okButton.clicked.connect(self._next)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.codeEdit.returnPressed.connect(self._next)
        self.ui.codeEdit.setFocus()

    def _next(self) -> None:
        if self._busy:
            return
        if self.ui.pages.currentWidget() is self.ui.codePage:
            self._try_code()
        else:
            self._save_passphrase()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.okButton.setEnabled(not busy)

    def _try_code(self) -> None:
        from kansencirkel.vault.vault import Vault

        code = self.ui.codeEdit.text().strip()
        if not code:
            set_inline_message(self.ui.messageLabel, self.tr("Typ eerst de herstelcode."))
            return
        path = self.vault_path
        self._set_busy(True)
        set_inline_message(self.ui.messageLabel, "")
        self._runner.run(
            lambda: Vault.open_with_recovery(path, code, check_pages=False),
            self._code_ok,
            self._failed,
        )

    def _code_ok(self, vault: Vault) -> None:
        from kansencirkel.vault.vault import Vault as VaultClass

        self._set_busy(False)
        self.vault = vault
        self.ui.codeEdit.clear()
        combo = self.ui.memberCombo
        combo.clear()
        for member in VaultClass.members(self.vault_path):
            combo.addItem(member.name, member.id)
        self.ui.pages.setCurrentWidget(self.ui.newPassPage)
        self.ui.okButton.setText(self.tr("&Opslaan en openen"))
        self.ui.cancelButton.setEnabled(False)  # a new passphrase is required from here on
        self.ui.newPassEdit.setFocus()

    def _save_passphrase(self) -> None:
        problem = self._meter.problem()
        if problem:
            set_inline_message(self.ui.messageLabel, problem)
            self.ui.newPassEdit.setFocus()
            return
        vault = self.vault
        assert vault is not None
        member_id = str(self.ui.memberCombo.currentData())
        new = self.ui.newPassEdit.text()
        self._set_busy(True)
        self._runner.run(
            lambda: reset_passphrase(vault, member_id, new),
            self._done,
            self._failed,
            busy_text=self.tr("Nieuw wachtwoord opslaan…"),
        )

    def _done(self, vault: Vault) -> None:
        self._set_busy(False)
        self._meter.clear()
        self.vault = vault
        self.vault_recovered.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.vault is not None and not self.vault.is_open:  # closed by a failed reopen
            self.vault = None
            self.ui.pages.setCurrentWidget(self.ui.codePage)
            self.ui.cancelButton.setEnabled(True)
            self.ui.okButton.setText(self.tr("&Verder"))
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def reject(self) -> None:
        if self.vault is not None:  # opened but no new passphrase set: do not leave it open
            if not self.ui.cancelButton.isEnabled():
                return
            self.vault.close()
            self.vault = None
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
