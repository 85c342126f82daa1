"""Screenshots of a child's page and the assessment form at 1280×720, on the demo vault.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.child_screenshots [OUT]

Writes child-overview.png, child-metingen.png and assessment-form.png (default:
resources/screenshots/). Fictional demo children only; light test KDF.
"""

from __future__ import annotations

import os
import sys
import time

from kansencirkel.core import clock
from tests.ui.screenshots import prepare


def main(argv: list[str]) -> int:
    out, work = prepare(argv, "kc-child-shots-")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.core.enums import Perspective
    from kansencirkel.demo import DEMO_PASSPHRASE
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.vault import Vault

    app = make_application()
    install_translators(os.environ.get("KANSENCIRKEL_SHOT_LANG", "nl"))
    runner = OperationRunner(app)

    def settle(ms: int = 400) -> None:
        runner.wait_idle(20_000)
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"{path}  {widget.width()}×{widget.height()}")

    vault_path = work / "demo.kcv"
    create_demo_vault(vault_path, 12)
    vault = Vault.open(vault_path, Vault.members(vault_path)[0].id, DEMO_PASSPHRASE)
    today = clock.today()
    richest = max(
        vault.repos.children.summaries(today),
        key=lambda s: len(vault.repos.assessments.for_child(s.child.id)),
    )
    window = MainWindow(VaultOps(runner), AppSettings())
    window.resize(1280, 720)
    window.show()
    window.attach(vault)
    window.show_child(richest.child.id)
    page = window.child_page
    shoot(window, "child-overview")
    page.ui.tabs.setCurrentWidget(page.ui.assessmentsTab)
    tree = page.assessments_section.tree
    tree.setCurrentItem(tree.topLevelItem(0))
    shoot(window, "child-metingen")
    page.ui.tabs.setCurrentIndex(0)
    form = page.entry.open_form(Perspective.OUDERS)
    settle()
    for key in (Qt.Key.Key_4, Qt.Key.Key_3, Qt.Key.Key_4):
        QTest.keyClick(QApplication.focusWidget(), key)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    shoot(form, "assessment-form")
    form.drafts.timer.stop()
    window.detach()
    runner.shutdown()
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
