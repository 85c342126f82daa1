"""Entering assessments from a child's page: opening the form (blind: the page behind it hides
its content), going on with a draft left by an earlier session or a crash, and throwing one
away. An object the page owns, so :mod:`kansencirkel.ui.child_page` stays about loading and
showing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Assessment, Draft
from kansencirkel.core.samen_answers import is_samen_payload
from kansencirkel.ui.forms.ui_child_page import Ui_ChildPage
from kansencirkel.ui.i18n import tr
from kansencirkel.ui.sections.common import ChildData, fmt_moment, perspective_name
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.team.offline_drafts import discard_draft

if TYPE_CHECKING:
    from kansencirkel.ui.assessment_form import AssessmentForm
    from kansencirkel.ui.samen_start import SamenStartDialog
    from kansencirkel.vault.repos import Repositories


class AssessmentEntry(QObject):
    """``form_closed`` after the form is gone (saved, kept as a draft or thrown away)."""

    form_closed = Signal()
    # Samen invullen: (SamenAnswers, SamenTexts, draft id or None).
    samen_requested = Signal(object, object, object)

    def __init__(
        self,
        page: QWidget,
        ui: Ui_ChildPage,
        repos: Repositories,
        ops: VaultOps,
        data: Callable[[], ChildData | None],
    ) -> None:
        super().__init__(page)
        self._page, self._ui, self._repos, self._ops, self._data = page, ui, repos, ops, data
        self.form: AssessmentForm | None = None
        ui.draftResumeButton.clicked.connect(self.resume_draft)
        ui.draftDiscardButton.clicked.connect(self.discard_draft)

    def show_draft_banner(self) -> None:
        draft = self._latest_draft()
        if draft is None:
            self._ui.draftBanner.hide()
            return
        who = perspective_name(draft.perspective) if draft.perspective else tr("meting")
        self._ui.draftLabel.setText(
            tr("Er is een concept van %s (%s): verder gaan of weggooien?")
            % (fmt_moment(draft.updated_at), who)
        )
        self._ui.draftBanner.show()

    def _latest_draft(self) -> Draft | None:
        data = self._data()
        if data is None or not data.drafts:
            return None
        return max(data.drafts, key=lambda d: d.updated_at)

    def open_form(
        self,
        perspective: Perspective | None = None,
        corrects: Assessment | None = None,
        resume: Draft | None = None,
    ) -> AssessmentForm | None:
        data = self._data()
        if data is None:
            return None
        from kansencirkel.ui.assessment_form import AssessmentForm

        if self.form is not None:
            self.form.drafts.flush()
            self.form.deleteLater()
        case = data.case
        form = AssessmentForm(
            self._repos,
            self._ops,
            case.child,
            assessments=case.assessments,
            involvements=case.involvements,
            drafts=data.drafts,
            perspective=perspective or (resume.perspective if resume else None),
            corrects=corrects,
            resume=resume,
            today=data.today,
            parent=self._page,
        )
        form.finished.connect(self._form_finished)
        self.form = form
        ui = self._ui
        ui.draftBanner.hide()
        # Blind scoring: the star and lists behind the form would show the other views.
        ui.tabs.hide()
        ui.statusLabel.setText(
            tr("Er wordt een meting ingevoerd; de andere gezichtspunten zijn even verborgen.")
        )
        ui.statusLabel.show()
        form.open()
        form.activateWindow()
        return form

    def _form_finished(self) -> None:
        self._ui.statusLabel.hide()
        self._ui.tabs.show()
        self.form = None
        self.form_closed.emit()

    def close_form(self) -> None:
        """Close the form without a word (switching child, lock): drafts were flushed."""
        form = self.form
        if form is None:
            return
        form.drafts.stop()
        form.blockSignals(True)  # no reload of a child that is being dropped
        form.done(0)
        self._ui.statusLabel.hide()
        self._ui.tabs.show()
        self.form = None
        form.deleteLater()

    def resume_draft(self) -> None:
        draft = self._latest_draft()
        if draft is None:
            return
        if is_samen_payload(draft.payload):
            self._resume_samen(draft)
        else:
            self.open_form(resume=draft, corrects=self._corrected_by(draft))

    def start_samen(self) -> SamenStartDialog | None:
        """Ask who fills in; on "Beginnen" the main window turns to samen invullen."""
        data = self._data()
        if data is None:
            return None
        from kansencirkel.core.samen import load_languages
        from kansencirkel.ui.samen_start import SamenStartDialog

        case = data.case
        dialog = SamenStartDialog(
            case.child,
            case.involvements,
            self._repos.actor,
            load_languages(),
            data.today,
            self._page,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.samen_requested.emit(dialog.answers(), dialog.texts(), None)
        )
        dialog.open()
        return dialog

    def _resume_samen(self, draft: Draft) -> None:
        """The team member goes on with a half-finished samen invullen, where it stopped."""
        from kansencirkel.core.samen import load_languages
        from kansencirkel.core.samen_answers import SamenAnswers

        answers = SamenAnswers.from_payload(draft.child_id, draft.payload)
        languages = load_languages()
        texts = languages.get(answers.lang) or next(iter(languages.values()))
        self._ui.draftBanner.hide()
        self.samen_requested.emit(answers, texts, draft.id)

    def _corrected_by(self, draft: Draft) -> Assessment | None:
        """A draft of a correction goes on as a correction of the lineage's current version."""
        target = draft.payload.get("corrects_id")
        data = self._data()
        if not target or data is None:
            return None
        every = (*data.case.assessments, *data.case.superseded)
        lineage = next((a.lineage_id for a in every if a.id == target), None)
        return next((a for a in every if a.lineage_id == lineage and a.is_current), None)

    def discard_draft(self) -> None:
        draft = self._latest_draft()
        if draft is not None:
            self._ui.draftBanner.hide()
            drafts, local = self._repos.drafts, self._repos.local_drafts
            self._ops.write(lambda: discard_draft(drafts, local, draft))
