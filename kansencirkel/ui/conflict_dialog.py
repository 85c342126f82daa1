"""A save over a newer version: show both and let the user choose, never a silent overwrite.

Opened when the vault refused a save with an :class:`~kansencirkel.vault.errors.EditConflict`
(another team member saved the same record after this editor was opened). One row per field
that differs: what the user saved beside what is stored now. The choice:

- "Mijn versie opslaan": the same save again, on the stored version (:mod:`.versioned_save`);
  where the save allows it, per field "Blijft" chooses between the two (the button then
  reads "Opslaan zoals gekozen"; the stored value everywhere writes nothing);
- "De opgeslagen versie houden": nothing is written, the screens show the stored version;
- "Terug naar mijn invoer" (where an editor can be reopened): nothing is written, the editor
  comes back with what was typed, to adjust and save again.

Nothing is chosen by accident: the default button (Enter) and Escape are the choices that
write nothing, going back where that is offered, else keeping the stored version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from kansencirkel.ui.conflict_fields import FieldRow, Names, differing_fields, stored_values
from kansencirkel.ui.forms.ui_conflict_dialog import Ui_ConflictDialog
from kansencirkel.vault.errors import EditConflict

KEEP_MINE, KEEP_THEIRS, GO_BACK = "mine", "theirs", "back"


class ConflictDialog(QDialog):
    """``chosen(str)``: KEEP_MINE, KEEP_THEIRS or GO_BACK, once; then the dialog closes.
    :meth:`dismiss` closes it without a choice (the vault locks, another child opens)."""

    chosen = Signal(str)

    def __init__(
        self,
        conflict: EditConflict,
        names: Names | None = None,
        *,
        can_go_back: bool = False,
        per_field: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ConflictDialog()
        ui.setupUi(self)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # it shows a child's data
        self.conflict = conflict
        self.rows: list[FieldRow] = differing_fields(conflict, names)
        self._dismissed = False
        # Per field "which stays", when the save can take stored values and there is a choice.
        self.choices: list[QComboBox] = []
        self._per_field = per_field and len(self.rows) > 1
        font = ui.headingLabel.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        ui.headingLabel.setFont(font)
        ui.explainLabel.setText(
            self.tr(
                "Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu "
                "is opgeslagen. Kies per gegeven wat blijft, of in één keer een van beide "
                "versies."
            )
            if self._per_field
            else self.tr(
                "Wat jij opsloeg is nog niet bewaard. Hieronder staat wat verschilt met wat nu "
                "is opgeslagen. Kies welke versie blijft."
            )
        )
        self._fill()
        box = ui.buttonBox
        self.mine_button = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.theirs_button = box.addButton(
            self.tr("De opgeslagen versie &houden"),
            QDialogButtonBox.ButtonRole.ActionRole
            if can_go_back
            else QDialogButtonBox.ButtonRole.RejectRole,
        )
        self.back_button = box.addButton(
            self.tr("&Terug naar mijn invoer"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.back_button.setVisible(can_go_back)
        self._safe = GO_BACK if can_go_back else KEEP_THEIRS
        safe_button = self.back_button if can_go_back else self.theirs_button
        for b in (self.mine_button, self.theirs_button, self.back_button):
            b.setAutoDefault(False)
        safe_button.setDefault(True)  # Enter writes nothing
        box.clicked.connect(self._clicked)
        self._label_mine()
        ui.fieldsTable.setFocus()

    def _fill(self) -> None:
        table = self.ui.fieldsTable
        table.setRowCount(len(self.rows))
        if self._per_field:
            table.setColumnCount(4)
            table.setHorizontalHeaderItem(3, QTableWidgetItem(self.tr("Blijft")))
        for r, row in enumerate(self.rows):
            for c, text in enumerate((row.label, row.mine, row.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(r, c, item)
            if self._per_field:
                combo = QComboBox(table)
                combo.setAccessibleName(self.tr("Welke versie blijft: %s") % row.label)
                combo.addItem(self.tr("Wat jij opsloeg"), KEEP_MINE)
                combo.addItem(self.tr("Wat nu is opgeslagen"), KEEP_THEIRS)
                combo.currentIndexChanged.connect(self._label_mine)
                table.setCellWidget(r, 3, combo)
                self.choices.append(combo)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        if self._per_field:
            header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())  # wrapped text
        if self.rows:
            table.setCurrentCell(0, 0)

    def keep(self, row: int, choice: str) -> None:
        """Per field: which version of row ``row`` stays (the combo boxes, and tests)."""
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(choice))

    def taken(self) -> dict[str, object]:
        """The fields to save as they are stored now (chosen per field), with those values."""
        if not self.choices:
            return {}
        stored = stored_values(self.conflict)
        return {
            row.key: stored.get(row.key)
            for row, combo in zip(self.rows, self.choices, strict=True)
            if combo.currentData() == KEEP_THEIRS
        }

    def _label_mine(self) -> None:
        """The save button says what it stores: all of mine, or a mix as chosen."""
        mixed = any(c.currentData() == KEEP_THEIRS for c in self.choices)
        self.mine_button.setText(
            self.tr("&Opslaan zoals gekozen") if mixed else self.tr("&Mijn versie opslaan")
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.ui.fieldsTable.resizeRowsToContents()  # at the columns' real widths

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.mine_button:
            self.choose(KEEP_MINE)
        elif button is self.theirs_button:
            self.choose(KEEP_THEIRS)
        else:
            self.choose(GO_BACK)

    def choose(self, choice: str) -> None:
        """Answer (the buttons, and tests) and close."""
        if self._dismissed:
            return
        self._dismissed = True
        self.chosen.emit(choice)
        super().done(QDialog.DialogCode.Accepted if choice == KEEP_MINE else 0)

    def reject(self) -> None:
        """Escape (or closing the window): the choice that writes nothing."""
        self.choose(self._safe)

    def dismiss(self) -> None:
        """Close without a choice: nothing is written and no editor comes back."""
        self._dismissed = True
        super().done(0)
