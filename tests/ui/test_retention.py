"""At unlock a calm reminder names closed files past their bewaartermijn; its dialog asks for
the AVG copy or erases, verified, and names the backups that still hold the child."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from kansencirkel.ui.retention_dialog import EraseConfirmDialog, RetentionDialog
from kansencirkel.ui.unlock_dialog import UnlockDialog
from tests.support.erasure_data import GIVEN, fill_child
from tests.support.vaults import TEST_PASSPHRASE, VaultFactory

TODAY = date(2026, 12, 1)


@pytest.fixture
def due_vault(
    vault_factory: VaultFactory, tmp_path: Path, app_settings: Any, today_is: Callable[..., Any]
) -> tuple[Path, str, str]:
    """A closed vault with one file past retention (closed mid-2020) and one backup of it
    in the app's backup folder; returns the path, the child's id and the backup's name."""
    today_is(TODAY)
    made = vault_factory.make("team", folder=tmp_path / "vault")
    kid, _other = fill_child(made.vault.repos)
    folder = tmp_path / "backups"
    app_settings.backup_folder = folder
    backup = made.vault.backup(folder)
    made.vault.close()
    return made.path, kid, backup.name


def _unlock(qtbot: Any, make_shell: Any, path: Path) -> Any:
    shell = make_shell(path)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.memberCombo.count() > 0, timeout=20000)
    dialog.ui.passphraseEdit.setText(TEST_PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=20000)
    qtbot.addWidget(shell.main_window)
    return shell


def test_no_reminder_when_nothing_is_due(qtbot: Any, make_shell: Any, team_vault_path: Any) -> None:
    shell = _unlock(qtbot, make_shell, team_vault_path.path)  # one file closed yesterday
    window = shell.main_window
    qtbot.waitUntil(lambda: window.children_list.model.total() > 0, timeout=20000)
    shell.runner.wait_idle()
    assert window.retention.banner.isHidden()
    shell.quit()


def test_reminder_dialog_copy_and_verified_erase(
    qtbot: Any,
    make_shell: Any,
    due_vault: tuple[Path, str, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path, kid, backup_name = due_vault
    copies = tmp_path / "avg-kopie"
    copies.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args: str(copies))
    )
    shell = _unlock(qtbot, make_shell, path)
    window = shell.main_window
    reminder = window.retention
    qtbot.waitUntil(reminder.banner.isVisible, timeout=20000)
    assert "Van 1 afgesloten dossier is de bewaartermijn voorbij" in reminder.label.text()
    assert GIVEN not in reminder.label.text()  # no name on the main window's line

    reminder.button.click()
    dialog = reminder.dialog
    assert isinstance(dialog, RetentionDialog) and dialog.isVisible()
    assert dialog.windowTitle() == "Bewaartermijn verlopen"
    tree = dialog.ui.dueTree
    assert tree.topLevelItemCount() == 1
    row = tree.topLevelItem(0)
    assert row is not None
    assert [row.text(i) for i in range(3)] == [
        f"{GIVEN} Wiktorówna-Quallenberg",
        "30-06-2020",
        "30-06-2022",
    ]

    with qtbot.waitSignal(dialog.copy_requested, timeout=5000) as copy:
        dialog.ui.copyButton.click()
    assert copy.args == [kid]
    with qtbot.waitSignal(reminder.copy_requested, timeout=5000) as relayed:
        dialog.ui.copyButton.click()
    assert relayed.args == [kid]

    # each click made the AVG copy in the chosen folder: the PDF and the JSON, the second
    # under the next free name (nothing overwritten)
    def copied(suffix: str) -> int:
        return len(list(copies.glob(f"kansencirkel-inzage-*.{suffix}")))

    qtbot.waitUntil(lambda: copied("pdf") == copied("json") == 2, timeout=60000)

    dialog.ui.eraseButton.click()
    confirm = dialog.confirm
    assert isinstance(confirm, EraseConfirmDialog) and confirm.isVisible()
    assert not confirm.erase_button.isEnabled()  # irreversible: ticked first
    assert confirm.cancel_button.isDefault()
    confirm.ui.understoodCheck.setChecked(True)
    total = window.children_list.model.total()
    confirm.erase_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)

    report = dialog.report
    assert report is not None and report.check.ok
    result = dialog.ui.resultLabel.text()
    assert "Controle: geen spoor van het kind gevonden in " in result
    assert " van het logbestand." in result
    assert backup_name in result and "01-12-2026" in result
    assert "(niet in de map" not in result
    assert tree.topLevelItemCount() == 0
    assert not dialog.ui.eraseButton.isEnabled()
    # The one change signal: the children list drops the child, the reminder goes.
    qtbot.waitUntil(lambda: window.children_list.model.total() == total - 1, timeout=20000)
    qtbot.waitUntil(reminder.banner.isHidden, timeout=20000)
    assert shell.vault.repos.children.retention_due() == []
    dialog.close()
    shell.quit()


def test_cancel_erases_nothing(
    qtbot: Any, make_shell: Any, due_vault: tuple[Path, str, str]
) -> None:
    path, _kid, _backup = due_vault
    shell = _unlock(qtbot, make_shell, path)
    reminder = shell.main_window.retention
    qtbot.waitUntil(reminder.banner.isVisible, timeout=20000)
    dialog = reminder.open_dialog()
    assert dialog is not None
    dialog.ui.eraseButton.click()
    assert dialog.confirm is not None
    dialog.confirm.cancel_button.click()
    shell.runner.wait_idle()
    assert dialog.report is None and dialog.ui.dueTree.topLevelItemCount() == 1
    assert len(shell.vault.repos.children.retention_due()) == 1
    dialog.close()
    shell.quit()


def test_a_failed_check_is_said_plainly(
    qtbot: Any, make_shell: Any, due_vault: tuple[Path, str, str]
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    path, kid, _backup = due_vault
    shell = _unlock(qtbot, make_shell, path)
    shell.vault.repos.settings.set("notitie", f"zie dossier {kid}")  # outlives the erasure
    reminder = shell.main_window.retention
    qtbot.waitUntil(reminder.banner.isVisible, timeout=20000)
    dialog = reminder.open_dialog()
    assert dialog is not None
    dialog.ui.eraseButton.click()
    assert dialog.confirm is not None
    dialog.confirm.ui.understoodCheck.setChecked(True)
    dialog.confirm.erase_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30000)
    assert dialog.report is not None and not dialog.report.check.ok
    expected = "De controle na het wissen vond op 1 van de "
    assert expected in dialog.ui.resultLabel.text()
    assert "Controle: geen spoor" not in dialog.ui.resultLabel.text()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.text()[: len(expected)] for b in boxes] == [expected]
    for box in boxes:
        box.close()
    dialog.close()
    shell.quit()
