"""Saving from the assessment form: check the input (one clear sentence per problem), hand
an :class:`AssessmentInput` to the vault off the GUI thread, drop the draft once saved.
A mixin so the form module stays about layout and keyboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core.model import Assessment, AssessmentInput

if TYPE_CHECKING:
    _Base = QDialog
else:
    _Base = object


class AssessmentSaving(_Base):
    vault: Any
    runner: Any
    child: Any
    corrects: Assessment | None
    rows: list[Any]
    ui: Any
    draft_timer: Any
    saved: Any
    _draft_id: str | None
    _dirty: bool
    _submitting: bool

    def perspective(self) -> Any:  # pragma: no cover - the form implements these
        raise NotImplementedError

    def role(self) -> Any:  # pragma: no cover
        raise NotImplementedError

    def assessed_on(self) -> Any:  # pragma: no cover
        raise NotImplementedError

    # -- saving ---------------------------------------------------------------------------

    def validation_error(self) -> tuple[str, QWidget] | None:
        """The first problem as one sentence plus the field to fix, or None."""
        ui = self.ui
        if not ui.goesWellEdit.toPlainText().strip():
            return (
                self.tr(
                    "Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is."
                ),
                ui.goesWellEdit,
            )
        if not ui.givenByEdit.text().strip():
            return self.tr("Vul in wie deze scores gaf."), ui.givenByEdit
        if self.corrects is not None and not ui.reasonEdit.text().strip():
            return self.tr("Schrijf kort op waarom je deze meting corrigeert."), ui.reasonEdit
        return None

    def to_input(self) -> AssessmentInput:
        return AssessmentInput(
            child_id=self.child.id,
            perspective=self.perspective(),
            assessed_on=self.assessed_on(),
            given_by=self.ui.givenByEdit.text().strip(),
            given_by_role=self.role(),
            scores={row.key: row.score() for row in self.rows},
            notes={row.key: row.note() for row in self.rows if row.note()},
            goes_well=self.ui.goesWellEdit.toPlainText().strip(),
            wishes=self.ui.wishesEdit.toPlainText().strip(),
            corrects_id=self.corrects.id if self.corrects else None,
            correction_reason=self.ui.reasonEdit.text().strip(),
        )

    def submit(self) -> None:
        if self._submitting:
            return
        problem = self.validation_error()
        if problem is not None:
            self.show_message(problem[0])
            problem[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        data = self.to_input()
        self._submitting = True
        self.draft_timer.stop()
        self.ui.saveButton.setEnabled(False)
        vault = self.vault

        def job() -> Assessment:
            saved = vault.assessments.save(data)
            # Read at run time: a draft save queued before us may just have set the id.
            if self._draft_id is not None:
                vault.drafts.discard(self._draft_id)
            return saved  # type: ignore[no-any-return]

        self.runner.run(job, self._saved, self._save_failed, busy_text=self.tr("Meting opslaan…"))

    def _saved(self, assessment: Assessment) -> None:
        self._draft_id = None
        self._dirty = False
        self.saved.emit(assessment)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        from kansencirkel.ui.errors import error_text

        self._submitting = False
        self.ui.saveButton.setEnabled(True)
        self.show_message(error_text(exc))
        if self._dirty:
            self.draft_timer.start()

    def show_message(self, sentence: str) -> None:
        """One sentence above the buttons; everything typed stays where it is."""
        self.ui.errorLabel.setText(sentence)
        self.ui.errorLabel.show()
