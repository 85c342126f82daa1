"""Overlegmodus (F5): one child at a time, full screen, a large star readable from the back of
the room. Arrow keys (and a presenter's PageUp/PageDown) step through today's agenda; I shows
initials only; Esc closes. Black on white, what goes well first, then gespreksonderwerpen.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent
from PySide6.QtWidgets import QWidget

from kansencirkel.charts.series import perspective_series
from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.enums import PERSPECTIVE_ORDER
from kansencirkel.core.model import CaseFile
from kansencirkel.core.topics import (
    case_topics,
    conversation_topics,
    highlight_elements,
    no_topics_text,
    topic_text,
    topics_heading,
)
from kansencirkel.ui.chart_canvas import ChartCanvas
from kansencirkel.ui.forms.ui_meeting_mode import Ui_MeetingMode
from kansencirkel.ui.vault_ops import VaultOps

if TYPE_CHECKING:
    from kansencirkel.vault.repos.children import ChildrenRepository
from kansencirkel.ui.i18n import current_lang

_STYLE = """
QWidget#MeetingMode { background: #FFFFFF; }
QWidget#MeetingMode QLabel, QWidget#MeetingMode QCheckBox { color: #000000; }
QWidget#MeetingMode QPushButton { color: #000000; background: #F2F2F2;
    border: 2px solid #000000; border-radius: 6px; padding: 6px 14px; }
"""


class MeetingModeWindow(QWidget):
    """``MeetingModeWindow(vault, runner, child_ids, start_id, initials_only)``.

    The caller shows it (``showFullScreen()``); case files load through ``runner`` with
    ``children.case_file(id)``. Loaded case files live only as long as the
    window; :meth:`clear` (on lock) drops them and closes.
    """

    closed = Signal()
    child_shown = Signal(str)  # child id, after its star is drawn

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
        self._lang: Lang = current_lang()
        self._big_fonts()
        self.chart = ChartCanvas(self.ui.canvasHost)
        self.chart.setObjectName("meetingChart")
        self.ui.canvasLayout.addWidget(self.chart)
        self.chart.hide()
        self.ui.initialsCheck.setChecked(initials_only)
        self.ui.initialsCheck.toggled.connect(self._show_name)
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

    def next(self) -> None:
        self._step(+1)

    def previous(self) -> None:
        self._step(-1)

    def _on_changed(self, changes: Changes) -> None:
        """Drop the cached files of children that changed; show the current one anew."""
        for child_id in list(self._cases):
            if changes.concerns_child(child_id):
                del self._cases[child_id]
        if not self._closed and changes.concerns_child(self.current_id()):
            self._load_current()

    def clear(self) -> None:
        """Drop every loaded case file and close (used when the vault locks)."""
        self._cases.clear()
        self.chart.clear()
        self.ui.nameLabel.clear()
        self.ui.topicsLabel.clear()
        self.close()

    # -- events --------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Down):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Up):
            self.previous()
        elif key == Qt.Key.Key_Home:
            self._go(0)
        elif key == Qt.Key.Key_End:
            self._go(len(self._ids) - 1)
        elif key == Qt.Key.Key_I:
            self.ui.initialsCheck.toggle()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

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
        super().closeEvent(event)
        self.closed.emit()

    # -- internals -----------------------------------------------------------------------------

    def _big_fonts(self) -> None:
        for widget, size, bold in (
            (self.ui.nameLabel, 30, True),
            (self.ui.positionLabel, 15, False),
            (self.ui.topicsLabel, 17, False),
            (self.ui.statusLabel, 20, False),
            (self.ui.hintLabel, 13, False),
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
        self.ui.topicsLabel.clear()
        self.ui.statusLabel.setText(text)
        self.ui.statusLabel.show()

    def _show_name(self) -> None:
        case = self._cases.get(self.current_id() or "")
        if case is None:
            return
        child = case.child
        self.ui.nameLabel.setText(child.initials if self.initials_only() else child.full_name)

    def _render(self, child_id: str, case: CaseFile) -> None:
        from kansencirkel.charts.stars import radar_figure

        self._show_name()
        lang = self._lang
        latest = case.latest_by_perspective()
        newest = max((a.assessed_on for a in latest.values()), default=None)
        series = perspective_series(latest, lang=lang, date_unless=newest)
        marks = highlight_elements(conversation_topics(latest))
        self.ui.statusLabel.hide()
        self.chart.show()
        self.chart.show_chart(
            lambda fig: radar_figure(series, lang=lang, highlight=marks, presenter=True, figure=fig)
        )
        self.ui.topicsLabel.setText(self._side_text(case))
        self.child_shown.emit(child_id)

    def _side_text(self, case: CaseFile) -> str:
        """What goes well first, then the gespreksonderwerpen — never a score or a verdict."""
        lang, cat = self._lang, catalog()
        latest = case.latest_by_perspective()
        good = [
            f"<p><b>{escape(cat.perspective_name(p, lang))}</b>: {escape(latest[p].goes_well)}</p>"
            for p in PERSPECTIVE_ORDER
            if p in latest and latest[p].goes_well.strip()
        ]
        parts = [f"<h2>{self.tr('Wat gaat goed')}</h2>", *good]
        if not good:
            parts.append(f"<p>{self.tr('Nog niet ingevuld.')}</p>")
        topics = case_topics(case)
        parts.append(f"<h2>{escape(topics_heading(lang))}</h2>")
        if topics:
            items = "".join(f"<li>{escape(topic_text(t, lang))}</li>" for t in topics)
            parts.append(f"<ul>{items}</ul>")
        else:
            parts.append(f"<p>{escape(no_topics_text(lang))}</p>")
        return "".join(parts)
