"""Wires a passphrase field, its repeat field, a bar and a label to the strength hint."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from kansencirkel.core.passphrase import MIN_LENGTH, Strength, estimate


class StrengthMeter(QObject):
    """Live hint while typing; :meth:`problem` gives the sentence that blocks saving."""

    def __init__(
        self,
        edit: QLineEdit,
        repeat: QLineEdit,
        bar: QProgressBar,
        label: QLabel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._edit, self._repeat, self._bar, self._label = edit, repeat, bar, label
        edit.textChanged.connect(self._update)
        repeat.textChanged.connect(self._update)
        self._update()

    def _words(self, strength: Strength) -> str:
        return {
            Strength.TOO_SHORT: self.tr(
                "Te kort: gebruik minstens {n} tekens, bijvoorbeeld een paar losse woorden."
            ).format(n=MIN_LENGTH),
            Strength.WEAK: self.tr("Zwak: maak het langer of gebruik meer verschillende tekens."),
            Strength.FAIR: self.tr("Redelijk: nog een woord erbij maakt het sterker."),
            Strength.GOOD: self.tr("Goed."),
            Strength.STRONG: self.tr("Sterk."),
        }[strength]

    def _update(self) -> None:
        text = self._edit.text()
        if not text:
            self._bar.setValue(0)
            self._label.setText(
                self.tr("Tip: een zin van vier of meer woorden is sterk en goed te onthouden.")
            )
            return
        hint = estimate(text)
        self._bar.setValue(max(hint.percent, 5))
        self._label.setText(self._words(hint.strength))
        self._bar.setAccessibleDescription(self._label.text())

    def problem(self) -> str | None:
        """One Dutch sentence when the passphrase cannot be used, else None."""
        text = self._edit.text()
        hint = estimate(text)
        if not hint.acceptable:
            if hint.strength == Strength.TOO_SHORT:
                return self.tr("Het wachtwoord is te kort; gebruik minstens {n} tekens.").format(
                    n=MIN_LENGTH
                )
            return self.tr("Dit wachtwoord is te makkelijk te raden; kies een langer wachtwoord.")
        if text != self._repeat.text():
            return self.tr("De twee wachtwoorden zijn niet gelijk.")
        return None

    def clear(self) -> None:
        self._edit.clear()
        self._repeat.clear()
