"""Unlock: pick your name and type the passphrase; wrong → one sentence and a growing delay."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from kansencirkel.ui.unlock_dialog import UnlockDialog, delay_after
from tests.support.vaults import TEST_MEMBER, TEST_PASSPHRASE, MadeVault, make_vault


def make_dialog(qtbot: Any, info: MadeVault, runner: Any, settings: Any, **kw: Any) -> UnlockDialog:
    dialog = UnlockDialog(info.path, runner, settings, **kw)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.members_loaded, timeout=20000):
        dialog.show()
    return dialog


def test_delays_grow_after_repeated_failures() -> None:
    assert [delay_after(n) for n in range(1, 7)] == [0, 0, 1, 2, 4, 8]
    assert delay_after(50) == 30


def test_wrong_passphrase_shows_message_then_right_one_opens(
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, app_settings: Any
) -> None:
    dialog = make_dialog(qtbot, team_vault_path, ui_runner, app_settings)
    ui = dialog.ui
    assert ui.memberCombo.currentText() == TEST_MEMBER
    assert not ui.demoHint.isVisible()
    qtbot.keyClicks(ui.passphraseEdit, "niet het goede wachtwoord")
    qtbot.mouseClick(ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.failures == 1, timeout=10000)
    assert ui.messageLabel.text() == "Het wachtwoord klopt niet."
    assert ui.passphraseEdit.text() == ""  # cleared, focus back for the next try
    assert dialog.vault is None
    with qtbot.waitSignal(dialog.vault_opened, timeout=10000):
        qtbot.keyClicks(ui.passphraseEdit, TEST_PASSPHRASE)
        qtbot.keyClick(ui.passphraseEdit, Qt.Key.Key_Return)
    assert dialog.vault is not None and dialog.vault.actor.name == TEST_MEMBER
    assert app_settings.last_member_id == team_vault_path.member_id
    dialog.vault.close()


def test_third_failure_disables_the_button_with_a_countdown(
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, app_settings: Any
) -> None:
    dialog = make_dialog(qtbot, team_vault_path, ui_runner, app_settings)
    ui = dialog.ui
    for attempt in (1, 2, 3):
        ui.passphraseEdit.setText("fout")
        ui.unlockButton.click()
        qtbot.waitUntil(lambda n=attempt: dialog.failures == n, timeout=10000)
    assert not ui.unlockButton.isEnabled()
    assert "(1)" in ui.unlockButton.text()
    assert "Probeer het over 1 seconde opnieuw." in ui.messageLabel.text()  # "1 seconde"
    ui.passphraseEdit.setText(TEST_PASSPHRASE)
    qtbot.waitUntil(ui.unlockButton.isEnabled, timeout=3000)


def test_demo_mode_tells_the_passphrase(
    qtbot: Any, team_vault_path: MadeVault, ui_runner: Any, app_settings: Any
) -> None:
    dialog = make_dialog(qtbot, team_vault_path, ui_runner, app_settings, demo=True)
    assert dialog.ui.demoHint.isVisible()
    assert "demo" in dialog.ui.demoHint.text()


def test_forgotten_passphrase_recovery_code_forces_a_new_passphrase(
    qtbot: Any, tmp_path: Any, ui_runner: Any, app_settings: Any
) -> None:
    from kansencirkel.ui.recovery_dialog import RecoveryDialog
    from kansencirkel.vault.vault import Vault

    made = make_vault(tmp_path / "r.kcv")
    path, code, member_id = made.path, made.recovery_code, made.member_id
    made.vault.close()
    dialog = RecoveryDialog(path, ui_runner)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.codeEdit.setText("AAAA-BBBB-CCCC")
    dialog.ui.okButton.click()
    qtbot.waitUntil(lambda: bool(dialog.ui.messageLabel.text()), timeout=10000)
    assert dialog.ui.messageLabel.text() == "De herstelcode klopt niet."
    dialog.ui.codeEdit.setText(code)
    dialog.ui.okButton.click()
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.newPassPage, timeout=10000)
    dialog.reject()  # a new passphrase is required now
    assert dialog.isVisible()
    dialog.ui.newPassEdit.setText("nieuw wachtwoord voor lotte")
    dialog.ui.repeatEdit.setText("nieuw wachtwoord voor lotte")
    with qtbot.waitSignal(dialog.vault_recovered, timeout=10000) as blocker:
        dialog.ui.okButton.click()
    reopened = blocker.args[0]
    assert reopened.actor.id == member_id  # reopened as the member, not as "herstelcode"
    reopened.close()
    Vault.open(path, member_id, "nieuw wachtwoord voor lotte").close()
