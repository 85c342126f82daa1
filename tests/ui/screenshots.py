"""Screenshots of the main screens at 1280×720, in Dutch, on a fictional demo vault.

Run under a real X server so fonts and styles render as users see them:

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.screenshots [OUT_DIR]

Writes first-run.png, first-run-code.png, unlock.png, children.png, settings.png and help.png
(the guide at 1024×768) (default:
resources/screenshots/). Uses the light test KDF; never a real vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def prepare(argv: list[str], prefix: str) -> tuple[Path, Path]:
    """The output folder (made if needed) and a fresh work folder; settings go to the work
    folder, vaults use the light test KDF and no keyring is touched. Before any Qt import."""
    out = Path(argv[0]) if argv else ROOT / "resources" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["KANSENCIRKEL_HOME"] = str(work / "home")
    os.environ["KANSENCIRKEL_TEST_KDF"] = "1"
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    return out, work


class Shooter:
    """Grabs settled windows into ``out``: waits for the runner's jobs, then lets Qt paint."""

    def __init__(self, app: Any, runner: Any, out: Path) -> None:
        self.app, self.runner, self.out = app, runner, out

    def settle(self, ms: int = 400) -> None:
        self.runner.wait_idle(20_000)
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            self.app.processEvents()

    def shoot(self, widget: Any, name: str) -> None:
        self.settle()
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"{path}  {widget.width()}×{widget.height()}")


def main(argv: list[str]) -> int:
    out, work = prepare(argv, "kc-shots-")
    scheme = os.environ.get("KANSENCIRKEL_COLOR_SCHEME", "light")
    os.environ["KANSENCIRKEL_COLOR_SCHEME"] = scheme

    from PySide6.QtWidgets import QApplication, QWidget

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.demo import DEMO_PASSPHRASE
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.first_run import FirstRunDialog
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.settings_dialog import SettingsDialog
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.ui.unlock_dialog import UnlockDialog
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.kdf import TEST_KDF
    from kansencirkel.vault.vault import Vault

    app = make_application()
    install_translators(os.environ.get("KANSENCIRKEL_SHOT_LANG", "nl"))
    runner = OperationRunner(app)
    settings = AppSettings()
    suffix = "" if scheme == "light" else f"-{scheme}"

    def settle(ms: int = 300) -> None:
        runner.wait_idle(20_000)
        end = __import__("time").monotonic() + ms / 1000
        while __import__("time").monotonic() < end:
            app.processEvents()

    def shoot(widget: QWidget, name: str, focus: QWidget | None = None) -> None:
        widget.raise_()
        widget.activateWindow()  # so the keyboard focus frame shows as users see it
        settle(100)
        if focus is not None:
            focus.setFocus()
        settle()
        path = out / f"{name}{suffix}.png"
        widget.grab().save(str(path))
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  "
            f"{widget.width()}×{widget.height()}"
        )

    vault_path = work / "demo.kcv"
    create_demo_vault(vault_path, 25)

    first = FirstRunDialog(work / "nieuw.kcv", runner, kdf=TEST_KDF)
    first.show()
    first.ui.teamEdit.setText("Kernteam De Regenboog")
    first.ui.memberEdit.setText("Mila de Boer")
    first.ui.passEdit.setText("fiets regen tafel")
    first.ui.repeatEdit.setText("fiets regen tafel")
    shoot(first, "first-run", first.ui.repeatEdit)
    first.ui.repeatEdit.setText("fiets regen tafel zonnebloem")
    first.ui.passEdit.setText("fiets regen tafel zonnebloem")
    first.ui.nextButton.click()
    settle()
    shoot(first, "first-run-code", first.ui.confirmEdit)
    first.ui.writtenCheck.setChecked(True)
    from kansencirkel.ui.first_run import last_group

    first.ui.confirmEdit.setText(last_group(first.ui.codeLabel.text()))
    first.ui.nextButton.click()
    if first.vault is not None:
        first.vault.close()
    first.hide()

    unlock = UnlockDialog(vault_path, runner, settings, demo=True)
    unlock.show()
    unlock.ui.passphraseEdit.setText("demo")
    shoot(unlock, "unlock", unlock.ui.passphraseEdit)
    unlock.hide()

    members = Vault.members(vault_path)
    vault = Vault.open(vault_path, members[0].id, DEMO_PASSPHRASE)
    window = MainWindow(VaultOps(runner), settings)
    window.resize(1280, 720)
    window.show()
    window.attach(vault)
    shoot(window, "children", window.children_list.ui.searchEdit)

    dialog = SettingsDialog(settings, vault.repos.settings, vault.backup, VaultOps(runner), window)
    dialog.show()
    shoot(dialog, "settings")
    dialog.hide()

    from kansencirkel.ui.help_window import open_help

    guide = open_help("eerste-overleg")
    guide.resize(1024, 768)
    shoot(guide, "help", guide.browser)
    guide.close()
    window.detach()
    runner.shutdown()
    vault.close()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
