"""Agenda export: the user chooses and orders the children of one meeting date's agenda,
saved as one PDF.

The list holds every active child with a checkbox; the children the vault's agenda gives for
the date come first and checked, by group and name. Space ticks a child, Om&hoog/Om&laag
(Alt+H, Alt+L, or Ctrl+Up/Ctrl+Down in the list) move the current one; the PDF has the ticked
children in the list's order. Before the file name is asked, a child whose consent does not
cover the kernteam for what the agenda prints is named (:func:`confirm_lines`). Listing,
rendering, saving and the audit events (one per child on the agenda) run through the
OperationRunner, off the GUI thread; see :mod:`kansencirkel.ui.saving_dialog`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialogButtonBox, QListWidgetItem, QWidget

from kansencirkel.core.enums import AuditKind, ChildStatus
from kansencirkel.ui.consent_warning import confirm_lines
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
        self.child_ids: list[str] = []  # the vault's agenda for the date (preselected)
        set_date(self.ui.dateEdit, self.today)
        self.ui.dateEdit.dateChanged.connect(self._load)
        self.ui.upButton.clicked.connect(lambda: self.move_current(-1))
        self.ui.downButton.clicked.connect(lambda: self.move_current(1))
        self.ui.childrenList.installEventFilter(self)  # Ctrl+Up / Ctrl+Down move too
        self.ui.childrenList.currentRowChanged.connect(self._update_buttons)
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

        def job() -> tuple[list[str], list[tuple[str, str]]]:
            from kansencirkel.reports.agenda import agenda_key

            on_agenda = set(repos.meetings.agenda(day))
            kids = [
                s.child
                for s in repos.children.summaries(day)
                if s.child.id in on_agenda or s.child.status is ChildStatus.ACTIEF
            ]
            kids.sort(key=lambda c: (c.id not in on_agenda, *agenda_key(c)))
            return [c.id for c in kids if c.id in on_agenda], [(c.id, c.full_name) for c in kids]

        self.runner.run(job, self._listed, self._failed)

    def _listed(self, listed: tuple[list[str], list[tuple[str, str]]]) -> None:
        agenda, rows = listed
        self.child_ids = agenda
        view = self.ui.childrenList
        view.clear()
        for child_id, name in rows:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, child_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = child_id in agenda
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            view.addItem(item)
        if rows:
            view.setCurrentRow(0)
        self._update_buttons()
        if not agenda:
            self.ui.statusLabel.setText(
                self.tr(
                    "Er staan geen kinderen op de agenda voor deze datum; vink aan wie je wilt "
                    "bespreken."
                )
            )
        else:
            self.ui.statusLabel.setText("")

    def chosen_ids(self) -> list[str]:
        """The ticked children, in the list's order: the agenda's order on paper."""
        view = self.ui.childrenList
        return [
            str(view.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(view.count())
            if view.item(i).checkState() is Qt.CheckState.Checked
        ]

    def move_current(self, step: int) -> None:
        """Move the current child one place up (-1) or down (1); the focus stays in the list."""
        view = self.ui.childrenList
        row = view.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < view.count():
            return
        item = view.takeItem(row)
        view.insertItem(target, item)
        view.setCurrentRow(target)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.childrenList and isinstance(event, QKeyEvent):
            steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            if event.type() is QEvent.Type.KeyPress and ctrl and event.key() in steps:
                self.move_current(steps[Qt.Key(event.key())])
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self) -> None:
        view = self.ui.childrenList
        row = view.currentRow()
        self.ui.upButton.setEnabled(row > 0)
        self.ui.downButton.setEnabled(0 <= row < view.count() - 1)

    def accept(self) -> None:
        """First what consent says about the children on it (read in the background), then
        the file name."""
        from kansencirkel.reports.consent_check import agenda_lines

        ids, repos, today = self.chosen_ids(), self.repos, self.today
        self._set_busy(True)
        self.runner.run(
            lambda: agenda_lines([repos.children.case_file(i) for i in ids], today),
            self._consent_checked,
            self._failed,
        )

    def _consent_checked(self, lines: list[str]) -> None:
        from kansencirkel.reports import neutral_file_name

        self._set_busy(False)
        if not confirm_lines(self, lines, action=self.tr("Toch &opslaan")):
            return
        path = self.choose_path(neutral_file_name("agenda", self.day()))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        from kansencirkel.reports import render_agenda, save_pdf_atomically

        day, repos, today, lang = self.day(), self.repos, self.today, current_lang()
        ids = self.chosen_ids()

        def job() -> Path:
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
