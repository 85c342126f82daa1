"""Agenda export: the children on one meeting date's agenda, saved as one PDF.

Listing, rendering, saving and the audit events (one per child on the agenda) run through the
OperationRunner, off the GUI thread; see :mod:`kansencirkel.ui.saving_dialog`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.dialog_helpers import get_date, set_date
from kansencirkel.ui.forms.ui_agenda_export_dialog import Ui_AgendaExportDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.saving_dialog import RECORD_TYPE, SavingDialog

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories


class AgendaExportDialog(SavingDialog):
    """The agenda for one meeting date: which children, then save as PDF."""

    def __init__(
        self,
        repos: Repositories,
        runner: OperationRunner,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        offer_open: bool = True,
    ) -> None:
        super().__init__(repos, runner, parent, offer_open, today)
        self.ui = Ui_AgendaExportDialog()
        self.ui.setupUi(self)
        self.child_ids: list[str] = []
        set_date(self.ui.dateEdit, self.today)
        self.ui.dateEdit.dateChanged.connect(self._load)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Opslaan als PDF…")
        )
        self._load()

    def day(self) -> date:
        return get_date(self.ui.dateEdit)

    def _load(self) -> None:
        day, repos = self.day(), self.repos

        def job() -> list[tuple[str, str]]:
            ids = repos.meetings.agenda(day)
            names = {s.child.id: s.child.full_name for s in repos.children.summaries(day)}
            return [(i, names.get(i, "")) for i in ids]

        self.runner.run(job, self._listed, self._failed)

    def _listed(self, rows: list[tuple[str, str]]) -> None:
        self.child_ids = [i for i, _ in rows]
        self.ui.childrenList.clear()
        self.ui.childrenList.addItems([name for _, name in rows])
        if not rows:
            self.ui.statusLabel.setText(
                self.tr("Er staan geen kinderen op de agenda voor deze datum.")
            )
        else:
            self.ui.statusLabel.setText("")

    def accept(self) -> None:
        from kansencirkel.reports import neutral_file_name

        path = self.choose_path(neutral_file_name("agenda", self.day()))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        from kansencirkel.reports import render_agenda, save_pdf_atomically

        day, repos, today, lang = self.day(), self.repos, self.today, current_lang()

        def job() -> Path:
            ids = repos.meetings.agenda(day)
            cases = [repos.children.case_file(i) for i in ids]
            data = render_agenda(day, cases, printed_by=repos.actor.name, today=today, lang=lang)
            save_pdf_atomically(data, path)
            targets: list[str | None] = [*ids] or [None]
            for i in targets:
                repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, None, i, detail="agenda")
            return path

        self._save(job)

    def status_label(self) -> Any:
        return self.ui.statusLabel

    def buttons(self) -> QDialogButtonBox:
        return self.ui.buttonBox
