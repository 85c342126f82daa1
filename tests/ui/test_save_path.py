"""Saving a PDF, PNG or SVG, or printing the recovery code to a file, never replaces a file
unasked: with Qt's real save and print dialogs.

Offscreen there is no platform dialog, so ``QFileDialog.getSaveFileName`` shows Qt's own,
which is driven here like a user would: type a name, press Save, answer the question. A
timer looks for the window that is waiting for an answer (a poll, not a wait for time).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kansencirkel.ui.save_path import ask_save_path, with_suffix_added
from tests.charts.factories import demo_case
from tests.support.modals import Driver, Step


def type_name(name: str) -> Step:
    def step(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        edit = dialog.findChild(QLineEdit, "fileNameEdit")  # where the user types the name
        assert isinstance(edit, QLineEdit)
        edit.setText(name)
        QTimer.singleShot(0, dialog.accept)  # as if Save was pressed

    return step


def answer(button: QMessageBox.StandardButton) -> Step:
    def step(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(button).click()

    return step


def cancel(dialog: QWidget) -> None:
    assert isinstance(dialog, QFileDialog)
    dialog.reject()


def _ask(tmp_path: Path, steps: list[tuple[type[QWidget], Step]]) -> tuple[Path | None, Driver]:
    driver = Driver(steps)
    try:
        chosen = ask_save_path(
            None, "Opslaan", tmp_path / "kansencirkel-x.pdf", "PDF-bestanden (*.pdf)", ".pdf"
        )
    finally:
        driver.stop()
    return chosen, driver


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def test_the_dialog_itself_asks_before_an_existing_file(qtbot: Any, tmp_path: Path) -> None:
    existing = tmp_path / "overzicht.pdf"
    existing.write_bytes(b"vorige week")
    # No: the dialog stays open (the user then cancels); Yes: that name comes back.
    steps = [(QFileDialog, type_name(str(existing))), (QMessageBox, answer(NO))]
    chosen, driver = _ask(tmp_path, [*steps, (QFileDialog, cancel)])
    assert chosen is None and len(driver.seen) == 1 and "overzicht.pdf" in driver.seen[0]
    chosen, driver = _ask(
        tmp_path, [(QFileDialog, type_name(str(existing))), (QMessageBox, answer(YES))]
    )
    assert chosen == existing and len(driver.seen) == 1  # asked once, by the dialog
    assert existing.read_bytes() == b"vorige week"  # asking writes nothing


def test_a_name_typed_without_extension_is_asked_about_too(qtbot: Any, tmp_path: Path) -> None:
    """The dialog saw "overzicht", which does not exist; "overzicht.pdf" does."""
    existing = tmp_path / "overzicht.pdf"
    existing.write_bytes(b"vorige week")
    typed = str(tmp_path / "overzicht")
    chosen, driver = _ask(tmp_path, [(QFileDialog, type_name(typed)), (QMessageBox, answer(NO))])
    assert chosen is None and len(driver.seen) == 1 and "overzicht.pdf" in driver.seen[0]
    chosen, driver = _ask(tmp_path, [(QFileDialog, type_name(typed)), (QMessageBox, answer(YES))])
    assert chosen == existing
    chosen, driver = _ask(tmp_path, [(QFileDialog, type_name(str(tmp_path / "nieuw")))])
    assert chosen == tmp_path / "nieuw.pdf" and driver.seen == []  # nothing to replace: no question
    assert existing.read_bytes() == b"vorige week"


def test_the_extension_is_added_not_swapped() -> None:
    assert with_suffix_added(Path("a/rapport.v2"), ".pdf") == Path("a/rapport.v2.pdf")
    assert with_suffix_added(Path("a/rapport.PDF"), ".pdf") == Path("a/rapport.PDF")
    assert with_suffix_added(Path("ster"), ".svg") == Path("ster.svg")


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_the_chart_export_does_not_replace_a_file_unasked(
    qtbot: Any, tmp_path: Path, fmt: str
) -> None:
    from kansencirkel.ui.star_view import StarView

    view = StarView()
    qtbot.addWidget(view)
    view.show()
    view.set_case(demo_case(), "nl")
    existing = tmp_path / f"ster.{fmt}"
    existing.write_bytes(b"de grafiek van vorige week")
    driver = Driver([(QFileDialog, type_name(str(tmp_path / "ster"))), (QMessageBox, answer(NO))])
    try:
        view.export(fmt)
    finally:
        driver.stop()
    assert existing.read_bytes() == b"de grafiek van vorige week"
    driver = Driver([(QFileDialog, type_name(str(tmp_path / "ster"))), (QMessageBox, answer(YES))])
    try:
        view.export(fmt)
    finally:
        driver.stop()
    assert existing.read_bytes() != b"de grafiek van vorige week"


def _print_to(path: Path) -> Step:
    """In Qt's print dialog: print to this PDF file (the only printer offscreen)."""

    def step(dialog: QWidget) -> None:
        edit = dialog.findChild(QLineEdit, "filename")
        assert isinstance(edit, QLineEdit)
        edit.setText(str(path))
        buttons = dialog.findChild(QDialogButtonBox)
        assert isinstance(buttons, QDialogButtonBox)
        button = buttons.button(QDialogButtonBox.StandardButton.Ok)  # "Print"
        QTimer.singleShot(0, button.click)  # from the event loop: the question nests in it

    return step


def test_printing_the_recovery_code_to_a_file_asks_before_replacing(
    qtbot: Any, tmp_path: Path
) -> None:
    """The recovery code is only printed (no file of ours); Qt's print dialog, printing to
    a PDF file, asks before replacing one."""
    from PySide6.QtPrintSupport import QPrintDialog

    from kansencirkel.ui.recovery_print import print_recovery_code

    parent = QWidget()
    qtbot.addWidget(parent)
    existing = tmp_path / "herstelcode.pdf"
    existing.write_bytes(b"een ander document")
    code = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB"
    steps: list[tuple[type[QWidget], Step]] = [
        (QPrintDialog, _print_to(existing)),
        (QMessageBox, answer(NO)),
        (QPrintDialog, lambda dialog: dialog.reject()),
    ]
    driver = Driver(steps)
    try:
        assert print_recovery_code(parent, code, "Kernteam De Linde") is False
    finally:
        driver.stop()
    assert len(driver.seen) == 1 and "herstelcode.pdf" in driver.seen[0]
    assert existing.read_bytes() == b"een ander document"
    driver = Driver([(QPrintDialog, _print_to(existing)), (QMessageBox, answer(YES))])
    try:
        assert print_recovery_code(parent, code, "Kernteam De Linde") is True
    finally:
        driver.stop()
    assert existing.read_bytes().startswith(b"%PDF")
