"""Samen invullen: the laptop is turned to the child or a parent, who fills in their own star.

A frameless full-screen window with no menus and no shortcuts into the app: welcome, one
element per screen (its sentence, one prompt, five faces and "weet ik niet", "hier wil ik over
praten"), "wat gaat goed?" and "wat wens je?", then a thank-you screen with their own star.
The arrow keys choose, Enter goes on (or presses the focused button), touch and mouse tap.
F1 shows how it works, in their language, inside this window (never the app's guide, which
would leave the fill-in screen); "terug naar de vragen", Enter or F1 again go back.

Every way out locks: Esc, Alt+F4 or the window manager's close, "Klaar" on the thank-you
screen and the app's idle timer all end in :attr:`lock_requested`, so only the team member's
passphrase leads back, never into the children list. Nothing but this child's answers is
loaded. What is answered is kept as a draft a second after each change (as the assessment
form does), so a crash or a lock loses at most that second; the team member resumes or throws
it away from the child's page.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.model import Assessment
from kansencirkel.core.samen import SamenTexts
from kansencirkel.core.samen_answers import UNKNOWN, SamenAnswers
from kansencirkel.ui.assessment_drafts import DraftAutosave
from kansencirkel.ui.errors import error_text
from kansencirkel.ui.samen_pages import (
    SIZES,
    ElementPage,
    EndPage,
    HelpPage,
    ThanksPage,
    WelcomePage,
    big_button,
    big_label,
)
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos import Repositories

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
#: Steps: 0 welcome, 1..8 the elements, 9 the end questions, 10 thank you.
_FIRST, _END, _THANKS = 1, len(ELEMENT_KEYS) + 1, len(ELEMENT_KEYS) + 2


class SamenWindow(QWidget):
    """``saved(Assessment)`` once stored; ``lock_requested`` on every way out."""

    saved = Signal(object)
    lock_requested = Signal()
    #: A tap on "verder" this soon after the page changed is the second tap of a double tap.
    GUARD_MS = 400

    def __init__(
        self,
        repos: Repositories,
        ops: VaultOps,
        answers: SamenAnswers,
        texts: SamenTexts,
        *,
        draft_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("SamenWindow")
        self.setWindowTitle("Kansencirkel")
        self.setProperty("noHelp", True)  # F1 opens no guide here, but show_own_help()
        self._repos, self._ops, self.answers, self.texts = repos, ops, answers, texts
        self._today = today or clock.today()
        self._released = False
        self._saving = False
        self._in_help = False
        self.assessment: Assessment | None = None
        if texts.right_to_left:
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self._status = QLabel(self)  # draft status: for the team member's eyes it is enough
        self._status.hide()  # that it is kept; the child need not read "concept"
        self.drafts = DraftAutosave(
            repos.drafts,
            ops,
            answers.child_id,
            lambda: (self.answers.perspective, self.answers.payload()),
            self._status,
            self,
            draft_id=draft_id,
            local=repos.local_drafts,
        )
        self._build()
        self._lock_soon = QTimer(self)  # owned: it goes with the window, never fires after
        self._lock_soon.setSingleShot(True)
        self._lock_soon.setInterval(0)
        self._lock_soon.timeout.connect(self.lock_requested)
        self._guard = QElapsedTimer()
        self._guard.start()
        self._go(min(max(answers.step, 0), _END), keep=False)  # nothing new to keep yet
        self.setWindowState(Qt.WindowState.WindowFullScreen)

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        f = self.answers.filler
        texts = self.texts
        pt = SIZES[f][1]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        self.step_label = big_label("", pt - 2, self)
        self.step_label.setObjectName("samenStep")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget(self)
        self.welcome = WelcomePage(texts, f, self.stack)
        self.element = ElementPage(texts, f, self.stack)
        self.end = EndPage(texts, f, self.stack)
        self.thanks = ThanksPage(texts, f, self.stack)
        self.help = HelpPage(texts, f, self.stack)
        for page in (self.welcome, self.element, self.end, self.thanks, self.help):
            self.stack.addWidget(page)
        layout.addWidget(self.stack, 1)
        self.error_label = big_label("", pt - 2, self)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        self.back_button = big_button(texts.word(f, "back"), pt, self, "samenBack")
        self.next_button = big_button(texts.word(f, "next"), pt, self, "samenNext")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.element.choices.chosen.connect(self._chosen)
        self.element.talk.toggled.connect(self._talk_toggled)
        self.end.goes_well.textChanged.connect(self._texts_changed)
        self.end.wishes.textChanged.connect(self._texts_changed)

    # -- navigation ----------------------------------------------------------------------------

    def step(self) -> int:
        return self.answers.step

    def current_key(self) -> str | None:
        s = self.answers.step
        return ELEMENT_KEYS[s - _FIRST] if _FIRST <= s < _END else None

    def next(self) -> None:
        if self._too_soon() or not self.next_button.isEnabled():
            return
        if self._in_help:
            self._go(self.answers.step, keep=False)  # back to where they were
        elif self.answers.step == _END:
            self.submit()
        elif self.answers.step == _THANKS:
            self.lock_requested.emit()
        else:
            self._go(self.answers.step + 1)

    def back(self) -> None:
        if self._too_soon() or self._in_help or self.answers.step in (0, _THANKS):
            return
        self._go(self.answers.step - 1)

    def show_own_help(self) -> None:
        """F1: how it works, on a page of this window; F1 again goes back to the question."""
        if self._in_help:
            self._go(self.answers.step, keep=False)
            return
        self._in_help = True
        self._guard.restart()  # the tap that opened it does not also close it
        self.stack.setCurrentWidget(self.help)
        self.step_label.clear()
        self.error_label.hide()
        self.back_button.hide()
        self.next_button.setText(self.texts.word(self.answers.filler, "help_close"))
        self.next_button.setEnabled(True)
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _too_soon(self) -> bool:
        return self._guard.elapsed() < self.GUARD_MS

    def _go(self, step: int, *, keep: bool = True) -> None:
        a, f, texts = self.answers, self.answers.filler, self.texts
        a.step = step
        self._in_help = False
        self._guard.restart()
        self.error_label.hide()
        key = self.current_key()
        self.back_button.setVisible(0 < step < _THANKS)
        if step == 0:
            self.stack.setCurrentWidget(self.welcome)
            self.step_label.clear()
            self.next_button.setText(texts.word(f, "start"))
        elif key is not None:
            self.stack.setCurrentWidget(self.element)
            self.element.show_element(key, a.answers.get(key), key in a.talk)
            self.step_label.setText(texts.word(f, "step").format(n=step, total=len(ELEMENT_KEYS)))
            self.next_button.setText(texts.word(f, "next"))
        elif step == _END:
            self.stack.setCurrentWidget(self.end)
            self.step_label.clear()
            self.end.fill(a.goes_well, a.wishes)
            self.next_button.setText(texts.word(f, "finish"))
        else:
            self.stack.setCurrentWidget(self.thanks)
            self.step_label.clear()
            self.next_button.setText(texts.word(f, "done"))
        self._update_next()
        self._focus_page()
        if keep and step < _THANKS:  # where to go on after a crash; never after saving
            self.drafts.touch()

    def _on_element(self) -> bool:
        return self.current_key() is not None and not self._in_help

    def _update_next(self) -> None:
        a, key = self.answers, self.current_key()
        if self._in_help:
            ok = True  # "terug naar de vragen" always leads back (a failed save says so there)
        elif key is not None:
            ok = key in a.answers
        elif a.step == _END:
            ok = bool(a.goes_well.strip()) and not self._saving  # every meting starts with it
        else:
            ok = True
        self.next_button.setEnabled(ok)

    def _focus_page(self) -> None:
        if self.current_key() is not None:
            self.element.choices.focus_choice()
        elif self.answers.step == _END:
            self.end.goes_well.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- answers -------------------------------------------------------------------------------

    def _chosen(self, value: int) -> None:
        key = self.current_key()
        if key is None:
            return
        self.answers.answers[key] = value if value else UNKNOWN
        self._update_next()
        self.drafts.touch()

    def _talk_toggled(self, on: bool) -> None:
        key = self.current_key()
        if key is None:
            return
        (self.answers.talk.add if on else self.answers.talk.discard)(key)
        self.drafts.touch()

    def _texts_changed(self) -> None:
        self.answers.goes_well = self.end.goes_well.toPlainText()
        self.answers.wishes = self.end.wishes.toPlainText()
        self._update_next()
        self.drafts.touch()

    # -- saving --------------------------------------------------------------------------------

    def submit(self) -> None:
        if self._saving:
            return
        self._saving = True
        self._update_next()
        self.drafts.pause()
        data = self.answers.to_input(self._today)
        assessments, drafts = self._repos.assessments, self.drafts
        self._ops.write(
            lambda: drafts.consumed(assessments.save(data, draft_id=drafts.draft_id)),
            self._saved,
            self._failed,
        )

    def _saved(self, assessment: Assessment) -> None:
        self.drafts.saved_as_assessment()
        self.drafts.stop()  # the draft became the meting: nothing more to keep
        self.assessment = assessment
        self._saving = False
        self._go(_THANKS)
        self.thanks.show_result(assessment)
        self.saved.emit(assessment)

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.drafts.resume()
        self.error_label.setText(error_text(exc))
        self.error_label.show()
        self._update_next()

    # -- ways out ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        focus = self.focusWidget()
        if key == Qt.Key.Key_Escape:
            self.lock_requested.emit()
        elif key == Qt.Key.Key_F1:
            self.show_own_help()  # without the app's F1 filter (it calls this too)
        elif key in _ENTER:
            if focus is self.element.talk or focus is self.back_button:
                focus.click()
            else:
                self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._on_element():
            self.element.choices.focus_choice()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Alt+F4 and the window manager's close lock the vault; only :meth:`clear` closes."""
        if not self._released:
            event.ignore()
            # After this event: the lock closes this window, which it cannot do from inside.
            self._lock_soon.start()
            return
        super().closeEvent(event)

    def clear(self) -> None:
        """Keep what is answered as a draft, drop it from the widgets and close (on lock)."""
        self.drafts.flush()
        self.drafts.stop()
        self._lock_soon.stop()
        self._released = True
        self.thanks.chart.clear()
        for edit in (self.end.goes_well, self.end.wishes):
            edit.blockSignals(True)
            edit.clear()
        self.thanks.goes_well.clear()
        self.close()
