"""Bestand → "Spreadsheet inlezen…": the preview against a real vault shows what will be added
before anything is written; cancelling writes nothing; "Inlezen" adds the children and the
list shows them; a file with problems lists every one and writes nothing; the template is
saved and never replaces a file unasked. Real SQLCipher vaults, real widgets, fictional names."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.i18n import gettext
from kansencirkel.core.import_plan import NOT_IN_DEMO
from kansencirkel.core.model import AssessmentInput
from kansencirkel.exchange.csv_import import template_csv
from kansencirkel.ui.main_window import MainWindow
from kansencirkel.ui.spreadsheet_import import SpreadsheetImportDialog
from kansencirkel.ui.vault_ops import VaultOps
from tests.support.modals import Driver
from tests.support.qt import mnemonic_clashes
from tests.support.vaults import VaultFactory
from tests.ui.spreadsheet_files import IN_VAULT, PROBLEM_ROWS, TODAY, write_csv
from tests.ui.test_save_path import NO, YES, answer, cancel, type_name


@pytest.fixture(autouse=True)
def fixed_today(today_is: Callable[[date], date]) -> None:
    today_is(TODAY)


@pytest.fixture
def vault(vault_factory: VaultFactory, tmp_path: Path) -> Any:
    made = vault_factory.make("school", folder=tmp_path / "vault", children=list(IN_VAULT))
    # Sanne's school meting of 14-10 is in the vault already, exactly as in the file.
    made.vault.repos.assessments.save(
        AssessmentInput(
            child_id=made.child_ids["Sanne"],
            perspective=Perspective.SCHOOL,
            assessed_on=date(2026, 10, 14),
            given_by="Juf Anna",
            given_by_role=Role.LEERKRACHT,
            scores=dict(
                zip(
                    (
                        "actief",
                        "gerespecteerd",
                        "verantwoordelijk",
                        "erbij_horen",
                        "veilig",
                        "gezond",
                        "ontplooiing",
                        "gekoesterd",
                    ),
                    (3, 3, 3, 3, 4, 4, 3, 3),
                    strict=True,
                )
            ),
            goes_well="Werkt netjes",
            wishes="Meer uitdaging",
        )
    )
    return made.vault


@pytest.fixture
def window(qtbot: Any, vault: Any, ui_runner: Any, app_settings: Any) -> Iterator[MainWindow]:
    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    win.resize(QSize(1280, 720))
    win.show()
    with qtbot.waitSignal(win.children_list.loaded, timeout=10000):
        win.attach(vault)
    yield win
    win.detach()


def state(vault: Any) -> tuple[Any, ...]:
    """What a write would change: the children, their metingen, the logged changes (reading
    the metingen here is logged as a view: those are left out)."""
    repos = vault.repos
    summaries = repos.children.summaries(TODAY)
    kids = sorted(s.child.full_name for s in summaries)
    readings = sum(len(repos.assessments.for_child(s.child.id)) for s in summaries)
    changes = [e for e in repos.audit.entries() if e.kind != AuditKind.VIEW]
    return kids, readings, len(changes)


def open_preview(qtbot: Any, window: MainWindow, path: Path) -> SpreadsheetImportDialog:
    dialog = window.spreadsheet.open_import(path)
    assert isinstance(dialog, SpreadsheetImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None or bool(dialog.problems), timeout=10000)
    return dialog


def table_rows(table: Any) -> list[tuple[str, ...]]:
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def listed_names(window: MainWindow) -> set[str]:
    model = window.children_list.model
    return {s.child.full_name for s in (model.summary_at(r) for r in range(model.rowCount())) if s}


def test_the_preview_shows_what_will_be_added_and_cancel_writes_nothing(
    qtbot: Any, window: MainWindow, vault: Any, tmp_path: Path
) -> None:
    before = state(vault)
    dialog = open_preview(qtbot, window, write_csv(tmp_path))
    assert dialog.counts is not None
    c = dialog.counts
    assert (c.new_children, c.matched_children, c.assessments, c.already_stored) == (3, 2, 9, 1)
    summary = dialog.ui.summaryLabel.text()
    assert "Nieuwe kinderen: 3." in summary and "Metingen die erbij komen: 9." in summary
    assert "1 meting uit dit bestand staat al precies zo in de kluis" in summary
    assert table_rows(dialog.ui.newTable) == [
        ("Lotte Visser", "02-05-2016", "De Linde", "6", "2"),
        ("Finn de Graaf", "21-11-2014", "Het Kompas", "8", "2"),
        ("Yara Mulder", "30-01-2018", "Het Kompas", "3", "2"),
    ]
    assert [r[0] for r in table_rows(dialog.ui.matchedTable)] == ["Sanne de Vries", "Daan Bakker"]
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "&Inlezen"
    assert state(vault) == before  # the preview wrote nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    window._runner.wait_idle()
    assert state(vault) == before


def test_inlezen_from_the_menu_adds_the_children_and_the_list_shows_them(
    qtbot: Any, window: MainWindow, vault: Any, tmp_path: Path
) -> None:
    source = write_csv(tmp_path)
    driver = Driver([(QFileDialog, type_name(str(source)))])
    try:
        window.spreadsheet.import_action.trigger()
    finally:
        driver.stop()
    dialog = window.findChild(SpreadsheetImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    kids, readings, _events = state(vault)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: {"Lotte Visser", "Finn de Graaf", "Yara Mulder"} <= listed_names(window),
        timeout=10000,
    )
    assert "Nieuwe kinderen: 3; metingen toegevoegd: 9." in window.ui.statusbar.currentMessage()
    after_kids, after_readings, _ = state(vault)
    assert len(after_kids) == len(kids) + 3 and after_readings == readings + 9
    # The same file again: nothing new, nothing doubled, nothing to read in.
    again = open_preview(qtbot, window, source)
    assert again.counts is not None and again.counts.assessments == 0
    assert not again.import_button.isEnabled()
    again.reject()


def test_a_file_with_problems_lists_every_one_and_writes_nothing(
    qtbot: Any, window: MainWindow, vault: Any, tmp_path: Path
) -> None:
    before = state(vault)
    dialog = open_preview(qtbot, window, write_csv(tmp_path, "fouten.csv", PROBLEM_ROWS))
    assert dialog.ui.stack.currentWidget() is dialog.ui.problemsPage
    listed = [dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())]
    assert len(listed) == len(dialog.problems) >= 4
    assert all(text.startswith("Rij ") for text in listed)
    assert any(t.startswith("Rij 2, kolom 'Actief'") for t in listed)  # score 7
    assert any(t.startswith("Rij 3, kolom 'Datum'") for t in listed)  # in the future
    assert any(t.startswith("Rij 4, kolom 'Voornaam'") for t in listed)  # a formula
    assert any(t.startswith("Rij 5, kolom 'Geboortedatum'") for t in listed)  # no such day
    assert "niet ingelezen en de kluis is niet gewijzigd" in dialog.ui.summaryLabel.text()
    assert not dialog.import_button.isEnabled()
    dialog.accept()  # even so: nothing to write
    window._runner.wait_idle()
    assert state(vault) == before


def test_a_folder_or_an_empty_file_is_one_sentence(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "map.csv"
    folder.mkdir()
    dialog = window.spreadsheet.open_import(folder)
    assert dialog is not None
    qtbot.waitUntil(lambda: "is een map" in dialog.ui.statusLabel.text(), timeout=10000)
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    dialog = open_preview(qtbot, window, empty)
    assert dialog.problems and "leeg" in dialog.problems[0]


def test_a_demo_vault_takes_no_spreadsheet(
    qtbot: Any, vault_factory: VaultFactory, ui_runner: Any, app_settings: Any, tmp_path: Path
) -> None:
    demo = vault_factory("demo", folder=tmp_path / "demo", demo=True)
    win = MainWindow(VaultOps(ui_runner), app_settings)
    qtbot.addWidget(win)
    win.show()
    with qtbot.waitSignal(win.children_list.loaded, timeout=10000):
        win.attach(demo)
    try:
        assert win.spreadsheet.open_import(write_csv(tmp_path)) is None
        boxes = [b for b in win.findChildren(QMessageBox) if b.isVisible()]
        assert [b.text() for b in boxes] == [gettext(NOT_IN_DEMO)]
        assert win.findChild(SpreadsheetImportDialog) is None
    finally:
        for box in win.findChildren(QMessageBox):
            box.close()
        win.detach()


def test_the_template_is_saved_and_never_replaces_a_file_unasked(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    existing = tmp_path / "mijn-lijst.csv"
    existing.write_bytes(b"mijn eigen werk")
    steps = [(QFileDialog, type_name(str(existing))), (QMessageBox, answer(NO))]
    driver = Driver([*steps, (QFileDialog, cancel)])
    try:
        assert window.spreadsheet.save_template(window) is None
    finally:
        driver.stop()
    window._runner.wait_idle()
    assert existing.read_bytes() == b"mijn eigen werk"
    # A new name: no question, the template is written.
    driver = Driver([(QFileDialog, type_name(str(tmp_path / "sjabloon")))])
    try:
        saved = window.spreadsheet.save_template(window)
    finally:
        driver.stop()
    window._runner.wait_idle()
    assert saved == tmp_path / "sjabloon.csv" and saved.read_bytes() == template_csv()
    assert "sjabloon.csv" in window.ui.statusbar.currentMessage()
    # Replacing only when the user says yes.
    driver = Driver([(QFileDialog, type_name(str(existing))), (QMessageBox, answer(YES))])
    try:
        window.spreadsheet.save_template(window)
    finally:
        driver.stop()
    window._runner.wait_idle()
    assert existing.read_bytes() == template_csv()


def test_keyboard_only_and_alt_letters_unique(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    menu = window.ui.menuFile
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert "&Spreadsheet inlezen…" in texts and "Spreadsheet-sja&bloon opslaan…" in texts
    letters = [t[t.index("&") + 1].lower() for t in texts]
    assert len(letters) == len(set(letters)), texts
    dialog = open_preview(qtbot, window, write_csv(tmp_path))
    assert mnemonic_clashes(dialog) == []
    assert dialog.ui.newLabel.buddy() is dialog.ui.newTable
    dialog.reject()
