"""Bestand → "Overdracht inlezen…": pick a .kcx, type the code, see what it does, choose.

Opening (reading the file, deriving the key, decrypting) and planning the merge run off the
GUI thread; the dialog then says per child what is added and updated and what stays because
this vault's version is newer, and lists every record changed on both sides with both
versions and a choice. Nothing is written before "Inlezen", and then all or nothing, through
the app's one change signal (:class:`~kansencirkel.ui.vault_ops.VaultOps`) so every screen
refreshes. A refused file or code is one sentence in the dialog.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QTableWidgetItem,
    QWidget,
)

from kansencirkel.core.handover import Choice, HandoverPlan
from kansencirkel.ui.dialog_helpers import show_error_label, tr
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.forms.ui_handover_import_dialog import Ui_HandoverImportDialog
from kansencirkel.ui.saving_dialog import default_folder
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.exchange.handover_file import Handover
    from kansencirkel.vault.repos import Repositories


class HandoverImportDialog(QDialog):
    def __init__(self, repos: Repositories, ops: VaultOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HandoverImportDialog()
        ui.setupUi(self)
        self.repos, self.ops = repos, ops
        self.path: Path | None = None
        self.handover: Handover | None = None
        self.plan: HandoverPlan | None = None
        self.kinds = {
            "child": self.tr("Het kind"),
            "involvement": self.tr("Betrokkene"),
            "assessment": self.tr("Meting"),
            "meeting": self.tr("Overleg"),
            "action": self.tr("Afspraak"),
            "note": self.tr("Notitie"),
            "consent": self.tr("Toestemming"),
        }
        self.import_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Inlezen"))
        self.import_button.setEnabled(False)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        header = ui.conflictsTable.horizontalHeader()
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        ui.conflictsTable.verticalHeader().hide()
        for label in (ui.errorLabel, ui.conflictsLabel, ui.conflictsTable):
            label.hide()
        ui.summaryLabel.setText(
            self.tr("Kies het overdrachtsbestand en typ de code die je telefonisch kreeg.")
        )
        ui.browseButton.clicked.connect(self.browse)
        ui.readButton.clicked.connect(self.read)
        ui.codeEdit.returnPressed.connect(self.read)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)

    def browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Overdracht kiezen"), str(default_folder()), self.tr("Overdracht (*.kcx)")
        )
        if chosen:
            self.set_path(Path(chosen))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.ui.fileEdit.setText(path.name)
        self.ui.codeEdit.setFocus()

    def _error(self, exc: BaseException | str) -> None:
        text = exc if isinstance(exc, str) else error_text(exc)
        show_error_label(self.ui.errorLabel, text)
        self.ui.readButton.setEnabled(True)

    def read(self) -> None:
        """Open the file with the code and plan the merge, off the GUI thread."""
        if self.path is None:
            self._error(self.tr("Kies eerst het overdrachtsbestand."))
            return
        path, code, repos = self.path, self.ui.codeEdit.text(), self.repos

        def job() -> tuple[Handover, HandoverPlan]:
            from kansencirkel.exchange.handover_file import open_handover, read_kcx_file

            handover = open_handover(read_kcx_file(path), code)
            return handover, repos.handover.plan(handover.case_files, is_demo=handover.is_demo)

        self.ui.errorLabel.hide()
        self.ui.readButton.setEnabled(False)
        self.import_button.setEnabled(False)
        self.ops.read(job, self._planned, self._error, busy_text=self.tr("Overdracht openen…"))

    def _planned(self, result: tuple[Handover, HandoverPlan]) -> None:
        self.handover, self.plan = result
        plan = self.plan
        self.ui.readButton.setEnabled(True)
        lines = []
        for child in plan.children:
            if child.is_new:
                lines.append(self.tr("{name}: nieuw in deze kluis.").format(name=child.full_name))
            else:
                lines.append(
                    self.tr(
                        "{name}: {added} toegevoegd, {updated} bijgewerkt, {kept} blijft zoals "
                        "hier (hier nieuwer)."
                    ).format(
                        name=child.full_name,
                        added=child.added,
                        updated=child.updated,
                        kept=child.kept,
                    )
                )
        if not plan.changes_anything:
            lines.append(self.tr("Alles uit deze overdracht staat al in de kluis."))
        self.ui.summaryLabel.setText("\n".join(lines))
        self._fill_conflicts()
        self.import_button.setEnabled(plan.changes_anything)

    def _fill_conflicts(self) -> None:
        assert self.plan is not None
        conflicts = self.plan.conflicts
        table = self.ui.conflictsTable
        table.setRowCount(len(conflicts))
        for row, c in enumerate(conflicts):
            table.setItem(row, 0, QTableWidgetItem(self.kinds.get(c.kind, c.kind)))
            table.setItem(row, 1, QTableWidgetItem(c.mine))
            table.setItem(row, 2, QTableWidgetItem(c.theirs))
            combo = QComboBox(table)
            combo.setAccessibleName(self.tr("Welke versie blijft"))
            combo.addItem(self.tr("Deze kluis"), Choice.MINE.value)
            combo.addItem(self.tr("De overdracht"), Choice.THEIRS.value)
            combo.setCurrentIndex(-1)
            combo.setPlaceholderText(self.tr("Kies…"))
            table.setCellWidget(row, 3, combo)
        table.resizeRowsToContents()
        for widget in (self.ui.conflictsLabel, table):
            widget.setVisible(bool(conflicts))

    def choose(self, row: int, choice: Choice) -> None:
        combo = self.ui.conflictsTable.cellWidget(row, 3)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(combo.findData(choice.value))

    def choices(self) -> dict[str, Choice]:
        assert self.plan is not None
        out: dict[str, Choice] = {}
        for row, c in enumerate(self.plan.conflicts):
            combo = self.ui.conflictsTable.cellWidget(row, 3)
            assert isinstance(combo, QComboBox)
            value = combo.currentData()
            if combo.currentIndex() >= 0 and value:
                out[c.ref] = Choice(value)
        return out

    def accept(self) -> None:
        if self.plan is None or self.handover is None:
            return
        choices = self.choices()
        if self.plan.missing_choices(choices):
            self._error(self.tr("Kies bij elk conflict welke versie blijft."))
            return
        repos, h = self.repos, self.handover
        self.import_button.setEnabled(False)
        self.ops.write(
            lambda: repos.handover.apply(
                h.case_files, choices, is_demo=h.is_demo, from_vault=h.vault_id
            ),
            lambda _plan: super(HandoverImportDialog, self).accept(),
            self._import_failed,
            busy_text=self.tr("Overdracht inlezen…"),
        )

    def _import_failed(self, exc: BaseException) -> None:
        self.import_button.setEnabled(True)
        self._error(exc)
