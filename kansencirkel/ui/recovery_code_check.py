"""Show a recovery code once and check it was kept: print, copy, retype the last group, tick.

Shared by the first run (a new vault) and "Nieuwe herstelcode maken" (Kluis menu). Each
dialog has the same widgets in its own .ui file; this object drives them, so the check is
the same in both places: the confirm button may only be enabled when :meth:`confirmed`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget

from kansencirkel.ui.errors import set_inline_message


@dataclass(frozen=True)
class CodeWidgets:
    """The widgets of a "show the code" page (same object names in every form)."""

    code_label: QLabel
    print_button: QPushButton
    copy_button: QPushButton
    confirm_edit: QLineEdit
    written_check: QCheckBox
    message_label: QLabel


class RecoveryCodeCheck(QObject):
    """Emits ``changed(bool)`` whenever whether the code is confirmed may have changed."""

    changed = Signal(bool)

    def __init__(self, widgets: CodeWidgets, parent: QWidget) -> None:
        super().__init__(parent)
        self._w = widgets
        self._parent = parent
        self._code = ""
        self._team = ""
        code_font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        code_font.setPointSizeF(code_font.pointSizeF() * 1.6)
        code_font.setWeight(QFont.Weight.Bold)
        widgets.code_label.setFont(code_font)
        widgets.code_label.setStyleSheet("border: 1px solid palette(mid); border-radius: 6px;")
        widgets.copy_button.clicked.connect(self.copy)
        widgets.print_button.clicked.connect(self.print)
        widgets.confirm_edit.textChanged.connect(self._changed)
        widgets.written_check.toggled.connect(self._changed)

    @property
    def code(self) -> str:
        return self._code

    def show_code(self, code: str, team: str) -> None:
        """Show ``code`` (the only place it is ever shown) and start the check afresh."""
        self._code, self._team = code, team
        self._w.code_label.setText(code)
        self._w.confirm_edit.clear()
        self._w.written_check.setChecked(False)
        self._changed()

    def confirmed(self) -> bool:
        """The last group was typed back and the box ticked."""
        from kansencirkel.vault.keyslots import confirms_last_group

        typed = self._w.confirm_edit.text()
        return (
            bool(self._code)
            and confirms_last_group(self._code, typed)
            and self._w.written_check.isChecked()
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self._code)
        set_inline_message(
            self._w.message_label,
            self.tr("Gekopieerd. Plak de code niet in een mail of chat; print of schrijf hem op."),
            error=False,
        )

    def print(self) -> None:
        from kansencirkel.ui.recovery_print import print_recovery_code

        print_recovery_code(self._parent, self._code, self._team)

    def forget(self) -> None:
        """Drop the code from the screen, this object and the clipboard (if it is there)."""
        clipboard = QGuiApplication.clipboard()
        if self._code and clipboard.text() == self._code:
            clipboard.clear()
        self._code = ""
        self._w.code_label.clear()
        self._w.confirm_edit.clear()

    def _changed(self, *_args: object) -> None:
        self.changed.emit(self.confirmed())
