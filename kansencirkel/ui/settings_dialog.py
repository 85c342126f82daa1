"""Settings: this computer's (language, auto-lock, backups) and the vault's (retention).

Computer settings go to the INI file (settings_store); vault settings to ``vault.settings``
so every team member sees the same bewaartermijn. Language applies live on OK.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kansencirkel.core.attention import STALE_MONTHS_KEY, AttentionRules
from kansencirkel.core.i18n import ngettext
from kansencirkel.core.retention import DEFAULT_RETENTION_YEARS, SETTING_KEY
from kansencirkel.paths import user_data_dir
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from kansencirkel.ui.i18n import LANGUAGES
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.settings_store import AppSettings

if TYPE_CHECKING:
    from kansencirkel.vault.vault import Vault

#: Language names are shown in their own language, never translated.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


def default_backup_folder() -> Path:
    return user_data_dir() / "reservekopieen"


def _int_or(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


class SettingsDialog(QDialog):
    """``applied`` is emitted after OK stored the values (the main window re-reads them)."""

    applied = Signal()

    def __init__(
        self,
        settings: AppSettings,
        vault: Vault,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._vault = vault
        self._runner = runner
        for lang in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[lang], lang)
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(settings.language))
        )
        self.ui.idleSpin.setValue(settings.idle_minutes)
        self._idle_suffix()
        self.ui.idleSpin.valueChanged.connect(self._idle_suffix)
        folder = settings.backup_folder or default_backup_folder()
        self.ui.folderEdit.setText(str(folder))
        self.ui.keepSpin.setValue(settings.backup_keep)
        self._retention_loaded = DEFAULT_RETENTION_YEARS
        self._stale_loaded = AttentionRules().stale_after_months
        self.ui.vaultGroup.setEnabled(False)
        set_inline_message(self.ui.messageLabel, "")
        self.ui.backupStatus.clear()

        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.backupNowButton.clicked.connect(self._backup_now)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load_vault_settings()

    def _load_vault_settings(self) -> None:
        vault = self._vault

        def load() -> tuple[int, int]:
            return (
                _int_or(vault.repos.settings.get(SETTING_KEY, None), DEFAULT_RETENTION_YEARS),
                _int_or(
                    vault.repos.settings.get(STALE_MONTHS_KEY, None),
                    AttentionRules().stale_after_months,
                ),
            )

        def show(values: tuple[int, int]) -> None:
            self._retention_loaded, self._stale_loaded = values
            self.ui.retentionSpin.setValue(values[0])
            self.ui.staleSpin.setValue(values[1])
            self.ui.vaultGroup.setEnabled(True)

        self._runner.run(load, show, self._failed)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Map voor reservekopieën"), self.ui.folderEdit.text()
        )
        if folder:
            self.ui.folderEdit.setText(folder)

    def _folder(self) -> Path | None:
        text = self.ui.folderEdit.text().strip()
        return Path(text).expanduser() if text else None

    def _backup_now(self) -> None:
        folder = self._folder()
        if folder is None:
            set_inline_message(self.ui.messageLabel, self.tr("Kies eerst een map."))
            return
        vault, keep = self._vault, self.ui.keepSpin.value()

        def backup() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return vault.backup(folder, keep=keep)

        self.ui.backupNowButton.setEnabled(False)
        self.ui.backupStatus.setText(self.tr("Bezig…"))
        self._runner.run(
            backup, self._backup_done, self._backup_failed, busy_text=self.tr("Reservekopie maken…")
        )

    def _backup_done(self, path: Path) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.ui.backupStatus.setText(self.tr("Gemaakt: {name}").format(name=path.name))
        self.ui.backupStatus.setToolTip(str(path))

    def _backup_failed(self, exc: BaseException) -> None:
        self.ui.backupNowButton.setEnabled(True)
        self.ui.backupStatus.clear()
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _failed(self, exc: BaseException) -> None:
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _save(self) -> None:
        s = self._settings
        s.language = str(self.ui.languageCombo.currentData())  # type: ignore[assignment]
        s.idle_minutes = self.ui.idleSpin.value()
        s.backup_folder = self._folder()
        s.backup_keep = self.ui.keepSpin.value()
        s.sync()
        changes: dict[str, int] = {}
        if self.ui.vaultGroup.isEnabled():
            if self.ui.retentionSpin.value() != self._retention_loaded:
                changes[SETTING_KEY] = self.ui.retentionSpin.value()
            if self.ui.staleSpin.value() != self._stale_loaded:
                changes[STALE_MONTHS_KEY] = self.ui.staleSpin.value()
        if not changes:
            self.applied.emit()
            self.accept()
            return
        vault = self._vault

        def store() -> None:
            for key, value in changes.items():
                vault.repos.settings.set(key, value)

        self._runner.run(store, lambda _r: self._stored(), self._failed)

    def _stored(self) -> None:
        self.applied.emit()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._idle_suffix()
        super().changeEvent(event)

    def _idle_suffix(self) -> None:
        # "1 minuut" / "5 minuten": the suffix follows the count (the one plural rule).
        minutes = self.ui.idleSpin.value()
        self.ui.idleSpin.setSuffix(ngettext(" minuut niets doen", " minuten niets doen", minutes))
