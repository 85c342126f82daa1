"""What an unlock found and repaired is said in the app too, not only on the command line."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from kansencirkel.core.i18n import Message
from kansencirkel.ui.unlock_dialog import UnlockDialog
from kansencirkel.vault import keyfile
from tests.support.vaults import TEST_PASSPHRASE, MadeVault


def test_a_repaired_key_file_mirror_is_told_after_unlock(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any
) -> None:
    keyfile.backup_keyfile_path(team_vault_path.path).write_bytes(b"kapot")
    shell = make_shell(team_vault_path.path)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.memberCombo.count() > 0, timeout=20000)
    dialog.ui.passphraseEdit.setText(TEST_PASSPHRASE)
    dialog.ui.unlockButton.click()
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=20000)
    qtbot.addWidget(shell.main_window)
    expected = Message(keyfile.MIRROR_REPAIRED).text()
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert [b.text() for b in boxes] == [expected]
    for box in boxes:
        box.close()
    shell.quit()
    assert keyfile.backup_keyfile_path(team_vault_path.path).read_bytes() == (
        keyfile.keyfile_path(team_vault_path.path).read_bytes()
    )
