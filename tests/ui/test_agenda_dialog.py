"""The agenda export dialog against a real vault: today's children, atomic save, audit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.agenda_dialog import AgendaExportDialog
from tests.reports import pdfcheck
from tests.ui.test_confirm import answer_with, click, seen


def _fake_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def fake(parent: object, caption: str, directory: str, filt: str) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return suggested


def test_agenda_dialog_lists_children_and_saves(
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = AgendaExportDialog(team_vault.repos, ui_runner, offer_open=False)
    qtbot.addWidget(dialog)
    ui_runner.wait_idle(15_000)
    view = dialog.ui.childrenList
    items = [view.item(i) for i in range(view.count())]
    checked = [i.text() for i in items if i.checkState() is Qt.CheckState.Checked]
    assert checked == ["Noor El Amrani"] and items[0].text() == "Noor El Amrani"
    assert "Mees" not in " ".join(i.text() for i in items)  # a closed file is not offered
    target = tmp_path / "agenda.pdf"
    suggested = _fake_save_dialog(monkeypatch, target)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    ui_runner.wait_idle(20_000)
    assert Path(suggested[0]).name == f"kansencirkel-agenda-{clock.today().isoformat()}.pdf"
    text = pdfcheck.text(target.read_bytes())
    assert "Agenda kernteamoverleg" in text and "Noor El Amrani" in text
    noor = next(
        s.child.id
        for s in team_vault.repos.children.summaries(clock.today())
        if s.child.given_name == "Noor"
    )
    details = [
        e.detail
        for e in team_vault.repos.audit.entries(child_id=noor)
        if e.kind is AuditKind.EXPORT
    ]
    assert details == ["agenda"]


def _names(dialog: AgendaExportDialog) -> list[str]:
    view = dialog.ui.childrenList
    return [view.item(i).text() for i in range(view.count())]


def test_the_user_chooses_and_orders_the_children_by_keyboard(
    qtbot: Any,
    team_vault: Any,
    ui_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    dialog = AgendaExportDialog(team_vault.repos, ui_runner, offer_open=False)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    ui_runner.wait_idle(15_000)
    view = dialog.ui.childrenList
    dialog.ui.dateEdit.setFocus()
    names = _names(dialog)
    assert len(names) >= 3
    # Alt+K: into the list; tick the second and third child with the space bar.
    qtbot.keyClick(dialog, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)
    assert view.hasFocus() and view.currentRow() == 0
    for _ in range(2):
        qtbot.keyClick(view, Qt.Key.Key_Down)
        qtbot.keyClick(view, Qt.Key.Key_Space)
    # The third child up to first place: Alt+H twice (Om&hoog), focus stays in the list.
    qtbot.keyClick(view, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _names(dialog)[1] == names[2])  # a mnemonic clicks after 100 ms
    assert view.hasFocus()
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _names(dialog)[0] == names[2]
    assert not dialog.ui.upButton.isEnabled()
    # Alt+L (Om&laag) moves it back one; then untick Noor (now first of the rest).
    qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: _names(dialog)[:2] == [names[0], names[2]])
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # Noor, preselected from the vault's agenda
    assert dialog.chosen_ids() != []
    target = tmp_path / "agenda.pdf"
    _fake_save_dialog(monkeypatch, target)
    seen.clear()
    answer_with(click("Toch &opslaan"))  # no consent for the kernteam: said, then saved anyway
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=20_000)
    assert seen == [("Terug", "Terug", ["Terug", "Toch &opslaan"])]
    text = pdfcheck.text(target.read_bytes())
    heads = re.findall(r"^\d+\. (.+)$", text, flags=re.M)
    assert heads == [names[2], names[1]]
    assert names[0] == "Noor El Amrani" and "Noor El Amrani" not in text


def test_a_child_without_consent_for_the_kernteam_is_named_before_saving(
    qtbot: Any, team_vault: Any, ui_runner: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    dialog = AgendaExportDialog(team_vault.repos, ui_runner, offer_open=False)
    qtbot.addWidget(dialog)
    ui_runner.wait_idle(15_000)
    view = dialog.ui.childrenList
    for i in range(view.count()):  # only Sanne: her afspraak is open, nobody consented
        sanne = view.item(i).text() == "Sanne de Vries"
        view.item(i).setCheckState(Qt.CheckState.Checked if sanne else Qt.CheckState.Unchecked)
    suggested = _fake_save_dialog(monkeypatch, tmp_path / "agenda.pdf")
    texts: list[str] = []

    def back(box: QMessageBox) -> None:
        texts.append(box.informativeText())
        [button] = [b for b in box.buttons() if b.text() == "Terug"]
        button.click()

    answer_with(back)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: bool(texts), timeout=20_000)
    assert texts == [
        "Sanne de Vries — Staat erin zonder toestemming voor het kernteam: de afspraken "
        "(niemand gaf er toestemming voor)."
    ]
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert suggested == [] and dialog.saved_path is None  # Terug: no file asked, none saved
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()
