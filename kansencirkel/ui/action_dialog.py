"""Add or edit an afspraak: who does what, by when, for which element(s), of which kind;
status. Finishing or stopping one opens its evaluation (:mod:`.evaluation_dialog`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core import clock, dates
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import ActionStatus
from kansencirkel.core.kinds import KindList, default_kinds
from kansencirkel.core.model import Action, Meeting, Person
from kansencirkel.ui.dialog_helpers import (
    dutch_buttons,
    element_grid,
    get_date,
    set_date,
    show_error_label,
    tr,
)
from kansencirkel.ui.forms.ui_action_dialog import Ui_ActionDialog
from kansencirkel.ui.i18n import current_lang

STATUS_NAMES = {
    ActionStatus.GEPLAND: QT_TR_NOOP("Gepland"),
    ActionStatus.LOPEND: QT_TR_NOOP("Loopt"),
    ActionStatus.AFGEROND: QT_TR_NOOP("Afgerond"),
    ActionStatus.GESTOPT: QT_TR_NOOP("Gestopt"),
}


class ActionDialog(QDialog):
    def __init__(
        self,
        people: Sequence[Person],
        meetings: Sequence[Meeting] = (),
        action: Action | None = None,
        *,
        meeting_id: str | None = None,
        today: date | None = None,
        kinds: KindList | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ActionDialog()
        self.ui.setupUi(self)
        self.action = action
        today = today or clock.today()
        ui = self.ui
        ui.errorLabel.hide()
        self.elements = element_grid(ui.elementsBox)
        ui.ownerCombo.addItem(self.tr("(nog niemand)"), None)
        for p in people:
            ui.ownerCombo.addItem(f"{p.name} ({catalog().role_name(p.role)})", p.id)
        for status, name in STATUS_NAMES.items():
            ui.statusCombo.addItem(tr(name), status.value)
        ui.meetingCombo.addItem(self.tr("(geen)"), None)
        for m in sorted(meetings, key=lambda m: m.held_on, reverse=True):
            ui.meetingCombo.addItem(dates.format_date(m.held_on, "numeric"), m.id)
        ui.kindCombo.addItem(self.tr("(geen soort)"), None)
        lang = current_lang()
        self._kinds = kinds or default_kinds()
        for kind in self._kinds.offered:  # a retired kind is not offered for a new afspraak
            ui.kindCombo.addItem(kind.label(lang), kind.key)
        set_date(ui.startEdit, today)
        set_date(ui.dueEdit, today)
        ui.dueCheck.toggled.connect(ui.dueEdit.setEnabled)
        ui.dueEdit.setEnabled(False)
        self.setWindowTitle(self.tr("Nieuwe afspraak") if action is None else self.tr("Afspraak"))
        if action is not None:
            self._fill(action)
        elif meeting_id is not None:
            ui.meetingCombo.setCurrentIndex(max(0, ui.meetingCombo.findData(meeting_id)))
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.whatEdit.setFocus()

    def _fill(self, a: Action) -> None:
        ui = self.ui
        ui.whatEdit.setPlainText(a.what)
        if a.owner is not None:
            ui.ownerCombo.setCurrentIndex(max(0, ui.ownerCombo.findData(a.owner.id)))
        self.elements.select(a.elements)
        if a.start_on:
            set_date(ui.startEdit, a.start_on)
        if a.due_on:
            ui.dueCheck.setChecked(True)
            set_date(ui.dueEdit, a.due_on)
        ui.statusCombo.setCurrentIndex(max(0, ui.statusCombo.findData(a.status.value)))
        ui.evaluationEdit.setPlainText(a.evaluation)
        if a.meeting_id:
            ui.meetingCombo.setCurrentIndex(max(0, ui.meetingCombo.findData(a.meeting_id)))
        if a.kind:
            if ui.kindCombo.findData(a.kind) < 0:  # retired or dropped from the list: kept
                ui.kindCombo.addItem(self._kinds.label(a.kind, current_lang()), a.kind)
            ui.kindCombo.setCurrentIndex(ui.kindCombo.findData(a.kind))

    def set_values(self, v: dict[str, Any]) -> None:
        """Show ``v`` (as :meth:`values` gives it): what was typed before a save failed."""
        ui = self.ui
        ui.whatEdit.setPlainText(v["what"])
        ui.ownerCombo.setCurrentIndex(max(0, ui.ownerCombo.findData(v["owner_id"])))
        self.elements.select(v["elements"])
        set_date(ui.startEdit, v["start_on"])
        ui.dueCheck.setChecked(v["due_on"] is not None)
        if v["due_on"] is not None:
            set_date(ui.dueEdit, v["due_on"])
        ui.statusCombo.setCurrentIndex(
            max(0, ui.statusCombo.findData(ActionStatus(v["status"]).value))
        )
        ui.evaluationEdit.setPlainText(v["evaluation"])
        ui.meetingCombo.setCurrentIndex(max(0, ui.meetingCombo.findData(v["meeting_id"])))
        kind = v["kind"]
        if kind and ui.kindCombo.findData(kind) < 0:
            ui.kindCombo.addItem(self._kinds.label(kind, current_lang()), kind)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind)))

    def focus_status(self) -> None:
        """Open on the status and evaluation (for 'Status / evalueren…')."""
        self.ui.statusCombo.setFocus()

    def values(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "what": ui.whatEdit.toPlainText().strip(),
            "elements": self.elements.selected(),
            "owner_id": ui.ownerCombo.currentData(),
            "start_on": get_date(ui.startEdit),
            "due_on": get_date(ui.dueEdit) if ui.dueCheck.isChecked() else None,
            "status": ActionStatus(ui.statusCombo.currentData()),
            "evaluation": ui.evaluationEdit.toPlainText().strip(),
            "meeting_id": ui.meetingCombo.currentData(),
            "kind": ui.kindCombo.currentData(),
        }

    def accept(self) -> None:
        v = self.values()
        if not v["what"]:
            show_error_label(self.ui.errorLabel, self.tr("Schrijf op wat er gedaan wordt."))
            self.ui.whatEdit.setFocus()
            return
        if v["due_on"] is not None and v["due_on"] < v["start_on"]:
            show_error_label(
                self.ui.errorLabel,
                self.tr("De einddatum ligt vóór de startdatum; kies een latere datum."),
            )
            self.ui.dueEdit.setFocus()
            return
        super().accept()
