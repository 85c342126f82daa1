"""Evaluate a finished or stopped afspraak: the readings of its elements before its start and
since, per perspective, and the team's answer to "heeft het geholpen?" with a sentence.

The answer is the team's, never computed from the scores. The readings shown are the ones
saving stores with the answer. Opened again on an afspraak evaluated earlier, the dialog
starts from that answer and says which reading it was based on has been corrected or
withdrawn since, instead of quietly evaluating against the new value.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QRadioButton, QTreeWidgetItem, QWidget

from kansencirkel.core.enums import ActionStatus
from kansencirkel.core.evaluation import Changed, before_after, changed_since
from kansencirkel.core.model import Action, Assessment, BeforeAfter, Helped, ReadingRef
from kansencirkel.ui.dialog_helpers import dutch_buttons, show_error_label, tr
from kansencirkel.ui.forms.ui_evaluation_dialog import Ui_EvaluationDialog
from kansencirkel.ui.sections.common import (
    element_name,
    fmt_date,
    perspective_name,
    score_text,
)


def reading_text(ref: ReadingRef | None, *, after: bool) -> str:
    """'2 – Gaat niet zo goed (14-09-2026)', or what is missing in words."""
    if ref is None:
        return tr("nog geen nieuwe meting") if after else tr("geen meting vooraf")
    return f"{score_text(ref.score)} ({fmt_date(ref.assessed_on)})"


class EvaluationDialog(QDialog):
    def __init__(
        self,
        action: Action,
        assessments: Sequence[Assessment],
        status: ActionStatus,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.action = action
        self.status = status
        ui.errorLabel.hide()
        self.radios: dict[Helped, QRadioButton] = {
            Helped.JA: ui.jaRadio,
            Helped.DEELS: ui.deelsRadio,
            Helped.NEE: ui.neeRadio,
            Helped.WEET_NOG_NIET: ui.notYetRadio,
        }
        # What saving stores (the vault picks the same readings again when it writes).
        self.readings: tuple[BeforeAfter, ...] = before_after(
            assessments, action.elements, action.start_on, until=today
        )
        past = action.evaluated
        changes: tuple[Changed, ...] = ()
        if past is not None:
            self.radios[past.helped].setChecked(True)
            ui.sentenceEdit.setText(past.sentence)
            changes = changed_since(past, assessments)
        ui.whatLabel.setText(action.what)
        self._fill_tree()
        if changes:
            names = ", ".join(
                f"{element_name(c.element)} ({perspective_name(c.perspective)})" for c in changes
            )
            assert past is not None
            ui.changedLabel.setText(
                tr("Sinds de evaluatie van %1 is een meting gecorrigeerd of ingetrokken: %2.")
                .replace("%1", fmt_date(past.evaluated_on))
                .replace("%2", names)
            )
        else:
            ui.changedLabel.hide()
        title = tr("Afgeronde afspraak evalueren")
        if status is ActionStatus.GESTOPT:
            title = tr("Gestopte afspraak evalueren")
        self.setWindowTitle(title)
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        checked = self.helped()
        (self.radios[checked] if checked else ui.jaRadio).setFocus()

    def _fill_tree(self) -> None:
        tree = self.ui.readingsTree
        tree.clear()
        if not self.readings:
            item = QTreeWidgetItem(
                [tr("Geen metingen bij de ontwikkelgebieden van deze afspraak.")]
            )
            item.setFirstColumnSpanned(True)
            tree.addTopLevelItem(item)
            return
        for pair in self.readings:
            tree.addTopLevelItem(
                QTreeWidgetItem(
                    [
                        element_name(pair.element),
                        perspective_name(pair.perspective),
                        reading_text(pair.before, after=False),
                        reading_text(pair.after, after=True),
                    ]
                )
            )
        for i in range(4):
            tree.resizeColumnToContents(i)

    def helped(self) -> Helped | None:
        return next((h for h, r in self.radios.items() if r.isChecked()), None)

    def sentence(self) -> str:
        return self.ui.sentenceEdit.text().strip()

    def accept(self) -> None:
        if self.helped() is None:
            show_error_label(
                self.ui.errorLabel, self.tr("Kies of het geholpen heeft (of: weet nog niet).")
            )
            self.ui.jaRadio.setFocus()
            return
        if not self.sentence():
            show_error_label(self.ui.errorLabel, self.tr("Schrijf in één zin wat het team zag."))
            self.ui.sentenceEdit.setFocus()
            return
        super().accept()
