"""Consent on screen: the child page's one line, and what consent says before a print,
export or hand-over (:mod:`kansencirkel.core.consent_summary` decides; this only shows).

- :func:`show_consent_line` fills the line under the child page's header.
- :func:`show_warnings` fills a label inside a dialog (the export dialog shows them beside
  its choices, before anything is saved).
- :func:`confirm_consent` asks before a hand-over or print that has no label of its own:
  it shows the warnings and returns whether the user goes on (True at once when there is
  nothing to say). The default button is the safe one ("Terug"); going on is always possible.
  :func:`confirm_lines` does the same for sentences already made (the agenda, per child).
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kansencirkel.core.consent_summary import ConsentWarnings, consent_line
from kansencirkel.core.model import CaseFile

#: The consent section's tab on the child page (Alt+6 opens it).
CONSENT_TAB_KEY = "Alt+6"


def show_consent_line(label: QLabel, case: CaseFile, today: date) -> str:
    """The one line for ``case`` on ``today``; read whole by screen readers, the tab that
    holds the details named in the tooltip. Returns the line."""
    line = consent_line(case.consents, case.child.date_of_birth, today)
    label.setText(line)
    label.setAccessibleName(line)
    label.setToolTip(
        QCoreApplication.translate(
            "consent_warning",
            "Wat de toestemming nu toelaat; alles erover op de tab Toestemming (%s).",
        )
        % CONSENT_TAB_KEY
    )
    return line


def clear_consent_line(label: QLabel) -> None:
    label.clear()
    label.setAccessibleName("")
    label.setToolTip("")


def warning_html(warnings: ConsentWarnings, *, leaves_out: bool = True) -> str:
    """'Let op, toestemming:' and one '•' line per sentence; empty when there is nothing."""
    lines = warnings.lines(leaves_out=leaves_out)
    if not lines:
        return ""
    head = html.escape(QCoreApplication.translate("consent_warning", "Let op, toestemming:"))
    return f"<b>{head}</b><br>" + "<br>".join(f"• {html.escape(line)}" for line in lines)


def show_warnings(label: QLabel, warnings: ConsentWarnings, *, leaves_out: bool = True) -> bool:
    """Fill ``label`` with the warnings and show it, or hide it when there are none; the
    accessible description holds the plain sentences. Returns whether it is shown."""
    text = warning_html(warnings, leaves_out=leaves_out)
    label.setText(text)
    label.setAccessibleDescription(" ".join(warnings.lines(leaves_out=leaves_out)))
    label.setVisible(bool(text))
    return bool(text)


def confirm_consent(
    parent: QWidget | None,
    warnings: ConsentWarnings,
    *,
    action: str,
    leaves_out: bool = True,
) -> bool:
    """Show what consent says about the planned print, export or hand-over and ask whether
    to go on. ``action`` names the going-on button ("Toch overdragen"). True when there is
    nothing to say, or the user chose ``action``; False on "Terug", Esc or closing."""
    return confirm_lines(parent, warnings.lines(leaves_out=leaves_out), action=action)


def confirm_lines(parent: QWidget | None, lines: list[str], *, action: str) -> bool:
    """:func:`confirm_consent` for sentences already made (e.g. one per child on an agenda)."""
    if not lines:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("consent_warning", "Toestemming"),
        QCoreApplication.translate("consent_warning", "Let op, toestemming:"),
        QMessageBox.StandardButton.NoButton,
    )
    box.setParent(parent, box.windowFlags())
    box.setInformativeText("\n\n".join(lines))
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    back = box.addButton(
        QCoreApplication.translate("consent_warning", "Terug"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setObjectName("consentWarningBox")
    box.exec()  # nested loop, as confirm_destructive; the caller continues after it
    chosen = box.clickedButton() is go
    box.deleteLater()
    return chosen
