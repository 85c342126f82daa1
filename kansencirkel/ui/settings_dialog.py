"""Settings: this computer's (language, auto-lock, on whose behalf the user works, backups)
and the vault's (retention, when a perspective is asked again, the window within which
readings are compared).

Computer settings go to the INI file (settings_store); vault settings to ``vault.settings``
so every team member sees the same bewaartermijn. Language applies live on OK.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from kansencirkel.core.attention import STALE_MONTHS_KEY, AttentionRules
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.retention import DEFAULT_RETENTION_YEARS, SETTING_KEY
from kansencirkel.core.window import COMPARE_MONTHS_KEY, DEFAULT_COMPARE_MONTHS, compare_months
from kansencirkel.paths import default_backup_folder
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from kansencirkel.ui.i18n import LANGUAGES, counted
from kansencirkel.ui.settings_store import AppSettings
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos.settings import SettingsRepository

#: Language names are shown in their own language, never translated.
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}


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
        vault_settings: SettingsRepository,
        backup: Callable[[Path, int], Path],
        ops: VaultOps,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self._vault_settings, self._backup, self._ops = vault_settings, backup, ops
        for lang in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[lang], lang)
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(settings.language))
        )
        self.ui.idleSpin.setValue(settings.idle_minutes)
        self.ui.behalfEdit.setText(settings.on_behalf_of)
        ui = self.ui
        for spin in (ui.idleSpin, ui.keepSpin, ui.retentionSpin, ui.staleSpin, ui.compareSpin):
            spin.valueChanged.connect(self._suffixes)
        folder = settings.backup_folder or default_backup_folder()
        self.ui.folderEdit.setText(str(folder))
        self.ui.keepSpin.setValue(settings.backup_keep)
        self._suffixes()
        self._retention_loaded = DEFAULT_RETENTION_YEARS
        self._stale_loaded = AttentionRules().stale_after_months
        self._compare_loaded = DEFAULT_COMPARE_MONTHS
        self.ui.vaultGroup.setEnabled(False)
        set_inline_message(self.ui.messageLabel, "")
        self.ui.backupStatus.clear()

        self.ui.browseButton.clicked.connect(self._browse)
        self.ui.backupNowButton.clicked.connect(self._backup_now)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._load_vault_settings()

    def _load_vault_settings(self) -> None:
        stored = self._vault_settings

        def load() -> tuple[int, int, int]:
            return (
                _int_or(stored.get(SETTING_KEY, None), DEFAULT_RETENTION_YEARS),
                _int_or(
                    stored.get(STALE_MONTHS_KEY, None),
                    AttentionRules().stale_after_months,
                ),
                compare_months(stored.get(COMPARE_MONTHS_KEY, None)),
            )

        def show(values: tuple[int, int, int]) -> None:
            self._retention_loaded, self._stale_loaded, self._compare_loaded = values
            self.ui.retentionSpin.setValue(values[0])
            self.ui.staleSpin.setValue(values[1])
            self.ui.compareSpin.setValue(values[2])
            self.ui.vaultGroup.setEnabled(True)

        self._ops.read(load, show, self._failed)

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
        make_backup, keep = self._backup, self.ui.keepSpin.value()

        def backup() -> Path:
            folder.mkdir(parents=True, exist_ok=True)
            return make_backup(folder, keep)

        self.ui.backupNowButton.setEnabled(False)
        self.ui.backupStatus.setText(self.tr("Bezig…"))
        self._ops.read(
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
        s.on_behalf_of = self.ui.behalfEdit.text()
        s.backup_folder = self._folder()
        s.backup_keep = self.ui.keepSpin.value()
        s.sync()
        changes: dict[str, int] = {}
        if self.ui.vaultGroup.isEnabled():
            if self.ui.retentionSpin.value() != self._retention_loaded:
                changes[SETTING_KEY] = self.ui.retentionSpin.value()
            if self.ui.staleSpin.value() != self._stale_loaded:
                changes[STALE_MONTHS_KEY] = self.ui.staleSpin.value()
            if self.ui.compareSpin.value() != self._compare_loaded:
                changes[COMPARE_MONTHS_KEY] = self.ui.compareSpin.value()
        if not changes:
            self.applied.emit()
            self.accept()
            return
        stored = self._vault_settings

        def store() -> Written[None]:
            done = Changes()
            for key, value in changes.items():
                done = done.merge(stored.set(key, value))
            return Written(None, done)

        self._ops.write(store, lambda _none: self._stored(), self._failed)

    def _stored(self) -> None:
        self.applied.emit()
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._suffixes()
        super().changeEvent(event)

    def _suffixes(self, *_args: object) -> None:
        """ "1 minuut" / "5 minuten": each spin box's unit follows its count."""
        ui = self.ui
        for spin, one, many in (
            (ui.idleSpin, self.tr(" minuut niets doen"), self.tr(" minuten niets doen")),
            (ui.keepSpin, self.tr(" nieuwste kopie"), self.tr(" nieuwste kopieën")),
            (
                ui.retentionSpin,
                self.tr(" jaar na afsluiten", "one"),
                self.tr(" jaar na afsluiten", "more"),
            ),
            (
                ui.staleSpin,
                self.tr(" maand (voor 'aandacht nodig')"),
                self.tr(" maanden (voor 'aandacht nodig')"),
            ),
            (
                ui.compareSpin,
                self.tr(" maand van de nieuwste meting"),
                self.tr(" maanden van de nieuwste meting"),
            ),
        ):
            spin.setSuffix(counted(spin.value(), one, many))
