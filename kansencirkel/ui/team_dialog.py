"""Team members who can unlock the vault: add one (with their own passphrase) or remove one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Role
from kansencirkel.ui.confirm import confirm_destructive
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.first_run import fill_roles
from kansencirkel.ui.forms.ui_team_dialog import Ui_TeamDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.passphrase_strength import StrengthMeter

if TYPE_CHECKING:
    from kansencirkel.core.model import TeamMember
    from kansencirkel.vault.members import KeySlots


class TeamDialog(QDialog):
    def __init__(
        self, keys: KeySlots, runner: OperationRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self._keys = keys
        self._runner = runner
        self._busy = False
        self._meter = StrengthMeter(
            self.ui.passEdit, self.ui.repeatEdit, self.ui.strengthBar, self.ui.strengthLabel, self
        )
        fill_roles(self.ui.roleCombo)
        set_inline_message(self.ui.messageLabel, "")
        self.ui.addButton.clicked.connect(self._add)
        self.ui.removeButton.clicked.connect(self._remove)
        self.ui.membersList.currentItemChanged.connect(self._update_buttons)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._reload()

    def _reload(self) -> None:
        members = self._keys.members
        cat, lang = catalog(), current_lang()
        self.ui.membersList.clear()
        for m in members:
            label = f"{m.name} — {cat.role_name(m.role, lang)}"
            if m.id == self._keys.actor.id:
                label += " " + self.tr("(jij)")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.ui.membersList.addItem(item)
        self._update_buttons()

    def _selected(self) -> tuple[str, str] | None:
        item = self.ui.membersList.currentItem()
        if item is None:
            return None
        return str(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def _update_buttons(self, *_args: object) -> None:
        sel = self._selected()
        removable = (
            sel is not None and sel[0] != self._keys.actor.id and self.ui.membersList.count() > 1
        )
        self.ui.removeButton.setEnabled(removable and not self._busy)
        self.ui.addButton.setEnabled(not self._busy)

    def _add(self) -> None:
        name = self.ui.nameEdit.text().strip()
        if not name:
            set_inline_message(self.ui.messageLabel, self.tr("Vul de naam van het teamlid in."))
            self.ui.nameEdit.setFocus()
            return
        problem = self._meter.problem()
        if problem:
            set_inline_message(self.ui.messageLabel, problem)
            self.ui.passEdit.setFocus()
            return
        role = Role(str(self.ui.roleCombo.currentData()))
        passphrase = self.ui.passEdit.text()
        keys = self._keys
        self._set_busy(True)
        set_inline_message(self.ui.messageLabel, self.tr("Bezig met toevoegen…"), error=False)
        self._runner.run(
            lambda: keys.add_member(name, role, passphrase),
            self._added,
            self._failed,
            busy_text=self.tr("Teamlid toevoegen…"),
        )

    def _added(self, member: TeamMember) -> None:
        self._set_busy(False)
        self._meter.clear()
        self.ui.nameEdit.clear()
        set_inline_message(
            self.ui.messageLabel,
            self.tr("{name} is toegevoegd en kan de kluis nu openen.").format(name=member.name),
            error=False,
        )
        self._reload()

    def _remove(self) -> None:
        sel = self._selected()
        if sel is None:
            return
        member_id, label = sel
        if not confirm_destructive(
            self,
            self.tr("Teamlid verwijderen"),
            self.tr(
                "{member} verwijderen? Die persoon kan de kluis daarna niet meer openen; "
                "de gegevens in de kluis blijven."
            ).format(member=label),
            self.tr("&Verwijderen"),
        ):
            return
        keys = self._keys
        self._set_busy(True)
        self._runner.run(
            lambda: keys.remove_member(member_id),
            lambda _r: self._removed(),
            self._failed,
        )

    def _removed(self) -> None:
        self._set_busy(False)
        self._reload()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
