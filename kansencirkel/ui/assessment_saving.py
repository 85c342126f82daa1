"""Checking the assessment form before it is saved: one clear sentence per problem, and the
:class:`AssessmentInput` the vault receives."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import Assessment, AssessmentInput
from kansencirkel.ui.element_row import ElementRow
from kansencirkel.ui.forms.ui_assessment_form import Ui_AssessmentForm


def _tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentForm", text)


def validation_error(
    ui: Ui_AssessmentForm, corrects: Assessment | None
) -> tuple[str, QWidget] | None:
    """The first problem as one sentence plus the field to fix, or None."""
    if not ui.goesWellEdit.toPlainText().strip():
        return (
            _tr("Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is."),
            ui.goesWellEdit,
        )
    if not ui.givenByEdit.text().strip():
        return _tr("Vul in wie deze scores gaf."), ui.givenByEdit
    if corrects is not None and not ui.reasonEdit.text().strip():
        return _tr("Schrijf kort op waarom je deze meting corrigeert."), ui.reasonEdit
    return None


def to_input(
    ui: Ui_AssessmentForm,
    rows: Sequence[ElementRow],
    *,
    child_id: str,
    perspective: Perspective,
    assessed_on: date,
    role: Role,
    corrects: Assessment | None,
) -> AssessmentInput:
    return AssessmentInput(
        child_id=child_id,
        perspective=perspective,
        assessed_on=assessed_on,
        given_by=ui.givenByEdit.text().strip(),
        given_by_role=role,
        scores={row.key: row.score() for row in rows},
        notes={row.key: row.note() for row in rows if row.note()},
        goes_well=ui.goesWellEdit.toPlainText().strip(),
        wishes=ui.wishesEdit.toPlainText().strip(),
        corrects_id=corrects.id if corrects else None,
        correction_reason=ui.reasonEdit.text().strip(),
    )
