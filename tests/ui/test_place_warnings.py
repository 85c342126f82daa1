"""Proof 10, "Risky places" (the dialogs): the unlock and first-run dialogs say so in a
sentence when the vault is in a folder a cloud service synchronises, or on a read-only medium
(where unlocking is refused with the same sentence, never "damaged")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kansencirkel.core.i18n import Message
from kansencirkel.core.places import READ_ONLY, SYNCED_FOLDER
from kansencirkel.ui.app import acquire_instance_lock
from kansencirkel.ui.first_run import FirstRunDialog
from kansencirkel.ui.unlock_dialog import UnlockDialog
from kansencirkel.vault.errors import VaultDamaged, VaultError
from kansencirkel.vault.kdf import TEST_KDF
from tests.support.readonly import read_only_medium
from tests.support.vaults import TEST_PASSPHRASE, MadeVault, make_vault


def closed_vault(folder: Path) -> MadeVault:
    made = make_vault(folder / "team.kcv")
    made.vault.close()
    return made


def shown(qtbot: Any, dialog: Any, runner: Any) -> Any:
    """The dialog, shown, once its background lookups are done."""
    qtbot.addWidget(dialog)
    dialog.show()
    assert runner.wait_idle(10_000)
    return dialog


def test_unlock_dialog_warns_about_a_synced_folder(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made = closed_vault(tmp_path / "Dropbox (Persoonlijk)" / "kernteam")
    dialog = shown(qtbot, UnlockDialog(made.path, ui_runner, app_settings), ui_runner)
    label = dialog.ui.placeLabel
    assert label.isVisible()
    assert label.text() == Message(SYNCED_FOLDER, {"service": "Dropbox"}).text("nl")


def test_unlock_dialog_in_an_ordinary_folder_says_nothing(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made = closed_vault(tmp_path / "kernteam")
    dialog = shown(qtbot, UnlockDialog(made.path, ui_runner, app_settings), ui_runner)
    label = dialog.ui.placeLabel
    assert not label.isVisible() and label.text() == ""


def test_first_run_warns_before_the_vault_is_made(
    qtbot: Any, tmp_path: Path, ui_runner: Any
) -> None:
    path = tmp_path / "Google Drive" / "nog niet gemaakt" / "team.kcv"
    dialog = shown(qtbot, FirstRunDialog(path, ui_runner, kdf=TEST_KDF), ui_runner)
    label = dialog.ui.placeLabel
    assert label.isVisible()
    assert "Google Drive" in label.text()


def test_read_only_medium_is_named_before_and_at_unlock(
    qtbot: Any, tmp_path: Path, ui_runner: Any, app_settings: Any
) -> None:
    made: list[MadeVault] = []
    sentence = Message(READ_ONLY).text("nl")
    with read_only_medium(tmp_path / "cd", lambda f: made.append(closed_vault(f))):
        dialog = shown(qtbot, UnlockDialog(made[0].path, ui_runner, app_settings), ui_runner)
        label = dialog.ui.placeLabel
        assert label.text() == sentence
        assert dialog.ui.memberCombo.count() == 1  # the team is listed from the key file
        dialog.ui.passphraseEdit.setText(TEST_PASSPHRASE)
        dialog.ui.unlockButton.click()
        qtbot.waitUntil(lambda: bool(dialog.ui.messageLabel.text()), timeout=10_000)
        assert dialog.ui.messageLabel.text() == sentence
        assert dialog.vault is None and dialog.failures == 0
        assert ui_runner.wait_idle(10_000)


def test_the_app_refuses_a_read_only_vault_before_any_dialog(tmp_path: Path) -> None:
    """``kansencirkel --vault`` on a read-only medium: the app's own lock cannot be made,
    and the user gets the same one sentence (run_app shows it in a box and exits 1)."""
    made: list[MadeVault] = []
    with read_only_medium(tmp_path / "cd", lambda f: made.append(closed_vault(f))):
        with pytest.raises(VaultError) as info:
            acquire_instance_lock(made[0].path)
        assert not isinstance(info.value, VaultDamaged)
        assert info.value.message.msgid == READ_ONLY
