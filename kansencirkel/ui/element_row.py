"""One element in the assessment form: 1–5 with its word, 'weet niet', and a note.

A row starts *unanswered*, which is not 'weet niet': 'weet niet' is something the giver said,
an unanswered row is something nobody filled in yet. The form asks before saving unanswered
rows as 'weet niet'.

Keyboard first (an IB'er copies paper forms): with the row focused, 1–5 choose a score, 0 means
'weet niet', Delete or Backspace make the row unanswered again, Left/Right step, Enter asks the
form for the next row. The score buttons take no focus themselves so Tab goes row → note → next
row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QPushButton, QSizePolicy, QWidget

from kansencirkel.core.elements import SCALE_VALUES, Element, Lang, catalog
from kansencirkel.ui.forms.ui_element_row import Ui_ElementRow

_DIGITS = {
    Qt.Key.Key_1: 1,
    Qt.Key.Key_2: 2,
    Qt.Key.Key_3: 3,
    Qt.Key.Key_4: 4,
    Qt.Key.Key_5: 5,
}
_ORDER: tuple[int | None, ...] = (*SCALE_VALUES, None)

# A property selector: the form renames rows (row_actief …) for tests and accessibility.
_STYLE = """
QFrame[elementRow="true"] { border: 2px solid transparent; border-radius: 5px; }
QFrame[elementRow="true"]:focus {
    border: 2px solid palette(highlight); background: palette(alternate-base); }
QFrame[elementRow="true"] QPushButton { padding: 2px 4px; }
QFrame[elementRow="true"] QPushButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border: 1px solid palette(dark); border-radius: 3px; }
"""


class ElementRow(QFrame):
    """Score (1–5 or None = weet niet), whether it was answered at all, and a note."""

    changed = Signal()
    advance = Signal()  # Enter: go to the next row
    focused = Signal(str)  # element key, so the form can show its help and prompts

    def __init__(self, element: Element, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ElementRow()
        self.ui.setupUi(self)
        self.setProperty("elementRow", True)
        self.setStyleSheet(_STYLE)
        self.element = element
        self.key = element.key
        self._lang: Lang = lang
        self._score: int | None = None
        self._answered = False
        self._buttons: dict[int | None, QPushButton] = {
            1: self.ui.score1Button,
            2: self.ui.score2Button,
            3: self.ui.score3Button,
            4: self.ui.score4Button,
            5: self.ui.score5Button,
            None: self.ui.unknownButton,
        }
        for value, button in self._buttons.items():
            button.clicked.connect(lambda _checked=False, v=value: self._clicked(v))
        self.ui.noteEdit.textEdited.connect(lambda _t: self.changed.emit())
        self.ui.compareLabel.hide()
        for button in self._buttons.values():  # equal widths: the scale reads as one line
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.noteEdit.installEventFilter(self)
        self.retranslate()
        self._sync()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        cat = catalog()
        name = self.element.name(self._lang)
        self.ui.nameLabel.setText(f"<b>{name}</b>")
        self.ui.nameLabel.setToolTip(self.element.help(self._lang))
        for value, button in self._buttons.items():
            word = cat.score_word(value, self._lang)
            if value is None:
                button.setText("–\n" + word.split("/")[0].strip())
                button.setToolTip(self.tr("%s (toets 0)") % word)
            else:
                button.setText(f"{value}\n{word}")
                button.setToolTip(self.tr("%s (toets %d)") % (word, value))
            button.setAccessibleName(f"{name}: {word}")
        self.ui.noteEdit.setAccessibleName(self.tr("Toelichting bij %s") % name)
        self.setAccessibleDescription(self.element.help(self._lang))
        self._sync()

    # -- value -----------------------------------------------------------------------------

    def score(self) -> int | None:
        """1–5, or None for 'weet niet' and for an unanswered row (see :meth:`answered`)."""
        return self._score

    def answered(self) -> bool:
        return self._answered

    def note(self) -> str:
        return self.ui.noteEdit.text().strip()

    def set_value(self, score: int | None, note: str = "", *, answered: bool = True) -> None:
        """Fill the row without a ``changed`` signal (from a draft or an earlier version)."""
        self._score = score if score in SCALE_VALUES else None
        self._answered = answered or self._score is not None
        self.ui.noteEdit.setText(note)
        self._sync()

    def set_score(self, score: int | None) -> None:
        """What the user chose: a score or 'weet niet'; either way the row is answered."""
        if self._answered and score == self._score:
            self._sync()
            return
        self._score, self._answered = score, True
        self._sync()
        self.changed.emit()

    def clear(self) -> None:
        """Back to unanswered."""
        if not self._answered:
            return
        self._score, self._answered = None, False
        self._sync()
        self.changed.emit()

    def set_compare(self, text: str) -> None:
        """Other perspectives' scores (only after 'Toon andere gezichtspunten')."""
        self.ui.compareLabel.setText(text)
        self.ui.compareLabel.setVisible(bool(text))

    def _clicked(self, value: int | None) -> None:
        self.set_score(value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _sync(self) -> None:
        for value, button in self._buttons.items():
            button.setChecked(self._answered and value == self._score)
        if self._answered:
            word = catalog().score_word(self._score, self._lang)
        else:
            word = self.tr("nog niet ingevuld")
        self.setAccessibleName(f"{self.element.name(self._lang)}: {word}")

    # -- keyboard --------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in _DIGITS:
                self.set_score(_DIGITS[Qt.Key(key)])
                return
            if key == Qt.Key.Key_0:
                self.set_score(None)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear()
                return
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                if not self._answered:  # stepping starts at the first score
                    self.set_score(_ORDER[0])
                    return
                i = _ORDER.index(self._score)
                step = 1 if key == Qt.Key.Key_Right else -1
                self.set_score(_ORDER[max(0, min(len(_ORDER) - 1, i + step))])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.advance.emit()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit(self.key)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.noteEdit:
            if event.type() == QEvent.Type.FocusIn:
                self.focused.emit(self.key)
            elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not plain:
                    self.advance.emit()
                    return True
        return super().eventFilter(watched, event)
