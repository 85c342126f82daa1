"""Long notes in a child's Notities are readable: their row grows instead of eliding."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QTreeWidgetItem

from kansencirkel.ui.sections.common import make_tree, wrap_column


def test_long_text_wraps_to_more_lines_and_follows_the_column_width(qtbot: Any) -> None:
    tree = make_tree(["Datum", "Notitie"], "notesTree")
    qtbot.addWidget(tree)
    wrap_column(tree, 1)
    short = QTreeWidgetItem(["1-1-2026", "kort"])
    long = QTreeWidgetItem(["2-1-2026", "Maud vertelde over haar week op school. " * 12])
    tree.addTopLevelItems([short, long])
    tree.resize(640, 400)
    tree.setColumnWidth(1, 400)
    tree.show()
    qtbot.waitExposed(tree)

    short_h = tree.visualItemRect(short).height()
    wide_h = tree.visualItemRect(long).height()
    assert wide_h >= 4 * short_h

    tree.resize(360, 400)  # the note is the last, stretching column: narrower means more lines
    qtbot.waitUntil(lambda: tree.visualItemRect(long).height() > wide_h)
