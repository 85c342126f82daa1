"""The assessment form's fields as one object: what they hold (as the input the vault
receives, or as a draft payload), filling them from a draft or an earlier assessment, and the
check before saving (one clear sentence per problem).

The form owns one (``form.fields``) and stays about layout, keyboard and saving.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.i18n import Lang
from kansencirkel.core.model import Assessment, AssessmentInput
from kansencirkel.ui.assessment_payload import (
    PAYLOAD_VERSION,
    clean_answered,
    clean_notes,
    clean_scores,
    compare_texts,
    payload_date,
)
from kansencirkel.ui.dialog_helpers import get_date
from kansencirkel.ui.element_row import ElementRow
from kansencirkel.ui.forms.ui_assessment_form import Ui_AssessmentForm
from kansencirkel.ui.i18n import tr


class AssessmentFields:
    """The header fields, the eight element rows and the texts of one assessment form."""

    def __init__(
        self, ui: Ui_AssessmentForm, rows: Sequence[ElementRow], corrects: Assessment | None
    ) -> None:
        self.ui, self.rows, self.corrects = ui, rows, corrects

    def perspective(self) -> Perspective:
        return Perspective(self.ui.perspectiveCombo.currentData())

    def role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())

    def assessed_on(self) -> date:
        return get_date(self.ui.dateEdit)

    def select_perspective(self, p: Perspective) -> None:
        self.ui.perspectiveCombo.setCurrentIndex(self.ui.perspectiveCombo.findData(p.value))

    def set_date(self, day: date) -> None:
        self.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))

    def set_giver(self, name: str, role: Role) -> None:
        self.ui.givenByEdit.setText(name)
        self.ui.roleCombo.setCurrentIndex(max(0, self.ui.roleCombo.findData(role.value)))

    # -- beside the rows ------------------------------------------------------------------

    def show_help(self, key: str, lang: Lang) -> None:
        """The element's help text and prompts (with the child's sentence for "kind")."""
        ui, el = self.ui, catalog().element(key)
        ui.helpTitle.setText(el.name(lang))
        text = el.help(lang)
        if self.perspective() is Perspective.KIND:
            text = f"{text}\n\n" + tr("Voor het kind:") + f" “{el.child_sentence(lang)}”"
        ui.helpText.setText(text)
        prompts = "".join(f"<li>{p}</li>" for p in el.prompts(lang))
        ui.promptsLabel.setText("<b>" + tr("Vragen") + f"</b><ul>{prompts}</ul>")

    def show_others(self, on: bool, assessments: Sequence[Assessment], lang: Lang) -> None:
        """Blind scoring ends only here: the other perspectives beside each row, on request."""
        ui = self.ui
        ui.revealButton.setText(
            tr("Verberg andere gezichtspunten") if on else tr("Toon andere gezichtspunten")
        )
        if not on:
            for row in self.rows:
                row.set_compare("")
            ui.revealLabel.setText("")
            return
        exclude = self.corrects.id if self.corrects else None
        per_row, summary = compare_texts(self.perspective(), assessments, lang, exclude)
        for row in self.rows:
            row.set_compare(per_row[row.key])
        ui.revealLabel.setText(summary)

    # -- drafts --------------------------------------------------------------------------

    def payload(self) -> dict[str, object]:
        """Everything typed, as a draft keeps it (also what is not valid yet)."""
        ui = self.ui
        return {
            "v": PAYLOAD_VERSION,
            "perspective": self.perspective().value,
            "assessed_on": self.assessed_on().isoformat(),
            "given_by": ui.givenByEdit.text(),
            "given_by_role": self.role().value,
            "scores": {row.key: row.score() for row in self.rows},
            "answered": [row.key for row in self.rows if row.answered()],
            "notes": {row.key: row.ui.noteEdit.text() for row in self.rows},
            "goes_well": ui.goesWellEdit.toPlainText(),
            "wishes": ui.wishesEdit.toPlainText(),
            "corrects_id": self.corrects.id if self.corrects else None,
            "correction_reason": ui.reasonEdit.text(),
        }

    def apply_payload(self, payload: Mapping[str, Any], today: date) -> None:
        """Fill the fields from a draft (values it lacks or that are broken stay empty)."""
        ui = self.ui
        if self.corrects is None and payload.get("perspective") in Perspective._value2member_map_:
            self.select_perspective(Perspective(payload["perspective"]))
        self.set_date(payload_date(payload, today))
        ui.givenByEdit.setText(str(payload.get("given_by") or ""))
        i = ui.roleCombo.findData(payload.get("given_by_role"))
        if i >= 0:
            ui.roleCombo.setCurrentIndex(i)
        scores, notes = clean_scores(payload.get("scores")), clean_notes(payload.get("notes"))
        answered = clean_answered(payload, scores)
        for row in self.rows:
            row.set_value(scores[row.key], notes[row.key], answered=row.key in answered)
        ui.goesWellEdit.setPlainText(str(payload.get("goes_well") or ""))
        ui.wishesEdit.setPlainText(str(payload.get("wishes") or ""))
        ui.reasonEdit.setText(str(payload.get("correction_reason") or ""))

    def fill_from(self, a: Assessment) -> None:
        """Start a correction from the version it corrects."""
        self.select_perspective(a.perspective)
        self.set_date(a.assessed_on)
        self.set_giver(a.given_by, a.given_by_role)
        for row in self.rows:
            row.set_value(a.score(row.key), a.notes.get(row.key, ""))
        self.ui.goesWellEdit.setPlainText(a.goes_well)
        self.ui.wishesEdit.setPlainText(a.wishes)

    # -- saving --------------------------------------------------------------------------

    def problem(self) -> tuple[str, QWidget] | None:
        """The first problem as one sentence plus the field to fix, or None."""
        ui = self.ui
        if not ui.goesWellEdit.toPlainText().strip():
            return (
                tr("Vul in wat er goed gaat: dat hoort bij elke meting, ook als het weinig is."),
                ui.goesWellEdit,
            )
        if not ui.givenByEdit.text().strip():
            return tr("Vul in wie deze scores gaf."), ui.givenByEdit
        if self.corrects is not None and not ui.reasonEdit.text().strip():
            return tr("Schrijf kort op waarom je deze meting corrigeert."), ui.reasonEdit
        return None

    def unanswered(self) -> list[ElementRow]:
        """Rows nobody filled in yet (not even with 'weet niet')."""
        return [row for row in self.rows if not row.answered()]

    def to_input(self, child_id: str) -> AssessmentInput:
        ui = self.ui
        return AssessmentInput(
            child_id=child_id,
            perspective=self.perspective(),
            assessed_on=self.assessed_on(),
            given_by=ui.givenByEdit.text().strip(),
            given_by_role=self.role(),
            scores={row.key: row.score() for row in self.rows},
            notes={row.key: row.note() for row in self.rows if row.note()},
            goes_well=ui.goesWellEdit.toPlainText().strip(),
            wishes=ui.wishesEdit.toPlainText().strip(),
            corrects_id=self.corrects.id if self.corrects else None,
            correction_reason=ui.reasonEdit.text().strip(),
        )
