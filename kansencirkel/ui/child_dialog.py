"""Add or edit a child: validate here first, then the vault; one Dutch sentence on bad input.

The dialog never closes on an error and never clears what was typed: the message appears
above the buttons and the field at fault gets the focus. An edit is based on the version the
dialog was opened on: when someone else saved the child meanwhile, the conflict dialog shows
both and asks which stays (:mod:`.versioned_save`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLineEdit, QWidget

from kansencirkel.core import clock, dates
from kansencirkel.ui.errors import error_text, set_inline_message
from kansencirkel.ui.forms.ui_child_dialog import Ui_ChildDialog
from kansencirkel.ui.vault_ops import VaultOps
from kansencirkel.ui.versioned_save import save_versioned
from kansencirkel.vault.validation.fields import MAX_TEXT

if TYPE_CHECKING:
    from kansencirkel.core.model import Child
    from kansencirkel.vault.repos.children import ChildrenRepository

_DATE = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_date(text: str) -> date | None:
    """dd-mm-jjjj (also with / . or space) or jjjj-mm-dd; None when empty.

    Raises ValueError when something was typed that is not a date.
    """
    if not text.strip():
        return None
    if m := _DATE.match(text):
        day, month, year = (int(g) for g in m.groups())
    elif m := _ISO.match(text):
        year, month, day = (int(g) for g in m.groups())
    else:
        raise ValueError(text)
    return date(year, month, day)


def format_date(day: date | None) -> str:
    return dates.format_date(day, "numeric") if day else ""


class ChildDialog(QDialog):
    """``saved(child)`` is emitted after the vault stored the child; then the dialog closes."""

    saved = Signal(object)

    def __init__(
        self,
        children: ChildrenRepository,
        ops: VaultOps,
        child: Child | None,
        schools: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ChildDialog()
        self.ui.setupUi(self)
        self._children = children
        self._ops = ops
        self._child = child
        self._busy = False
        # The vault's own limit: a QLineEdit would cut a pasted text at 32,767 characters
        # without a word; anything the vault would refuse it says so in one sentence.
        for edit in (self.ui.givenEdit, self.ui.familyEdit, self.ui.schoolEdit, self.ui.groupEdit):
            edit.setMaxLength(MAX_TEXT)
        completer = QCompleter(schools, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.ui.schoolEdit.setCompleter(completer)
        self.setWindowTitle(self.tr("Kind wijzigen") if child else self.tr("Kind toevoegen"))
        if child is not None:
            self.ui.givenEdit.setText(child.given_name)
            self.ui.familyEdit.setText(child.family_name)
            self.ui.schoolEdit.setText(child.school)
            self.ui.groupEdit.setText(child.group)
            self.ui.dobEdit.setText(format_date(child.date_of_birth))
            self.ui.openedEdit.setText(format_date(child.opened_on))
        else:
            self.ui.openedEdit.setText(format_date(clock.today()))
        set_inline_message(self.ui.messageLabel, "")
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.givenEdit.setFocus()

    def _problem(self) -> tuple[str, QLineEdit] | tuple[None, dict[str, Any]]:
        given = self.ui.givenEdit.text().strip()
        family = self.ui.familyEdit.text().strip()
        if not given:
            return self.tr("Vul de voornaam van het kind in."), self.ui.givenEdit
        if not family:
            return self.tr("Vul de achternaam van het kind in."), self.ui.familyEdit
        today = clock.today()
        try:
            dob = parse_date(self.ui.dobEdit.text())
        except ValueError:
            return (
                self.tr(
                    "De geboortedatum is geen geldige datum; schrijf hem als "
                    "dd-mm-jjjj of laat het vak leeg."
                ),
                self.ui.dobEdit,
            )
        if dob is not None and not (date(today.year - 25, 1, 1) <= dob <= today):
            return (
                self.tr(
                    "De geboortedatum ligt in de toekomst of te ver terug; controleer het jaar."
                ),
                self.ui.dobEdit,
            )
        try:
            opened = parse_date(self.ui.openedEdit.text())
        except ValueError:
            opened = None
        if opened is None or opened > today:
            return (
                self.tr(
                    "Vul bij 'Dossier geopend op' een datum in, niet later dan "
                    "vandaag (dd-mm-jjjj)."
                ),
                self.ui.openedEdit,
            )
        fields = {
            "given_name": given,
            "family_name": family,
            "school": self.ui.schoolEdit.text().strip(),
            "group": self.ui.groupEdit.text().strip(),
            "date_of_birth": dob,
            "opened_on": opened,
        }
        return None, fields

    def _save(self) -> None:
        if self._busy:
            return
        message, found = self._problem()
        if message is not None:
            assert isinstance(found, QLineEdit)
            set_inline_message(self.ui.messageLabel, message)
            found.setFocus()
            found.selectAll()
            return
        assert isinstance(found, dict)
        fields = found
        children, child = self._children, self._child
        self._set_busy(True)
        if child is None:
            self._ops.write(lambda: children.create(**fields), self._done, self._failed)
            return
        child_id = child.id
        save_versioned(
            self._ops,
            self,
            lambda version, taken: children.update(
                child_id, expected_version=version, **(fields | dict(taken))
            ),
            child.version,  # the version this dialog was opened on: a newer one asks
            on_done=self._done,
            on_error=self._failed,
            on_back=self._went_back,
            on_theirs=self._kept_theirs,
            per_field=True,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        if button is not None:
            button.setEnabled(not busy)

    def _done(self, child: Child) -> None:
        self._set_busy(False)
        self.saved.emit(child)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        set_inline_message(self.ui.messageLabel, error_text(exc))

    def _went_back(self, sentence: str) -> None:
        """Back from the conflict dialog: still open with what was typed, and why."""
        self._set_busy(False)
        set_inline_message(self.ui.messageLabel, sentence)

    def _kept_theirs(self, _child: object) -> None:
        """Nothing written; the screens behind show the child as stored."""
        self._set_busy(False)
        self.reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
