"""Notities: a timeline of observations, each intern or deelbaar, with element tags."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kansencirkel.core.enums import Visibility
from kansencirkel.ui.sections.common import (
    Section,
    button_bar,
    element_names,
    fmt_date,
    tr,
    wrap_column,
)


class NotesSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Notitie toevoe&gen…"))
        self.layout_.addLayout(button_bar(self.add_button))
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Datum"),
                QT_TR_NOOP("Zichtbaar"),
                QT_TR_NOOP("Ontwikkelgebied"),
                QT_TR_NOOP("Notitie"),
                QT_TR_NOOP("Door"),
            ],
            "notesTree",
        )
        wrap_column(self.tree, 3)
        self.layout_.addWidget(self.tree)
        self.add_button.clicked.connect(self.open_dialog)

    def refresh(self) -> None:
        self.tree.clear()
        self.add_button.setEnabled(self.data is not None)
        if self.data is None:
            return
        notes = sorted(self.data.case.notes, key=lambda n: n.written_on, reverse=True)
        for n in notes:
            shared = tr("Deelbaar") if n.visibility is Visibility.DEELBAAR else tr("Intern")
            item = QTreeWidgetItem(
                [fmt_date(n.written_on), shared, element_names(n.elements), n.text, n.author]
            )
            item.setToolTip(3, n.text)
            self.tree.addTopLevelItem(item)
        for i in (0, 1, 2):
            self.tree.resizeColumnToContents(i)
        self.tree.setColumnWidth(3, 520)

    def open_dialog(self) -> Any:
        if self.data is None:
            return None
        from kansencirkel.ui.note_dialog import NoteDialog

        dlg = NoteDialog(today=self.data.today, parent=self)
        child_id = self.data.child_id
        dlg.accepted.connect(
            lambda: self.request(lambda repos: repos.notes.create(child_id, **dlg.values()))
        )
        self.dialog = dlg
        dlg.open()
        return dlg
