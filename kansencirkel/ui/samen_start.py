"""Before samen invullen: who fills in (the child, or a parent by name from Betrokkenen), the
child's age when its date of birth is unknown, the language they read, and who sits beside.

The team member beside them is the one logged in: their passphrase is what leads back, and
they are recorded as the one who took the meting (``recorded_by``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from kansencirkel.core.enums import Role
from kansencirkel.core.model import Child, Involvement, TeamMember
from kansencirkel.core.samen import Filler, SamenTexts, filler_for_child
from kansencirkel.core.samen_answers import SamenAnswers
from kansencirkel.ui.dialog_helpers import tr
from kansencirkel.ui.forms.ui_samen_start_dialog import Ui_SamenStartDialog
from kansencirkel.ui.i18n import current_lang


class SamenStartDialog(QDialog):
    def __init__(
        self,
        child: Child,
        involvements: Sequence[Involvement],
        actor: TeamMember,
        languages: Mapping[str, SamenTexts],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SamenStartDialog()
        self.ui.setupUi(self)
        self.child, self._languages = child, dict(languages)
        self._by_age = filler_for_child(child.date_of_birth, today)
        ui = self.ui
        ui.whoCombo.addItem(tr("%s (het kind)") % child.given_name, (None, child.given_name))
        for inv in involvements:
            if inv.role is Role.OUDER:
                ui.whoCombo.addItem(
                    tr("%s (ouder/verzorger)") % inv.person.name, (Filler.OUDER, inv.person.name)
                )
        ui.ageCombo.addItem(tr("4 tot en met 7 jaar"), Filler.JONG)
        ui.ageCombo.addItem(tr("8 jaar of ouder"), Filler.KIND)
        ui.ageCombo.setCurrentIndex(1)
        for code, texts in self._languages.items():
            ui.languageCombo.addItem(texts.name, code)
        wanted = ui.languageCombo.findData(current_lang())
        ui.languageCombo.setCurrentIndex(max(wanted, 0))
        ui.besideLabel.setText(tr("%s — jouw wachtwoord is nodig om terug te gaan.") % actor.name)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Beginnen"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Annuleren"))
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        ui.whoCombo.currentIndexChanged.connect(self._who_changed)
        self._who_changed()
        ui.whoCombo.setFocus()

    def _asks_age(self) -> bool:
        kind, _name = self.ui.whoCombo.currentData()
        return kind is None and self._by_age is None

    def _who_changed(self) -> None:
        asks = self._asks_age()
        self.ui.ageLabel.setVisible(asks)
        self.ui.ageCombo.setVisible(asks)

    def filler(self) -> Filler:
        kind, _name = self.ui.whoCombo.currentData()
        if kind is not None:
            return Filler.OUDER
        if self._by_age is not None:
            return self._by_age
        return Filler(self.ui.ageCombo.currentData())

    def texts(self) -> SamenTexts:
        return self._languages[str(self.ui.languageCombo.currentData())]

    def answers(self) -> SamenAnswers:
        _kind, name = self.ui.whoCombo.currentData()
        return SamenAnswers(self.child.id, self.filler(), str(name), self.texts().code)
