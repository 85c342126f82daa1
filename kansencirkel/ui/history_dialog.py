"""Show a record's history (earlier versions, with who changed them, when and why)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kansencirkel.ui.dialog_helpers import tr
from kansencirkel.ui.forms.ui_history_dialog import Ui_HistoryDialog


class HistoryDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_HistoryDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.historyText.setHtml(html)
        close = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("Sluiten"))
        self.ui.buttonBox.rejected.connect(self.reject)
