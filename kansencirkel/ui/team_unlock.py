"""The first screen's choice (this laptop or a team server) and the team unlock dialog.

The team profile (``.kcteam``, from the school's IT) holds no secret; the app remembers its
path in the settings, so the next start comes straight to :class:`TeamUnlockDialog`.
Opening (Argon2id, then the server over TLS) runs off the GUI thread through the
operation runner; what goes wrong is one sentence in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.unlock_dialog import delay_after

if TYPE_CHECKING:
    from kansencirkel.vault.team.membership import TeamProfile
    from kansencirkel.vault.team.team_vault import TeamVault


def read_team_profile(path: Path) -> TeamProfile:
    """The profile in ``path``; a missing or unreadable file is one sentence."""
    from kansencirkel.vault.team.team_vault import read_team_profile as read

    return read(path)


class StoreChoiceDialog(QDialog):
    """Where the team's data lives: in a vault on this laptop, or on the school's server."""

    laptop_chosen = Signal()
    team_chosen = Signal(object)  # the profile's Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kansencirkel — Beginnen"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Waar bewaart je team de gegevens?"), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.laptop_button = QPushButton(self.tr("Op deze &laptop"), self)
        self.laptop_button.setToolTip(self.tr("Een nieuwe, versleutelde kluis op deze computer."))
        self.team_button = QPushButton(self.tr("&Teamserver…"), self)
        self.team_button.setToolTip(
            self.tr("Kies het teamprofiel (.kcteam) dat je van de ICT van de school kreeg.")
        )
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        set_inline_message(self.message, "")
        # What each choice means, visible (not only as a tooltip): this is the first screen.
        for button in (self.laptop_button, self.team_button):
            layout.addWidget(button)
            explained = QLabel(button.toolTip(), self)
            explained.setWordWrap(True)
            explained.setContentsMargins(12, 0, 0, 8)
            layout.addWidget(explained)
        layout.addWidget(self.message)
        self.setMinimumWidth(460)
        quit_button = QPushButton(self.tr("&Afsluiten"), self)
        layout.addWidget(quit_button)
        self.laptop_button.clicked.connect(self._laptop)
        self.team_button.clicked.connect(self._browse)
        quit_button.clicked.connect(self.reject)
        self.laptop_button.setFocus()

    def _laptop(self) -> None:
        self.laptop_chosen.emit()
        self.accept()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Teamprofiel kiezen"), "", self.tr("Teamprofiel (*.kcteam)")
        )
        if name:
            self.choose_profile(Path(name))

    def choose_profile(self, path: Path) -> bool:
        """Take ``path`` as the team profile when it is one (else say why and stay)."""
        try:
            read_team_profile(path)
        except Exception as exc:
            set_inline_message(self.message, error_text(exc))
            return False
        self.team_chosen.emit(path)
        self.accept()
        return True


class TeamUnlockDialog(QDialog):
    """The passphrase for the team server; emits :attr:`vault_opened` with a TeamVault."""

    vault_opened = Signal(object)
    other_profile_requested = Signal()

    def __init__(
        self,
        profile_path: Path,
        runner: OperationRunner,
        *,
        team_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile_path = profile_path
        self._runner = runner
        self._busy = False
        self._failures = 0
        self._waiting = False
        self._profile: TeamProfile | None = None
        self.setWindowTitle(self.tr("Kansencirkel — Teamserver"))
        layout = QVBoxLayout(self)
        self.team_label = QLabel(self)
        self.team_label.setWordWrap(True)
        layout.addWidget(self.team_label)
        form = QFormLayout()
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Wachtwoordzin:"), self.passphrase_edit)
        layout.addLayout(form)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.other_button = QPushButton(self.tr("Ander teamprofiel kiezen…"), self)
        self.quit_button = QPushButton(self.tr("&Afsluiten"), self)
        self.unlock_button = QPushButton(self.tr("&Openen"), self)
        self.unlock_button.setDefault(True)
        for button in (self.other_button, self.quit_button):
            # Enter in the passphrase field opens the team, never "choose another profile":
            # while Openen is disabled a dialog hands Enter to its first auto-default button.
            button.setAutoDefault(False)
        for button in (self.other_button, self.quit_button, self.unlock_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        set_inline_message(self.message, "")
        self.other_button.clicked.connect(self._other)
        self.quit_button.clicked.connect(self.reject)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.passphrase_edit.textChanged.connect(self._update_button)
        self._show_profile(team_name)
        self.passphrase_edit.setFocus()

    def _show_profile(self, team_name: str) -> None:
        try:
            self._profile = read_team_profile(self.profile_path)
        except Exception as exc:
            self.team_label.setText(self.tr("Teamprofiel: {name}").format(name=self.profile_path))
            set_inline_message(self.message, error_text(exc))
        else:
            self.team_label.setText(
                self.tr("Team: {team} · inlognaam: {login}").format(
                    team=team_name or self.profile_path.stem, login=self._profile.login
                )
            )
        self.team_label.setToolTip(str(self.profile_path))
        self._update_button()

    def _update_button(self) -> None:
        ready = not (self._busy or self._waiting) and self._profile is not None
        ready = ready and bool(self.passphrase_edit.text())
        self.unlock_button.setEnabled(ready)

    def _unlock(self) -> None:
        profile = self._profile
        if not self.unlock_button.isEnabled() or profile is None:
            return
        from kansencirkel.vault.team.team_vault import TeamVault

        passphrase, path = self.passphrase_edit.text(), self.profile_path
        self._busy = True
        self.passphrase_edit.setEnabled(False)
        set_inline_message(self.message, "")
        self._update_button()
        self._runner.run(
            lambda: TeamVault.open(profile, path, passphrase),
            self._opened,
            self._failed,
            busy_text=self.tr("Teamserver openen…"),
        )

    def _opened(self, vault: TeamVault) -> None:
        self._busy = False
        self.passphrase_edit.clear()
        self.vault_opened.emit(vault)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from kansencirkel.vault.errors import WrongPassphrase

        self._busy = False
        self.passphrase_edit.setEnabled(True)
        self.passphrase_edit.clear()
        self.passphrase_edit.setFocus()
        if isinstance(exc, WrongPassphrase):
            self._failures += 1
        set_inline_message(self.message, error_text(exc))
        self._update_button()
        wait = delay_after(self._failures)
        if wait:  # from the third wrong passphrase on, a short pause
            self._waiting = True
            self._update_button()
            QTimer.singleShot(wait * 1000, self, self._wait_over)

    def _wait_over(self) -> None:
        self._waiting = False
        self._update_button()

    @property
    def failures(self) -> int:
        return self._failures

    def _other(self) -> None:
        self.other_profile_requested.emit()
        self.done(2)  # neither accepted nor rejected: the shell shows the first screen
