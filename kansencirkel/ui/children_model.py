"""The children list's model: search, filters, sorting; no scores (not a risk instrument).

Summaries are loaded once per refresh through the runner. Filtering and sorting happen in
the model over plain Python lists (a list comprehension over search keys precomputed without
case or accents), which keeps one keystroke over 10,000 children in the low milliseconds; a
QSortFilterProxyModel would call back into Python once per row per keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from kansencirkel.core import clock, dates
from kansencirkel.core.elements import catalog
from kansencirkel.core.enums import ChildStatus
from kansencirkel.core.model import ChildSummary
from kansencirkel.core.name_order import name_key
from kansencirkel.ui.i18n import current_lang

Index = QModelIndex | QPersistentModelIndex


class StatusFilter(IntEnum):
    ACTIEF = 0
    AFGESLOTEN = 1
    ALLE = 2


_STATUS_OF: dict[StatusFilter, ChildStatus | None] = {
    StatusFilter.ACTIEF: ChildStatus.ACTIEF,
    StatusFilter.AFGESLOTEN: ChildStatus.AFGESLOTEN,
    StatusFilter.ALLE: None,
}


class Column(IntEnum):
    NAME = 0
    SCHOOL = 1
    GROUP = 2
    ACTIONS = 3
    MEETING = 4
    PERSPECTIVES = 5
    STATUS = 6


def format_date(day: date | None) -> str:
    return dates.format_date(day, "numeric") if day else ""


#: Letters that Unicode does not decompose into a base letter plus an accent.
_PLAIN = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})
_GROUP = re.compile(r"\b(?:groep|group|gr\.?)\s*(\w+)")


def fold(text: str) -> str:
    """Text as search compares it: no case, no accents ("Öztürk" → "ozturk")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_PLAIN)


def search_words(text: str) -> list[str]:
    """The words of a search; "groep 6" (or "group 6") is one word for the group."""
    return _GROUP.sub(r"groep:\1", fold(text)).split()


def _search_key(s: ChildSummary) -> str:
    c = s.child
    return fold(f"{c.given_name} {c.family_name}\t{c.school}\t{c.group}\tgroep:{c.group}")


def _group_key(group: str) -> tuple[int, str]:
    digits = "".join(ch for ch in group if ch.isdigit())
    return (int(digits) if digits else 99, group.casefold())


class ChildrenModel(QAbstractTableModel):
    """All summaries in ``_all``; the visible, filtered and sorted subset in ``_rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._all: list[ChildSummary] = []
        self._keys: list[str] = []
        self._rows: list[ChildSummary] = []
        self._order: list[int] = []  # indices into _all in the current sort order
        self._status_total = 0  # rows that pass the status filter, before search/attention
        self._text = ""
        self._status = StatusFilter.ACTIEF
        self._attention = False
        self._sort_column = Column.NAME
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.today = clock.today()
        self.complete = True  # False while only the first screen is in

    # -- data in -----------------------------------------------------------------------------

    def set_summaries(
        self, summaries: list[ChildSummary], today: date | None = None, *, complete: bool = True
    ) -> None:
        """``complete=False``: only the first screen (see :meth:`starts_with_first_screen`)."""
        self.today = today or clock.today()
        self.complete = complete
        self._all = list(summaries)
        self._keys = [_search_key(s) for s in self._all]
        self._resort()
        self._apply()

    def clear(self) -> None:
        """Drop every row (on lock): nothing about a child stays in memory here."""
        self.beginResetModel()
        self._all, self._keys, self._rows, self._order = [], [], [], []
        self._status_total = 0
        self.complete = True
        self.endResetModel()

    def set_filter(
        self,
        text: str | None = None,
        status: StatusFilter | None = None,
        attention: bool | None = None,
    ) -> None:
        if text is not None:
            self._text = text
        if status is not None:
            self._status = status
        if attention is not None:
            self._attention = attention
        self._apply()

    def starts_with_first_screen(self) -> bool:
        """Whether the vault's first screen (name order, one status) is exactly what this
        view starts with: not with another sort, a search or the attention filter."""
        by_name = (self._sort_column, self._sort_order) == (
            Column.NAME,
            Qt.SortOrder.AscendingOrder,
        )
        return by_name and not self._text.strip() and not self._attention

    def status_shown(self) -> ChildStatus | None:
        """The status the status filter shows; None for all children."""
        return _STATUS_OF[self._status]

    def total(self) -> int:
        return len(self._all)

    def status_total(self) -> int:
        """Children with the chosen status (actief/afgesloten/alle), before search."""
        return self._status_total

    def summary_at(self, row: int) -> ChildSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, child_id: str) -> int:
        for row, s in enumerate(self._rows):
            if s.child.id == child_id:
                return row
        return -1

    def schools(self) -> list[str]:
        return sorted({s.child.school for s in self._all if s.child.school}, key=str.casefold)

    # -- filtering and sorting ---------------------------------------------------------------

    def _matches(self) -> list[ChildSummary]:
        want = _STATUS_OF[self._status]
        everything, keys = self._all, self._keys
        picked: Sequence[int] = self._order  # already sorted: filtering keeps the order
        if want is not None:
            picked = [i for i in picked if everything[i].child.status == want]
        self._status_total = len(picked)
        for word in search_words(self._text):
            picked = [i for i in picked if word in keys[i]]
        if self._attention:
            picked = [i for i in picked if everything[i].needs_attention]
        return [everything[i] for i in picked]

    def _sort_key(self, column: Column) -> Callable[[ChildSummary], Any]:
        if column == Column.NAME:
            return lambda s: name_key(s.child.family_name, s.child.given_name)
        if column == Column.SCHOOL:
            return lambda s: s.child.school.casefold()
        if column == Column.GROUP:
            return lambda s: _group_key(s.child.group)
        if column == Column.ACTIONS:
            return lambda s: (s.overdue_actions, s.open_actions)
        if column == Column.MEETING:
            return lambda s: s.next_meeting or date.max
        if column == Column.PERSPECTIVES:
            return lambda s: (len(s.missing_perspectives), len(s.stale_perspectives))
        return lambda s: (s.child.status.value, s.child.closed_on or date.min)

    def _resort(self) -> None:
        """Sort all rows once (on load or a header click), not on every keystroke."""
        key = self._sort_key(self._sort_column)
        everything = self._all
        self._order = sorted(
            range(len(everything)),
            key=lambda i: key(everything[i]),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = self._matches()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column = Column(column) if 0 <= column < len(Column) else Column.NAME
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._resort()
        self._rows = self._matches()
        # Keep the selection on the same child (persistent indexes follow their rows).
        new_row = {id(s): row for row, s in enumerate(self._rows)}
        for old in self.persistentIndexList():
            row = new_row.get(id(before[old.row()]), -1) if old.row() < len(before) else -1
            self.changePersistentIndex(
                old, self.index(row, old.column()) if row >= 0 else QModelIndex()
            )
        self.layoutChanged.emit()

    # -- Qt model API ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            Column.NAME: QCoreApplication.translate("ChildrenModel", "Naam"),
            Column.SCHOOL: QCoreApplication.translate("ChildrenModel", "School"),
            Column.GROUP: QCoreApplication.translate("ChildrenModel", "Groep"),
            Column.ACTIONS: QCoreApplication.translate("ChildrenModel", "Afspraken"),
            Column.MEETING: QCoreApplication.translate("ChildrenModel", "Volgend overleg"),
            Column.PERSPECTIVES: QCoreApplication.translate("ChildrenModel", "Gezichtspunten"),
            Column.STATUS: QCoreApplication.translate("ChildrenModel", "Dossier"),
        }.get(Column(section))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text_for(s, Column(index.column()))
        if role == Qt.ItemDataRole.UserRole:
            return s.child.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.attention_text(s) or None
        return None

    def attention_text(self, s: ChildSummary) -> str:
        """Why a child needs attention, in words ("" when nothing is to be done): the tooltip
        of every cell of the row, so "Alleen aandacht nodig" never leaves the user guessing."""
        reasons = []
        if s.overdue_actions:
            reasons.append(
                QCoreApplication.translate("ChildrenModel", "afspraken over de datum: {n}").format(
                    n=s.overdue_actions
                )
            )
        if s.meeting_due:
            reasons.append(
                QCoreApplication.translate("ChildrenModel", "overleg komt eraan of is nodig")
            )
        if s.missing_perspectives or s.stale_perspectives:
            reasons.append(self._perspective_text(s))
        if not reasons:
            return ""
        return QCoreApplication.translate("ChildrenModel", "Aandacht nodig: {why}").format(
            why="; ".join(reasons)
        )

    def _text_for(self, s: ChildSummary, column: Column) -> str:
        c = s.child
        if column == Column.NAME:
            return c.full_name
        if column == Column.SCHOOL:
            return c.school
        if column == Column.GROUP:
            return c.group
        if column == Column.ACTIONS:
            if not s.open_actions:
                return QCoreApplication.translate("ChildrenModel", "geen open")
            if s.overdue_actions:
                return QCoreApplication.translate(
                    "ChildrenModel", "{open} open, {late} over de datum"
                ).format(open=s.open_actions, late=s.overdue_actions)
            return QCoreApplication.translate("ChildrenModel", "{open} open").format(
                open=s.open_actions
            )
        if column == Column.MEETING:
            if s.next_meeting is None:
                return (
                    QCoreApplication.translate("ChildrenModel", "nog niet gepland")
                    if s.meeting_due
                    else ""
                )
            if s.next_meeting == self.today:
                return QCoreApplication.translate("ChildrenModel", "vandaag")
            return format_date(s.next_meeting)
        if column == Column.PERSPECTIVES:
            return self._perspective_text(s)
        if c.status == ChildStatus.AFGESLOTEN:
            return (
                QCoreApplication.translate("ChildrenModel", "afgesloten {day}")
                .format(day=format_date(c.closed_on))
                .strip()
            )
        return QCoreApplication.translate("ChildrenModel", "actief")

    def _perspective_text(self, s: ChildSummary) -> str:
        cat, lang = catalog(), current_lang()
        parts = []
        if s.missing_perspectives:
            names = ", ".join(cat.perspective_name(p, lang).lower() for p in s.missing_perspectives)
            parts.append(
                QCoreApplication.translate("ChildrenModel", "ontbreekt: {names}").format(
                    names=names
                )
            )
        if s.stale_perspectives:
            names = ", ".join(cat.perspective_name(p, lang).lower() for p in s.stale_perspectives)
            parts.append(
                QCoreApplication.translate("ChildrenModel", "lang geleden: {names}").format(
                    names=names
                )
            )
        return (
            "; ".join(parts) if parts else QCoreApplication.translate("ChildrenModel", "compleet")
        )
