"""Bestand → "Overdracht inlezen…", wired outside main_window.py (see menu_extras.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kansencirkel.ui.forms.ui_main_window import Ui_MainWindow
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.ui.handover_import_dialog import HandoverImportDialog
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault


class HandoverMenu(QObject):
    """Adds the action to ``ui.menuFile`` before "Afsluiten"; ``current_vault`` gives the
    open vault (or None: then the action does nothing)."""

    def __init__(
        self,
        window: QWidget,
        ui: Ui_MainWindow,
        current_vault: Callable[[], Vault | TeamVault | None],
        ops: VaultOps,
    ) -> None:
        super().__init__(window)
        self._window, self._vault, self._ops = window, current_vault, ops
        self.action = QAction(self.tr("Overdracht &inlezen…"), window)
        self.action.setToolTip(self.tr("Een versleuteld overdrachtsbestand (.kcx) inlezen"))
        actions = ui.menuFile.actions()
        quit_at = actions.index(ui.actionQuit)
        before = actions[quit_at - 1] if quit_at and actions[quit_at - 1].isSeparator() else None
        ui.menuFile.insertAction(before or ui.actionQuit, self.action)
        self.action.triggered.connect(self.open)

    def open(self) -> HandoverImportDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        from kansencirkel.ui.handover_import_dialog import HandoverImportDialog

        dialog = HandoverImportDialog(vault.repos, self._ops, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
