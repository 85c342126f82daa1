"""Export one child's overview as PDF: kernteam, ouders or blanco, with a first-page preview.

Which report, which perspectives and moments; for parents only what the recorded consent
allows. Loading, the preview, rendering, saving and the audit event run through the
OperationRunner, off the GUI thread; see :mod:`kansencirkel.ui.saving_dialog`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QWidget

from kansencirkel.core.age_band import AGE_BANDS, DEFAULT_BAND, AgeBand, band_for
from kansencirkel.core.consent import shareable_perspectives
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Audience, AuditKind, Perspective
from kansencirkel.core.model import CaseFile
from kansencirkel.ui.consent_warning import show_warnings
from kansencirkel.ui.dialog_helpers import grow_to_fit, tab_after
from kansencirkel.ui.export_preview import paint_preview
from kansencirkel.ui.forms.ui_export_dialog import Ui_ExportDialog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.saving_dialog import RECORD_TYPE, SavingDialog

if TYPE_CHECKING:
    from kansencirkel.reports.preview import PreviewModel
    from kansencirkel.vault.repos import Repositories


class ExportDialog(SavingDialog):
    """Which report, which perspectives and moments, a first-page preview, then save."""

    preview_ready = Signal()

    def __init__(
        self,
        repos: Repositories,
        runner: OperationRunner,
        child_id: str,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        offer_open: bool = True,
    ) -> None:
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
            box.toggled.connect(self._update_consent)
            self.ui.perspectivesLayout.addWidget(box)
            self.checks[p] = box
        tab_after(self.ui.perspectivesBox, list(self.checks.values()))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._start_preview)
        for radio in (self.ui.kernteamRadio, self.ui.oudersRadio, self.ui.blancoRadio):
            radio.toggled.connect(self._kind_changed)
        self.ui.momentCombo.currentIndexChanged.connect(self._schedule_preview)
        bands = {
            "4-7": self.tr("4 tot 7 jaar (wordt voorgelezen)"),
            "8-12": self.tr("8 tot 12 jaar"),
            "12+": self.tr("12 jaar en ouder"),
        }
        for band in AGE_BANDS:
            self.ui.ageBandCombo.addItem(bands[band], band)
        self.ui.ageBandCombo.setCurrentIndex(AGE_BANDS.index(DEFAULT_BAND))
        self.ui.ageBandCombo.currentIndexChanged.connect(self._schedule_preview)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setText(
            self.tr("&Opslaan als PDF…")
        )
        self.ui.consentWarningLabel.hide()
        self._set_busy(True)
        self._kind_changed()
        runner.run(
            lambda: repos.children.case_file(child_id),
            self._loaded,
            self._failed,
            busy_text=self.tr("Gegevens laden…"),
        )

    # -- choices ------------------------------------------------------------------------------
    def kind(self) -> str:
        if self.ui.oudersRadio.isChecked():
            return "ouders"
        if self.ui.blancoRadio.isChecked():
            return "blanco"
        return "kernteam"

    def set_kind(self, kind: str) -> None:
        {
            "kernteam": self.ui.kernteamRadio,
            "ouders": self.ui.oudersRadio,
            "blanco": self.ui.blancoRadio,
        }[kind].setChecked(True)

    def age_band(self) -> AgeBand:
        """The child's form: the band from the date of birth, else the one chosen here."""
        return cast("AgeBand", self.ui.ageBandCombo.currentData())

    def _update_age_band(self) -> None:
        """Chosen from the date of birth when it is known (then shown, not changeable)."""
        own = band_for(self.case.child.date_of_birth, self.today) if self.case else None
        combo = self.ui.ageBandCombo
        if own is not None:
            combo.setCurrentIndex(AGE_BANDS.index(own))
        blank = self.kind() == "blanco"
        combo.setEnabled(blank and own is None)
        self.ui.ageBandLabel.setEnabled(blank)
        combo.setToolTip(
            self.tr("Gekozen uit de geboortedatum van het kind.") if own is not None else ""
        )

    def perspectives(self) -> set[Perspective]:
        """Checked views; for parents those without consent stay in the choice so the
        report can say they were left out and why (it never prints them)."""
        return {
            p
            for p, box in self.checks.items()
            if box.isChecked() and (box.isEnabled() or p in self._no_consent)
        }

    def moments(self) -> set[date] | None:
        until = self.ui.momentCombo.currentData()
        if self.case is None or not isinstance(until, date):
            return None
        return {a.assessed_on for a in self.case.assessments if a.assessed_on <= until}

    def _kind_changed(self) -> None:
        hints = {
            "kernteam": self.tr(
                "Voor het kernteam: alle gekozen blikken, afspraken en notities, ook interne."
            ),
            "ouders": self.tr(
                "Voor ouders, in eenvoudige taal: alleen wat de vastgelegde "
                "toestemming toelaat. Interne notities staan er nooit in."
            ),
            "blanco": self.tr(
                "Lege formulieren per blik, om vóór het overleg op papier in te vullen."
            ),
        }
        self.ui.kindHintLabel.setText(hints[self.kind()])
        self.ui.momentBox.setEnabled(self.kind() != "blanco")
        self._update_age_band()
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
        self._update_consent()

    def _update_consent(self) -> None:
        """What consent says about the report as chosen, shown before anything is saved."""
        label = self.ui.consentWarningLabel
        if self.case is None:
            label.hide()
            return
        from kansencirkel.reports.consent_check import report_consent

        checked = report_consent(self.case, self.kind(), self.today, self.perspectives())
        if checked is None:
            label.hide()
        elif show_warnings(label, checked.warnings, leaves_out=checked.leaves_out):
            grow_to_fit(self)  # the warnings must not squeeze the choices above them

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
        self._update_age_band()
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
            lambda: preview_model(
                case,
                kind,
                today=today,
                printed_by=printed_by,
                lang=lang,
                perspectives=chosen,
                moments=moments,
            ),
            self._show_preview,
            self._failed,
        )

    def _show_preview(self, model: PreviewModel) -> None:
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
        from kansencirkel.reports.pdfa import archival_copy

        case, kind, repos = self.case, self.kind(), self.repos
        chosen, moments, lang, today = self.perspectives(), self.moments(), self.lang, self.today
        archival = self.ui.pdfaCheck.isChecked()
        band = self.age_band()
        assert case is not None

        def job() -> Path:
            data = render_child_report(
                case,
                kind,  # type: ignore[arg-type]
                printed_by=repos.actor.name,
                today=today,
                lang=lang,
                perspectives=chosen,
                moments=moments,
                age_band=band,
            )
            if archival:
                data = archival_copy(data)
            save_pdf_atomically(data, path)
            repos.audit.record(
                AuditKind.EXPORT, RECORD_TYPE, case.child.id, case.child.id, detail=kind
            )
            return path

        self._save(job)

    def status_label(self) -> Any:
        return self.ui.statusLabel

    def buttons(self) -> QDialogButtonBox:
        return self.ui.buttonBox
