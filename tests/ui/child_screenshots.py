"""Screenshots of a child's page and the assessment form at 1280×720, on the demo vault.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.child_screenshots [OUT]

Writes child-overview.png, child-metingen.png, assessment-form.png and help.png (default:
resources/screenshots/). Meeting mode fills its screen, so its shot wants a 1024×768 one (a
school projector) and shows initials only:

    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python -m tests.ui.child_screenshots \
        --meeting [OUT]

writes meeting-mode-1024.png. Fictional demo children only; light test KDF.
"""

from __future__ import annotations

import os
import sys

from kansencirkel.core import clock
from tests.ui.screenshots import Shooter, prepare


def main(argv: list[str]) -> int:
    meeting_only = "--meeting" in argv
    out, work = prepare([a for a in argv if a != "--meeting"], "kc-child-shots-")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

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

    shooter = Shooter(app, runner, out)
    settle, shoot = shooter.settle, shooter.shoot

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
    if meeting_only:
        from kansencirkel.ui.meeting_mode import MeetingModeWindow

        ids = [s.child.id for s in vault.repos.children.summaries(today)][:6]
        meeting = MeetingModeWindow(
            vault.repos.children, window._ops, ids, richest.child.id, initials_only=True
        )
        meeting.show()
        settle(1500)
        shoot(meeting, "meeting-mode-1024")
        meeting.close()
        window.detach()
        runner.shutdown()
        vault.close()
        return 0
    window.show_child(richest.child.id)
    page = window.child_page
    settle(1500)
    chart = getattr(page.overview_section.star, "chart", None)
    if chart is not None:
        chart.draw_now()  # the star renders after the texts; the shot waits for it
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
    form.reject()
    settle()

    from kansencirkel.ui.help_window import HelpWindow

    help_window = HelpWindow()
    help_window.resize(1024, 768)
    help_window.show()
    help_window.show_topic("eerste-overleg")
    shoot(help_window, "help")
    help_window.close()
    window.detach()
    runner.shutdown()
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
