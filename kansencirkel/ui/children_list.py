"""The children list view: search as you type, filters, sorting, add/edit/close/reopen.

Summaries come from ``children.summaries(today)`` once per refresh, through the
runner; typing in the search box only re-filters the in-memory model (see children_model).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import ChildStatus
from kansencirkel.ui.children_model import ChildrenModel, Column, StatusFilter
from kansencirkel.ui.confirm import confirm_destructive
from kansencirkel.ui.forms.ui_children_list import Ui_ChildrenList
from kansencirkel.ui.i18n import counted
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.ui.versioned_save import save_versioned

if TYPE_CHECKING:
    from kansencirkel.core.model import Child, ChildSummary
    from kansencirkel.vault.repos.children import ChildrenRepository


class ChildrenList(QWidget):
    open_requested = Signal(str)  # child id
    loaded = Signal(int)  # number of children after a refresh

    def __init__(self, ops: VaultOps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChildrenList()
        self.ui.setupUi(self)
        self._ops = ops
        self._children: ChildrenRepository | None = None
        self._select_next: str | None = None  # a child just added or changed
        self._load = 0  # counts refreshes: a late answer to an older one is dropped
        self.model = ChildrenModel(self)
        self.last_filter_ms = 0.0
        table = self.ui.table
        table.setModel(self.model)
        table.setTabKeyNavigation(False)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        vh = table.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row measuring
        vh.setDefaultSectionSize(table.fontMetrics().height() + 10)
        hh = table.horizontalHeader()
        hh.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Sized to fit a 1024-pixel projector; "Gezichtspunten" takes the rest of the width.
        for column, width in (
            (Column.NAME, 190),
            (Column.SCHOOL, 200),
            (Column.GROUP, 60),
            (Column.ACTIONS, 170),
            (Column.MEETING, 125),
            (Column.STATUS, 140),
        ):
            hh.resizeSection(column, width)
        hh.setSectionResizeMode(Column.PERSPECTIVES, QHeaderView.ResizeMode.Stretch)
        hh.setSortIndicator(Column.NAME, Qt.SortOrder.AscendingOrder)
        table.setColumnHidden(Column.STATUS, True)
        hh.setSortIndicatorShown(True)

        self.ui.searchEdit.textChanged.connect(self._on_search)
        self.ui.statusFilter.currentIndexChanged.connect(self._on_status)
        self.ui.attentionOnly.toggled.connect(self._on_attention)
        self.ui.addButton.clicked.connect(self.add_child)
        self.ui.openButton.clicked.connect(self._open_current)
        self.ui.editButton.clicked.connect(self.edit_current)
        self.ui.closeButton.clicked.connect(self._close_or_reopen)
        table.activated.connect(self._on_activated)
        self.model.modelReset.connect(self._update_count)
        table.selectionModel().currentRowChanged.connect(self._update_buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self._focus_search)
        self.ui.searchEdit.returnPressed.connect(self._search_entered)
        self.ui.searchEdit.installEventFilter(self)
        ops.changed.connect(self._on_changed)
        self._update_buttons()
        self._update_count()

    # -- vault -------------------------------------------------------------------------------

    def set_children(self, children: ChildrenRepository | None) -> None:
        self._children = children
        if children is None:
            self.clear()
        else:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.child_list or changes.people or changes.settings:
            self.refresh()

    def clear(self) -> None:
        self.model.clear()
        self.ui.searchEdit.clear()
        self._update_buttons()

    def refresh(self) -> None:
        children = self._children
        if children is None:
            return
        today = clock.today()
        keep, self._select_next = self._select_next or self.current_id(), None
        self._load += 1
        load = self._load

        def first(summaries: list[ChildSummary]) -> None:
            if self._children is children and load == self._load and not self.model.complete:
                self.model.set_summaries(summaries, today, complete=False)

        def done(summaries: list[ChildSummary]) -> None:
            if self._children is not children or load != self._load:
                return
            self.model.set_summaries(summaries, today)
            if keep:
                self.select(keep)
            self._update_buttons()
            self.loaded.emit(len(summaries))

        if self.model.total() == 0 and self.model.starts_with_first_screen():
            # Unlock with 10,000 children: the first screen is painted at once, the whole
            # list (count, search, sorting, filters) follows when it is read.
            self.model.complete = False
            status, n = self.model.status_shown(), self._rows_on_screen()
            self._ops.read(lambda: children.first_screen(today, n, status), first)
        self._ops.read(
            lambda: children.summaries(today),
            done,
            busy_text=self.tr("Kinderen laden…"),
        )

    def _rows_on_screen(self) -> int:
        table = self.ui.table
        row = max(1, table.verticalHeader().defaultSectionSize())
        return max(40, table.viewport().height() // row + 2)

    # -- selection ---------------------------------------------------------------------------

    def current_summary(self) -> ChildSummary | None:
        index = self.ui.table.currentIndex()
        return self.model.summary_at(index.row()) if index.isValid() else None

    def current_id(self) -> str | None:
        s = self.current_summary()
        return s.child.id if s else None

    def select(self, child_id: str) -> bool:
        row = self.model.row_of(child_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.ui.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.ui.table.scrollTo(index)
        return True

    # -- filters -----------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        keep = self.current_id()
        start = time.perf_counter()
        self.model.set_filter(text=text)
        if keep:
            self.select(keep)
        self.last_filter_ms = (time.perf_counter() - start) * 1000
        self._update_buttons()

    def _on_status(self, index: int) -> None:
        status = StatusFilter(max(0, index))
        self.model.set_filter(status=status)
        # "actief" in every row says nothing; the column is shown for closed files only.
        self.ui.table.setColumnHidden(Column.STATUS, status == StatusFilter.ACTIEF)
        self._update_buttons()

    def _on_attention(self, checked: bool) -> None:
        self.model.set_filter(attention=checked)
        self._update_buttons()

    def _search_entered(self) -> None:
        """Enter in the search field: one match opens; more go to the list, first selected.
        (Not while only the first screen is in: one match there may not be the only one.)"""
        single = self.model.rowCount() == 1 and self.model.complete
        only = self.model.summary_at(0) if single else None
        if only is not None:
            self.select(only.child.id)
            self.open_requested.emit(only.child.id)
        else:
            self._to_list()

    def _to_list(self) -> None:
        if self.model.rowCount() == 0:
            return
        table = self.ui.table
        if not table.currentIndex().isValid():
            table.selectRow(0)
        table.scrollTo(table.currentIndex())
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Escape)
        ):
            if event.key() == Qt.Key.Key_Escape:
                self.ui.searchEdit.clear()  # Esc: the whole list again
            else:
                self._to_list()  # Down from the search field walks into the list
            return True
        return super().eventFilter(watched, event)

    def _focus_search(self) -> None:
        self.ui.searchEdit.setFocus()
        self.ui.searchEdit.selectAll()

    def _update_count(self) -> None:
        shown, base = self.model.rowCount(), self.model.status_total()
        if not self.model.complete:
            text = self.tr("Kinderen laden…")
        elif self.model.total() == 0:
            text = self.tr("Nog geen kinderen. Kies 'Kind toevoegen' om te beginnen.")
        elif shown == base:
            text = counted(shown, self.tr("{n} kind"), self.tr("{n} kinderen"))
        else:
            text = counted(
                base, self.tr("{shown} van {n} kind"), self.tr("{shown} van {n} kinderen")
            ).format(shown=shown)
        self.ui.countLabel.setText(text)

    def _update_buttons(self, *_args: object) -> None:
        s = self.current_summary()
        has = s is not None
        self.ui.openButton.setEnabled(has)
        self.ui.editButton.setEnabled(has)
        self.ui.closeButton.setEnabled(has)
        self.ui.addButton.setEnabled(self._children is not None)
        button = self.ui.closeButton
        if s is not None and s.child.status == ChildStatus.AFGESLOTEN:
            button.setText(self.tr("Dossier h&eropenen"))
            button.setToolTip(self.tr("Het kind staat dan weer bij de actieve kinderen."))
        else:
            button.setText(self.tr("Dossier a&fsluiten"))
            button.setToolTip(
                self.tr(
                    "Het kind gaat naar de afgesloten dossiers; je kunt het later heropenen. "
                    "Er wordt niets gewist."
                )
            )

    # -- actions -----------------------------------------------------------------------------

    def _on_activated(self, index: QModelIndex) -> None:
        s = self.model.summary_at(index.row())
        if s is not None:
            self.open_requested.emit(s.child.id)

    def _open_current(self) -> None:
        child_id = self.current_id()
        if child_id:
            self.open_requested.emit(child_id)

    def add_child(self) -> None:
        if self._children is None:
            return
        from kansencirkel.ui.child_dialog import ChildDialog

        dialog = ChildDialog(self._children, self._ops, None, self.model.schools(), self)
        dialog.saved.connect(self._after_save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # drop typed data when closed
        dialog.open()

    def edit_current(self) -> None:
        s = self.current_summary()
        if self._children is None or s is None:
            return
        from kansencirkel.ui.child_dialog import ChildDialog

        dialog = ChildDialog(self._children, self._ops, s.child, self.model.schools(), self)
        dialog.saved.connect(self._after_save)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # drop typed data when closed
        dialog.open()

    def _after_save(self, child: Child) -> None:
        """Keep the saved child in view; the refresh itself follows the change signal."""
        if child.status == ChildStatus.ACTIEF and self.ui.statusFilter.currentIndex() == 1:
            self.ui.statusFilter.setCurrentIndex(StatusFilter.ACTIEF)
        self._select_next = child.id

    def _close_or_reopen(self) -> None:
        s = self.current_summary()
        children = self._children
        if s is None or children is None:
            return
        child = s.child
        if child.status == ChildStatus.AFGESLOTEN:
            save_versioned(
                self._ops,
                self,
                lambda version, _taken: children.reopen(child.id, expected_version=version),
                child.version,
                on_done=self._after_save,
            )
            return
        if confirm_destructive(
            self,
            self.tr("Dossier afsluiten"),
            self.tr(
                "Het dossier van {name} afsluiten? Het kind staat dan niet meer bij de actieve "
                "kinderen. Je kunt het later weer heropenen; na de bewaartermijn kan het "
                "worden gewist."
            ).format(name=child.full_name),
            self.tr("Dossier a&fsluiten"),
        ):
            today = clock.today()
            save_versioned(
                self._ops,
                self,
                lambda version, _taken: children.close(child.id, today, expected_version=version),
                child.version,
                on_done=self._after_save,
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            current = self.ui.statusFilter.currentIndex()
            self.ui.retranslateUi(self)
            self.ui.statusFilter.setCurrentIndex(current)
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
            self._update_count()
            self._update_buttons()
        super().changeEvent(event)
