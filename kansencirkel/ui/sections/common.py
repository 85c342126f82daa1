"""What every section of the child's page shares: the loaded data and display helpers.

The page loads one :class:`ChildData` off the GUI thread and hands it to every section; a
section never queries the vault to paint itself, so switching tabs costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from kansencirkel.core import dates
from kansencirkel.core.elements import Lang, catalog
from kansencirkel.core.kinds import KindList, default_kinds
from kansencirkel.core.model import (
    Assessment,
    AuditEntry,
    CaseFile,
    Draft,
    Person,
    TeamMember,
)
from kansencirkel.core.pulse import Pulse
from kansencirkel.ui.dialog_helpers import tr

if TYPE_CHECKING:
    from kansencirkel.core.changes import Changes, Written
    from kansencirkel.vault.repos import Repositories

__all__ = ["ChildData", "Edit", "Section", "tr"]

#: A section's write: given the vault's repositories, returns what it wrote and changed.
Edit = Callable[["Repositories"], "Written[Any] | Changes"]


@dataclass(frozen=True, slots=True)
class ChildData:
    """Everything the child's page shows, read in one background job."""

    case: CaseFile  # read with its history (superseded, withdrawn, earlier note versions)
    drafts: tuple[Draft, ...]
    audit: tuple[AuditEntry, ...]
    team: tuple[Person, ...]
    today: date
    actor: TeamMember
    kinds: KindList = field(default_factory=default_kinds)  # the vault's kinds of afspraken
    pulses: tuple[Pulse, ...] = ()  # how the cooperation went after its overleggen

    @property
    def child_id(self) -> str:
        return self.case.child.id

    @property
    def all_assessments(self) -> tuple[Assessment, ...]:
        """Every version, superseded and withdrawn ones included."""
        return (*self.case.assessments, *self.case.superseded, *self.case.withdrawn)


def lang() -> Lang:
    from kansencirkel.ui.i18n import current_lang

    return current_lang()


def fmt_date(day: date | None) -> str:
    return dates.format_date(day, "numeric") if day else "–"


def fmt_moment(moment: datetime | None) -> str:
    if moment is None:
        return "–"
    return dates.format_moment(moment.astimezone())


def element_name(key: str) -> str:
    return catalog().element(key).name(lang())


def element_names(keys: Iterable[str]) -> str:
    return ", ".join(element_name(k) for k in keys)


def perspective_name(key: str) -> str:
    return catalog().perspective_name(str(key), lang())


def role_name(key: str) -> str:
    return catalog().role_name(str(key), lang())


def score_text(score: int | None) -> str:
    """'4 – Gaat goed' or the 'weet niet' words; never a number for unknown."""
    word = catalog().score_word(score, lang())
    return word if score is None else f"{score} – {word}"


def short_unknown() -> str:
    return catalog().score_word(None, lang()).split("/")[0].strip()


def make_tree(headers: list[str], name: str) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setObjectName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setAccessibleName(name)
    # Tabbing into a list makes its first row current without selecting it: the buttons
    # then act on a row the user cannot see marked. The current row is always the selected.
    tree.currentItemChanged.connect(lambda item, _before: item and item.setSelected(True))
    return tree


class WrapDelegate(QStyledItemDelegate):
    """Row height that fits the text wrapped to its column's width.

    QTreeView's own word wrap only elides: item size hints ignore the column width, so a
    long note stayed on one line. This measures the text at the current width instead.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        width = self._tree.columnWidth(index.column()) - 8
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if width <= 0 or not text:
            return base
        flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
        rect = option.fontMetrics.boundingRect(0, 0, width, 100_000, int(flags), text)
        return QSize(base.width(), max(base.height(), rect.height() + 6))


def wrap_column(tree: QTreeWidget, column: int) -> None:
    """Let ``column`` of ``tree`` show long text over several lines."""
    tree.setUniformRowHeights(False)
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setItemDelegateForColumn(column, WrapDelegate(tree))


def button_bar(*widgets: QWidget) -> QHBoxLayout:
    bar = QHBoxLayout()
    for w in widgets:
        if isinstance(w, QPushButton):
            w.setAutoDefault(False)
        bar.addWidget(w)
    bar.addStretch(1)
    return bar


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


_clock_icon: QIcon | None = None


def overdue_icon() -> QIcon:
    """A plain clock in the text colour: 'over tijd' without a red/green traffic light."""
    global _clock_icon
    if _clock_icon is None:
        pix = QPixmap(QSize(32, 32))
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour: QColor = QApplication.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(colour, 3))
        p.drawEllipse(QRectF(3, 3, 26, 26))
        p.drawLine(QPointF(16, 16), QPointF(16, 8))
        p.drawLine(QPointF(16, 16), QPointF(22, 19))
        p.end()
        _clock_icon = QIcon(pix)
    return _clock_icon


class Section(QWidget):
    """Base for a page section: holds the data, asks the page to run vault work."""

    #: (job, success sentence) — the page runs the job through the runner and reloads.
    edit_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: ChildData | None = None
        self.dialog: QDialog | None = None  # the open dialog, if any (closed on lock)
        self._texts: list[tuple[Callable[[str], object], object]] = []
        self._headers: list[tuple[QTreeWidget, list[object], Callable[[], list[str]] | None]] = []
        self.layout_ = QVBoxLayout(self)

    def set_data(self, data: ChildData) -> None:
        self.data = data
        self.refresh()

    def clear(self) -> None:
        self.data = None
        self.refresh()

    def refresh(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    # -- texts that follow a live language switch ---------------------------------------

    def button(self, source: object, name: str = "") -> QPushButton:
        """A push button whose (QT_TR_NOOP-marked) Dutch source text is re-translated."""
        b = QPushButton(self)
        if name:
            b.setObjectName(name)
        self.keep(b.setText, source)
        return b

    def keep(self, setter: Callable[[str], object], source: object) -> None:
        self._texts.append((setter, source))
        setter(tr(source))

    def new_tree(
        self, sources: list[object], name: str, extra: Callable[[], list[str]] | None = None
    ) -> QTreeWidget:
        tree = make_tree([], name)
        self._headers.append((tree, sources, extra))
        self._set_headers(tree, sources, extra)
        return tree

    @staticmethod
    def _set_headers(
        tree: QTreeWidget, sources: list[object], extra: Callable[[], list[str]] | None
    ) -> None:
        tree.setHeaderLabels([tr(s) for s in sources] + (extra() if extra else []))

    def retranslate(self) -> None:
        for setter, source in self._texts:
            setter(tr(source))
        for tree, sources, extra in self._headers:
            self._set_headers(tree, sources, extra)
        if self.data is not None:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def request(self, job: Edit) -> None:
        """Ask the page to run ``job(repos)`` in the background; the change it reports
        reloads whatever shows this child."""
        self.edit_requested.emit(job)

    def reopener(self, open_again: Callable[[str], object]) -> Callable[[str], bool]:
        """For a :class:`~kansencirkel.ui.versioned_save.VersionedEdit`: ``open_again(sentence)``
        reopens the editor with what was typed, if this section still shows the same child."""
        assert self.data is not None
        child_id = self.data.child_id

        def reopen(sentence: str) -> bool:
            if self.data is None or self.data.child_id != child_id:
                return False
            open_again(sentence)
            return True

        return reopen
