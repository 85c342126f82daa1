"""Saving a meting with rows nobody filled in: asked once, never silently 'weet niet'.

'Weet niet' is an answer (the giver does not know); an unanswered row is a gap in the typing.
The two look the same in the vault once saved, so the user decides, once for all open rows,
and the safe choice (back to the form) is the default.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QMessageBox, QWidget

from kansencirkel.core.i18n import Lang, ngettext
from kansencirkel.ui.element_row import ElementRow
from kansencirkel.ui.i18n import tr


def ask_save_as_unknown(parent: QWidget, open_rows: Sequence[ElementRow], lang: Lang) -> bool:
    """True when the user chose to save the open rows as 'weet niet'."""
    n = len(open_rows)
    box = QMessageBox(QMessageBox.Icon.Question, tr("Nog niet ingevuld"), "", parent=parent)
    box.setObjectName("unansweredQuestion")
    box.setText(
        ngettext(
            "{n} gebied is nog niet ingevuld: opslaan als 'weet niet'?",
            "{n} gebieden zijn nog niet ingevuld: opslaan als 'weet niet'?",
            n,
        )
    )
    box.setInformativeText(", ".join(row.element.name(lang) for row in open_rows))
    save = box.addButton(tr("Opslaan als 'weet niet'"), QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(tr("Terug naar de meting"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    return box.clickedButton() is save
