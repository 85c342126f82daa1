"""Screenshots of the spreadsheet import: the preview of a realistic fictional file (three new
children, two in the vault already, ten metingen) and the list of a file with problems.

    xvfb-run -a -s "-screen 0 1280x720x24" .venv/bin/python -m tests.ui.spreadsheet_screenshots OUT

Writes spreadsheet-preview.png, spreadsheet-fouten.png (and -en variants). Uses the light test
KDF; never a real vault.
"""

from __future__ import annotations

import sys

from tests.ui.screenshots import Shooter, prepare


def main(argv: list[str]) -> int:
    out, work = prepare(argv, "kc-csv-shots-")
    from PySide6.QtWidgets import QApplication

    from kansencirkel.core import clock
    from kansencirkel.ui.i18n import install_translators
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.settings_store import AppSettings
    from kansencirkel.ui.vault_ops import VaultOps
    from tests.support.vaults import make_vault
    from tests.ui.spreadsheet_files import IN_VAULT, PROBLEM_ROWS, TODAY, write_csv

    clock.set_clock(clock.ShiftedClock(TODAY))
    app = QApplication.instance() or QApplication([])
    runner = OperationRunner()
    made = make_vault(work / "school.kcv", children=list(IN_VAULT))
    window = MainWindow(VaultOps(runner), AppSettings(work / "home" / "k.ini"))
    window.resize(1280, 720)
    window.show()
    window.attach(made.vault)
    shooter = Shooter(app, runner, out)
    for lang in ("nl", "en"):
        install_translators(lang)
        suffix = "" if lang == "nl" else "-en"
        for name, rows in (("preview", None), ("fouten", PROBLEM_ROWS)):
            path = (
                write_csv(work, f"{name}.csv")
                if rows is None
                else write_csv(work, "fouten.csv", rows)
            )
            dialog = window.spreadsheet.open_import(path)
            assert dialog is not None
            shooter.shoot(dialog, f"spreadsheet-{name}{suffix}")
            dialog.reject()
    shooter.shoot(window, "spreadsheet-window")
    window.detach()
    made.vault.close()
    runner.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
