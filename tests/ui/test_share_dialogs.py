""" "Delen…" and "Overdracht inlezen…" against two real vaults: the sealed file first with the
consent gate and the code shown, the plain export with a reason, and reading a hand-over in
with a choice per conflict, through the app's one change signal."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from kansencirkel.core import clock
from kansencirkel.core.changes import Changes
from kansencirkel.core.enums import Audience, AuditKind, Consenter, Perspective, Visibility
from kansencirkel.core.handover import Choice
from kansencirkel.exchange.handover_code import parse_code, shown
from kansencirkel.ui.handover_import_dialog import HandoverImportDialog
from kansencirkel.ui.share_dialog import ShareDialog, seal_and_save
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.vault import Vault
from tests.support.vaults import VaultFactory
from tests.ui.child_fixtures import add_assessment, add_child

SHOTS = Path("/tmp/handover-shots")
REASON = "Veiligheid gaat voor, besproken met de aandachtsfunctionaris"


@pytest.fixture
def school(vault_factory: VaultFactory, tmp_path: Path) -> tuple[Vault, str]:
    vault = vault_factory("school", folder=tmp_path)
    cid = add_child(vault).id
    add_assessment(vault, cid, Perspective.SCHOOL, 3)
    vault.repos.notes.create(cid, clock.today(), "Gaat graag naar gym", [], Visibility.DEELBAAR)
    return vault, cid


def _consent(vault: Vault, cid: str, expires_on: date | None = None) -> None:
    vault.repos.consents.create(
        cid,
        Consenter.OUDERS,
        "moeder",
        ["school", "zorg", "notes", "actions"],
        [Audience.ZORG, Audience.SCHOOL],
        given_on=date(2025, 9, 1),
        expires_on=expires_on,
    )


def _shot(widget: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _share(qtbot: Any, vault: Vault, cid: str, runner: Any) -> ShareDialog:
    dialog = ShareDialog(vault.repos, runner, cid, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    return dialog


def _save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), a[-1]))


def test_the_sealed_file_is_offered_first_and_gated_by_consent(
    qtbot: Any,
    school: tuple[Vault, str],
    ui_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, cid = school
    dialog = _share(qtbot, vault, cid, ui_runner)
    ui = dialog.ui
    assert ui.mainLayout.indexOf(ui.sealedBox) < ui.mainLayout.indexOf(ui.plainBox)
    assert "de blik van school" in ui.consentLabel.text()
    assert not ui.sealButton.isEnabled() and ui.overrideCheck.isVisible()
    _shot(dialog, "share-no-consent")
    ui.overrideCheck.setChecked(True)
    assert ui.sealButton.isEnabled() and ui.overrideEdit.isVisible()
    target = tmp_path / "sanne.kcx"
    _save_as(monkeypatch, target)
    ui.overrideEdit.setText("kort")
    ui.sealButton.click()
    assert ui.errorLabel.isVisible() and not target.exists()  # reason too short
    ui.overrideEdit.setText(REASON)
    ui.sealButton.click()
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=15_000)
    assert parse_code(ui.codeLabel.text()) == dialog.code
    assert ui.codeLabel.text() == shown(dialog.code) and "telefonisch" in ui.codeHint.text()
    _shot(dialog, "share-code")
    [entry] = [e for e in vault.repos.audit.entries(cid) if e.kind is AuditKind.EXPORT]
    assert entry.detail.startswith("kcx:zorg") and REASON in entry.detail


def test_with_consent_it_goes_at_once_and_the_plain_export_wants_a_reason(
    qtbot: Any,
    school: tuple[Vault, str],
    ui_runner: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, cid = school
    _consent(vault, cid)
    dialog = _share(qtbot, vault, cid, ui_runner)
    ui = dialog.ui
    assert ui.sealButton.isEnabled() and not ui.overrideCheck.isVisible()
    assert "toe voor alles" in ui.consentLabel.text()
    _shot(dialog, "share-consented")
    target = tmp_path / "export.json"
    _save_as(monkeypatch, target)
    ui.jsonButton.click()
    assert ui.errorLabel.isVisible() and not target.exists()
    ui.reasonEdit.setText("Verzoek van de ouders om hun gegevens (AVG)")
    ui.jsonButton.click()
    qtbot.waitUntil(lambda: dialog.saved_path == target, timeout=15_000)
    assert "niet versleuteld" in ui.errorLabel.text()
    [entry] = [e for e in vault.repos.audit.entries(cid) if e.kind is AuditKind.EXPORT]
    assert entry.detail.startswith("json") and "Verzoek van de ouders" in entry.detail


@pytest.mark.parametrize(("days", "warned"), [(10, True), (31, True), (32, False)])
def test_a_consent_that_ends_within_a_month_is_named_before_the_hand_over(
    qtbot: Any, school: tuple[Vault, str], ui_runner: Any, days: int, warned: bool
) -> None:
    vault, cid = school
    ends = clock.today() + timedelta(days=days)
    _consent(vault, cid, expires_on=ends)
    dialog = _share(qtbot, vault, cid, ui_runner)
    text = dialog.ui.consentLabel.text()
    assert dialog.ui.sealButton.isEnabled() and "toe voor alles" in text  # still allowed
    assert ("geldt tot en met" in text and f"nog {days} dagen" in text) is warned


def test_reading_a_hand_over_in_with_a_choice_per_conflict(
    qtbot: Any,
    school: tuple[Vault, str],
    vault_factory: VaultFactory,
    ui_ops: Any,
    ui_runner: Any,
    tmp_path: Path,
) -> None:
    vault, cid = school
    _consent(vault, cid)
    zorg = vault_factory("zorg", folder=tmp_path)
    first = tmp_path / "heen.kcx"
    code = seal_and_save(vault.repos, [cid], Audience.ZORG, date(2099, 1, 1), first, None, TEST_KDF)
    changes: list[Changes] = []
    ui_ops.changed.connect(changes.append)

    dialog = HandoverImportDialog(zorg.repos, ui_ops)
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show()
    dialog.set_path(first)
    dialog.ui.codeEdit.setText("fout-" + code[5:])
    dialog.read()
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=10_000)
    assert "code" in dialog.ui.errorLabel.text().lower()
    dialog.ui.codeEdit.setText(shown(code).lower())
    dialog.read()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    assert "nieuw in deze kluis" in dialog.ui.summaryLabel.text()
    assert not dialog.ui.conflictsTable.isVisible()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(changes), timeout=10_000)
    assert cid in changes[0].children and zorg.repos.children.count() == 1

    # both sides change the note; back to school: one conflict to choose
    for v, text in ((vault, "Gaat graag naar gym, op dinsdag"), (zorg, "Zwemt ook graag")):
        note = v.repos.notes.for_child(cid)[0]
        v.repos.notes.edit(note.id, reason="aangevuld", text=text)
    back = tmp_path / "terug.kcx"
    code = seal_and_save(zorg.repos, [cid], Audience.SCHOOL, date(2099, 1, 1), back, None, TEST_KDF)
    dialog = HandoverImportDialog(vault.repos, ui_ops)
    qtbot.addWidget(dialog)
    dialog.resize(760, 520)
    dialog.show()
    dialog.set_path(back)
    dialog.ui.codeEdit.setText(code)
    dialog.read()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    table = dialog.ui.conflictsTable
    assert table.isVisible() and table.rowCount() == 1
    mine, theirs = table.item(0, 1), table.item(0, 2)
    assert mine is not None and theirs is not None
    assert "op dinsdag" in mine.text() and "Zwemt" in theirs.text()
    _shot(dialog, "import-conflict")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Kies bij elk conflict" in dialog.ui.errorLabel.text()
    dialog.choose(0, Choice.THEIRS)
    changes.clear()
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: bool(changes), timeout=10_000)
    assert [n.text for n in vault.repos.notes.for_child(cid)] == ["Zwemt ook graag"]


def test_the_file_menu_reads_a_hand_over_in(
    qtbot: Any, school: tuple[Vault, str], ui_ops: Any, app_settings: Any
) -> None:
    from kansencirkel.ui.main_window import MainWindow

    vault, _cid = school
    window = MainWindow(ui_ops, app_settings)
    qtbot.addWidget(window)
    window.attach(vault)
    texts = [a.text() for a in window.ui.menuFile.actions()]
    assert texts.index("Overdracht &inlezen…") < texts.index("&Afsluiten")
    dialog = window.handover_menu.open()
    assert isinstance(dialog, HandoverImportDialog) and dialog.isVisible()
    dialog.reject()
