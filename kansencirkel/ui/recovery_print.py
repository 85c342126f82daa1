"""Print the recovery code on paper (Qt's print dialog; no file is written by us)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from kansencirkel.core import clock, dates


def recovery_sheet_html(code: str, team: str) -> str:
    title = QCoreApplication.translate("recovery_print", "Herstelcode Kansencirkel")
    team_word = QCoreApplication.translate("recovery_print", "Team")
    made_on = QCoreApplication.translate("recovery_print", "Gemaakt op")
    advice = QCoreApplication.translate(
        "recovery_print",
        "Met deze code opent iemand de kluis zonder wachtwoord. Bewaar dit blad op een veilige, "
        "afgesloten plek, bijvoorbeeld bij de privacyverantwoordelijke van de school.",
    )
    today = dates.format_date(clock.today(), "numeric")
    return (
        f"<h2>{escape(title)}</h2>"
        f"<p>{escape(team_word)}: <b>{escape(team)}</b><br/>{escape(made_on)}: {today}</p>"
        f"<p style='font-family: monospace; font-size: 20pt; font-weight: bold;'>"
        f"{escape(code)}</p><p>{escape(advice)}</p>"
    )


def print_recovery_code(parent: QWidget, code: str, team: str) -> bool:
    """Ask for a printer and print the code; True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("recovery_print", "Herstelcode afdrukken"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    document = QTextDocument()
    document.setHtml(recovery_sheet_html(code, team))
    document.print_(printer)
    return True
