"""Betrokkenen: the people around the child, their roles and contact details, and who has
regie ("korte lijnen")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.model import Child, Involvement
from kansencirkel.ui.dialog_helpers import show_error_label
from kansencirkel.ui.sections.common import Section, button_bar, role_name, tr
from kansencirkel.ui.versioned_save import VersionedEdit

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ID = Qt.ItemDataRole.UserRole


class PeopleSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add_button = self.button(QT_TR_NOOP("Betrokkene toe&voegen…"))
        self.edit_button = self.button(QT_TR_NOOP("&Wijzigen…"))
        self.regie_button = self.button(QT_TR_NOOP("&Regiehouder maken"))
        self.remove_button = self.button(QT_TR_NOOP("&Niet meer betrokken"))
        self.layout_.addLayout(
            button_bar(self.add_button, self.edit_button, self.regie_button, self.remove_button)
        )
        self.regie_label = QLabel()
        self.regie_label.setObjectName("regieLabel")
        self.layout_.addWidget(self.regie_label)
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Naam"),
                QT_TR_NOOP("Rol"),
                QT_TR_NOOP("Organisatie"),
                QT_TR_NOOP("Telefoon"),
                QT_TR_NOOP("E-mail"),
                QT_TR_NOOP("Regie"),
            ],
            "peopleTree",
        )
        self.layout_.addWidget(self.tree)
        self.add_button.clicked.connect(lambda: self.open_dialog(None))
        self.edit_button.clicked.connect(lambda: self.open_dialog(self.current()))
        self.regie_button.clicked.connect(self._make_regiehouder)
        self.remove_button.clicked.connect(self._uninvolve)
        self.tree.itemActivated.connect(lambda *_: self.open_dialog(self.current()))
        self.tree.currentItemChanged.connect(self._enable)
        self._by_id: dict[str, Involvement] = {}
        self._enable()

    def refresh(self) -> None:
        self.tree.clear()
        self._by_id = {}
        self.regie_label.clear()
        if self.data is not None:
            for inv in self.data.case.involvements:
                p = inv.person
                self._by_id[p.id] = inv
                item = QTreeWidgetItem(
                    [
                        p.name,
                        role_name(inv.role),
                        p.organisation,
                        p.phone,
                        p.email,
                        tr("Regiehouder") if inv.is_regiehouder else "",
                    ]
                )
                item.setData(0, _ID, p.id)
                self.tree.addTopLevelItem(item)
            for i in range(6):
                self.tree.resizeColumnToContents(i)
            holder = self.data.case.child.regiehouder
            self.regie_label.setText(
                tr("Regie ligt bij %s.") % holder.name
                if holder
                else tr("Er is nog geen regiehouder gekozen.")
            )
        self._enable()

    def current(self) -> Involvement | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _enable(self) -> None:
        inv = self.current()
        self.add_button.setEnabled(self.data is not None)
        self.edit_button.setEnabled(inv is not None)
        self.remove_button.setEnabled(inv is not None)
        self.regie_button.setEnabled(inv is not None and not inv.is_regiehouder)

    def open_dialog(
        self, inv: Involvement | None, *, typed: dict[str, Any] | None = None, message: str = ""
    ) -> Any:
        """``typed``: what was typed before a save that failed (then ``message`` says why)."""
        if self.data is None:
            return None
        from kansencirkel.ui.person_dialog import PersonDialog

        involved = set(self._by_id)
        known = [p for p in self.data.team if p.id not in involved]
        dlg = PersonDialog(known, inv, parent=self)
        if typed is not None:
            dlg.set_values(typed)
        if message:
            show_error_label(dlg.ui.errorLabel, message)
        dlg.accepted.connect(lambda: self._save(dlg.values(), inv))
        self.dialog = dlg
        dlg.open()
        return dlg

    def _save(self, v: dict[str, Any], inv: Involvement | None = None) -> None:
        """``inv``: the involvement the dialog was opened on (its person's version)."""
        assert self.data is not None
        child_id = self.data.child_id

        pid = v["person_id"]
        # Someone already involved may get new details; someone known is only involved.
        new_details = pid is None or pid in self._by_id
        fields = (
            {k: v[k] for k in ("name", "organisation", "phone", "email")} if new_details else {}
        )
        opened_on = inv or self._by_id.get(pid or "")
        version = opened_on.person.version if opened_on is not None and fields else None

        def job(
            repos: Repositories, version: int | None, taken: Mapping[str, Any]
        ) -> Written[Involvement]:
            details = fields | {k: taken[k] for k in fields if k in taken}
            return repos.people.save_involvement(
                child_id, pid, v["role"], v["is_regiehouder"], expected_version=version, **details
            )

        reopen = self.reopener(lambda sentence: self.open_dialog(inv, typed=v, message=sentence))
        self.request(VersionedEdit(job, version, reopen, per_field=True))

    def _make_regiehouder(self) -> None:
        inv = self.current()
        if inv is None or self.data is None:
            return
        child_id, pid = self.data.child_id, inv.person.id

        def job(repos: Repositories, version: int | None, _taken: object) -> Written[Child]:
            return repos.children.set_regiehouder(child_id, pid, expected_version=version)

        self.request(VersionedEdit(job, self.data.case.child.version))

    def _uninvolve(self) -> None:
        inv = self.current()
        if inv is None or self.data is None:
            return
        child_id, pid = self.data.child_id, inv.person.id
        self.request(lambda repos: repos.people.uninvolve(child_id, pid))
