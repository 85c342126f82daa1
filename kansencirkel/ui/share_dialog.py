""" "Delen…" on a child's page: the sealed hand-over first, the plain JSON export second.

The sealed file goes to a receiving side (zorg or school) and is offered when consent allows
every part it holds for that side; otherwise the parts without consent are named, and it goes
only with "toch delen" and a reason (logged). Reading the file, deriving the key, sealing and
writing run off the GUI thread; then the one-time code is shown large, in groups, with the
advice to pass it by phone. The plain export asks for a reason and says it is not encrypted.
Both are audited (EXPORT, with the side or the reason).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kansencirkel.core import clock
from kansencirkel.core.enums import Audience, AuditKind
from kansencirkel.core.handover import (
    MIN_REASON,
    REASON_TOO_SHORT,
    consent_gaps,
    expiry_lines,
    gap_names,
    plain_export_detail,
    reason_ok,
)
from kansencirkel.core.i18n import Message
from kansencirkel.core.model import CaseFile
from kansencirkel.ui.dialog_helpers import show_error_label, tr
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.forms.ui_share_dialog import Ui_ShareDialog
from kansencirkel.ui.operations import OperationRunner
from kansencirkel.ui.save_path import ask_save_path
from kansencirkel.ui.saving_dialog import default_folder
from kansencirkel.vault.errors import InputRejected
from kansencirkel.vault.kdf import PRODUCTION_KDF, KdfParams

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories


class ShareDialog(QDialog):
    def __init__(
        self,
        repos: Repositories,
        runner: OperationRunner,
        child_id: str,
        parent: QWidget | None = None,
        *,
        kdf: KdfParams = PRODUCTION_KDF,
    ) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ShareDialog()
        ui.setupUi(self)
        self.repos, self.runner, self.child_id, self.kdf = repos, runner, child_id, kdf
        self.case: CaseFile | None = None
        self.code = ""  # the last code shown (tests)
        self.saved_path: Path | None = None
        ui.sideCombo.addItem(self.tr("de zorg (jeugdhulp, CJG)"), Audience.ZORG.value)
        ui.sideCombo.addItem(self.tr("de school"), Audience.SCHOOL.value)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setText(tr("Sluiten"))
        for label in (ui.codeLabel, ui.codeHint, ui.errorLabel):
            label.hide()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 2.2)
        font.setWeight(QFont.Weight.Bold)
        ui.codeLabel.setFont(font)
        ui.sideCombo.currentIndexChanged.connect(self._update_consent)
        ui.overrideCheck.toggled.connect(self._update_consent)
        ui.sealButton.clicked.connect(self.save_sealed)
        ui.jsonButton.clicked.connect(self.save_plain)
        ui.buttonBox.rejected.connect(self.reject)
        ui.sealButton.setEnabled(False)
        ui.consentLabel.setText(self.tr("Toestemming wordt gelezen…"))
        repos_ = repos
        runner.run(
            lambda: repos_.handover.outgoing([child_id]),
            self._loaded,
            self._failed,
            busy_text=self.tr("Dossier lezen…"),
        )

    # -- consent ------------------------------------------------------------------------

    def audience(self) -> Audience:
        return Audience(self.ui.sideCombo.currentData())  # the combo hands back the text

    def set_audience(self, audience: Audience) -> None:
        self.ui.sideCombo.setCurrentIndex(self.ui.sideCombo.findData(audience.value))

    def _loaded(self, cases: tuple[CaseFile, ...]) -> None:
        self.case = cases[0]
        self._update_consent()

    def gaps_names(self) -> list[str]:
        if self.case is None:
            return []
        gaps = consent_gaps(self.case, self.audience(), clock.today())
        return [Message(m).text() for m in gap_names(gaps)]

    def _update_consent(self) -> None:
        ui = self.ui
        missing = self.gaps_names()
        side = ui.sideCombo.currentText()
        ui.overrideCheck.setVisible(bool(missing))
        ui.overrideEdit.setVisible(bool(missing) and ui.overrideCheck.isChecked())
        if self.case is None:
            return
        if missing:
            ui.consentLabel.setText(
                self.tr("Geen toestemming om {parts} met {side} te delen.").format(
                    parts=", ".join(missing), side=side
                )
            )
        else:
            ui.consentLabel.setText(
                self.tr(
                    "De toestemming staat delen met {side} toe voor alles in dit dossier."
                ).format(side=side)
            )
        soon = expiry_lines(self.case, self.audience(), clock.today())
        if soon:  # the receiving side may not get the next hand-over
            ui.consentLabel.setText("\n".join([ui.consentLabel.text(), *soon]))
        ui.sealButton.setEnabled(not missing or ui.overrideCheck.isChecked())

    # -- the sealed file ----------------------------------------------------------------

    def _error(self, sentence: str) -> None:
        show_error_label(self.ui.errorLabel, sentence)

    def _failed(self, exc: BaseException) -> None:
        self.ui.sealButton.setEnabled(self.case is not None)
        self.ui.jsonButton.setEnabled(True)
        self._error(error_text(exc))

    def save_sealed(self) -> None:
        missing = self.gaps_names()
        reason = self.ui.overrideEdit.text().strip() if missing else None
        if missing and not reason_ok(reason):
            self._error(
                self.tr("Geef een reden van minstens {n} tekens om toch te delen.").format(
                    n=MIN_REASON
                )
            )
            self.ui.overrideEdit.setFocus()
            return
        path = ask_save_path(
            self,
            self.tr("Overdracht opslaan"),
            default_folder() / f"overdracht-{clock.today().isoformat()}.kcx",
            self.tr("Overdracht (*.kcx)"),
            ".kcx",
        )
        if path is not None:
            self.seal_to(path, reason)

    def seal_to(self, path: Path, reason: str | None) -> None:
        """Seal and write off the GUI thread; shows the code when done."""
        repos, child_id, audience, kdf = self.repos, self.child_id, self.audience(), self.kdf
        expires = clock.today() + timedelta(days=self.ui.expiresSpin.value())

        def job() -> str:
            return seal_and_save(repos, [child_id], audience, expires, path, reason, kdf)

        self.ui.errorLabel.hide()
        self.ui.sealButton.setEnabled(False)
        self.runner.run(
            job,
            lambda code: self._sealed(path, code, expires),
            self._failed,
            busy_text=self.tr("Overdracht versleutelen…"),
        )

    def _sealed(self, path: Path, code: str, expires: date) -> None:
        from kansencirkel.exchange.handover_code import shown

        self.code, self.saved_path = code, path
        ui = self.ui
        ui.codeLabel.setText(shown(code))
        ui.codeLabel.show()
        ui.codeHint.setText(
            self.tr(
                "Opgeslagen als {name}. Geef deze code telefonisch door, niet in dezelfde mail "
                "als het bestand; hij werkt tot en met {day}."
            ).format(name=path.name, day=expires.strftime("%d-%m-%Y"))
        )
        ui.codeHint.show()
        ui.sealButton.setEnabled(True)

    # -- the plain export ---------------------------------------------------------------

    def save_plain(self) -> None:
        reason = self.ui.reasonEdit.text().strip()
        if not reason_ok(reason):
            self._error(
                self.tr(
                    "Geef een reden van minstens {n} tekens; een export zonder versleuteling "
                    "wordt met de reden gelogd."
                ).format(n=MIN_REASON)
            )
            self.ui.reasonEdit.setFocus()
            return
        path = ask_save_path(
            self,
            self.tr("Onversleutelde export opslaan"),
            default_folder() / f"dossier-{clock.today().isoformat()}.json",
            self.tr("JSON-bestand (*.json)"),
            ".json",
        )
        if path is not None:
            self.export_plain_to(path, reason)

    def export_plain_to(self, path: Path, reason: str) -> None:
        repos, child_id = self.repos, self.child_id

        def job() -> Path:
            from kansencirkel.core.files import atomic_write_bytes
            from kansencirkel.exchange.casefile_json import case_file_text

            text = case_file_text(repos.children.case_file(child_id), clock.now())
            atomic_write_bytes(path, text.encode("utf-8"))
            repos.audit.record(
                AuditKind.EXPORT, "case_file", child_id, child_id, plain_export_detail(reason)
            )
            return path

        self.ui.errorLabel.hide()
        self.ui.jsonButton.setEnabled(False)
        self.runner.run(job, self._exported, self._failed, busy_text=self.tr("Exporteren…"))

    def _exported(self, path: Path) -> None:
        self.saved_path = path
        self.ui.jsonButton.setEnabled(True)
        show_error_label(
            self.ui.errorLabel,
            self.tr(
                "Opgeslagen als {name}. Dit bestand is niet versleuteld: bewaar het alleen zo "
                "lang als nodig en verwijder het daarna."
            ).format(name=path.name),
        )


def seal_and_save(
    repos: Repositories,
    child_ids: list[str],
    audience: Audience,
    expires_on: date,
    path: Path,
    override_reason: str | None,
    kdf: KdfParams = PRODUCTION_KDF,
) -> str:
    """Read, seal and save a hand-over of ``child_ids`` at ``path`` (replacing a file the
    user agreed to replace), then log it; returns the code. Runs off the GUI thread."""
    from kansencirkel.core.files import atomic_write_bytes
    from kansencirkel.exchange.handover_code import new_code
    from kansencirkel.exchange.handover_file import Handover, seal_handover

    cases = repos.handover.outgoing(child_ids)
    gaps = [g for c in cases for g in consent_gaps(c, audience, clock.today())]
    if gaps and not reason_ok(override_reason):
        raise InputRejected(REASON_TOO_SHORT, count=MIN_REASON)
    vault_id, is_demo = repos.handover.sender()
    code = new_code()
    sealed = Handover(cases, audience, expires_on, clock.now(), vault_id, is_demo)
    atomic_write_bytes(path, seal_handover(sealed, code, kdf=kdf))
    repos.handover.sent(cases, audience, override_reason if gaps else None)
    return code
