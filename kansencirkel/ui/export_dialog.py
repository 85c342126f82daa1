"""Export dialogs: one child's overview (kernteam, ouders, blanco) and the meeting agenda.

Rendering, saving and the audit event run through the OperationRunner, off the GUI thread.
The PDF is written only where the user chooses (atomically, neutral default file name) and
the dialog then offers to open it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)

from kansencirkel.core import clock
from kansencirkel.core.consent import shareable_perspectives
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Audience, AuditKind, Perspective
from kansencirkel.core.model import CaseFile
from kansencirkel.ui.dialog_helpers import get_date, set_date
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.export_preview import paint_preview
from kansencirkel.ui.forms.ui_agenda_export_dialog import Ui_AgendaExportDialog
from kansencirkel.ui.forms.ui_export_dialog import Ui_ExportDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.vault.repos import Repositories

RECORD_TYPE = "report"
KINDS = ("kernteam", "ouders", "blanco")


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class _SavingDialog(QDialog):
    """What both dialogs share: choose a file, save off the GUI thread, offer to open."""

    exported = Signal(Path)

    def __init__(self, repos: Repositories, runner: Any, parent: QWidget | None, offer_open: bool,
                 today: date | None) -> None:  # fmt: skip
        super().__init__(parent)
        self.repos = repos
        self.runner = runner
        self.offer_open = offer_open
        self.today = today or clock.today()
        self.saved_path: Path | None = None

    def choose_path(self, file_name: str) -> Path | None:
        """Ask where to save; a neutral name is suggested (never a child's name)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Overzicht opslaan"), str(default_folder() / file_name),
            self.tr("PDF-bestanden (*.pdf)"),
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def _save(self, job: Callable[[], Path]) -> None:
        self._set_busy(True)
        self.runner.run(job, self._saved, self._failed, busy_text=self.tr("PDF wordt gemaakt…"))

    def _saved(self, path: Path) -> None:
        self._set_busy(False)
        self.saved_path = path
        self.exported.emit(path)
        self.status_label().setText(self.tr("Opgeslagen als %1.").replace("%1", path.name))
        if self.offer_open and self.ask_open(path):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        self.done(QDialog.DialogCode.Accepted)

    def ask_open(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Opgeslagen"),
            self.tr("Het overzicht is opgeslagen als %1. Nu openen?").replace("%1", path.name),
        )  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.status_label().setText(error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self.buttons().button(QDialogButtonBox.StandardButton.Save).setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def status_label(self) -> Any:
        raise NotImplementedError

    def buttons(self) -> QDialogButtonBox:
        raise NotImplementedError


class ExportDialog(_SavingDialog):
    """Which report, which perspectives and moments, a first-page preview, then save."""

    preview_ready = Signal()

    def __init__(self, repos: Repositories, runner: Any, child_id: str, parent: QWidget | None = None,
                 *, today: date | None = None, offer_open: bool = True) -> None:  # fmt: skip
        super().__init__(repos, runner, parent, offer_open, today)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.child_id = child_id
        self.case: CaseFile | None = None
        self.lang = current_lang()
        self.checks: dict[Perspective, QCheckBox] = {}
        self._no_consent: set[Perspective] = set()
        for p in PERSPECTIVE_ORDER:
            box = QCheckBox(catalog().perspective_name(p, self.lang), self.ui.perspectivesBox)
            box.setChecked(True)
            box.toggled.connect(self._schedule_preview)
            self.ui.perspectivesLayout.addWidget(box)
            self.checks[p] = box
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._start_preview)
        for radio in (self.ui.kernteamRadio, self.ui.oudersRadio, self.ui.blancoRadio):
            radio.toggled.connect(self._kind_changed)
        self.ui.momentCombo.currentIndexChanged.connect(self._schedule_preview)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Opslaan als PDF…"))  # fmt: skip
        self._set_busy(True)
        self._kind_changed()
        runner.run(lambda: repos.children.case_file(child_id), self._loaded,
                   self._failed, busy_text=self.tr("Gegevens laden…"))  # fmt: skip

    # -- choices ------------------------------------------------------------------------------
    def kind(self) -> str:
        if self.ui.oudersRadio.isChecked():
            return "ouders"
        if self.ui.blancoRadio.isChecked():
            return "blanco"
        return "kernteam"

    def set_kind(self, kind: str) -> None:
        {"kernteam": self.ui.kernteamRadio, "ouders": self.ui.oudersRadio,
         "blanco": self.ui.blancoRadio}[kind].setChecked(True)  # fmt: skip

    def perspectives(self) -> set[Perspective]:
        """Checked views; for parents those without consent stay in the choice so the
        report can say they were left out and why (it never prints them)."""
        return {
            p for p, box in self.checks.items()
            if box.isChecked() and (box.isEnabled() or p in self._no_consent)
        }  # fmt: skip

    def moments(self) -> set[date] | None:
        until = self.ui.momentCombo.currentData()
        if self.case is None or not isinstance(until, date):
            return None
        return {a.assessed_on for a in self.case.assessments if a.assessed_on <= until}

    def _kind_changed(self) -> None:
        hints = {
            "kernteam": self.tr("Voor het kernteam: alle gekozen blikken, afspraken en "
                                "notities, ook interne."),
            "ouders": self.tr("Voor ouders, in eenvoudige taal: alleen wat de vastgelegde "
                              "toestemming toelaat. Interne notities staan er nooit in."),
            "blanco": self.tr("Lege formulieren per blik, om vóór het overleg op papier in "
                              "te vullen."),
        }  # fmt: skip
        self.ui.kindHintLabel.setText(hints[self.kind()])
        self.ui.momentBox.setEnabled(self.kind() != "blanco")
        self._update_checks()
        self._schedule_preview()

    def _update_checks(self) -> None:
        """Only views with data can be chosen; for parents only the consented ones."""
        if self.case is None:
            return
        present = {a.perspective for a in self.case.assessments}
        allowed = set(PERSPECTIVE_ORDER)
        if self.kind() == "ouders":
            decisions = shareable_perspectives(
                Audience.OUDERS, self.case.consents, self.case.child.date_of_birth, self.today
            )
            allowed = {p for p, d in decisions.items() if d.allowed}
        self._no_consent = (present - allowed) if self.kind() == "ouders" else set()
        for p, box in self.checks.items():
            usable = p in allowed and (self.kind() == "blanco" or p in present)
            box.setEnabled(usable)
            no_consent = self.tr("Geen toestemming om deze blik met ouders te delen.")
            box.setToolTip("" if p in allowed else no_consent)

    def _loaded(self, case: CaseFile) -> None:
        from kansencirkel.reports.texts import long_date

        self.case = case
        self._set_busy(False)
        combo = self.ui.momentCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Alle metingen (nieuwste per blik)"), None)
        for day in sorted({a.assessed_on for a in case.assessments}, reverse=True):
            combo.addItem(self.tr("Tot en met %1").replace("%1", long_date(day, self.lang)), day)
        combo.blockSignals(False)
        self._update_checks()
        self._schedule_preview()

    # -- preview ------------------------------------------------------------------------------
    def _schedule_preview(self) -> None:
        self._timer.start()

    def _start_preview(self) -> None:
        case = self.case
        if case is None:
            return
        from kansencirkel.reports.preview import preview_model

        kind, chosen, moments = self.kind(), self.perspectives(), self.moments()
        printed_by, lang, today = self.repos.actor.name, self.lang, self.today
        self.runner.run(
            lambda: preview_model(case, kind, today=today, printed_by=printed_by, lang=lang,
                                  perspectives=chosen, moments=moments),
            self._show_preview, self._failed,
        )  # fmt: skip

    def _show_preview(self, model: Any) -> None:
        label = self.ui.previewLabel
        label.setPixmap(paint_preview(model, label.minimumWidth(), label.minimumHeight()))
        self.preview_ready.emit()

    # -- saving -------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.case is None:
            return
        from kansencirkel.reports import neutral_file_name

        path = self.choose_path(neutral_file_name(self.kind(), self.today))
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        from kansencirkel.reports import render_child_report, save_pdf_atomically

        case, kind, repos = self.case, self.kind(), self.repos
        chosen, moments, lang, today = self.perspectives(), self.moments(), self.lang, self.today
        assert case is not None

        def job() -> Path:
            data = render_child_report(case, kind, printed_by=repos.actor.name,  # type: ignore[arg-type]
                                       today=today, lang=lang, perspectives=chosen,
                                       moments=moments)  # fmt: skip
            save_pdf_atomically(data, path)
            repos.audit.record(AuditKind.EXPORT, RECORD_TYPE, case.child.id, case.child.id,
                               detail=kind)  # fmt: skip
            return path

        self._save(job)

    def status_label(self) -> Any:
        return self.ui.statusLabel

    def buttons(self) -> QDialogButtonBox:
        return self.ui.buttonBox


class AgendaExportDialog(_SavingDialog):
    """The agenda for one meeting date: which children, then save as PDF."""

    def __init__(self, repos: Repositories, runner: Any, parent: QWidget | None = None, *,
                 today: date | None = None, offer_open: bool = True) -> None:  # fmt: skip
        super().__init__(repos, runner, parent, offer_open, today)
        self.ui = Ui_AgendaExportDialog()
        self.ui.setupUi(self)
        self.child_ids: list[str] = []
        set_date(self.ui.dateEdit, self.today)
        self.ui.dateEdit.dateChanged.connect(self._load)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Opslaan als PDF…"))  # fmt: skip
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
            self.ui.statusLabel.setText(self.tr("Er staan geen kinderen op de agenda voor "
                                                "deze datum."))  # fmt: skip
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
            data = render_agenda(day, cases, printed_by=repos.actor.name, today=today,
                                 lang=lang)  # fmt: skip
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
