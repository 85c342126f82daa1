""" "Bewaartermijn verlopen": the closed files past retention, an AVG copy, then erasure.

Erasing asks first (irreversible: the user ticks that they understand, and the button says
"Definitief wissen"), runs off the GUI thread through the app's one write path (so the
children list drops the child) and ends with the page check's outcome and the backups
made while the child was still in the vault, to be replaced.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from kansencirkel.core.retention import RetentionDue
from kansencirkel.ui.dialog_helpers import tr
from kansencirkel.ui.errors import show_error, show_message
from kansencirkel.ui.forms.ui_erase_confirm_dialog import Ui_EraseConfirmDialog
from kansencirkel.ui.forms.ui_retention_dialog import Ui_RetentionDialog
from kansencirkel.ui.i18n import counted
from kansencirkel.ui.sections.common import fmt_date
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.erasure import ErasureReport
    from kansencirkel.vault.team.team_vault import TeamVault
    from kansencirkel.vault.vault import Vault


class EraseConfirmDialog(QDialog):
    """The explicit yes: the erase button works only once the box is ticked."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EraseConfirmDialog()
        self.ui.setupUi(self)
        self.ui.promptLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.promptLabel.setText(
            f"<p><b>{escape(name)}</b></p><p>"
            + escape(
                self.tr(
                    "Alles over dit kind gaat uit de kluis: metingen, notities, afspraken, "
                    "overleggen en toestemmingen. Dit kan niet ongedaan worden gemaakt. In het "
                    "auditlog blijft alleen staan dat het dossier is gewist."
                )
            )
            + "</p>"
        )
        box = self.ui.buttonBox
        self.erase_button = box.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = box.button(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button.setText(self.tr("&Definitief wissen"))
        self.cancel_button.setText(tr("Annuleren"))
        self.erase_button.setEnabled(False)
        for b in (self.erase_button, self.cancel_button):
            b.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.ui.understoodCheck.toggled.connect(self.erase_button.setEnabled)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def accept(self) -> None:
        if self.ui.understoodCheck.isChecked():
            super().accept()


class RetentionDialog(QDialog):
    """``copy_requested(child_id)``: the user wants the AVG copy (inzage) of that child."""

    copy_requested = Signal(str)
    erased = Signal(str)

    def __init__(
        self,
        ops: VaultOps,
        vault: Vault | TeamVault,
        backup_folder: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RetentionDialog()
        self.ui.setupUi(self)
        self._ops, self._vault, self._folder = ops, vault, backup_folder
        self._busy = False
        self.confirm: EraseConfirmDialog | None = None
        self.report: ErasureReport | None = None
        self.ui.resultLabel.setTextFormat(Qt.TextFormat.RichText)
        self.ui.resultLabel.hide()
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.copyButton.clicked.connect(self._copy)
        self.ui.eraseButton.clicked.connect(self._ask_erase)
        self.ui.dueTree.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- the list --------------------------------------------------------------------------

    def set_due(self, due: list[RetentionDue]) -> None:
        selected = self.selected()
        tree = self.ui.dueTree
        tree.clear()
        for d in due:
            item = QTreeWidgetItem([d.name, fmt_date(d.closed_on), fmt_date(d.kept_until)])
            item.setData(0, Qt.ItemDataRole.UserRole, d.child_id)
            tree.addTopLevelItem(item)
            if d.child_id == (selected.child_id if selected else None):
                tree.setCurrentItem(item)
        first = tree.topLevelItem(0)
        if tree.currentItem() is None and first is not None:
            tree.setCurrentItem(first)
        if due:  # an emptied list keeps its columns
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
        else:
            self.ui.introLabel.setText(
                self.tr("Er is geen afgesloten dossier meer over zijn bewaartermijn.")
            )
        self._due = {d.child_id: d for d in due}
        self._update_buttons()

    def selected(self) -> RetentionDue | None:
        item = self.ui.dueTree.currentItem()
        if item is None or not item.isSelected():
            return None
        return getattr(self, "_due", {}).get(item.data(0, Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        some = self.selected() is not None and not self._busy
        self.ui.copyButton.setEnabled(some)
        self.ui.eraseButton.setEnabled(some)

    # -- actions -----------------------------------------------------------------------------

    def _copy(self) -> None:
        due = self.selected()
        if due is not None:
            self.copy_requested.emit(due.child_id)

    def _ask_erase(self) -> None:
        due = self.selected()
        if due is None:
            return
        confirm = EraseConfirmDialog(due.name, self)
        confirm.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        confirm.accepted.connect(lambda: self._erase(due))
        self.confirm = confirm
        confirm.open()

    def _erase(self, due: RetentionDue) -> None:
        vault, folder = self._vault, self._folder
        self._busy = True
        self._update_buttons()
        self.ui.resultLabel.hide()
        self._ops.write(
            lambda: vault.erase_child(due.child_id, backup_folder=folder),
            lambda report: self._erased(due, report),
            self._failed,
            busy_text=self.tr("Dossier wissen en controleren…"),
        )

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        show_error(self, exc)

    def _erased(self, due: RetentionDue, report: ErasureReport) -> None:
        self._busy = False
        self.report = report
        self.set_due([d for d in self._due.values() if d.child_id != due.child_id])
        self.ui.resultLabel.setText(self.result_html(due, report))
        self.ui.resultLabel.show()
        self.erased.emit(due.child_id)
        if not report.check.ok:
            show_message(self, self.failure_text(report))

    # -- the outcome -------------------------------------------------------------------------

    def failure_text(self, report: ErasureReport) -> str:
        check = report.check
        if check.unreadable:
            return self.tr(
                "De controle na het wissen kon {n} pagina's niet lezen en kan dus niet "
                "bevestigen dat er geen spoor van het kind over is; laat de kluis controleren."
            ).format(n=check.unreadable)
        return self.tr(
            "De controle na het wissen vond op {n} van de {total} pagina's nog sporen van het "
            "kind; geef de kluis niet door en neem contact op met de beheerder."
        ).format(
            n=len({(f.source, f.index) for f in check.found}),
            total=check.db_pages + check.wal_frames,
        )

    def result_html(self, due: RetentionDue, report: ErasureReport) -> str:
        check = report.check
        parts = [
            "<p><b>"
            + escape(self.tr("Het dossier van {name} is gewist.").format(name=due.name))
            + "</b></p>"
        ]
        if check.ok:
            text = self.tr(
                "Controle: geen spoor van het kind gevonden in {db} pagina's van de kluis en "
                "{wal} van het logbestand."
            ).format(db=check.db_pages, wal=check.wal_frames)
            if check.audit_only_ids:
                text += " " + self.tr(
                    "Alleen het nummer van het dossier staat nog in het auditlog, zoals de wet "
                    "vraagt."
                )
        else:
            text = self.failure_text(report)
        parts.append(f"<p>{escape(text)}</p>")
        if not report.backups:
            parts.append(
                "<p>"
                + escape(self.tr("Er zijn geen eerdere reservekopieën waarin dit kind nog staat."))
                + "</p>"
            )
            return "".join(parts)
        n = len(report.backups)
        head = counted(
            n,
            self.tr(
                "{n} reservekopie is gemaakt toen het kind nog in de kluis stond en bevat het "
                "nog. Maak een nieuwe reservekopie en verwijder deze oude:"
            ),
            self.tr(
                "{n} reservekopieën zijn gemaakt toen het kind nog in de kluis stond en bevatten "
                "het nog. Maak een nieuwe reservekopie en verwijder deze oude:"
            ),
        )
        rows = []
        for b in report.backups:
            where = "" if b.in_folder else " " + self.tr("(niet in de map voor reservekopieën)")
            day = fmt_date(b.made_at.astimezone().date())
            rows.append(f"<li>{escape(b.name)} — {escape(day)}{escape(where)}</li>")
        parts.append(f"<p>{escape(head)}</p><ul>{''.join(rows)}</ul>")
        return "".join(parts)
