"""Afspraken: who does what, for which element, by when, and how it went.

Overdue shows as words ("over tijd") plus a plain clock icon — never a red/green light.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QTreeWidgetItem, QWidget

from kansencirkel.core.model import Action
from kansencirkel.ui.sections.common import (
    Section,
    button_bar,
    element_names,
    fmt_date,
    overdue_icon,
    tr,
)

_ID = Qt.ItemDataRole.UserRole
STATUS_COLUMN = 5


def status_text(a: Action, today: date) -> str:
    from kansencirkel.ui.action_dialog import STATUS_NAMES

    text = tr(STATUS_NAMES[a.status])
    return tr("Over tijd — %s") % text.lower() if a.is_overdue(today) else text


class ActionsSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Nieuwe &afspraak…"))
        self.edit_button = self.button(QT_TR_NOOP("&Wijzigen…"))
        self.status_button = self.button(QT_TR_NOOP("Stat&us en evaluatie…"))
        self.add_button.setObjectName("addActionButton")
        self.layout_.addLayout(button_bar(self.add_button, self.edit_button, self.status_button))
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Wat"),
                QT_TR_NOOP("Wie"),
                QT_TR_NOOP("Ontwikkelgebied"),
                QT_TR_NOOP("Start"),
                QT_TR_NOOP("Uiterlijk"),
                QT_TR_NOOP("Status"),
                QT_TR_NOOP("Evaluatie"),
            ],
            "actionsTree",
        )
        self.layout_.addWidget(self.tree)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.status_button.clicked.connect(lambda: self.open_dialog(self.current(), status=True))
        self.tree.itemActivated.connect(lambda *_: self.open_dialog(self.current()))
        self.tree.currentItemChanged.connect(self._enable)
        self._by_id: dict[str, Action] = {}
        self._enable()

    def refresh(self) -> None:
        self.tree.clear()
        self._by_id = {}
        if self.data is not None:
            today = self.data.today
            actions = sorted(
                self.data.case.actions,
                key=lambda a: (not a.status.is_open, a.due_on is None, a.due_on or today),
            )
            for a in actions:
                self._by_id[a.id] = a
                item = QTreeWidgetItem(
                    [
                        a.what.replace("\n", " "),
                        a.owner.name if a.owner else "–",
                        element_names(a.elements),
                        fmt_date(a.start_on),
                        fmt_date(a.due_on),
                        status_text(a, today),
                        a.evaluation.replace("\n", " "),
                    ]
                )
                item.setData(0, _ID, a.id)
                if a.is_overdue(today):
                    item.setIcon(STATUS_COLUMN, overdue_icon())
                    font = item.font(STATUS_COLUMN)
                    font.setBold(True)
                    item.setFont(STATUS_COLUMN, font)
                self.tree.addTopLevelItem(item)
            for i in range(6):
                self.tree.resizeColumnToContents(i)
        self._enable()

    def current(self) -> Action | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _enable(self) -> None:
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.status_button.setEnabled(has)
        self.add_button.setEnabled(self.data is not None)

    def open_dialog(
        self, action: Action | None, *, status: bool = False, meeting_id: str | None = None
    ) -> Any:
        if self.data is None:
            return None
        from kansencirkel.ui.action_dialog import ActionDialog

        people = [i.person for i in self.data.case.involvements]
        known = {p.id for p in people}
        people += [p for p in self.data.team if p.id not in known]
        dlg = ActionDialog(
            people,
            self.data.case.meetings,
            action,
            meeting_id=meeting_id,
            today=self.data.today,
            parent=self,
        )
        if status:
            dlg.focus_status()
        dlg.accepted.connect(lambda: self._save(dlg.values(), action))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _save(self, v: dict[str, Any], action: Action | None) -> None:
        assert self.data is not None
        child_id = self.data.child_id
        if action is None:
            self.request(lambda repos: repos.actions.create(child_id, **v))
        else:
            self.request(lambda repos: repos.actions.update(action.id, **v))
