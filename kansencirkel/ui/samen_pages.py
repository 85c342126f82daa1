"""The pages of samen invullen, built in code (one full-screen window, no Designer form):
welcome, one element, the two end questions, the thank-you page with their own star, and
the help F1 shows (in their language, inside the fill-in screen: never the app's guide).

Every text on these pages comes from the language file of the person filling in
(:class:`~kansencirkel.core.samen.SamenTexts`), not from the app's translations: a child may
read Turkish beside a team member whose app is in Dutch. Sizes follow who fills in: a young
child gets the biggest faces and no words under them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kansencirkel.core.samen import Filler, SamenTexts
from kansencirkel.ui.chart_canvas import ChartCanvas
from kansencirkel.ui.samen_choices import ChoiceRow

if TYPE_CHECKING:
    from kansencirkel.core.model import Assessment

#: (sentence pt, prompt pt, face px, words under the faces)
SIZES: dict[Filler, tuple[int, int, int, bool]] = {
    Filler.JONG: (32, 22, 118, False),
    Filler.KIND: (26, 18, 96, True),
    Filler.OUDER: (22, 16, 78, True),
}


def big_label(text: str, points: int, parent: QWidget, *, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def big_button(text: str, points: int, parent: QWidget, name: str) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    font = QFont(button.font())
    font.setPointSize(points)
    font.setBold(True)
    button.setFont(font)
    button.setMinimumHeight(64)
    button.setMinimumWidth(200)
    button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return button


class WelcomePage(QWidget):
    def __init__(self, texts: SamenTexts, filler: Filler, parent: QWidget) -> None:
        super().__init__(parent)
        size = SIZES[filler]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(big_label(texts.word(filler, "welcome"), size[0] + 6, self, bold=True))
        layout.addSpacing(24)
        layout.addWidget(big_label(texts.word(filler, "intro"), size[1], self))
        layout.addStretch(2)


class ElementPage(QWidget):
    """One page reused for all eight elements: :meth:`show_element` fills it."""

    def __init__(self, texts: SamenTexts, filler: Filler, parent: QWidget) -> None:
        super().__init__(parent)
        self._texts, self._filler = texts, filler
        sentence_pt, prompt_pt, face_px, words = SIZES[filler]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.sentence = big_label("", sentence_pt, self, bold=True)
        self.sentence.setObjectName("samenSentence")
        self.prompt = big_label("", prompt_pt, self)
        self.prompt.setObjectName("samenPrompt")
        layout.addWidget(self.sentence)
        layout.addSpacing(8)
        layout.addWidget(self.prompt)
        layout.addSpacing(28)
        self.choices = ChoiceRow(
            texts.point_words(filler), texts.word(filler, "unknown"), face_px, words, self
        )
        layout.addWidget(self.choices)
        layout.addSpacing(20)
        self.talk = QPushButton(texts.word(filler, "talk"), self)
        self.talk.setObjectName("samenTalk")
        self.talk.setCheckable(True)
        self.talk.setMinimumHeight(56)
        self.talk.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        font = QFont(self.talk.font())
        font.setPointSize(prompt_pt - 2)
        self.talk.setFont(font)
        self.talk.toggled.connect(self._mark_talk)
        layout.addWidget(self.talk, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def show_element(self, key: str, value: int | None, talk: bool) -> None:
        words = self._texts.element(key, self._filler)
        self.sentence.setText(words.sentence)
        self.prompt.setText(words.prompt)
        self.choices.set_value(value)
        self.talk.blockSignals(True)
        self.talk.setChecked(talk)
        self.talk.blockSignals(False)
        self._mark_talk(talk)

    def _mark_talk(self, on: bool) -> None:
        text = self._texts.word(self._filler, "talk")
        self.talk.setText(("✔ " + text) if on else text)  # the state shows without colour


class EndPage(QWidget):
    """'Wat gaat goed?' and 'wat wens je?': typed text, kept whole however long."""

    def __init__(self, texts: SamenTexts, filler: Filler, parent: QWidget) -> None:
        super().__init__(parent)
        _sentence, prompt_pt, _face, _words = SIZES[filler]
        layout = QVBoxLayout(self)
        self.goes_well = self._field(
            texts.word(filler, "goes_well"), prompt_pt, layout, "samenGoesWell"
        )
        self.wishes = self._field(texts.word(filler, "wishes"), prompt_pt, layout, "samenWishes")
        layout.addWidget(big_label(texts.word(filler, "end_hint"), prompt_pt - 4, self))

    def fill(self, goes_well: str, wishes: str) -> None:
        """Show what was typed before (a resumed draft), without it counting as a change."""
        for edit, text in ((self.goes_well, goes_well), (self.wishes, wishes)):
            if edit.toPlainText() != text:
                edit.blockSignals(True)
                edit.setPlainText(text)
                edit.blockSignals(False)

    def _field(self, question: str, pt: int, layout: QVBoxLayout, name: str) -> QPlainTextEdit:
        label = big_label(question, pt + 4, self, bold=True)
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setAccessibleName(question)
        font = QFont(edit.font())
        font.setPointSize(pt)
        edit.setFont(font)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        return edit


class ThanksPage(QWidget):
    """Their own star only, with what goes well first (where successes are celebrated)."""

    def __init__(self, texts: SamenTexts, filler: Filler, parent: QWidget) -> None:
        super().__init__(parent)
        self._texts, self._filler = texts, filler
        size = SIZES[filler]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(big_label(texts.word(filler, "thanks"), size[0] + 4, self, bold=True))
        layout.addWidget(big_label(texts.word(filler, "thanks_text"), size[1], self))
        self.goes_well = QTextBrowser(self)
        self.goes_well.setObjectName("samenThanksGoesWell")
        self.goes_well.setAccessibleName(texts.word(filler, "goes_well"))
        font = QFont(self.goes_well.font())
        font.setPointSize(size[1])
        self.goes_well.setFont(font)
        # Room for about three lines: the star below it is what this screen is about.
        self.goes_well.setMaximumHeight(3 * self.goes_well.fontMetrics().lineSpacing() + 12)
        self.goes_well.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.goes_well)
        self.chart = ChartCanvas(self)
        self.chart.setObjectName("samenStar")
        layout.addWidget(self.chart, 4)

    def show_result(self, assessment: Assessment) -> None:
        """What goes well, and their star in their language (the file they chose, not the
        app's): its axis names and its note come from that file."""
        from kansencirkel.charts.series import perspective_series
        from kansencirkel.charts.stars import radar_figure

        self.goes_well.setPlainText(assessment.goes_well)
        series = perspective_series({assessment.perspective: assessment}, with_dates=False)
        gaps = any(v is None for s in series for v in s.values)
        note = self._texts.word(self._filler, "star_gap") if gaps else ""
        names = self._texts.element_names()
        self.chart.show_chart(
            lambda fig: radar_figure(
                series, presenter=True, legend=False, figure=fig, names=names, note_text=note
            )
        )


class HelpPage(QWidget):
    """What F1 shows: how to answer, in their words. Nothing of the app or the vault."""

    def __init__(self, texts: SamenTexts, filler: Filler, parent: QWidget) -> None:
        super().__init__(parent)
        _sentence, prompt_pt, _face, _words = SIZES[filler]
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.text = big_label(texts.word(filler, "help"), prompt_pt, self)
        self.text.setObjectName("samenHelp")
        # One short line per step, read from the start of each line: not centred, not wide.
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.text.setMaximumWidth(self.text.fontMetrics().averageCharWidth() * 60)
        # On a small or zoomed screen the lines scroll rather than being cut off.
        scroll = QScrollArea(self)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll.setWidget(self.text)
        scroll.setAccessibleName(self.text.text())  # a screen reader reads the help itself
        layout.addWidget(scroll, 0)
        layout.addStretch(2)
