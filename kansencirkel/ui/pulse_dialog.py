"""Hoe ging de samenwerking? An optional look back after a held overleg, for one side
(school, zorg, ouders — never a person): three questions 1–5 or "weet niet", each with a
sentence. Given again for the same side, it replaces that side's earlier answers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QWidget

from kansencirkel.core.pulse import Pulse, PulseAnswer, PulseQuestion, PulseSide
from kansencirkel.ui.dialog_helpers import dutch_buttons, show_error_label, tr
from kansencirkel.ui.forms.ui_pulse_dialog import Ui_PulseDialog

SIDE_LABELS = {
    PulseSide.SCHOOL: QT_TR_NOOP("School"),
    PulseSide.ZORG: QT_TR_NOOP("Zorg"),
    PulseSide.OUDERS: QT_TR_NOOP("Ouders"),
}


class PulseDialog(QDialog):
    def __init__(self, given: Sequence[Pulse] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PulseDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.hide()
        self._given = {p.side: p for p in given}
        self.fields: dict[PulseQuestion, tuple[QComboBox, QLineEdit]] = {
            PulseQuestion.RIGHT_PEOPLE: (ui.rightPeopleCombo, ui.rightPeopleEdit),
            PulseQuestion.REGIE: (ui.regieCombo, ui.regieEdit),
            PulseQuestion.NEXT_STEPS: (ui.nextStepsCombo, ui.nextStepsEdit),
        }
        for combo, _edit in self.fields.values():
            combo.addItem(tr("(kies)"), -1)
            combo.addItem(tr("1 – helemaal niet"), 1)
            for n in (2, 3, 4):
                combo.addItem(str(n), n)
            combo.addItem(tr("5 – helemaal wel"), 5)
            combo.addItem(tr("weet niet"), 0)
        for side, label in SIDE_LABELS.items():
            ui.sideCombo.addItem(tr(label), side.value)
        ui.sideCombo.currentIndexChanged.connect(self._fill)
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self._fill()
        ui.sideCombo.setFocus()

    def side(self) -> PulseSide:
        return PulseSide(self.ui.sideCombo.currentData())

    def _fill(self) -> None:
        """Show what this side answered before, if anything."""
        earlier = self._given.get(self.side())
        for q, (combo, edit) in self.fields.items():
            answer = earlier.answers.get(q) if earlier else None
            value = -1 if answer is None else (answer.score or 0)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            edit.setText(answer.sentence if answer else "")

    def answers(self) -> dict[PulseQuestion, PulseAnswer]:
        out = {}
        for q, (combo, edit) in self.fields.items():
            value = int(combo.currentData())
            out[q] = PulseAnswer(value if value > 0 else None, edit.text().strip())
        return out

    def accept(self) -> None:
        for combo, _edit in self.fields.values():
            if combo.currentData() == -1:
                show_error_label(
                    self.ui.errorLabel,
                    self.tr("Kies bij elke vraag een antwoord (of: weet niet)."),
                )
                combo.setFocus()
                return
        super().accept()
