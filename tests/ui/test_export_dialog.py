"""The child export dialog against a real vault: choices, preview, atomic save, audit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import AuditKind, Perspective, Role
from kansencirkel.core.model import AssessmentInput
from kansencirkel.ui.export_dialog import ExportDialog
from tests.reports import pdfcheck


def _assess(vault: Any, child_id: str, p: Perspective, scores: tuple[int, ...],
            goes_well: str) -> None:  # fmt: skip
    vault.repos.assessments.save(AssessmentInput(
        child_id=child_id, perspective=p, assessed_on=clock.today() - timedelta(days=2),
        given_by=f"Gever {p.value}", given_by_role=Role.ANDERS,
        scores=dict(zip(ELEMENT_KEYS, scores, strict=True)), goes_well=goes_well,
    ))  # fmt: skip


@pytest.fixture
def sanne(team_vault: Any) -> str:
    sid: str = next(s.child.id for s in team_vault.repos.children.summaries(clock.today())
                    if s.child.given_name == "Sanne")  # fmt: skip
    _assess(team_vault, sid, Perspective.OUDERS, (4, 4, 3, 4, 4, 5, 3, 4), "Thuis vrolijk")
    _assess(team_vault, sid, Perspective.ZORG, (2, 3, 3, 2, 4, 3, 3, 4), "ZORG-ALLEEN-INTERN")
    return sid


def _fake_save_dialog(monkeypatch: pytest.MonkeyPatch, target: Path) -> list[str]:
    suggested: list[str] = []

    def fake(parent: object, caption: str, directory: str, filt: str) -> tuple[str, str]:
        suggested.append(directory)
        return str(target), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return suggested


@pytest.fixture
def dialog(qtbot: Any, team_vault: Any, ui_runner: Any, sanne: str) -> ExportDialog:
    """Sanne's export dialog, shown once its first preview is ready."""
    dialog = ExportDialog(team_vault.repos, ui_runner, sanne, offer_open=False)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.preview_ready, timeout=15_000):
        ui_runner.wait_idle(15_000)
    return dialog


def test_kernteam_export_previews_saves_and_audits(
    dialog: ExportDialog,
    team_vault: Any,
    ui_runner: Any,
    sanne: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pixmap = dialog.ui.previewLabel.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert dialog.ui.momentCombo.count() == 2  # all, or up to the one reading date
    target = tmp_path / "gekozen map" / "overzicht.pdf"
    target.parent.mkdir()
    suggested = _fake_save_dialog(monkeypatch, target)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    ui_runner.wait_idle(20_000)
    assert dialog.saved_path == target
    name = Path(suggested[0]).name
    assert name == f"kansencirkel-kernteam-{clock.today().isoformat()}.pdf"
    assert "Sanne" not in suggested[0]
    text = pdfcheck.text(target.read_bytes())
    assert "Sanne de Vries" in text and "ZORG-ALLEEN-INTERN" in text
    assert [p.name for p in target.parent.iterdir()] == ["overzicht.pdf"]
    exports = [
        e for e in team_vault.repos.audit.entries(child_id=sanne) if e.kind is AuditKind.EXPORT
    ]
    assert [e.detail for e in exports] == ["kernteam"]


def test_parent_export_only_offers_and_prints_consented_views(
    qtbot: Any, dialog: ExportDialog, ui_runner: Any, tmp_path: Path
) -> None:
    with qtbot.waitSignal(dialog.preview_ready, timeout=15_000):
        dialog.set_kind("ouders")
    assert dialog.checks[Perspective.OUDERS].isEnabled()
    assert not dialog.checks[Perspective.ZORG].isEnabled()  # no consent recorded
    target = tmp_path / "ouders.pdf"
    dialog.export_to(target)
    ui_runner.wait_idle(20_000)
    text = pdfcheck.text(target.read_bytes())
    assert "Thuis vrolijk" in text
    assert "ZORG-ALLEEN-INTERN" not in text
    # In the parents' words: care is "de hulpverlening"; one line names what was left out.
    flat = pdfcheck.flat(text)
    assert pdfcheck.flat("De cijfers van") in flat and "hulpverlening" in flat
    assert pdfcheck.flat("hiervoor is geen toestemming gegeven om te delen.") in flat


def test_failed_save_shows_one_sentence_and_keeps_dialog_open(
    dialog: ExportDialog, ui_runner: Any, tmp_path: Path
) -> None:
    dialog.export_to(tmp_path / "bestaat-niet" / "a.pdf")
    ui_runner.wait_idle(20_000)
    assert dialog.saved_path is None
    assert dialog.ui.statusLabel.text()
    assert "Traceback" not in dialog.ui.statusLabel.text()
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_archival_copy_is_chosen_by_keyboard_and_saved_as_pdfa(
    qtbot: Any, dialog: ExportDialog, ui_runner: Any, tmp_path: Path
) -> None:
    import io

    import pikepdf
    from PySide6.QtCore import Qt

    dialog.show()
    dialog.activateWindow()
    dialog.ui.kernteamRadio.setFocus()
    qtbot.waitUntil(dialog.ui.kernteamRadio.hasFocus)
    # A&rchiefversie, typed where the focus is: the mnemonic reaches the box from anywhere
    qtbot.keyClick(dialog.ui.kernteamRadio, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.pdfaCheck.isChecked)
    target = tmp_path / "archief.pdf"
    dialog.export_to(target)
    ui_runner.wait_idle(20_000)
    with pikepdf.open(io.BytesIO(target.read_bytes())) as doc:
        assert doc.open_metadata().pdfa_status == "2B"
    assert "Sanne de Vries" in pdfcheck.text(target.read_bytes())


def test_blank_form_without_a_date_of_birth_takes_the_chosen_age_band(
    qtbot: Any, dialog: ExportDialog, ui_runner: Any, tmp_path: Path
) -> None:
    assert dialog.case is not None and dialog.case.child.date_of_birth is None
    assert not dialog.ui.ageBandCombo.isEnabled()  # only for the blank form
    with qtbot.waitSignal(dialog.preview_ready, timeout=15_000):
        dialog.set_kind("blanco")
    combo = dialog.ui.ageBandCombo
    assert combo.isEnabled()
    combo.setCurrentIndex(combo.findData("4-7"))
    target = tmp_path / "blanco.pdf"
    dialog.export_to(target)
    ui_runner.wait_idle(20_000)
    text = pdfcheck.text(target.read_bytes())
    assert "Mijn ster (4 tot 7 jaar)" in text and "Sanne de Vries" in text
