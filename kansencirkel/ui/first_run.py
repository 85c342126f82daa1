"""First run: create the vault, then show the recovery code once and check it was kept.

Page 1 asks for the team name, the first team member (name + role) and a passphrase twice with
a live strength hint, and says whether the OS keyring protects the vault. Page 2 shows the
recovery code with "Afdrukken" and "Kopiëren"; the user re-types the last group of the code
and ticks that it is kept safe before the app opens.

The vault made after page 1 does not count as created yet (``NewVault``,
:mod:`kansencirkel.vault.creation`): only confirming page 2 commits it. If the app crashes or
is killed on page 2, the next start finds an unfinished creation, shows this dialog again and
replaces it; a recovery code nobody confirmed never guards a vault.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Role
from kansencirkel.ui.errors import (
    error_text,
    set_inline_message,
    show_keyring_status,
    show_place_warnings,
)
from kansencirkel.ui.forms.ui_first_run import Ui_FirstRunDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.passphrase_strength import StrengthMeter
from kansencirkel.ui.recovery_code_check import CodeWidgets, RecoveryCodeCheck

if TYPE_CHECKING:
    from kansencirkel.vault.kdf import KdfParams
    from kansencirkel.vault.vault import NewVault, Vault

#: Roles a kernteam member typically has (parents and children never unlock the vault).
TEAM_ROLES: tuple[Role, ...] = (
    Role.IB,
    Role.LEERKRACHT,
    Role.CJG_COACH,
    Role.JEUGDHULP,
    Role.SMW,
    Role.JEUGDARTS,
    Role.LEERPLICHT,
    Role.ANDERS,
)


def fill_roles(combo: object) -> None:
    """Fill a QComboBox with team roles, display names in the current language."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    combo.clear()
    cat = catalog()
    for role in TEAM_ROLES:
        combo.addItem(cat.role_name(role, current_lang()), role.value)


def last_group(code: str) -> str:
    from kansencirkel.vault.keyslots import last_group as group

    return group(code)


class FirstRunDialog(QDialog):
    """Accepted with :attr:`vault` open once the recovery code is confirmed."""

    vault_created = Signal(object)

    def __init__(
        self,
        vault_path: Path,
        runner: OperationRunner,
        *,
        kdf: KdfParams | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        self.vault_path = vault_path
        self.vault: Vault | None = None  # set once the code is confirmed and the vault exists
        self._new: NewVault | None = None  # made, not yet committed (page 2)
        self._runner = runner
        self._kdf = kdf
        self._busy = False
        self._meter = StrengthMeter(
            self.ui.passEdit, self.ui.repeatEdit, self.ui.strengthBar, self.ui.strengthLabel, self
        )
        fill_roles(self.ui.roleCombo)
        title_font = self.ui.setupTitle.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.ui.setupTitle.setFont(title_font)
        self.ui.codeTitle.setFont(title_font)
        ui = self.ui
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
        self.ui.pages.setCurrentWidget(self.ui.setupPage)
        set_inline_message(self.ui.messageLabel, "")
        self.ui.keyringLabel.setVisible(False)

        self.ui.nextButton.clicked.connect(self._next)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._check.changed.connect(self._update_confirm)
        show_keyring_status(self._runner, self.ui.keyringLabel)
        show_place_warnings(self._runner, self.ui.placeLabel, vault_path)
        self.ui.teamEdit.setFocus()

    # -- page 1 ------------------------------------------------------------------------------

    def _problem(self) -> tuple[str, QWidget] | None:
        if not self.ui.teamEdit.text().strip():
            return self.tr("Vul de naam van het team in."), self.ui.teamEdit
        if not self.ui.memberEdit.text().strip():
            return self.tr("Vul je eigen naam in."), self.ui.memberEdit
        problem = self._meter.problem()
        if problem:
            return problem, self.ui.passEdit
        return None

    def _next(self) -> None:
        if self._busy:
            return
        if self.ui.pages.currentWidget() is self.ui.setupPage:
            self._create()
        else:
            self._finish()

    def _create(self) -> None:
        found = self._problem()
        if found:
            set_inline_message(self.ui.messageLabel, found[0])
            found[1].setFocus()
            return
        from kansencirkel.vault.vault import Vault

        path = self.vault_path
        team = self.ui.teamEdit.text().strip()
        name = self.ui.memberEdit.text().strip()
        role = Role(str(self.ui.roleCombo.currentData()))
        passphrase = self.ui.passEdit.text()
        kdf = self._kdf
        self._set_busy(True)
        set_inline_message(self.ui.messageLabel, self.tr("De kluis wordt gemaakt…"), error=False)

        def create() -> NewVault:
            path.parent.mkdir(parents=True, exist_ok=True)
            return Vault.create(path, team, name, role, passphrase, kdf=kdf)

        self._runner.run(
            create, self._created, self._failed, busy_text=self.tr("De kluis wordt gemaakt…")
        )

    def _created(self, new: NewVault) -> None:
        self._set_busy(False)
        self._new = new
        self._meter.clear()
        set_inline_message(self.ui.messageLabel, "")
        self._check.show_code(new.recovery_code, new.info.team_name)
        self.ui.pages.setCurrentWidget(self.ui.codePage)
        self.ui.nextButton.setText(self.tr("&Klaar, open Kansencirkel"))
        self.ui.cancelButton.setVisible(False)  # the code must be confirmed: no going back
        self._update_confirm()
        self.ui.confirmEdit.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.nextButton.setEnabled(not busy)
        self.ui.setupPage.setEnabled(not busy)
        self.ui.codePage.setEnabled(not busy)

    # -- page 2 ------------------------------------------------------------------------------

    def confirmation_ok(self) -> bool:
        return self._check.confirmed()

    def _update_confirm(self, *_args: object) -> None:
        if self.ui.pages.currentWidget() is self.ui.codePage:
            self.ui.nextButton.setEnabled(self.confirmation_ok())

    def _finish(self) -> None:
        if not self.confirmation_ok():
            set_inline_message(
                self.ui.messageLabel,
                self.tr("Typ de laatste groep van de herstelcode over en vink het vakje aan."),
            )
            return
        new = self._new
        if new is None:
            return
        self._set_busy(True)  # the vault counts as created once this commit is done
        self._runner.run(new.commit, self._committed, self._commit_failed)

    def _commit_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._update_confirm()
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _committed(self, vault: Vault) -> None:
        self._set_busy(False)
        self.vault, self._new = vault, None
        self._check.forget()  # do not leave the code lying around
        self.vault_created.emit(self.vault)
        self.accept()

    def abandon(self) -> None:
        """The app quits before the code was confirmed: remove the uncommitted vault."""
        new, self._new = self._new, None
        if new is not None:
            new.discard()

    def reject(self) -> None:
        if self._new is not None or self.vault is not None:  # the code must be confirmed
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
