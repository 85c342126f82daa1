"""What the export dialogs share: ask where to save, save off the GUI thread, offer to open.

Rendering, saving and the audit event run through the OperationRunner. The PDF is written only
where the user chooses (atomically, neutral default file name) and the dialog then offers to
open it. Subclasses: :class:`~kansencirkel.ui.export_dialog.ExportDialog` (one child) and
:class:`~kansencirkel.ui.agenda_dialog.AgendaExportDialog` (the meeting agenda).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from kansencirkel.core import clock
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.save_path import ask_save_path

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

# The audit log's record type for every exported report.
RECORD_TYPE = "report"


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class SavingDialog(QDialog):
    """Choose a file, save off the GUI thread, offer to open; subclasses supply the form."""

    exported = Signal(Path)

    def __init__(
        self,
        repos: Repositories,
        runner: OperationRunner,
        parent: QWidget | None,
        offer_open: bool,
        today: date | None,
    ) -> None:
        super().__init__(parent)
        self.repos = repos
        self.runner = runner
        self.offer_open = offer_open
        self.today = today or clock.today()
        self.saved_path: Path | None = None

    def choose_path(self, file_name: str) -> Path | None:
        """Ask where to save; a neutral name is suggested (never a child's name). An existing
        file is replaced only when the user said yes (the OS dialog asks; see save_path)."""
        return ask_save_path(
            self,
            self.tr("Overzicht opslaan"),
            default_folder() / file_name,
            self.tr("PDF-bestanden (*.pdf)"),
            ".pdf",
        )

    def _save(self, job: Callable[[], Path]) -> None:
        self._set_busy(True)
        self.runner.run(job, self._saved, self._failed, busy_text=self.tr("PDF wordt gemaakt…"))

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.saved_path = path
        self.exported.emit(path)
        self.status_label().setText(self.tr("Opgeslagen als %1.").replace("%1", path.name))
        if self.offer_open and self.ask_open(path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.done(QDialog.DialogCode.Accepted)

    def ask_open(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Opgeslagen"),
            self.tr("Het overzicht is opgeslagen als %1. Nu openen?").replace("%1", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status_label().setText(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.buttons().button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def status_label(self) -> Any:
        raise NotImplementedError

    def buttons(self) -> QDialogButtonBox:
        raise NotImplementedError
