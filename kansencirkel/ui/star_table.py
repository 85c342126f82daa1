"""The star's scores as a table: the keyboard and screen-reader equivalent of the picture.

Rows are the eight elements in NJi order, columns the readings the star shows (perspectives
at one moment, or one perspective's moments). "Weet niet" is spelled out, never a number; a
reading outside the comparison window has its age in the column head and its cells in
italics; an element that is a gespreksonderwerp says so in its row head. Tab moves past the
table (not from cell to cell), so it never traps the keyboard.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kansencirkel.core.elements import ELEMENT_KEYS, Lang, catalog
from kansencirkel.core.model import Assessment
from kansencirkel.ui.dialog_helpers import tr


@dataclass(frozen=True, slots=True)
class Column:
    label: str  # as in the legend, with the date (and the age when older): the tooltip
    head: str  # the same on short lines, for the column head
    assessment: Assessment
    older: bool = False


def cell_text(score: int | None, lang: Lang) -> str:
    word = catalog().score_word(score, lang)
    return word if score is None else f"{score} – {word}"


def fill_table(
    table: QTableWidget, columns: Sequence[Column], marks: Collection[str], lang: Lang
) -> None:
    cat = catalog()
    table.clear()
    table.setRowCount(len(ELEMENT_KEYS))
    table.setColumnCount(len(columns))
    for c, col in enumerate(columns):
        head = QTableWidgetItem(col.head)
        head.setToolTip(col.label)
        if col.older:
            font = QFont(head.font())
            font.setItalic(True)
            head.setFont(font)
        table.setHorizontalHeaderItem(c, head)
    for r, key in enumerate(ELEMENT_KEYS):
        name = cat.element(key).name(lang)
        row_head = QTableWidgetItem(
            tr("%1\n(gespreksonderwerp)").replace("%1", name) if key in marks else name
        )
        if key in marks:
            font = QFont(row_head.font())
            font.setBold(True)
            row_head.setFont(font)
        table.setVerticalHeaderItem(r, row_head)
        for c, col in enumerate(columns):
            item = QTableWidgetItem(cell_text(col.assessment.score(key), lang))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            # What a screen reader says for the cell: element, who, score.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}, {col.label}: {item.text()}")
            if col.older:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkGray)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    # Column heads never clip (an older reading's age is the point): every column is at
    # least as wide as the widest head line; with too little room the table scrolls.
    italic = QFont(header.font())
    italic.setItalic(True)
    widest = max(
        (
            QFontMetrics(italic if col.older else header.font()).horizontalAdvance(line)
            for col in columns
            for line in col.head.splitlines()
        ),
        default=0,
    )
    header.setMinimumSectionSize(widest + 16)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if columns and table.currentRow() < 0:
        table.setCurrentCell(0, 0)
