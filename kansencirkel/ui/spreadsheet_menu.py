"""Bestand → "Spreadsheet inlezen…" and "Spreadsheet-sjabloon opslaan…" (outside
main_window.py, like :mod:`kansencirkel.ui.menu_extras`).

Reading in picks a .csv file and opens the preview (:mod:`kansencirkel.ui.spreadsheet_import`);
a demo vault refuses, in one sentence, as the command line does. The template (the empty
spreadsheet with the Dutch headers) is saved to a file the user names; an existing file is
replaced only when the user said yes (:mod:`kansencirkel.ui.save_path`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from kansencirkel.core.i18n import Message
from kansencirkel.core.import_plan import NOT_IN_DEMO, ImportCounts
from kansencirkel.ui.errors import show_error, show_message
from kansencirkel.ui.forms.ui_main_window import Ui_MainWindow
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.save_path import ask_save_path
from kansencirkel.ui.saving_dialog import default_folder
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.ui.spreadsheet_import import SpreadsheetImportDialog
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault

SHOWN_MS = 10_000
TEMPLATE_NAME = "kansencirkel-sjabloon.csv"  # neutral: never a child's name


def write_template(path: Path) -> Path:
    """The template to ``path``: a new file, or the existing one the user agreed to replace."""
    from kansencirkel.core.files import atomic_write_bytes, write_new_file
    from kansencirkel.exchange.csv_import import template_csv

    if path.exists():
        atomic_write_bytes(path, template_csv())
    else:
        write_new_file(path, template_csv())
    return path


class SpreadsheetMenu(QObject):
    """Adds the two actions to ``ui.menuFile``, above "Afsluiten"."""

    def __init__(
        self,
        window: QMainWindow,
        ui: Ui_MainWindow,
        current_vault: Callable[[], Vault | TeamVault | None],
        ops: VaultOps,
    ) -> None:
        super().__init__(window)
        self._window, self._ui, self._vault, self._ops = window, ui, current_vault, ops
        self.import_action = QAction(window)
        self.template_action = QAction(window)
        self._retranslate()
        menu = ui.menuFile
        actions = menu.actions()
        quit_at = actions.index(ui.actionQuit)
        before = actions[quit_at - 1] if quit_at and actions[quit_at - 1].isSeparator() else None
        anchor = before or ui.actionQuit
        menu.insertSeparator(anchor)
        menu.insertActions(anchor, [self.import_action, self.template_action])
        if before is None:
            menu.insertSeparator(ui.actionQuit)
        self.import_action.triggered.connect(lambda: self.open_import())
        self.template_action.triggered.connect(lambda: self.save_template(self._window))
        window.installEventFilter(self)
        self._told = ("", 0.0)
        ops.runner.busy_changed.connect(self._on_busy)  # after the window's own (it clears)

    def _retranslate(self) -> None:
        self.import_action.setText(self.tr("&Spreadsheet inlezen…"))
        self.import_action.setToolTip(
            self.tr(
                "Lees kinderen en metingen in uit een spreadsheet (.csv); je ziet eerst wat "
                "erbij komt"
            )
        )
        self.template_action.setText(self.tr("Spreadsheet-sja&bloon opslaan…"))
        self.template_action.setToolTip(
            self.tr("Sla een leeg spreadsheet op met de kolommen die Kansencirkel leest")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    # -- reading in --------------------------------------------------------------------------
    def open_import(self, path: Path | None = None) -> SpreadsheetImportDialog | None:
        """Pick a file (or take ``path``) and open its preview; None when nothing opened."""
        vault = self._vault()
        if vault is None:
            return None
        if vault.info.is_demo:
            show_message(self._window, Message(NOT_IN_DEMO).text())
            return None
        if path is None:
            path = self.choose_file()
            if path is None:
                return None
        from kansencirkel.ui.spreadsheet_import import SpreadsheetImportDialog

        dialog = SpreadsheetImportDialog(vault.repos, self._ops, path, self._window)
        dialog.imported.connect(self._imported)
        dialog.template_requested.connect(lambda: self.save_template(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # the names go with it
        dialog.open()
        return dialog

    def choose_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self._window,
            self.tr("Spreadsheet kiezen"),
            str(default_folder()),
            self.tr("Spreadsheets (*.csv);;Alle bestanden (*)"),
        )
        return Path(chosen) if chosen else None

    def _imported(self, counts: ImportCounts) -> None:
        self._tell(
            self.tr("Spreadsheet ingelezen. Nieuwe kinderen: %1; metingen toegevoegd: %2.")
            .replace("%1", str(counts.new_children))
            .replace("%2", str(counts.assessments))
        )

    def _tell(self, text: str) -> None:
        """Show ``text`` in the status bar for a while; the children list reloads right
        after a write and its busy text would wipe it, so it is shown again when idle."""
        self._ui.statusbar.showMessage(text, SHOWN_MS)
        self._told = (text, time.monotonic() + SHOWN_MS / 1000)

    def _on_busy(self, busy: str) -> None:
        text, until = self._told
        if not busy and text and time.monotonic() < until:
            self._ui.statusbar.showMessage(text, int((until - time.monotonic()) * 1000))

    # -- the template -----------------------------------------------------------------------
    def save_template(self, parent: QWidget) -> Path | None:
        """Ask where, then write the template in the background; the chosen path (or None)."""
        path = ask_save_path(
            parent,
            self.tr("Spreadsheet-sjabloon opslaan"),
            default_folder() / TEMPLATE_NAME,
            self.tr("Spreadsheetbestanden (*.csv)"),
            ".csv",
        )
        if path is None:
            return None
        runner: OperationRunner = self._ops.runner
        runner.run(
            lambda: write_template(path),
            self._template_saved,
            lambda exc: show_error(parent, exc),
            lane=OperationRunner.BESIDE,
        )
        return path

    def _template_saved(self, path: Path) -> None:
        self._tell(self.tr("Sjabloon opgeslagen als %1.").replace("%1", path.name))
