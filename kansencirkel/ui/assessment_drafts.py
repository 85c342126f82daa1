"""Draft autosave for the assessment form: debounced writes into the vault, one at a time.

An object the form owns (``form.drafts``): every keystroke calls :meth:`DraftAutosave.touch`;
a second after the last one the form state is written as a draft, so a crash loses at most
that second and the disk is not hammered.

On a team store whose server is away the draft goes to the laptop instead, encrypted
(:mod:`kansencirkel.vault.team.offline_drafts`), and the status line says so; the next save
that reaches the server takes the laptop's drafts along.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes, Written
from kansencirkel.core.enums import Perspective
from kansencirkel.core.model import Draft
from kansencirkel.core.samen_answers import is_samen_payload
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.i18n import tr
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.vault.team.local_drafts import LocalDraftsUnreadable
from kansencirkel.vault.team.offline_drafts import KeptDraft, discard_draft, save_draft

if TYPE_CHECKING:
    from kansencirkel.vault.repos.drafts import DraftsRepository
    from kansencirkel.vault.team.local_drafts import LocalDrafts

DRAFT_DELAY_MS = 1000
T = TypeVar("T")


# What the form holds now: its perspective (if chosen) and the payload to keep (a plain
# comment: lupdate would take a "#:" one for the next tr() text's translator note).
FormState = Callable[[], tuple[Perspective | None, Mapping[str, object]]]


class DraftAutosave(QObject):
    """``saved(draft id)`` after each write; ``draft_id`` is the draft being written.
    ``local``: the team store's drafts on this laptop (None on a laptop vault); ``on_laptop``
    tells whether the last draft went there because the server was away."""

    saved = Signal(str)

    def __init__(
        self,
        drafts: DraftsRepository,
        ops: VaultOps,
        child_id: str,
        state: FormState,
        status: QLabel,
        parent: QObject,
        *,
        draft_id: str | None = None,
        local: LocalDrafts | None = None,
    ) -> None:
        super().__init__(parent)
        self._drafts, self._ops, self._child_id = drafts, ops, child_id
        self._local = local
        self.on_laptop = False
        self._state, self._status = state, status
        self.draft_id = draft_id
        self.dirty = False
        self._busy = False
        self._again = False
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.save)
        ops.changed.connect(self._heard)

    def touch(self) -> None:
        """The form changed: write a draft a second after the last change."""
        self.dirty = True
        if not self._paused:
            self.timer.start()

    def save(self) -> None:
        """Write the form state as a draft now (the debounce timer calls this)."""
        self.timer.stop()
        if not self.dirty or self._paused:
            return
        if self._busy:  # one write at a time, or two drafts would be created
            self._again = True
            return
        self._busy, self.dirty = True, False
        perspective, payload = self._state()
        drafts, local, child_id = self._drafts, self._local, self._child_id

        def job() -> Written[KeptDraft]:
            written = save_draft(drafts, local, self.draft_id, child_id, perspective, payload)
            self.draft_id = written.value.draft.id  # here too: a queued job may read it first
            return written

        self._ops.write(job, self._done, self._failed)

    def flush(self) -> None:
        if self.dirty:
            self.save()

    def pause(self) -> None:
        """While the assessment itself is being saved: no draft writes."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        """Saving failed: go on keeping drafts of what is typed."""
        self._paused = False
        if self.dirty:
            self.timer.start()

    def stop(self) -> None:
        """The form is being dropped without a word (lock, switching child)."""
        self._paused = True
        self.timer.stop()

    def saved_as_assessment(self) -> None:
        self.draft_id, self.dirty = None, False

    def consumed(self, written: Written[T]) -> Written[T]:
        """Inside the assessment's save job, after it succeeded: the draft it was typed in
        is gone from the laptop too, so it never comes back as a draft of a saved meting."""
        if self._local is not None and self.draft_id is not None:
            # An unreadable file is left alone (it is reported when a draft is kept there).
            with contextlib.suppress(LocalDraftsUnreadable):
                self._local.remove(self.draft_id)
        return written

    def discard(self, draft: Draft) -> None:
        drafts, local = self._drafts, self._local
        self._ops.write(lambda: discard_draft(drafts, local, draft), None, self._failed)

    def _done(self, kept: KeptDraft) -> None:
        self._busy = False
        draft = kept.draft
        self.draft_id, self.on_laptop = draft.id, kept.on_laptop
        if kept.on_laptop:
            self._status.setText(
                tr(
                    "Geen verbinding met de teamserver: het concept staat versleuteld op deze "
                    "laptop."
                )
            )
        else:
            stamp = clock.now().astimezone().strftime("%H:%M:%S")
            self._status.setText(tr("Concept bewaard om %s") % stamp)
        self.saved.emit(draft.id)
        if self._again:
            self._again = False
            self.dirty = True
            self.save()

    def _heard(self, changes: Changes) -> None:
        """The connection came back and the laptop's drafts went to the server (a push the
        app started): the status line no longer says this one waits on the laptop."""
        local = self._local
        if not self.on_laptop or local is None or self._child_id not in changes.drafts:
            return
        if self.draft_id is not None:
            self.draft_id = local.moved.get(self.draft_id, self.draft_id)
        try:
            waiting = self.draft_id is not None and local.get(self.draft_id) is not None
        except LocalDraftsUnreadable:
            return
        if not waiting:
            self.on_laptop = False
            self._status.setText(tr("De verbinding is terug: het concept staat op de teamserver."))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.dirty = True  # try again at the next keystroke
        self._status.setText(tr("Concept niet bewaard: %s") % error_text(exc))


class DraftOffer(QObject):
    """The form's banner offering a draft of the chosen perspective left by an earlier
    session or a crash: go on with it (``resumed(draft)``) or throw it away."""

    resumed = Signal(object)

    def __init__(
        self,
        autosave: DraftAutosave,
        drafts: list[Draft],
        banner: QWidget,
        label: QLabel,
        describe: Callable[[Draft], tuple[str, str]],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._autosave, self._drafts = autosave, drafts
        self._banner, self._label, self._describe = banner, label, describe
        self.offered: Draft | None = None

    def offer_for(self, perspective: Perspective, *, correcting: bool) -> None:
        if correcting or self._autosave.draft_id is not None:
            self._hide()
            return
        match = [
            d
            for d in self._drafts
            if d.perspective == perspective
            and not d.payload.get("corrects_id")
            and not is_samen_payload(d.payload)  # goes on in samen invullen, not here
        ]
        self.offered = max(match, key=lambda d: d.updated_at) if match else None
        if self.offered is None:
            self._hide()
            return
        self._label.setText(
            tr("Er is een concept van %s (%s): verder gaan of weggooien?")
            % self._describe(self.offered)
        )
        self._banner.show()

    def resume(self) -> None:
        draft = self._take()
        if draft is not None:
            self._autosave.draft_id = draft.id
            self.resumed.emit(draft)

    def discard(self) -> None:
        draft = self._take()
        if draft is not None:
            self._autosave.discard(draft)

    def _take(self) -> Draft | None:
        draft, self.offered = self.offered, None
        if draft is not None:
            self._drafts.remove(draft)
            self._hide()
        return draft

    def _hide(self) -> None:
        self._banner.hide()
