"""Involve someone in a child's case: an existing person (team member, colleague) or a new
one with role and contact details ("korte lijnen"); optionally as regiehouder."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Role
from kansencirkel.core.model import Involvement, Person
from kansencirkel.ui.dialog_helpers import dutch_buttons, show_error_label
from kansencirkel.ui.forms.ui_person_dialog import Ui_PersonDialog
from kansencirkel.ui.i18n import current_lang


class PersonDialog(QDialog):
    """``values()``: ``person_id`` (None = create new), fields, ``role``, ``is_regiehouder``."""

    def __init__(
        self,
        known: Sequence[Person] = (),
        involvement: Involvement | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        ui, lang = self.ui, current_lang()
        ui.errorLabel.hide()
        self._known = {p.id: p for p in known}
        self.involvement = involvement
        for r in Role:
            ui.roleCombo.addItem(catalog().role_name(r, lang), r.value)
        ui.existingCombo.addItem(self.tr("Nieuwe persoon"), None)
        for p in known:
            ui.existingCombo.addItem(f"{p.name} ({catalog().role_name(p.role, lang)})", p.id)
        ui.existingCombo.currentIndexChanged.connect(self._picked)
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if involvement is not None:
            self.setWindowTitle(self.tr("Betrokkene wijzigen"))
            ui.existingCombo.hide()
            ui.existingComboLabel.hide()
            self._show(involvement.person)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(involvement.role.value))
            ui.regieCheck.setChecked(involvement.is_regiehouder)
            ui.nameEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Betrokkene toevoegen"))
            ui.existingCombo.setFocus() if known else ui.nameEdit.setFocus()

    def _show(self, p: Person) -> None:
        ui = self.ui
        ui.nameEdit.setText(p.name)
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(p.role.value))
        ui.organisationEdit.setText(p.organisation)
        ui.phoneEdit.setText(p.phone)
        ui.emailEdit.setText(p.email)

    def _picked(self) -> None:
        pid = self.ui.existingCombo.currentData()
        for w in (self.ui.nameEdit, self.ui.organisationEdit, self.ui.phoneEdit, self.ui.emailEdit):
            w.setReadOnly(pid is not None)
            if pid is None:
                w.clear()
        if pid is not None:
            self._show(self._known[pid])

    def set_values(self, v: dict[str, Any]) -> None:
        """Show ``v`` (as :meth:`values` gives it): what was typed before a save failed."""
        ui = self.ui
        if self.involvement is None:
            ui.existingCombo.setCurrentIndex(max(0, ui.existingCombo.findData(v["person_id"])))
        ui.nameEdit.setText(v["name"])
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(Role(v["role"]).value))
        ui.organisationEdit.setText(v["organisation"])
        ui.phoneEdit.setText(v["phone"])
        ui.emailEdit.setText(v["email"])
        ui.regieCheck.setChecked(v["is_regiehouder"])

    def values(self) -> dict[str, Any]:
        ui = self.ui
        pid = self.involvement.person.id if self.involvement else ui.existingCombo.currentData()
        return {
            "person_id": pid,
            "name": ui.nameEdit.text().strip(),
            "role": Role(ui.roleCombo.currentData()),
            "organisation": ui.organisationEdit.text().strip(),
            "phone": ui.phoneEdit.text().strip(),
            "email": ui.emailEdit.text().strip(),
            "is_regiehouder": ui.regieCheck.isChecked(),
        }

    def accept(self) -> None:
        v = self.values()
        if not v["name"]:
            show_error_label(self.ui.errorLabel, self.tr("Vul een naam in."))
            self.ui.nameEdit.setFocus()
            return
        if v["email"] and "@" not in v["email"]:
            show_error_label(
                self.ui.errorLabel,
                self.tr("Dit e-mailadres klopt niet; controleer het apenstaartje (@)."),
            )
            self.ui.emailEdit.setFocus()
            return
        super().accept()
