"""Enter (or correct) one assessment: eight elements, 'wat gaat goed' and 'wensen / hoop'.

Blind by default: other perspectives and earlier readings are not even loaded into the widgets
until the user presses "Toon andere gezichtspunten". Every change restarts a one-second timer;
when it fires the form state is saved into the vault as a draft, so a crash loses at most that
second. Saving turns the draft into an assessment (or a new version when correcting).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER, Perspective, Role
from kansencirkel.core.model import (
    Assessment,
    Child,
    Draft,
    Involvement,
)
from kansencirkel.ui.assessment_drafts import DraftAutosave, DraftOffer
from kansencirkel.ui.assessment_fields import AssessmentFields
from kansencirkel.ui.assessment_payload import default_giver
from kansencirkel.ui.assessment_unanswered import ask_save_as_unknown
from kansencirkel.ui.element_row import ElementRow
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.forms.ui_assessment_form import Ui_AssessmentForm
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.sections.common import fmt_moment
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AssessmentForm(QDialog):
    """``saved`` carries the new :class:`Assessment` after a successful save; ``drafts``
    keeps what is typed as a draft until then."""

    saved = Signal(object)

    def __init__(
        self,
        repos: Repositories,
        ops: VaultOps,
        child: Child,
        *,
        assessments: Sequence[Assessment] = (),
        involvements: Sequence[Involvement] = (),
        drafts: Sequence[Draft] = (),
        perspective: Perspective | None = None,
        corrects: Assessment | None = None,
        resume: Draft | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AssessmentForm()
        self.ui.setupUi(self)
        self._repos, self._ops, self.child = repos, ops, child
        self._assessments = tuple(assessments)
        self._involvements = tuple(involvements)
        self.corrects = corrects
        self._today = today or clock.today()
        self._lang = current_lang()
        self._filling = False
        self._submitting = False
        self._giver_auto = True
        self.drafts = DraftAutosave(
            repos.drafts,
            ops,
            child.id,
            lambda: (self.perspective(), self.payload()),
            self.ui.draftStatusLabel,
            self,
            draft_id=resume.id if resume else None,
            local=repos.local_drafts,
        )
        self.offer = DraftOffer(
            self.drafts,
            [d for d in drafts if d.id != (resume.id if resume else None)],
            self.ui.draftBanner,
            self.ui.draftLabel,
            lambda d: (
                fmt_moment(d.updated_at),
                catalog().perspective_name(d.perspective or "", self._lang),
            ),
            self,
        )
        self.rows: list[ElementRow] = []
        self._build()
        self.fields = AssessmentFields(self.ui, self.rows, corrects)
        self._wire()
        self._start(perspective, corrects, resume)

    # -- building ------------------------------------------------------------------------

    def _build(self) -> None:
        ui, cat, lang = self.ui, catalog(), self._lang
        for p in PERSPECTIVE_ORDER:
            ui.perspectiveCombo.addItem(cat.perspective_name(p, lang), p.value)
        for r in Role:
            ui.roleCombo.addItem(cat.role_name(r, lang), r.value)
        for el in cat.elements:
            row = ElementRow(el, lang, ui.rowsContainer)
            row.setObjectName(f"row_{el.key}")
            ui.rowsLayout.addWidget(row)
            self.rows.append(row)
        ui.rowsLayout.addStretch(1)
        ui.dateEdit.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
        ui.draftBanner.hide()
        ui.correctionBox.setVisible(self.corrects is not None)
        ui.errorLabel.hide()
        ui.errorLabel.setStyleSheet(
            "QLabel { border-left: 4px solid palette(highlight); padding: 4px 8px;"
            " font-weight: bold; }"
        )
        title = ui.helpTitle.font()
        title.setBold(True)
        ui.helpTitle.setFont(title)
        self.setWindowTitle(self.tr("Meting voor %s") % self.child.full_name)
        order: list[QWidget] = [
            ui.perspectiveCombo,
            ui.dateEdit,
            ui.givenByEdit,
            ui.roleCombo,
            ui.revealButton,  # on the header row, right
            ui.reasonEdit,  # the correction box below it
        ]
        for row in self.rows:
            order += [row, row.ui.noteEdit]
        order += [ui.goesWellEdit, ui.wishesEdit, ui.cancelButton, ui.saveButton]  # as shown
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def _wire(self) -> None:
        ui = self.ui
        for i, row in enumerate(self.rows):
            row.changed.connect(self._changed)
            row.advance.connect(lambda i=i: self._focus_after(i))
            row.focused.connect(self._show_help)
        ui.perspectiveCombo.currentIndexChanged.connect(self._perspective_changed)
        ui.dateEdit.dateChanged.connect(self._changed)
        ui.givenByEdit.textEdited.connect(self._giver_edited)
        ui.roleCombo.currentIndexChanged.connect(self._changed)
        ui.reasonEdit.textEdited.connect(self._changed)
        ui.goesWellEdit.textChanged.connect(self._changed)
        ui.wishesEdit.textChanged.connect(self._changed)
        ui.revealButton.toggled.connect(self._reveal)
        ui.draftResumeButton.clicked.connect(self.offer.resume)
        ui.draftDiscardButton.clicked.connect(self._discard_offered)
        self.offer.resumed.connect(self._resume_offered)
        ui.saveButton.clicked.connect(self.submit)
        ui.cancelButton.clicked.connect(self.reject)
        for w in (
            ui.perspectiveCombo,
            ui.dateEdit,
            ui.givenByEdit,
            ui.roleCombo,
            ui.reasonEdit,
            ui.goesWellEdit,
            ui.wishesEdit,
        ):
            w.installEventFilter(self)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self).activated.connect(self.submit)

    def _start(
        self, perspective: Perspective | None, corrects: Assessment | None, resume: Draft | None
    ) -> None:
        self._filling = True
        try:
            self.fields.set_date(self._today)
            if corrects is not None:
                self.fields.fill_from(corrects)
                self._giver_auto = False
                self.ui.perspectiveCombo.setEnabled(False)
                self.setWindowTitle(self.tr("Meting corrigeren (versie %d)") % corrects.version)
            else:
                self.fields.select_perspective(perspective or Perspective.KIND)
                self._apply_default_giver()
            if resume is not None:
                self.apply_payload(resume.payload)
        finally:
            self._filling = False
        self._offer_draft()
        self._show_help(ELEMENT_KEYS[0])
        first: QWidget = self.rows[0]
        if perspective is None and corrects is None and resume is None:
            first = self.ui.perspectiveCombo
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        self.setFocusProxy(first)

    # -- state --------------------------------------------------------------------------

    def perspective(self) -> Perspective:
        return self.fields.perspective()

    def payload(self) -> dict[str, object]:
        return self.fields.payload()

    def apply_payload(self, payload: Mapping[str, Any]) -> None:
        was, self._filling = self._filling, True
        try:
            self.fields.apply_payload(payload, self._today)
            self._giver_auto = False
        finally:
            self._filling = was

    def _apply_default_giver(self) -> None:
        actor = self._repos.actor
        self.fields.set_giver(
            *default_giver(self.perspective(), self.child, self._involvements, actor)
        )

    # -- reactions ------------------------------------------------------------------------

    def _perspective_changed(self) -> None:
        if self._giver_auto:
            was, self._filling = self._filling, True
            self._apply_default_giver()
            self._filling = was
        if self.ui.revealButton.isChecked():
            self._reveal(True)
        self._show_help(self._help_key)
        if not self._filling:
            self._offer_draft()
        self._changed()

    def _giver_edited(self) -> None:
        self._giver_auto = False
        self._changed()

    def _changed(self) -> None:
        if self._filling or self._submitting:
            return
        self.drafts.touch()

    _help_key = ELEMENT_KEYS[0]

    def _show_help(self, key: str) -> None:
        self._help_key = key
        self.fields.show_help(key, self._lang)

    def _focus_after(self, index: int) -> None:
        if index + 1 < len(self.rows):
            self.rows[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.ui.goesWellEdit.setFocus(Qt.FocusReason.TabFocusReason)

    def _reveal(self, on: bool) -> None:
        self.fields.show_others(on, self._assessments, self._lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            == Qt.KeyboardModifier.NoModifier
        ):
            return self._enter_from(watched)
        return super().eventFilter(watched, event)

    def _enter_from(self, watched: QObject) -> bool:
        ui = self.ui
        popup_open = ui.perspectiveCombo.view().isVisible()
        if watched is ui.goesWellEdit:
            ui.wishesEdit.setFocus(Qt.FocusReason.TabFocusReason)
        elif watched is ui.wishesEdit:
            self.submit()
        elif watched is ui.perspectiveCombo and popup_open:
            return False  # let the open list pick the item
        else:
            self.rows[0].setFocus(Qt.FocusReason.TabFocusReason)
        return True

    # -- drafts -----------------------------------------------------------------------------

    def _offer_draft(self) -> None:
        self.offer.offer_for(self.perspective(), correcting=self.corrects is not None)

    def _resume_offered(self, draft: Draft) -> None:
        self.apply_payload(draft.payload)
        self.rows[0].setFocus()

    def _discard_offered(self) -> None:
        self.offer.discard()
        self.rows[0].setFocus()

    def reject(self) -> None:
        """Closing (Esc or the button) keeps what was typed as a draft."""
        self.drafts.flush()
        super().reject()

    # -- saving ----------------------------------------------------------------------------

    def submit(self) -> None:
        if self._submitting:
            return
        problem = self.fields.problem()
        if problem is not None:
            self.show_message(problem[0])
            problem[1].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self._unanswered_may_be_unknown():
            return
        data = self.fields.to_input(self.child.id)
        self._submitting = True
        self.drafts.pause()
        self.ui.saveButton.setEnabled(False)
        assessments, drafts = self._repos.assessments, self.drafts
        self._ops.write(
            # The draft id is read at run time: a draft save queued before may just set it.
            lambda: drafts.consumed(assessments.save(data, draft_id=drafts.draft_id)),
            self._saved,
            self._save_failed,
            busy_text=self.tr("Meting opslaan…"),
        )

    def _unanswered_may_be_unknown(self) -> bool:
        open_rows = self.fields.unanswered()
        if not open_rows or ask_save_as_unknown(self, open_rows, self._lang):
            return True
        self.activateWindow()  # some platforms leave no window active after the question
        open_rows[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _saved(self, assessment: Assessment) -> None:
        self.drafts.saved_as_assessment()
        self.saved.emit(assessment)
        self.accept()

    def _save_failed(self, exc: BaseException) -> None:
        self._submitting = False
        self.ui.saveButton.setEnabled(True)
        self.show_message(error_text(exc))
        self.drafts.resume()

    def show_message(self, sentence: str) -> None:
        """One sentence above the buttons; everything typed stays where it is."""
        self.ui.errorLabel.setText(sentence)
        self.ui.errorLabel.show()
