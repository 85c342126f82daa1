"""Turn any exception into one clear sentence for the user; never show a traceback.

Vault errors carry their own Dutch and English sentence (``message_nl`` / ``message_en``).
Anything else gets a short generic sentence; only the exception's type name is logged, because
exception text can contain what the user typed (a child's name) and logs must not.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from kansencirkel.core.i18n import Message
from kansencirkel.ui.i18n import own_sentence
from kansencirkel.ui.style import is_high_contrast

if TYPE_CHECKING:
    from kansencirkel.ui.operations import OperationRunner

log = logging.getLogger(__name__)


def error_text(exc: BaseException) -> str:
    """One sentence in the current language describing ``exc``."""
    own = own_sentence(exc)
    if own:
        return own
    if isinstance(exc, PermissionError):
        return QCoreApplication.translate(
            "errors", "Geen toegang tot het bestand of de map; kies een andere plek."
        )
    if isinstance(exc, FileNotFoundError):
        return QCoreApplication.translate("errors", "Het bestand of de map bestaat niet (meer).")
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "errors", "Het bestand kon niet gelezen of geschreven worden; is de schijf vol?"
        )
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("errors", "Er is niet genoeg geheugen voor deze actie.")
    return QCoreApplication.translate(
        "errors", "Er ging iets onverwachts mis; de actie is niet uitgevoerd."
    )


#: Open boxes without a Python owner; kept alive here until they are closed.
_open_boxes: set[QMessageBox] = set()


def show_error(parent: QWidget | None, exc: BaseException, *, title: str = "") -> QMessageBox:
    """Show ``exc`` as one sentence in a window-modal message box.

    The box is opened, not exec()'d: the caller's code goes on (the event loop keeps running
    jobs and the idle timer), and tests can read the sentence from the returned box.
    """
    if not _is_vault_error(exc):
        log.warning("Unexpected error in the app: %s", type(exc).__name__)
    return show_message(parent, error_text(exc), title=title)


def show_message(parent: QWidget | None, text: str, *, title: str = "") -> QMessageBox:
    """One sentence in a window-modal warning box (also used for validation messages)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("errors", "Kansencirkel"))
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(QCoreApplication.translate("errors", "Foutmelding"))
    # No lambda connected to the box: a closure holding the box's own wrapper, freed while Qt
    # destroys the box, would destroy it a second time. Closed boxes are pruned here instead.
    _prune()
    _open_boxes.add(box)
    box.open()
    return box


def _is_vault_error(exc: BaseException) -> bool:
    return hasattr(exc, "message_nl") and hasattr(exc, "exit_code")


def set_inline_message(label: QLabel, text: str, *, error: bool = True) -> None:
    """Show one sentence in a form's message label, readable in light and dark themes."""
    label.setText(text)
    label.setVisible(bool(text))
    if not text:
        return
    palette = label.palette()
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    colour = ("#ff9e9e" if dark else "#a1000e") if error else "#9fe0a8" if dark else "#1e6b2a"
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication) and is_high_contrast(app):
        colour = palette.color(QPalette.ColorRole.WindowText).name()  # the user's own colours
    label.setStyleSheet(f"color: {colour}; font-weight: 600;")


def show_keyring_status(runner: OperationRunner, label: QLabel) -> None:
    """The system keyring's sentence in ``label``, shown once known; asked in the background,
    on the second lane, because importing and asking the keyring is slow and a hanging keyring
    must not hold up the vault's own jobs (loading the members, unlocking). No sentence on
    failure."""

    def status() -> object:
        from kansencirkel.vault.keyring_access import keyring_status

        return keyring_status()

    def show(status: object) -> None:
        text = own_sentence(status)
        label.setText(text)
        label.setToolTip(keyring_status_texts(status)[1] if text else "")
        label.setVisible(bool(text))

    runner.run(status, show, lambda _exc: None, lane=runner.BESIDE)


def keyring_status_texts(status: object) -> tuple[str, str]:
    """(short text for the status bar, hover text) about the system password manager (the
    OS keyring): the hover text says what it is, not just "keyring"."""
    explained = QCoreApplication.translate(
        "errors",
        "Het wachtwoordbeheer is de plek waar Windows, macOS of Linux wachtwoorden veilig "
        "bewaart. Kansencirkel zet daar een extra sleutel van deze computer in, zodat "
        "gestolen bestanden alleen niet genoeg zijn om de kluis te openen.",
    )
    if getattr(status, "available", False):
        short = QCoreApplication.translate("errors", "Wachtwoordbeheer: in gebruik")
    else:
        short = QCoreApplication.translate(
            "errors", "Wachtwoordbeheer: niet beschikbaar, alleen wachtwoord"
        )
    return short, f"{own_sentence(status)}\n\n{explained}".strip()


def show_place_warnings(runner: OperationRunner, label: QLabel, vault_path: Path) -> None:
    """Where the vault is, if that is risky (a folder a cloud service synchronises, a
    read-only medium), in ``label`` as the command line says it; looked up on the second lane
    because a network folder can be slow to answer. Hidden when the place is fine."""
    set_inline_message(label, "")

    def warnings() -> list[Message]:
        from kansencirkel.core.places import place_warnings

        return place_warnings(vault_path)

    def show(found: list[Message]) -> None:
        set_inline_message(label, "\n".join(m.text() for m in found))

    runner.run(warnings, show, lambda _exc: None, lane=runner.BESIDE)


def _prune() -> None:
    for box in list(_open_boxes):
        if not shiboken6.isValid(box) or not box.isVisible():
            _open_boxes.discard(box)


def close_open_messages() -> None:
    """Close every open message box (on lock: a sentence may name a child)."""
    for box in list(_open_boxes):
        if shiboken6.isValid(box):
            box.reject()
    _open_boxes.clear()
