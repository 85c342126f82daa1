"""Child process for test_draft_crash: open the vault, type an assessment offscreen, wait for
the one-second draft debounce, print READY and keep running until the test kills it (-9).

Usage: python -m tests.ui.draft_crash_child VAULT_PATH MEMBER_ID CHILD_ID
The (fictional, test-only) passphrase comes from KC_DRAFT_PASSPHRASE, never from argv.
Nothing here flushes the draft by hand: only the form's own debounce may have saved it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

SCORES = (4, 2, None, 5, 3, 1, 4, 2)
GOES_WELL = "Helpt thuis graag met koken"
NOTE = "Vertelt veel over de hond"


def pump(app: QApplication, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(argv: list[str]) -> int:
    from kansencirkel.core.enums import Perspective
    from kansencirkel.ui.assessment_form import AssessmentForm
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.vault import Vault

    path, member_id, child_id = argv
    app = QApplication([])
    vault = Vault.open(Path(path), member_id, os.environ["KC_DRAFT_PASSPHRASE"])
    runner = OperationRunner()
    child = vault.repos.children.get(child_id)
    form = AssessmentForm(vault.repos, VaultOps(runner), child, perspective=Perspective.OUDERS)
    form.show()
    form.activateWindow()
    end = time.monotonic() + 5
    while QApplication.focusWidget() is not form.rows[0] and time.monotonic() < end:
        pump(app, 0.02)
    for i, score in enumerate(SCORES):
        row = form.rows[i]
        QTest.keyClick(row, Qt.Key.Key_0 if score is None else Qt.Key(Qt.Key.Key_0 + score))
        if i == 3:
            QTest.keyClick(row, Qt.Key.Key_Tab)
            QTest.keyClicks(row.ui.noteEdit, NOTE)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClicks(form.ui.goesWellEdit, GOES_WELL)
    pump(app, 1.5)  # the debounce fires ~1 s after the last keystroke
    print("READY", flush=True)
    while True:  # like a user who walked away; the test kills us with SIGKILL
        pump(app, 0.1)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
