"""Asking where to save a file (PDF, PNG, SVG): the OS save dialog, and one more question it
cannot ask itself.

The save dialog asks before it hands back the name of an existing file. But when the user
types a name without the extension ("overzicht"), we add it afterwards, and the dialog never
saw "overzicht.pdf": that file would be replaced without a word. So when adding the extension
makes the name of an existing file, this asks too. Nothing is ever replaced unasked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def with_suffix_added(chosen: Path, suffix: str) -> Path:
    """``chosen`` with ``suffix`` (".pdf") appended unless it already ends so (any case):
    "rapport.v2" becomes "rapport.v2.pdf", never "rapport.pdf"."""
    if chosen.suffix.lower() == suffix.lower():
        return chosen
    return chosen.with_name(chosen.name + suffix)


def confirm_replace(parent: QWidget | None, path: Path) -> bool:
    """Ask whether the existing ``path`` may be replaced (default: no)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("save_path", "Bestand bestaat al"),
        QCoreApplication.translate("save_path", "%1 bestaat al. Wil je het vervangen?").replace(
            "%1", path.name
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str, suffix: str
) -> Path | None:
    """Where to save, or None when the user cancelled (or declined replacing a file)."""
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    if not chosen:
        return None
    path = with_suffix_added(Path(chosen), suffix)
    if path != Path(chosen) and path.exists() and not confirm_replace(parent, path):
        return None
    return path
