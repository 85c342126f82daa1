"""Plan, record or edit an overleg.

Planning asks only the date (today or later) and the kind; recording one that was held (or
marking a planned one held) asks who was there, the summary, the decisions and the next date.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QDate, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import MeetingKind
from kansencirkel.core.model import Meeting
from kansencirkel.ui.dialog_helpers import dutch_buttons, get_date, set_date, show_error_label, tr
from kansencirkel.ui.forms.ui_meeting_dialog import Ui_MeetingDialog

KIND_NAMES = {
    MeetingKind.KERNTEAM: QT_TR_NOOP("Kernteamoverleg"),
    MeetingKind.OUDERGESPREK: QT_TR_NOOP("Oudergesprek"),
    MeetingKind.MDO: QT_TR_NOOP("MDO"),
    MeetingKind.EVALUATIE: QT_TR_NOOP("Evaluatie"),
}


# What the dialog is for: record a held overleg, plan one, or mark a planned one held.
HELD, PLAN, MARK_HELD = "held", "plan", "mark_held"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class MeetingDialog(QDialog):
    def __init__(
        self,
        names: Sequence[str] = (),
        meeting: Meeting | None = None,
        *,
        today: date | None = None,
        mode: str = HELD,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MeetingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.errorLabel.hide()
        today = today or clock.today()
        for kind, name in KIND_NAMES.items():
            ui.kindCombo.addItem(tr(name), kind.value)
        present = set(meeting.attendees) if meeting else set()
        for name in dict.fromkeys(names):
            item = QListWidgetItem(name, ui.attendeesList)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if name in present else Qt.CheckState.Unchecked
            )
        set_date(ui.heldOnEdit, today)
        set_date(ui.nextEdit, today)
        ui.nextEdit.setEnabled(False)
        ui.nextCheck.toggled.connect(ui.nextEdit.setEnabled)
        self.mode = mode
        if mode == PLAN:
            title = self.tr("Overleg plannen")
        elif mode == MARK_HELD:
            title = self.tr("Overleg markeren als gehouden")
        else:
            title = self.tr("Overleg vastleggen") if meeting is None else self.tr("Overleg")
        self.setWindowTitle(title)
        if meeting is not None:
            set_date(ui.heldOnEdit, meeting.held_on)
            ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(meeting.kind.value)))
            ui.othersEdit.setText(", ".join(a for a in meeting.attendees if a not in set(names)))
            ui.summaryEdit.setPlainText(meeting.summary)
            ui.decisionsEdit.setPlainText(meeting.decisions)
            if meeting.next_on:
                ui.nextCheck.setChecked(True)
                set_date(ui.nextEdit, meeting.next_on)
        self._limit_dates(today, meeting)
        dutch_buttons(ui.buttonBox)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.heldOnEdit.setFocus()

    def _limit_dates(self, today: date, meeting: Meeting | None) -> None:
        """A planned overleg lies from today on; a held one today or before."""
        ui = self.ui
        if self.mode == PLAN:
            for widget in (
                ui.attendeesListLabel,
                ui.attendeesList,
                ui.othersEditLabel,
                ui.othersEdit,
                ui.summaryEditLabel,
                ui.summaryEdit,
                ui.decisionsEditLabel,
                ui.decisionsEdit,
                ui.nextCheck,
                ui.nextEdit,
            ):
                widget.hide()
            if meeting is None or meeting.held_on < today:
                set_date(ui.heldOnEdit, today)
            ui.heldOnEdit.setMinimumDate(_qdate(today))
            self.adjustSize()
            return
        if meeting is not None and meeting.held_on > today:
            set_date(ui.heldOnEdit, today)  # held early
        ui.heldOnEdit.setMaximumDate(_qdate(today))

    def set_values(self, v: dict[str, Any]) -> None:
        """Show ``v`` (as :meth:`values` gives it): what was typed before a save failed."""
        ui = self.ui
        set_date(ui.heldOnEdit, v["held_on"])
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(MeetingKind(v["kind"]).value)))
        if self.mode == PLAN:
            return
        present, listed = list(v["attendees"]), set()
        lst = ui.attendeesList
        for i in range(lst.count()):
            item = lst.item(i)
            listed.add(item.text())
            checked = item.text() in present
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        ui.othersEdit.setText(", ".join(a for a in present if a not in listed))
        ui.summaryEdit.setPlainText(v["summary"])
        ui.decisionsEdit.setPlainText(v["decisions"])
        ui.nextCheck.setChecked(v["next_on"] is not None)
        if v["next_on"] is not None:
            set_date(ui.nextEdit, v["next_on"])

    def attendees(self) -> tuple[str, ...]:
        lst = self.ui.attendeesList
        checked = [
            lst.item(i).text()
            for i in range(lst.count())
            if lst.item(i).checkState() == Qt.CheckState.Checked
        ]
        others = [n.strip() for n in self.ui.othersEdit.text().split(",") if n.strip()]
        return tuple(dict.fromkeys(checked + others))

    def values(self) -> dict[str, Any]:
        ui = self.ui
        if self.mode == PLAN:
            return {
                "held_on": get_date(ui.heldOnEdit),
                "kind": MeetingKind(ui.kindCombo.currentData()),
            }
        return {
            "held_on": get_date(ui.heldOnEdit),
            "kind": MeetingKind(ui.kindCombo.currentData()),
            "attendees": self.attendees(),
            "summary": ui.summaryEdit.toPlainText().strip(),
            "decisions": ui.decisionsEdit.toPlainText().strip(),
            "next_on": get_date(ui.nextEdit) if ui.nextCheck.isChecked() else None,
        }

    def accept(self) -> None:
        v = self.values()
        if self.mode == PLAN:
            super().accept()
            return
        if not v["attendees"]:
            show_error_label(self.ui.errorLabel, self.tr("Vink aan of vul in wie er bij waren."))
            self.ui.attendeesList.setFocus()
            return
        if v["next_on"] is not None and v["next_on"] < v["held_on"]:
            show_error_label(
                self.ui.errorLabel,
                self.tr("Het volgende overleg ligt vóór dit overleg; kies een latere datum."),
            )
            self.ui.nextEdit.setFocus()
            return
        super().accept()
