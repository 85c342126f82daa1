"""Record toestemming: who agreed (by the child's age), which parts may go to whom, how long."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core import clock
from kansencirkel.core.consent import CONSENT_PARTS, PART_ACTIONS, PART_NOTES, required_consenters
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Audience, Consenter
from kansencirkel.core.model import Child
from kansencirkel.ui.dialog_helpers import (
    CheckGrid,
    dutch_buttons,
    get_date,
    grow_to_fit,
    set_date,
    show_error_label,
    tr,
)
from kansencirkel.ui.forms.ui_consent_dialog import Ui_ConsentDialog
from kansencirkel.ui.i18n import counted, current_lang

CONSENTER_NAMES = {
    Consenter.OUDERS: QT_TR_NOOP("Ouders"),
    Consenter.KIND: QT_TR_NOOP("Het kind zelf"),
}
AUDIENCE_NAMES = {
    Audience.OUDERS: QT_TR_NOOP("Ouders"),
    Audience.KERNTEAM: QT_TR_NOOP("Kernteam"),
    Audience.SCHOOL: QT_TR_NOOP("School"),
    Audience.ZORG: QT_TR_NOOP("Zorg"),
}


def part_name(part: str) -> str:
    if part == PART_NOTES:
        return tr("Deelbare notities")
    if part == PART_ACTIONS:
        return tr("Afspraken")
    return tr("Meting %s") % catalog().perspective_name(part, current_lang()).lower()


def required_text(child: Child, today: date) -> str:
    """Who must consent, following from the age (Dutch practice: <12, 12–16, 16+)."""
    age = child.age(today)
    needed = required_consenters(age)
    if needed == {Consenter.OUDERS}:
        who = tr("de ouders")
    elif needed == {Consenter.KIND}:
        who = tr("het kind zelf")
    else:
        who = tr("de ouders én het kind")
    if age is None:
        return tr("Geboortedatum onbekend: voor de zekerheid is toestemming nodig van %s.") % who
    sentence = counted(
        age,
        QCoreApplication.translate(
            "consent_dialog", "Het kind is {n} jaar: toestemming nodig van %s.", "age, one"
        ),
        QCoreApplication.translate(
            "consent_dialog", "Het kind is {n} jaar: toestemming nodig van %s.", "age, more"
        ),
    )
    return sentence % who


class ConsentDialog(QDialog):
    def __init__(
        self, child: Child, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        ui = self.ui
        today = today or clock.today()
        ui.errorLabel.hide()
        ui.requiredLabel.setText(required_text(child, today))
        needed = required_consenters(child.age(today))
        for c, name in CONSENTER_NAMES.items():
            ui.consenterCombo.addItem(tr(name), c.value)
        first = Consenter.OUDERS if Consenter.OUDERS in needed else Consenter.KIND
        ui.consenterCombo.setCurrentIndex(ui.consenterCombo.findData(first.value))
        self.parts = CheckGrid(ui.partsBox, [(p, part_name(p)) for p in CONSENT_PARTS], 3)
        self.audiences = CheckGrid(
            ui.audiencesBox, [(a, tr(n)) for a, n in AUDIENCE_NAMES.items()], 4
        )
        set_date(ui.givenOnEdit, today)
        set_date(ui.expiresEdit, date(today.year + 1, today.month, min(today.day, 28)))
        ui.expiresEdit.setEnabled(False)
        ui.expiresCheck.toggled.connect(ui.expiresEdit.setEnabled)
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.consenterCombo.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        grow_to_fit(self)  # the wrapped "wie moet toestemming geven" sentence at the top

    def set_values(self, v: dict[str, Any], message: str = "") -> None:
        """Show ``v`` (as :meth:`values` gives it): what was typed before a save that
        failed, with ``message`` saying why."""
        ui = self.ui
        ui.consenterCombo.setCurrentIndex(
            max(0, ui.consenterCombo.findData(Consenter(v["consenter"]).value))
        )
        ui.givenByEdit.setText(v["given_by"])
        self.parts.select(v["parts"])
        self.audiences.select(v["audiences"])
        set_date(ui.givenOnEdit, v["given_on"])
        ui.expiresCheck.setChecked(v["expires_on"] is not None)
        if v["expires_on"] is not None:
            set_date(ui.expiresEdit, v["expires_on"])
        ui.remarkEdit.setText(v["remark"])
        if message:
            show_error_label(ui.errorLabel, message)

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "consenter": Consenter(ui.consenterCombo.currentData()),
            "given_by": ui.givenByEdit.text().strip(),
            "parts": self.parts.selected(),
            "audiences": self.audiences.selected(),
            "given_on": get_date(ui.givenOnEdit),
            "expires_on": get_date(ui.expiresEdit) if ui.expiresCheck.isChecked() else None,
            "remark": ui.remarkEdit.text().strip(),
        }

    def accept(self) -> None:
        v, ui = self.values(), self.ui
        problem: str | None = None
        field: QWidget = ui.givenByEdit
        if not v["given_by"]:
            problem, field = self.tr("Vul in wie de toestemming gaf."), ui.givenByEdit
        elif not v["parts"]:
            problem, field = self.tr("Vink aan wat er gedeeld mag worden."), ui.partsBox
        elif not v["audiences"]:
            problem, field = self.tr("Vink aan met wie het gedeeld mag worden."), ui.audiencesBox
        elif v["expires_on"] is not None and v["expires_on"] <= v["given_on"]:
            problem, field = (
                self.tr("De einddatum moet na de datum van geven liggen."),
                ui.expiresEdit,
            )
        if problem is not None:
            show_error_label(ui.errorLabel, problem)
            field.setFocus()
            return
        super().accept()
