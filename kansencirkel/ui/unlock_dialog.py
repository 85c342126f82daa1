"""Unlock: pick your name, type your passphrase; a growing delay after repeated failures.

The slow part (Argon2id, ~0.5–1 s by design) runs through the operation runner, so the
dialog stays responsive. After a wrong passphrase the field is cleared and, from the third
failure on, the button is disabled with a visible countdown (1, 2, 4, 8 … s, capped).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.ui.errors import (
    error_text,
    set_inline_message,
    show_keyring_status,
    show_place_warnings,
)
from kansencirkel.ui.forms.ui_unlock_dialog import Ui_UnlockDialog
from kansencirkel.ui.i18n import counted
from kansencirkel.ui.operations import OperationRunner

if TYPE_CHECKING:
    from kansencirkel.core.model import TeamMember
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.vault.vault import Vault

#: Seconds to wait after the n-th consecutive failure (index = failures - 1), then capped.
DELAYS_S: tuple[int, ...] = (0, 0, 1, 2, 4, 8, 16, 30)


def delay_after(failures: int) -> int:
    if failures <= 0:
        return 0
    return DELAYS_S[min(failures, len(DELAYS_S)) - 1]


class UnlockDialog(QDialog):
    """Accepted with :attr:`vault` set to the open vault."""

    vault_opened = Signal(object)
    members_loaded = Signal()

    def __init__(
        self,
        vault_path: Path,
        runner: OperationRunner,
        settings: AppSettings,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockDialog()
        self.ui.setupUi(self)
        self.vault_path = vault_path
        self.vault: Vault | None = None
        self._runner = runner
        self._settings = settings
        self._demo = demo
        self._failures = 0
        self._wait_left = 0
        self._busy = False
        self._members: list[TeamMember] = []
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)

        icon = QIcon.fromTheme("kansencirkel", self.windowIcon())
        self.ui.iconLabel.setPixmap(icon.pixmap(64, 64))
        self.ui.iconLabel.setVisible(not icon.isNull())
        self.ui.demoHint.setVisible(demo)
        self.ui.demoHint.setStyleSheet(
            "background: #ffd84d; color: #1a1a1a; font-weight: 700; border-radius: 4px;"
        )
        set_inline_message(self.ui.messageLabel, "")
        self.ui.keyringLabel.setVisible(False)
        self._retranslate_dynamic()

        self.ui.unlockButton.clicked.connect(self._unlock)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.forgotButton.clicked.connect(self._forgot)
        self.ui.passphraseEdit.returnPressed.connect(self._unlock)
        self.ui.passphraseEdit.textChanged.connect(self._update_button)

        self._load_members()
        show_keyring_status(self._runner, self.ui.keyringLabel)
        show_place_warnings(self._runner, self.ui.placeLabel, vault_path)
        self.ui.passphraseEdit.setFocus()

    # -- setup -------------------------------------------------------------------------------

    def _retranslate_dynamic(self) -> None:
        self.ui.teamLabel.setText(self.tr("Kluis: {name}").format(name=self.vault_path.name))
        self.ui.teamLabel.setToolTip(str(self.vault_path))
        self._update_button()

    def _load_members(self) -> None:
        """Read the member names in the background: importing the vault layer (SQLAlchemy,
        Alembic) takes a second on a slow laptop and must not delay the first paint."""
        path = self.vault_path

        def members() -> list[TeamMember]:
            from kansencirkel.vault.vault import Vault

            return Vault.members(path)

        self._runner.run(members, self._show_members, self._members_failed)

    def _members_failed(self, exc: BaseException) -> None:
        set_inline_message(self.ui.messageLabel, error_text(exc))
        self.members_loaded.emit()

    def _show_members(self, members: list[TeamMember]) -> None:
        self._members = list(members)
        combo = self.ui.memberCombo
        combo.clear()
        for member in self._members:
            combo.addItem(member.name, member.id)
        last = self._settings.last_member_id
        index = combo.findData(last) if last else -1
        if index >= 0:
            combo.setCurrentIndex(index)
        self._update_button()
        self.members_loaded.emit()

    # -- unlocking ---------------------------------------------------------------------------

    def _update_button(self) -> None:
        ready = (
            not self._busy
            and self._wait_left == 0
            and bool(self._members)
            and bool(self.ui.passphraseEdit.text())
        )
        self.ui.unlockButton.setEnabled(ready)
        if self._busy:
            self.ui.unlockButton.setText(self.tr("Bezig met openen…"))
        elif self._wait_left:
            self.ui.unlockButton.setText(self.tr("Openen ({s})").format(s=self._wait_left))
        else:
            self.ui.unlockButton.setText(self.tr("&Openen"))

    def _unlock(self) -> None:
        if not self.ui.unlockButton.isEnabled():
            return
        from kansencirkel.vault.vault import Vault

        member_id = str(self.ui.memberCombo.currentData())
        passphrase = self.ui.passphraseEdit.text()
        path = self.vault_path
        self._busy = True
        self.ui.passphraseEdit.setEnabled(False)
        set_inline_message(self.ui.messageLabel, "")
        self._update_button()
        self._runner.run(
            # The page check runs in the background once the list shows (app.py).
            lambda: Vault.open(path, member_id, passphrase, check_pages=False),
            self._opened,
            self._failed,
            busy_text=self.tr("Kluis openen…"),
        )

    def _opened(self, vault: Vault) -> None:
        self._busy = False
        self.vault = vault
        if any(m.id == vault.actor.id for m in self._members):  # not after a recovery code
            self._settings.last_member_id = vault.actor.id
        self.ui.passphraseEdit.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from kansencirkel.vault.errors import DeviceSecretMissing, WrongPassphrase

        self._busy = False
        self.ui.passphraseEdit.setEnabled(True)
        self.ui.passphraseEdit.clear()
        self.ui.passphraseEdit.setFocus()
        message = error_text(exc)
        if isinstance(exc, WrongPassphrase):
            self._failures += 1
            self._wait_left = delay_after(self._failures)
            if self._wait_left:
                message += " " + counted(
                    self._wait_left,
                    self.tr("Probeer het over {n} seconde opnieuw."),
                    self.tr("Probeer het over {n} seconden opnieuw."),
                )
                self._countdown.start()
        set_inline_message(self.ui.messageLabel, message)
        self._update_button()
        if isinstance(exc, DeviceSecretMissing):  # only the recovery code helps now
            self.ui.forgotButton.setFocus()

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
        self._update_button()

    @property
    def failures(self) -> int:
        return self._failures

    # -- recovery ----------------------------------------------------------------------------

    def _forgot(self) -> None:
        from kansencirkel.ui.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.vault_path, self._runner, parent=self)
        dialog.vault_recovered.connect(self._opened)
        dialog.open()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate_dynamic()
        super().changeEvent(event)
