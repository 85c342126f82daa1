"""First run: create a vault through the dialog, confirm the recovery code, see the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from kansencirkel.ui.child_dialog import ChildDialog
from kansencirkel.ui.first_run import FirstRunDialog, last_group
from kansencirkel.ui.team_unlock import StoreChoiceDialog
from kansencirkel.vault.kdf import TEST_KDF
from kansencirkel.vault.layout import State
from kansencirkel.vault.vault import Vault


def start_on_laptop(shell: Any) -> None:
    """Start with no vault yet and choose "Op deze laptop" on the first screen."""
    shell.start()
    choice = shell.dialog
    assert isinstance(choice, StoreChoiceDialog)
    choice.laptop_button.click()


def fill_setup(qtbot: Any, dialog: FirstRunDialog, passphrase: str, repeat: str) -> None:
    ui = dialog.ui
    qtbot.keyClicks(ui.teamEdit, "Kernteam Het Anker")
    qtbot.keyClicks(ui.memberEdit, "Mila Testers")
    qtbot.keyClicks(ui.passEdit, passphrase)
    qtbot.keyClicks(ui.repeatEdit, repeat)


def test_weak_or_mismatched_passphrase_is_one_sentence_and_keeps_input(
    qtbot: Any, tmp_path: Path, ui_runner: Any
) -> None:
    dialog = FirstRunDialog(tmp_path / "k.kcv", ui_runner, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    fill_setup(qtbot, dialog, "kort", "kort")
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert "te kort" in dialog.ui.messageLabel.text()
    assert dialog.ui.teamEdit.text() == "Kernteam Het Anker"  # nothing typed is lost
    dialog.ui.passEdit.setText("een lange zin met woorden")
    dialog.ui.repeatEdit.setText("een lange zin met woorde")
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.text() == "De twee wachtwoorden zijn niet gelijk."
    assert not (tmp_path / "k.kcv").exists()


def test_strength_hint_grows_with_length(qtbot: Any, tmp_path: Path, ui_runner: Any) -> None:
    dialog = FirstRunDialog(tmp_path / "k.kcv", ui_runner, kdf=TEST_KDF)
    qtbot.addWidget(dialog)
    dialog.ui.passEdit.setText("abc")
    weak = dialog.ui.strengthBar.value()
    dialog.ui.passEdit.setText("fiets regen tafel zonnebloem")
    assert dialog.ui.strengthBar.value() > weak
    assert dialog.ui.strengthLabel.text() == "Sterk."


def test_create_vault_confirm_code_and_open_main_window(
    qtbot: Any, tmp_path: Path, ui_runner: Any, make_shell: Any
) -> None:
    path = tmp_path / "nieuw" / "team.kcv"
    shell = make_shell(path, kdf=TEST_KDF)
    start_on_laptop(shell)
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)  # owned by the shell, which deletes it
    qtbot.waitUntil(dialog.ui.keyringLabel.isVisible)  # keyring status sentence shown
    assert "wachtwoord" in dialog.ui.keyringLabel.text()
    fill_setup(qtbot, dialog, "fiets regen tafel zonnebloem", "fiets regen tafel zonnebloem")
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.codePage, timeout=10000)
    code = dialog.ui.codeLabel.text()
    assert len(code) >= 20
    assert not dialog.ui.nextButton.isEnabled()
    # Shown, not yet confirmed: the vault does not count as created (no key file, no unlock).
    assert Vault.state(path) is State.UNFINISHED
    dialog.reject()  # no way back: the code must be confirmed
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.ui.confirmEdit, last_group(code).lower())
    assert not dialog.ui.nextButton.isEnabled()  # the tick is needed too
    dialog.ui.writtenCheck.setChecked(True)
    assert dialog.ui.nextButton.isEnabled()
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10000)
    assert Vault.state(path) is State.PRESENT
    window = shell.main_window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert "Mila Testers" in window._actor_label.text()
    assert not window.ui.demoBanner.isVisible()
    # Add the first child through the menu (Ctrl+N) and see it listed.
    assert ui_runner.wait_idle(10_000)  # the (empty) list has loaded
    window.ui.actionNewChild.trigger()
    child_dialog = window.children_list.findChild(ChildDialog)
    assert child_dialog is not None and child_dialog.isVisible()
    qtbot.keyClicks(child_dialog.ui.givenEdit, "Lieke")
    qtbot.keyClicks(child_dialog.ui.familyEdit, "van den Berg")
    qtbot.keyClicks(child_dialog.ui.groupEdit, "4")
    with qtbot.waitSignal(window.children_list.loaded, timeout=10000):
        qtbot.keyClick(child_dialog.ui.groupEdit, Qt.Key.Key_Return)
    model = window.children_list.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Lieke van den Berg"]
    shell.quit()
    # The recovery code shown once really opens the vault.
    with Vault.open_with_recovery(path, code) as vault:
        assert vault.info.team_name == "Kernteam Het Anker"


def test_unconfirmed_vault_is_removed_on_quit_and_replaced_on_the_next_first_run(
    qtbot: Any, tmp_path: Path, ui_runner: Any, make_shell: Any
) -> None:
    """An app that stops on page 2 leaves no vault behind whose code nobody confirmed; one
    left by a crash (the files of an unfinished creation) starts the first run again."""
    path = tmp_path / "team.kcv"
    shell = make_shell(path, kdf=TEST_KDF)
    start_on_laptop(shell)
    dialog = shell.dialog
    assert isinstance(dialog, FirstRunDialog)
    fill_setup(qtbot, dialog, "fiets regen tafel zonnebloem", "fiets regen tafel zonnebloem")
    qtbot.mouseClick(dialog.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentWidget() is dialog.ui.codePage, timeout=10000)
    assert Vault.state(path) is State.UNFINISHED
    shell.quit()
    assert Vault.state(path) is State.ABSENT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]

    # What a creation killed before its code was confirmed leaves (a real SIGKILL).
    init = ["vault", "init", str(path), "--team", "Oud", "--member", "Iemand"]
    killed = subprocess.run(
        [sys.executable, "-m", "kansencirkel", *init, "--recovery-code-file", str(tmp_path / "c")],
        env=dict(
            os.environ,
            KANSENCIRKEL_TEST_KDF="1",
            KANSENCIRKEL_PASSPHRASE="een oud wachtwoord",
            KANSENCIRKEL_TEST_CRASH_AT="create:database-made",
        ),
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL
    assert Vault.state(path) is State.UNFINISHED
    again = make_shell(path, kdf=TEST_KDF)
    start_on_laptop(again)
    second = again.dialog
    assert isinstance(second, FirstRunDialog)  # not the unlock dialog of a vault nobody has
    fill_setup(qtbot, second, "fiets regen tafel zonnebloem", "fiets regen tafel zonnebloem")
    qtbot.mouseClick(second.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: second.ui.pages.currentWidget() is second.ui.codePage, timeout=10000)
    code = second.ui.codeLabel.text()
    qtbot.keyClicks(second.ui.confirmEdit, last_group(code))
    second.ui.writtenCheck.setChecked(True)
    qtbot.mouseClick(second.ui.nextButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.main_window is not None, timeout=10000)
    qtbot.addWidget(again.main_window)
    again.quit()
    with Vault.open_with_recovery(path, code) as vault:
        assert vault.info.team_name == "Kernteam Het Anker"
