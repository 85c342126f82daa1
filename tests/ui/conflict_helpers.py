"""Helpers for the edit-conflict tests: find the conflict dialog a stale save opened, read its
rows, answer it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.conflict_dialog import ConflictDialog


def save(qtbot: Any, dlg: Any) -> None:
    qtbot.mouseClick(
        dlg.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def click(qtbot: Any, button: Any) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def reopened_editor(qtbot: Any, section: Any, first: Any, timeout: int = 10_000) -> Any:
    """The section's editor opened again after ``first`` (a failed save, or "Terug naar mijn
    invoer"), once it shows."""
    qtbot.waitUntil(
        lambda: section.dialog is not first and section.dialog is not None
        and section.dialog.isVisible(),
        timeout=timeout,
    )  # fmt: skip
    return section.dialog


def open_conflicts(parent: QWidget) -> list[ConflictDialog]:
    return [d for d in parent.findChildren(ConflictDialog) if d.isVisible()]


def conflict_shown(qtbot: Any, parent: QWidget) -> ConflictDialog:
    qtbot.waitUntil(lambda: bool(open_conflicts(parent)), timeout=10_000)
    (dlg,) = open_conflicts(parent)
    return dlg


def table_rows(dlg: ConflictDialog) -> list[tuple[str, str, str]]:
    """What the user reads: field label, what they saved, what is stored now."""
    table = dlg.ui.fieldsTable
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    ]


def changes_logged(vault: Any, child_id: str, record_type: str) -> int:
    """How many saves of that kind of record the audit log holds for the child."""
    return sum(
        1
        for e in vault.repos.audit.entries(child_id)
        if e.kind is AuditKind.CHANGE and e.record_type == record_type
    )
