"""The agenda export dialog against a real vault: today's children, atomic save, audit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from kansencirkel.core import clock
from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.agenda_dialog import AgendaExportDialog
from tests.reports import pdfcheck


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
    items = [dialog.ui.childrenList.item(i).text() for i in range(dialog.ui.childrenList.count())]
    assert items == ["Noor El Amrani"]
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
