"""Wat werkt: feedback for the team over all children of a chosen period — counts only.
Below it, how the cooperation went after the period's overleggen, per term and side; and a
button to edit the vault's list of kinds (:mod:`kansencirkel.ui.kinds_dialog`).

Per kind of afspraak: how many were evaluated, the team's answers and how the stored readings
moved; a figure behind fewer than five children reads "<5" (:mod:`kansencirkel.core.
what_works`). No child's name or score is on screen, in the PDF or in the CSV, and rows follow
the vault's list of kinds, never a ranking. Reading and saving run off the GUI thread.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import AuditKind
from kansencirkel.core.kinds import KindList
from kansencirkel.core.pulse import TermPulse, pulse_by_term
from kansencirkel.core.what_works import WhatWorks, periods, what_works
from kansencirkel.core.what_works_text import (
    empty_text,
    headers,
    hidden_text,
    intro_text,
    no_pulse_text,
    pulse_headers,
    pulse_rows,
    rows,
    to_csv,
)
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.forms.ui_what_works_dialog import Ui_WhatWorksDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.save_path import ask_save_path
from kansencirkel.ui.saving_dialog import RECORD_TYPE, default_folder
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories


Loaded = tuple[WhatWorks, KindList, tuple[TermPulse, ...]]


def load_what_works(repos: Repositories, start: date, end: date) -> Loaded:
    """The counts for one period, and the cooperation pulse per term (runs off the GUI
    thread)."""
    kinds = repos.settings.action_kinds()
    counts = what_works(repos.actions.evaluated_between(start, end), kinds, start, end)
    return counts, kinds, pulse_by_term(repos.pulses.held_between(start, end), start, end)


class WhatWorksDialog(QDialog):
    def __init__(
        self,
        repos: Repositories,
        runner: OperationRunner,
        team: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        demo: bool = False,
        ops: VaultOps | None = None,
        snapshot_at: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WhatWorksDialog()
        self.ui.setupUi(self)
        self.repos, self.runner, self.team, self.demo = repos, runner, team, demo
        self.snapshot_at = snapshot_at  # printed on the page of a team server's snapshot
        self.today = today or clock.today()
        self.counts: WhatWorks | None = None
        self.kinds: KindList | None = None
        self.pulses: tuple[TermPulse, ...] = ()
        ui = self.ui
        lang = current_lang()
        ui.introLabel.setText(intro_text(lang))
        ui.hiddenLabel.setText(hidden_text(lang))
        for i, (start, end) in enumerate(periods(self.today)):
            years = f"{start.year}–{start.year + 1}"
            label = (
                self.tr("Dit schooljaar (%1), tot vandaag").replace("%1", years)
                if i == 0
                else self.tr("Schooljaar %1").replace("%1", years)
            )
            ui.periodCombo.addItem(label, (start, end))
        close = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Sluiten"))
        close.setAutoDefault(False)
        ui.buttonBox.rejected.connect(self.reject)
        ui.periodCombo.currentIndexChanged.connect(self._load)
        ui.pdfButton.clicked.connect(self.save_pdf)
        ui.csvButton.clicked.connect(self.save_csv)
        self._ops = ops
        ui.kindsButton.setVisible(ops is not None)  # editing the list needs the app's writes
        ui.kindsButton.clicked.connect(self.edit_kinds)
        if ops is not None:
            ops.changed.connect(self._changed)
        self._load()

    def edit_kinds(self) -> None:
        """The vault's list of kinds; the view reloads when it changed (``_changed``)."""
        from kansencirkel.ui.kinds_dialog import KindsDialog

        assert self._ops is not None
        dialog = KindsDialog(self.repos.settings, self._ops, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _changed(self, changes: Changes) -> None:
        if changes.settings and self.isVisible():
            self._load()

    def period(self) -> tuple[date, date]:
        start, end = self.ui.periodCombo.currentData()
        return start, end

    def _load(self) -> None:
        start, end = self.period()
        repos = self.repos
        self._enable(False)
        self.runner.run(lambda: load_what_works(repos, start, end), self._show, self._failed)

    def _enable(self, on: bool) -> None:
        has = on and bool(self.counts or self.pulses)
        self.ui.pdfButton.setEnabled(has)
        self.ui.csvButton.setEnabled(has)

    def _show(self, loaded: Loaded) -> None:
        self.counts, self.kinds, self.pulses = loaded
        self._show_pulses(self.pulses)
        lang = current_lang()
        tree = self.ui.countsTree
        tree.clear()
        # Long headings on two lines, so the table fits the dialog without scrolling sideways.
        tree.setHeaderLabels([h.replace(" ", "\n", 1) if len(h) > 12 else h for h in headers(lang)])
        if not self.counts:
            item = QTreeWidgetItem([empty_text(lang)])
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for line in rows(self.counts, self.kinds, lang):
            tree.addTopLevelItem(QTreeWidgetItem(line))
        for i in range(tree.columnCount()):
            tree.resizeColumnToContents(i)
        self.ui.statusLabel.setText("")
        self._enable(True)

    def _show_pulses(self, summary: tuple[TermPulse, ...]) -> None:
        lang = current_lang()
        tree = self.ui.pulseTree
        tree.clear()
        tree.setHeaderLabels(pulse_headers(lang))
        if not summary:
            item = QTreeWidgetItem([no_pulse_text(lang)])
            tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
        for line in pulse_rows(summary, lang, repeat_term=False):
            tree.addTopLevelItem(QTreeWidgetItem(line))
        for i in range(tree.columnCount()):
            tree.resizeColumnToContents(i)

    def _failed(self, exc: BaseException) -> None:
        self.ui.statusLabel.setText(error_text(exc))
        self._enable(True)

    def _file_name(self, suffix: str) -> str:
        start, end = self.period()
        return f"kansencirkel-wat-werkt-{start.isoformat()}-{end.isoformat()}{suffix}"

    def save_pdf(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Wat werkt opslaan"),
            default_folder() / self._file_name(".pdf"),
            self.tr("PDF-bestanden (*.pdf)"),
            ".pdf",
        )
        if path is not None:
            self.export_to(path, "pdf")

    def save_csv(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Wat werkt opslaan"),
            default_folder() / self._file_name(".csv"),
            self.tr("CSV-bestanden (*.csv)"),
            ".csv",
        )
        if path is not None:
            self.export_to(path, "csv")

    def export_to(self, path: Path, kind: str) -> None:
        """Write the counts shown as a one-page PDF or a CSV, with one EXPORT audit event."""
        from kansencirkel.reports import save_pdf_atomically
        from kansencirkel.reports.what_works import render_what_works

        assert self.counts is not None and self.kinds is not None
        result, kinds, repos, lang = self.counts, self.kinds, self.repos, current_lang()
        pulses = self.pulses
        team, today, demo, snapshot_at = self.team, self.today, self.demo, self.snapshot_at

        def job() -> Path:
            if kind == "pdf":
                data = render_what_works(
                    result,
                    kinds,
                    team=team,
                    printed_by=repos.actor.name,
                    today=today,
                    lang=lang,
                    demo=demo,
                    pulses=pulses,
                    snapshot_at=snapshot_at,
                )
            else:
                data = to_csv(result, kinds, lang, pulses)
            save_pdf_atomically(data, path)  # any bytes: temp file, fsync, rename
            repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, detail=f"wat_werkt_{kind}")
            return path

        self._enable(False)
        self.runner.run(job, self._saved, self._failed, busy_text=self.tr("Wordt opgeslagen…"))

    def _saved(self, path: Path) -> None:
        self.ui.statusLabel.setText(self.tr("Opgeslagen als %1.").replace("%1", path.name))
        self._enable(True)
