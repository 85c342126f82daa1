"""Screenshots of consent made visible, on the demo vault: the child page's consent line at
1280×720 and 1024×768, and the PDF export dialog with its consent warnings.

    xvfb-run -a -s "-screen 0 1280x768x24" .venv/bin/python -m tests.ui.consent_screenshots [OUT]

Writes consent-line-1280.png, consent-line-1024.png and export-consent.png (default:
resources/screenshots/). The richest demo child gets a consent from the parents that leaves
out the school's view for the parents and ends in ten days. Fictional data only.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta

from kansencirkel.core import clock
from tests.ui.screenshots import Shooter, prepare


def main(argv: list[str]) -> int:
    out, work = prepare(argv, "kc-consent-shots-")

    import kansencirkel.ui  # noqa: F401 - PySide6 workaround first
    from kansencirkel.commands.demo_cmd import create_demo_vault
    from kansencirkel.core.consent import CONSENT_PARTS
    from kansencirkel.core.enums import Audience, Consenter
    from kansencirkel.demo import DEMO_PASSPHRASE
    from kansencirkel.ui.app import make_application
    from kansencirkel.ui.export_dialog import ExportDialog
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

    vault_path = work / "demo.kcv"
    create_demo_vault(vault_path, 12)
    vault = Vault.open(vault_path, Vault.members(vault_path)[0].id, DEMO_PASSPHRASE)
    today = clock.today()
    richest = max(
        vault.repos.children.summaries(today),
        key=lambda s: len(vault.repos.assessments.for_child(s.child.id)),
    )
    child_id = richest.child.id
    for c in vault.repos.consents.for_child(child_id):
        if c.withdrawn_on is None:
            vault.repos.consents.withdraw(c.id, today)
    no_school = [p for p in CONSENT_PARTS if p != "school"]
    for who in (Consenter.OUDERS, Consenter.KIND):
        vault.repos.consents.create(
            child_id, who, "Moeder", no_school, [Audience.OUDERS],
            today - timedelta(days=200), today + timedelta(days=10),
        )  # fmt: skip
        vault.repos.consents.create(
            child_id, who, "Moeder", CONSENT_PARTS, [Audience.KERNTEAM, Audience.SCHOOL],
            today - timedelta(days=200),
        )  # fmt: skip
    window = MainWindow(VaultOps(runner), AppSettings())
    window.resize(1280, 720)
    window.show()
    window.attach(vault)
    window.show_child(child_id)
    shooter.settle(1500)
    shooter.shoot(window, "consent-line-1280")
    window.resize(1024, 768)
    shooter.settle(800)
    shooter.shoot(window, "consent-line-1024")
    dialog = ExportDialog(vault.repos, runner, child_id, window, offer_open=False)
    dialog.show()
    shooter.settle(1500)
    dialog.set_kind("ouders")
    shooter.settle(1500)
    shooter.shoot(dialog, "export-consent")
    dialog.close()
    window.detach()
    runner.shutdown()
    vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
