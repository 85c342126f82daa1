"""Unlock shows the list at once; the whole-file page check runs in the background and locks
the vault the moment it finds a damaged page (nothing more is written on top of it)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import shiboken6

from kansencirkel.core.enums import Visibility
from kansencirkel.ui import errors
from kansencirkel.ui.unlock_dialog import UnlockDialog
from kansencirkel.vault.errors import VaultDamaged
from tests.support.vaults import MadeVault


def damage_a_notes_page(made: MadeVault) -> None:
    """Long notes fill pages the children list never reads; flip one byte in the middle."""
    from kansencirkel.vault.vault import Vault

    with Vault.open(made.path, made.member_id, made.passphrase) as vault:
        kid = next(iter(made.child_ids.values()))
        for i in range(12):
            text = f"Notitie {i}: " + "speelt buiten, leest graag, helpt anderen. " * 90
            vault.repos.notes.create(kid, date(2026, 1, 5), text, [], Visibility.INTERN)
    data = bytearray(made.path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 1500
    data[middle] ^= 0x5A
    made.path.write_bytes(bytes(data))


def test_fast_open_leaves_the_page_check_for_later(team_vault_path: MadeVault) -> None:
    from kansencirkel.vault.vault import Vault

    damage_a_notes_page(team_vault_path)
    made = team_vault_path
    vault = Vault.open(made.path, made.member_id, made.passphrase, check_pages=False)
    try:
        assert vault.repos.children.count() == 4  # what the list needs reads fine
        try:
            vault.check_pages()
        except VaultDamaged:
            pass
        else:
            raise AssertionError("the page check missed a flipped byte")
    finally:
        vault.close()
    # The careful path (CLI, tests) still refuses at once.
    try:
        Vault.open(made.path, made.member_id, made.passphrase).close()
    except VaultDamaged:
        pass
    else:
        raise AssertionError("a full open missed a flipped byte")


def test_the_app_locks_when_the_background_check_finds_damage(
    qtbot: Any, team_vault_path: MadeVault, make_shell: Any, tmp_path: Path
) -> None:
    damage_a_notes_page(team_vault_path)
    shell = make_shell(team_vault_path.path)
    shell.start()
    dialog = shell.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.waitUntil(lambda: dialog.ui.memberCombo.count() > 0, timeout=20000)
    with qtbot.waitSignal(dialog.vault_opened, timeout=10000):
        dialog.ui.passphraseEdit.setText(team_vault_path.passphrase)
        dialog.ui.unlockButton.click()
    window = shell.main_window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: shell.dialog is not None and shell.dialog is not dialog, timeout=20000)
    assert isinstance(shell.dialog, UnlockDialog)  # locked again: asks for the passphrase
    assert shell.vault is None and window.children_list.model.total() == 0
    texts = [b.text() for b in errors._open_boxes if shiboken6.isValid(b) and b.isVisible()]
    assert errors.error_text(VaultDamaged()) in texts
    shell.quit()
