"""At unlock, a calm line in the main window when closed files are past their bewaartermijn,
with a button to the "Bewaartermijn verlopen" dialog (:mod:`.retention_dialog`).

It reads the due list off the GUI thread and again after every change to the children list
or the vault's settings (closing, reopening, erasing, another retention period), so it goes
away by itself once nothing is due. The dialog's "AVG-kopie maken…" makes the inzage
(:func:`kansencirkel.ui.inzage_action.make_inzage`) of that child before it is erased;
``copy_requested(child_id)`` passes the wish on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kansencirkel.core.changes import Changes
from kansencirkel.core.retention import RetentionDue
from kansencirkel.ui.forms.ui_main_window import Ui_MainWindow
from kansencirkel.ui.i18n import counted
from kansencirkel.ui.settings_store import AppSettings
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.ui.inzage_action import InzageFlow
    from kansencirkel.ui.retention_dialog import RetentionDialog
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault

# Calm, not an alarm: a pale blue line (text and background chosen together, as the demo
# banner's are).
NOTICE_STYLE = (
    "#retentionNotice { background: #e6f0fa; border-bottom: 1px solid #9bb8d6; }"
    "#retentionNotice QLabel { color: #1a1a1a; }"
)


class RetentionReminder(QObject):
    copy_requested = Signal(str)

    def __init__(
        self,
        window: QWidget,
        ui: Ui_MainWindow,
        ops: VaultOps,
        settings: AppSettings,
        current_vault: Callable[[], Vault | TeamVault | None],
    ) -> None:
        super().__init__(window)
        self._window, self._ops, self._settings, self._vault = window, ops, settings, current_vault
        self.due: list[RetentionDue] = []
        self.dialog: RetentionDialog | None = None
        banner = self.banner = QFrame(ui.central)
        banner.setObjectName("retentionNotice")
        banner.setStyleSheet(NOTICE_STYLE)
        banner.setAccessibleName(self.tr("Melding bewaartermijn"))
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel(banner)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Lijst bekijken…"), banner)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.open_dialog)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        ui.centralLayout.insertWidget(1, banner)  # under the demo banner, above the list
        banner.hide()
        ops.changed.connect(self._on_changed)
        self.copy_requested.connect(self.make_copy)
        self.copy: InzageFlow | None = None

    def check(self) -> None:
        """Read what is due (at unlock, and after changes that may alter it)."""
        vault = self._vault()
        if vault is None:
            self.clear()
            return
        self._ops.read(vault.repos.children.retention_due, self._show, lambda _exc: None)

    def clear(self) -> None:
        """Forget every name (on lock)."""
        self.due = []
        self.label.clear()
        self.banner.hide()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None

    def _on_changed(self, changes: Changes) -> None:
        if changes.child_list or changes.settings:
            self.check()

    def _show(self, due: list[RetentionDue]) -> None:
        if self._vault() is None:
            return
        self.due = due
        self.label.setText(
            counted(
                len(due),
                self.tr(
                    "Van {n} afgesloten dossier is de bewaartermijn voorbij. Maak zo nodig een "
                    "AVG-kopie en wis het dan."
                ),
                self.tr(
                    "Van {n} afgesloten dossiers is de bewaartermijn voorbij. Maak zo nodig een "
                    "AVG-kopie en wis ze dan."
                ),
            )
        )
        self.banner.setVisible(bool(due))
        if self.dialog is not None:
            self.dialog.set_due(due)

    def open_dialog(self) -> RetentionDialog | None:
        vault = self._vault()
        if vault is None:
            return None
        if self.dialog is not None:
            self.dialog.raise_()
            return self.dialog
        from kansencirkel.paths import default_backup_folder
        from kansencirkel.ui.retention_dialog import RetentionDialog

        folder = self._settings.backup_folder or default_backup_folder()
        dialog = RetentionDialog(self._ops, vault, folder, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the names go with it
        dialog.copy_requested.connect(self.copy_requested)
        dialog.finished.connect(self._dialog_closed)
        dialog.set_due(self.due)
        self.dialog = dialog
        dialog.open()
        return dialog

    def make_copy(self, child_id: str) -> InzageFlow | None:
        """The AVG copy of ``child_id``: a folder is asked, then the inzage is written."""
        vault = self._vault()
        if vault is None:
            return None
        from kansencirkel.ui.inzage_action import make_inzage

        self.copy = make_inzage(
            self.dialog or self._window, vault.repos, self._ops.runner, child_id
        )
        return self.copy

    def _dialog_closed(self) -> None:
        self.dialog = None
