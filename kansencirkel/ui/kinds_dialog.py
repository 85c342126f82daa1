"""Soorten afspraken: the vault's own list of kinds — add, rename, take out of use.

A kind taken out of use ("uit gebruik") stays on the afspraken that carry it and in the
"Wat werkt" counts, but is no longer offered for a new afspraak; it can be taken back into
use. Keys never change, so a rename relabels every afspraak of that kind. Every edit is one
vault write (read, edit, store, audit in one transaction) whose ``Changes`` the app
broadcasts, so open child pages and the "Wat werkt" view show the new names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.kinds import ActionKind, KindList
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_kinds_dialog import Ui_KindsDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from collections.abc import Callable

    from kansencirkel.vault.repos.settings import SettingsRepository


class KindsDialog(QDialog):
    def __init__(
        self, settings: SettingsRepository, ops: VaultOps, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_KindsDialog()
        self.ui.setupUi(self)
        self._settings, self._ops = settings, ops
        self.kinds: KindList | None = None
        ui = self.ui
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAutoDefault(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.kindsList.currentItemChanged.connect(self._selected)
        ui.nameEdit.textChanged.connect(self._enable)
        ui.nameEdit.returnPressed.connect(self.add)
        ui.addButton.clicked.connect(self.add)
        ui.renameButton.clicked.connect(self.rename)
        ui.retireButton.clicked.connect(self.toggle_retired)
        set_inline_message(ui.errorLabel, "")
        self._busy = True
        self._enable()
        ops.read(settings.action_kinds, self._show, self._failed)

    def current(self) -> ActionKind | None:
        item = self.ui.kindsList.currentItem()
        if item is None or self.kinds is None:
            return None
        return self.kinds.get(item.data(Qt.ItemDataRole.UserRole))

    def _show(self, kinds: KindList, select: str | None = None) -> None:
        keep = select or (k.key if (k := self.current()) else None)
        if keep is None and kinds.kinds:
            # The first kind is current from the start: the same whether or not the list
            # has the focus yet (a focused list would make its first row current anyway).
            keep = kinds.kinds[0].key
        self.kinds, self._busy = kinds, False
        lang = current_lang()
        ui = self.ui
        ui.kindsList.clear()
        for kind in kinds.kinds:
            text = kind.label(lang)
            if kind.retired:
                text = self.tr("%1 (uit gebruik)").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            ui.kindsList.addItem(item)
            if kind.key == keep:
                ui.kindsList.setCurrentItem(item)
        self._enable()

    def _selected(self, *_args: object) -> None:
        kind = self.current()
        if kind is not None:
            self.ui.nameEdit.setText(kind.label(current_lang()))
        self._enable()

    def _enable(self, *_args: object) -> None:
        ui, kind = self.ui, self.current()
        named = bool(ui.nameEdit.text().strip())
        ui.addButton.setEnabled(not self._busy and named)
        ui.renameButton.setEnabled(not self._busy and named and kind is not None)
        ui.retireButton.setEnabled(not self._busy and kind is not None)
        if kind is not None and kind.retired:
            ui.retireButton.setText(self.tr("&Weer in gebruik nemen"))
        else:
            ui.retireButton.setText(self.tr("&Uit gebruik nemen"))

    def _write(
        self, edit: Callable[[], Written[KindList]], select: Callable[[KindList], str]
    ) -> None:
        self._busy = True
        self._enable()
        set_inline_message(self.ui.errorLabel, "")
        self._ops.write(edit, lambda kinds: self._show(kinds, select(kinds)), self._failed)

    def add(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name or self._busy or self.kinds is None:
            return
        before = set(self.kinds.keys)
        settings = self._settings
        self._write(
            lambda: settings.add_kind(name),
            lambda kinds: next((k for k in kinds.keys if k not in before), ""),
        )

    def rename(self) -> None:
        kind, name = self.current(), self.ui.nameEdit.text().strip()
        if kind is None or not name or self._busy:
            return
        key, settings = kind.key, self._settings
        self._write(lambda: settings.rename_kind(key, name), lambda _kinds: key)

    def toggle_retired(self) -> None:
        kind = self.current()
        if kind is None or self._busy:
            return
        key, retire, settings = kind.key, not kind.retired, self._settings
        self._write(lambda: settings.retire_kind(key, retire), lambda _kinds: key)

    def _failed(self, exc: BaseException) -> None:
        self._busy = self.kinds is None
        set_inline_message(self.ui.errorLabel, error_text(exc))
        self._enable()
