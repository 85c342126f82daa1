"""Small pieces the child's dialogs share: check-box grids, dates, one-sentence errors."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Generic, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QWidget,
)

from kansencirkel.core.elements import catalog
from kansencirkel.ui.i18n import current_lang
from kansencirkel.ui.i18n import tr as tr  # re-exported for the dialogs

T = TypeVar("T")


class CheckGrid(Generic[T]):
    """Check boxes laid out in a grid inside a placeholder widget from the .ui file."""

    def __init__(self, box: QWidget, items: Sequence[tuple[T, str]], columns: int = 4) -> None:
        layout = QGridLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[T, QCheckBox] = {}
        for i, (value, text) in enumerate(items):
            check = QCheckBox(text, box)
            check.setObjectName(f"check_{value}")
            layout.addWidget(check, i // columns, i % columns)
            self.boxes[value] = check
        tab_after(box, list(self.boxes.values()))

    def selected(self) -> tuple[T, ...]:
        return tuple(v for v, c in self.boxes.items() if c.isChecked())

    def select(self, values: Sequence[T]) -> None:
        for v, c in self.boxes.items():
            c.setChecked(v in values)


def tab_after(placeholder: QWidget, widgets: Sequence[QWidget]) -> None:
    """Put ``widgets``, made in code inside a placeholder from the .ui file, in the Tab order
    where the placeholder is, instead of after the dialog's buttons (where Qt appends widgets
    made after ``setupUi``)."""
    window = placeholder.window()
    anchor: QWidget | None = placeholder.previousInFocusChain()
    while anchor is not None and anchor is not window:
        if anchor.focusPolicy() != Qt.FocusPolicy.NoFocus and not placeholder.isAncestorOf(anchor):
            break
        anchor = anchor.previousInFocusChain()
    anchor = anchor or window
    for widget in widgets:
        QWidget.setTabOrder(anchor, widget)
        anchor = widget


def grow_to_fit(window: QWidget) -> None:
    """Make a window tall enough for its word-wrapped labels at its width. Qt sizes a window
    by its layout's minimum, which counts a wrapped label as one line: a sentence that wraps
    to two lines then squeezes the rows below it (check boxes cut off). Call on show."""
    layout = window.layout()
    if layout is None or not layout.hasHeightForWidth():
        return
    layout.activate()
    need = layout.totalHeightForWidth(window.width())
    if need > window.height():
        window.setMinimumHeight(need)
        window.resize(window.width(), need)


def element_grid(box: QWidget) -> CheckGrid[str]:
    lang = current_lang()
    return CheckGrid(box, [(e.key, e.name(lang)) for e in catalog().elements])


def set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def get_date(edit: QDateEdit) -> date:
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def dutch_buttons(box: QDialogButtonBox) -> None:
    """Save/Cancel in the app's words even when Qt's own translation is not installed."""
    save = box.button(QDialogButtonBox.StandardButton.Save)
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    if save is not None:
        save.setText(tr("&Opslaan"))
    if cancel is not None:
        cancel.setText(tr("Annuleren"))


def show_error_label(label: QLabel, sentence: str) -> None:
    label.setText(sentence)
    label.setStyleSheet(
        "QLabel { border-left: 4px solid palette(highlight); padding: 4px 8px; font-weight: bold; }"
    )
    label.show()
