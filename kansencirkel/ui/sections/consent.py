"""Toestemming: who must consent (follows from the child's age), the records, withdrawing."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QWidget

from kansencirkel.core.changes import Written
from kansencirkel.core.model import Consent
from kansencirkel.ui.sections.common import Section, button_bar, fmt_date, tr
from kansencirkel.ui.versioned_save import VersionedEdit, unversioned

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ID = Qt.ItemDataRole.UserRole


class ConsentSection(Section):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.required_label = QLabel()
        self.required_label.setObjectName("requiredLabel")
        self.required_label.setWordWrap(True)
        self.layout_.addWidget(self.required_label)
        self.add_button = self.button(QT_TR_NOOP("Toestemming vastle&ggen…"))
        self.withdraw_button = self.button(QT_TR_NOOP("Intr&ekken"))
        self.layout_.addLayout(button_bar(self.add_button, self.withdraw_button))
        self.tree = self.new_tree(
            [
                QT_TR_NOOP("Wie"),
                QT_TR_NOOP("Gegeven door"),
                QT_TR_NOOP("Wat"),
                QT_TR_NOOP("Met wie"),
                QT_TR_NOOP("Gegeven op"),
                QT_TR_NOOP("Geldig tot"),
                QT_TR_NOOP("Ingetrokken op"),
                QT_TR_NOOP("Nu geldig"),
            ],
            "consentTree",
        )
        self.layout_.addWidget(self.tree)
        self.add_button.clicked.connect(lambda: self.open_dialog())
        self.withdraw_button.clicked.connect(self._withdraw)
        self.tree.currentItemChanged.connect(self._enable)
        self._by_id: dict[str, Consent] = {}
        self._enable()

    def refresh(self) -> None:
        from kansencirkel.ui.consent_dialog import (
            AUDIENCE_NAMES,
            CONSENTER_NAMES,
            part_name,
            required_text,
        )

        self.tree.clear()
        self._by_id = {}
        self.required_label.clear()
        if self.data is not None:
            today = self.data.today
            self.required_label.setText(
                required_text(self.data.case.child, today) + " " + self._still_needed()
            )
            for c in sorted(self.data.case.consents, key=lambda c: c.given_on, reverse=True):
                self._by_id[c.id] = c
                item = QTreeWidgetItem(
                    [
                        tr(CONSENTER_NAMES[c.consenter]),
                        c.given_by,
                        ", ".join(part_name(p) for p in c.parts),
                        ", ".join(tr(AUDIENCE_NAMES[a]) for a in c.audiences),
                        fmt_date(c.given_on),
                        fmt_date(c.expires_on),
                        fmt_date(c.withdrawn_on),
                        tr("ja") if c.valid_on(today) else tr("nee"),
                    ]
                )
                item.setData(0, _ID, c.id)
                self.tree.addTopLevelItem(item)
            for i in range(8):
                self.tree.resizeColumnToContents(i)
        self._enable()

    def _still_needed(self) -> str:
        """Whose consent is missing right now (any valid record of theirs counts here; what
        exactly may be shared with whom is decided per part when printing)."""
        from kansencirkel.core.consent import required_consenters
        from kansencirkel.core.enums import Consenter

        assert self.data is not None
        child, today = self.data.case.child, self.data.today
        valid = {c.consenter for c in self.data.case.consents if c.valid_on(today)}
        missing = required_consenters(child.age(today)) - valid
        if not missing:
            return tr("Die toestemming is vastgelegd.")
        names = {Consenter.OUDERS: tr("de ouders"), Consenter.KIND: tr("het kind")}
        who = " " + tr("en") + " "
        return tr("Nog geen geldige toestemming van %s.") % who.join(
            names[c] for c in (Consenter.OUDERS, Consenter.KIND) if c in missing
        )

    def current(self) -> Consent | None:
        item = self.tree.currentItem()
        return self._by_id.get(item.data(0, _ID)) if item is not None else None

    def _enable(self) -> None:
        c = self.current()
        self.add_button.setEnabled(self.data is not None)
        self.withdraw_button.setEnabled(c is not None and c.withdrawn_on is None)

    def open_dialog(self, typed: dict[str, Any] | None = None, message: str = "") -> Any:
        """A new toestemming; ``typed``: what was typed before a save that failed, shown
        again with ``message`` saying why."""
        if self.data is None:
            return None
        from kansencirkel.ui.consent_dialog import ConsentDialog

        dlg = ConsentDialog(self.data.case.child, today=self.data.today, parent=self)
        if typed is not None:
            dlg.set_values(typed, message)
        child_id = self.data.child_id

        def save() -> None:
            v = dlg.values()
            again = self.reopener(lambda sentence: self.open_dialog(typed=v, message=sentence))
            self.request(unversioned(lambda repos: repos.consents.create(child_id, **v), again))

        dlg.accepted.connect(save)
        self.dialog = dlg
        dlg.open()
        return dlg

    def _withdraw(self) -> None:
        c = self.current()
        if c is None or self.data is None:
            return
        today, consent_id = self.data.today, c.id

        def job(repos: Repositories, version: int | None, _taken: object) -> Written[Consent]:
            return repos.consents.withdraw(consent_id, today, expected_version=version)

        self.request(VersionedEdit(job, c.version))
