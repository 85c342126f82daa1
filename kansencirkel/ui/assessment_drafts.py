"""Draft autosave for the assessment form: debounced writes into the vault, and the offer to
go on with (or throw away) a draft left by an earlier session or a crash.

A mixin so the form module stays about layout and keyboard; it relies on the form's
attributes (``vault``, ``runner``, ``child``, ``ui``, ``draft_timer`` and the state flags).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from kansencirkel.core import clock, dates
from kansencirkel.core.elements import catalog
from kansencirkel.core.model import Draft

if TYPE_CHECKING:
    _Base = QDialog
else:
    _Base = object


class DraftAutosave(_Base):
    vault: Any
    runner: Any
    _draft_id: str | None
    _dirty: bool
    _draft_busy: bool
    _draft_again: bool
    _submitting: bool
    _drafts: list[Draft]
    _offered: Draft | None

    def save_draft(self) -> None:
        """Write the form state as a draft now (the debounce timer calls this)."""
        self.draft_timer.stop()  # type: ignore[attr-defined]
        if not self._dirty or self._submitting:
            return
        if self._draft_busy:  # one write at a time, or two drafts would be created
            self._draft_again = True
            return
        self._draft_busy = True
        self._dirty = False
        payload = self.payload()  # type: ignore[attr-defined]
        perspective = self.perspective()  # type: ignore[attr-defined]
        child_id = self.child.id  # type: ignore[attr-defined]
        vault = self.vault

        def job() -> Draft:
            draft: Draft = vault.drafts.save(self._draft_id, child_id, perspective, payload)
            self._draft_id = draft.id  # set here too: a queued save may read it before on_done
            return draft

        self.runner.run(job, self._draft_done, self._draft_failed)

    def flush_draft(self) -> None:
        if self._dirty:
            self.save_draft()

    def _draft_done(self, draft: Draft) -> None:
        self._draft_busy = False
        self._draft_id = draft.id
        stamp = clock.now().astimezone().strftime("%H:%M:%S")
        self.ui.draftStatusLabel.setText(self.tr("Concept bewaard om %s") % stamp)  # type: ignore[attr-defined]
        self.draft_saved.emit(draft.id)  # type: ignore[attr-defined]
        if self._draft_again:
            self._draft_again = False
            self._dirty = True
            self.save_draft()

    def _draft_failed(self, exc: BaseException) -> None:
        from kansencirkel.ui.errors import error_text

        self._draft_busy = False
        self._dirty = True  # try again at the next keystroke
        self.ui.draftStatusLabel.setText(  # type: ignore[attr-defined]
            self.tr("Concept niet bewaard: %s") % error_text(exc)
        )

    def reject(self) -> None:
        """Closing (Esc or the button) keeps what was typed as a draft."""
        self.flush_draft()
        super().reject()

    # -- offering an existing draft --------------------------------------------------------

    def _offer_draft_for_perspective(self) -> None:
        if self.corrects is not None or self._draft_id is not None:  # type: ignore[attr-defined]
            self.ui.draftBanner.hide()  # type: ignore[attr-defined]
            return
        p = self.perspective()  # type: ignore[attr-defined]
        match = [d for d in self._drafts if d.perspective == p and not d.payload.get("corrects_id")]
        self._offered = max(match, key=lambda d: d.updated_at) if match else None
        if self._offered is None:
            self.ui.draftBanner.hide()  # type: ignore[attr-defined]
            return
        when = dates.format_moment(self._offered.updated_at.astimezone())
        name = catalog().perspective_name(p, self._lang)  # type: ignore[attr-defined]
        self.ui.draftLabel.setText(  # type: ignore[attr-defined]
            self.tr("Er is een concept van %s (%s): verder gaan of weggooien?") % (when, name)
        )
        self.ui.draftBanner.show()  # type: ignore[attr-defined]

    def _resume_offered(self) -> None:
        draft = self._offered
        if draft is None:
            return
        self._drafts.remove(draft)
        self._offered = None
        self._draft_id = draft.id
        self.apply_payload(draft.payload)  # type: ignore[attr-defined]
        self.ui.draftBanner.hide()  # type: ignore[attr-defined]
        self.rows[0].setFocus()  # type: ignore[attr-defined]

    def _discard_offered(self) -> None:
        draft = self._offered
        if draft is None:
            return
        self._drafts.remove(draft)
        self._offered = None
        self.ui.draftBanner.hide()  # type: ignore[attr-defined]
        vault = self.vault
        self.runner.run(lambda: vault.drafts.discard(draft.id), lambda _r: None, self._draft_failed)
        self.rows[0].setFocus()  # type: ignore[attr-defined]
