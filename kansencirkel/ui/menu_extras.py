"""Main-window menu items that live outside main_window.py (which is big enough):
Kluis → "Nieuwe herstelcode maken…" and Help → "Handleiding" (F1)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from kansencirkel.ui.forms.ui_main_window import Ui_MainWindow
from kansencirkel.ui.help_context import show_help_for
from kansencirkel.ui.operations import OperationRunner

if TYPE_CHECKING:
    from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault


class MenuExtras(QObject):
    """Wires the two actions of ``ui``; ``current_vault`` gives the open vault (or None)."""

    def __init__(
        self,
        window: QWidget,
        ui: Ui_MainWindow,
        current_vault: Callable[[], Vault | TeamVault | None],
        runner: OperationRunner,
    ) -> None:
        super().__init__(window)
        self._window, self._ui, self._vault, self._runner = window, ui, current_vault, runner
        ui.actionRecoveryCode.triggered.connect(self.new_recovery_code)
        ui.actionHelp.triggered.connect(self.help)

    def help(self) -> None:
        show_help_for()

    def new_recovery_code(self) -> NewRecoveryDialog | None:
        vault = self._vault()
        if vault is None or vault.keys is None:  # a team server: managed on the command line
            return None
        from kansencirkel.ui.new_recovery_dialog import NewRecoveryDialog

        dialog = NewRecoveryDialog(vault.keys, vault.info.team_name, self._runner, self._window)
        dialog.replaced.connect(self._replaced)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the code goes with it
        dialog.open()
        return dialog

    def _replaced(self) -> None:
        self._ui.statusbar.showMessage(
            self.tr("De nieuwe herstelcode is in gebruik; de oude werkt niet meer."), 10000
        )
