"""Overlegmodus (F5): one child at a time, full screen, a large star readable from the back of
the room. Left/Right (and a presenter's PageUp/PageDown) step through today's agenda, Up/Down
scroll the text beside the star; I shows initials only; Ctrl+L locks; Esc closes. Black on
white, what goes well first, then gespreksonderwerpen and the open afspraken.

With initials on, no name of the child or of the people around it reaches the screen: the
heading shows initials, people are shown by their initials and every free text goes through
the file's :class:`~kansencirkel.core.initials.NameMask`.

It fills its screen itself (a projector often runs without a window manager that would honour
"full screen"), and every part fits from 1024×768 up: the text column scrolls instead of
pushing the buttons off the screen.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QScreen, QShowEvent
from PySide6.QtWidgets import QWidget

from kansencirkel.charts.series import overlay
from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.elements import Lang
from kansencirkel.core.initials import NameMask
from kansencirkel.core.model import CaseFile
from kansencirkel.ui.chart_canvas import ChartCanvas
from kansencirkel.ui.forms.ui_meeting_mode import Ui_MeetingMode
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.meeting_side import SideText
from kansencirkel.ui.place import MeetingPlace
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos.children import ChildrenRepository

_STYLE = """
QWidget#MeetingMode { background: #FFFFFF; }
QWidget#MeetingMode QLabel, QWidget#MeetingMode QCheckBox { color: #000000; }
QWidget#MeetingMode QTextBrowser { color: #000000; background: #FFFFFF; }
QWidget#MeetingMode QPushButton { color: #000000; background: #F2F2F2;
    border: 2px solid #000000; border-radius: 6px; padding: 6px 14px; }
QWidget#MeetingMode QPushButton:disabled { color: #595959; border-color: #9A9A9A; }
"""


class MeetingModeWindow(QWidget):
    """``MeetingModeWindow(children, ops, child_ids, start_id, initials_only)``.

    The caller shows it (``showFullScreen()``); case files load through ``ops`` with
    ``children.case_file(id)``. Loaded case files live only as long as the
    window; :meth:`clear` (on lock) drops them and closes.
    """

    closed = Signal()
    child_shown = Signal(str)  # child id, after its star is drawn
    lock_requested = Signal()  # Ctrl+L

    def __init__(
        self,
        children: ChildrenRepository,
        ops: VaultOps,
        child_ids: list[str],
        start_id: str | None = None,
        initials_only: bool = False,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_MeetingMode()
        self.ui.setupUi(self)
        self.setStyleSheet(_STYLE)
        self._children = children
        self._ops = ops
        self._today = today or clock.today()
        self._ids = list(dict.fromkeys(child_ids))  # keep order, no doubles
        self._index = self._ids.index(start_id) if start_id in self._ids else 0
        self._cases: dict[str, CaseFile] = {}
        self._closed = False
        self._watched: QScreen | None = None
        self._lang: Lang = current_lang()
        self._big_fonts()
        self.chart = ChartCanvas(self.ui.canvasHost)
        self.chart.setObjectName("meetingChart")
        self.ui.canvasLayout.addWidget(self.chart)
        self.chart.hide()
        self.ui.initialsCheck.setChecked(initials_only)
        self.ui.initialsCheck.toggled.connect(self._show_texts)
        self.ui.prevButton.clicked.connect(self.previous)
        self.ui.nextButton.clicked.connect(self.next)
        self.ui.closeButton.clicked.connect(self.close)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Full screen whichever show() the caller uses; Esc gives the desktop back.
        self.setWindowState(self.windowState() | Qt.WindowState.WindowFullScreen)
        ops.changed.connect(self._on_changed)
        self._load_current()

    # -- public --------------------------------------------------------------------------------

    def current_id(self) -> str | None:
        return self._ids[self._index] if self._ids else None

    def initials_only(self) -> bool:
        return self.ui.initialsCheck.isChecked()

    def place(self) -> MeetingPlace:
        screen = self.screen()
        return MeetingPlace(
            tuple(self._ids),
            self.current_id(),
            self.initials_only(),
            screen.name() if screen is not None else "",
        )

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def scroll_text(self, lines: int) -> None:
        """Scroll the text beside the star by ``lines`` lines of its font (negative: up)."""
        bar = self.ui.sideText.verticalScrollBar()
        bar.setValue(bar.value() + lines * self.ui.sideText.fontMetrics().lineSpacing())

    def _on_changed(self, changes: Changes) -> None:
        """Drop the cached files of children that changed; show the current one anew."""
        for child_id in list(self._cases):
            if changes.concerns_child(child_id) or changes.settings:
                del self._cases[child_id]
        current = self.current_id()
        if not self._closed and (changes.concerns_child(current) or changes.settings):
            self._load_current()

    def clear(self) -> None:
        """Drop every loaded case file and close (used when the vault locks)."""
        self._cases.clear()
        self.chart.clear()
        self.ui.nameLabel.clear()
        self.ui.sideText.clear()
        self.close()

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.previous()
        elif key == Qt.Key.Key_Down:
            self.scroll_text(+3)
        elif key == Qt.Key.Key_Up:
            self.scroll_text(-3)
        elif key == Qt.Key.Key_Home:
            self._go(0)
        elif key == Qt.Key.Key_End:
            self._go(len(self._ids) - 1)
        elif key == Qt.Key.Key_L and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.lock_requested.emit()
        elif key == Qt.Key.Key_I:
            self.ui.initialsCheck.toggle()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and self._watched is None:
            handle.screenChanged.connect(self._on_screen)
            self._on_screen(handle.screen())
        self._fill_screen()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._lang = current_lang()
            self._load_current()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        self._cases.clear()
        self.chart.clear()
        self.ui.sideText.clear()
        super().closeEvent(event)
        self.closed.emit()

    # -- internals -----------------------------------------------------------------------------

    def _on_screen(self, screen: QScreen | None) -> None:
        if self._watched is not None:
            self._watched.geometryChanged.disconnect(self._fill_screen)
        self._watched = screen
        if screen is not None:
            screen.geometryChanged.connect(self._fill_screen)
        self._fill_screen()

    def screen_rect(self) -> QRect:
        """The rectangle to cover: the whole screen the window is on."""
        screen = self.screen()
        return screen.geometry() if screen is not None else self.geometry()

    def _fill_screen(self) -> None:
        """Cover the whole screen even where no window manager acts on "full screen"."""
        rect = self.screen_rect()
        if self.isVisible() and self.geometry() != rect:
            self.setGeometry(rect)

    def _big_fonts(self) -> None:
        for widget, size, bold in (
            (self.ui.nameLabel, 28, True),
            (self.ui.positionLabel, 14, False),
            (self.ui.sideText, 16, False),
            (self.ui.statusLabel, 20, False),
            (self.ui.hintLabel, 12, False),
            (self.ui.initialsCheck, 13, False),
            (self.ui.prevButton, 15, True),
            (self.ui.nextButton, 15, True),
            (self.ui.closeButton, 13, False),
        ):
            font = QFont(widget.font())
            font.setPointSize(size)
            font.setBold(bold)
            widget.setFont(font)

    def _step(self, delta: int) -> None:
        self._go(self._index + delta)

    def _go(self, index: int) -> None:
        if not self._ids:
            return
        index = max(0, min(index, len(self._ids) - 1))
        if index != self._index:
            self._index = index
            self._load_current()

    def _load_current(self) -> None:
        self.ui.prevButton.setEnabled(self._index > 0)
        self.ui.nextButton.setEnabled(self._index < len(self._ids) - 1)
        child_id = self.current_id()
        if child_id is None:
            self.ui.positionLabel.clear()
            self.ui.nameLabel.clear()
            self._status(self.tr("Er staan vandaag geen kinderen op de agenda."))
            return
        self.ui.positionLabel.setText(
            self.tr("Kind %1 van %2")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._ids)))
        )
        cached = self._cases.get(child_id)
        if cached is not None:
            self._render(child_id, cached)
            return
        self.ui.nameLabel.clear()  # never the previous child's name above a loading message
        self._status(self.tr("Bezig met laden…"))
        children = self._children
        self._ops.read(
            lambda: children.case_file(child_id),
            lambda case: self._loaded(child_id, case),
            self._failed,
            busy_text=self.tr("Kind laden…"),
        )

    def _loaded(self, child_id: str, case: CaseFile) -> None:
        if self._closed:  # a late result after close must not bring child data back
            return
        self._cases[child_id] = case
        if child_id == self.current_id():  # the user may have stepped on meanwhile
            self._render(child_id, case)

    def _failed(self, exc: BaseException) -> None:
        from kansencirkel.ui.errors import error_text

        self._status(error_text(exc))

    def _status(self, text: str) -> None:
        self.chart.hide()
        self.ui.sideText.clear()
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.show()

    def _show_texts(self) -> None:
        """The heading and the text column, with names or with initials only."""
        case = self._cases.get(self.current_id() or "")
        if case is None:
            return
        child = case.child
        initials = self.initials_only()
        self.ui.nameLabel.setText(child.initials if initials else child.full_name)
        names = NameMask.for_case(case) if initials else None
        bar = self.ui.sideText.verticalScrollBar()
        keep = bar.value()
        self.ui.sideText.setHtml(SideText(case, self._lang, self._today, names).html())
        bar.setValue(keep)

    def _render(self, child_id: str, case: CaseFile) -> None:
        from kansencirkel.charts.stars import radar_figure

        self.ui.sideText.clear()  # a new child starts at the top of its text
        self._show_texts()
        lang = self._lang
        latest = case.latest_by_perspective()
        newest = max((a.assessed_on for a in latest.values()), default=None)
        series, marks = overlay(
            latest, today=self._today, months=case.compare_months, lang=lang, date_unless=newest
        )
        self.ui.statusLabel.hide()
        self.chart.show()
        self.chart.show_chart(
            lambda fig: radar_figure(series, lang=lang, highlight=marks, presenter=True, figure=fig)
        )
        self.child_shown.emit(child_id)
