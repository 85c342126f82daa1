"""Questions before something that is hard to undo: the safe answer is the default.

Enter or Esc on the box, or closing it, never does the destructive thing; the button that
does it says what it does ("Dossier afsluiten", "Verwijderen"), not "Ja".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask; True only when the user chose the ``action`` button. Annuleren is the default
    and the escape button."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton)
    box.setParent(parent, box.windowFlags())
    do = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    cancel = box.addButton(
        QCoreApplication.translate("confirm", "Annuleren"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setObjectName("confirmBox")
    box.exec()  # nested loop, as QMessageBox.question(); the caller continues after it
    chosen = box.clickedButton() is do
    box.deleteLater()
    return chosen
