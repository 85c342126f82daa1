"""The child's page part that enters assessments: opening the form (blind: the page behind
it hides its content), going on with a draft left by an earlier session or a crash, and
throwing one away. A mixin so :mod:`kansencirkel.ui.child_page` stays about loading and
showing; it relies on the page's ``vault``, ``runner``, ``data``, ``form`` and ``ui``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Assessment, Draft
from kansencirkel.ui.sections.common import ChildData, fmt_moment, perspective_name

if TYPE_CHECKING:
    _Base = QWidget
else:
    _Base = object


class AssessmentEntry(_Base):
    vault: Any
    runner: Any
    data: ChildData | None
    form: Any
    ui: Any
    child_changed: Any  # Signal(str) on the page

    def reload(self) -> None:  # pragma: no cover - the page implements these
        raise NotImplementedError

    def run_edit(self, job: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def _draft_banner(self) -> None:
        draft = self._latest_draft()
        if draft is None:
            self.ui.draftBanner.hide()
            return
        who = perspective_name(draft.perspective) if draft.perspective else self.tr("meting")
        self.ui.draftLabel.setText(
            self.tr("Er is een concept van %s (%s): verder gaan of weggooien?")
            % (fmt_moment(draft.updated_at), who)
        )
        self.ui.draftBanner.show()

    def _latest_draft(self) -> Draft | None:
        if self.data is None or not self.data.drafts:
            return None
        return max(self.data.drafts, key=lambda d: d.updated_at)

    def open_assessment_form(
        self,
        perspective: Perspective | None = None,
        corrects: Assessment | None = None,
        resume: Draft | None = None,
    ) -> Any:
        if self.data is None:
            return None
        from kansencirkel.ui.assessment_form import AssessmentForm

        if self.form is not None:
            self.form.flush_draft()
            self.form.deleteLater()
        case = self.data.case
        form = AssessmentForm(
            self.vault,
            self.runner,
            case.child,
            assessments=case.assessments,
            involvements=case.involvements,
            drafts=self.data.drafts,
            perspective=perspective or (resume.perspective if resume else None),
            corrects=corrects,
            resume=resume,
            today=self.data.today,
            parent=self,
        )
        form.saved.connect(self._assessment_saved)
        form.rejected.connect(self.reload)  # a kept draft shows in the banner
        form.finished.connect(self._form_closed)
        self.form = form
        self.ui.draftBanner.hide()
        # Blind scoring: the star and lists behind the form would show the other views.
        self.ui.tabs.hide()
        self.ui.statusLabel.setText(
            self.tr("Er wordt een meting ingevoerd; de andere gezichtspunten zijn even verborgen.")
        )
        self.ui.statusLabel.show()
        form.open()
        form.activateWindow()
        return form

    def _form_closed(self) -> None:
        self.ui.statusLabel.hide()
        self.ui.tabs.show()

    def _assessment_saved(self, assessment: Assessment) -> None:
        self.reload()
        self.child_changed.emit(assessment.child_id)

    def _resume_draft(self) -> None:
        draft = self._latest_draft()
        if draft is not None:
            self.open_assessment_form(resume=draft, corrects=self._corrected_by(draft))

    def _corrected_by(self, draft: Draft) -> Assessment | None:
        """A draft of a correction goes on as a correction of the lineage's current version."""
        target = draft.payload.get("corrects_id")
        if not target or self.data is None:
            return None
        every = self.data.all_assessments
        lineage = next((a.lineage_id for a in every if a.id == target), None)
        return next((a for a in every if a.lineage_id == lineage and a.is_current), None)

    def _discard_draft(self) -> None:
        draft = self._latest_draft()
        if draft is not None:
            self.ui.draftBanner.hide()
            self.run_edit(lambda vault: vault.drafts.discard(draft.id))
