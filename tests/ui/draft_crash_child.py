"""Child process for test_draft_crash: open the vault, type an assessment offscreen, wait until
the form's one-second draft debounce has saved it, print READY and keep running until the test
kills it (-9). When something it waits for does not come, it says why on stderr and exits 1.

Usage: python -m tests.ui.draft_crash_child VAULT_PATH MEMBER_ID CHILD_ID
The (fictional, test-only) passphrase comes from KC_DRAFT_PASSPHRASE, never from argv.
Nothing here flushes the draft by hand: only the form's own debounce may have saved it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

SCORES = (4, 2, None, 5, 3, 1, 4, 2)
GOES_WELL = "Helpt thuis graag met koken"
NOTE = "Vertelt veel over de hond"


def pump_until(app: QApplication, done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the event loop until ``done()``; False if it is not true within ``timeout_s``."""
    end = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)  # the poll interval, not a wait for anything
    return True


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
    saved: list[str] = []
    form.drafts.saved.connect(saved.append)
    if not pump_until(app, lambda: QApplication.focusWidget() is form.rows[0], 5):
        print("the first score row never got the focus", file=sys.stderr)
        return 1
    for i, score in enumerate(SCORES):
        row = form.rows[i]
        QTest.keyClick(row, Qt.Key.Key_0 if score is None else Qt.Key(Qt.Key.Key_0 + score))
        if i == 3:
            QTest.keyClick(row, Qt.Key.Key_Tab)
            QTest.keyClicks(row.ui.noteEdit, NOTE)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    QTest.keyClicks(form.ui.goesWellEdit, GOES_WELL)

    # The debounce fires ~1 s after the last keystroke and saves in the background: ready
    # once a draft was saved and no further save is due or under way.
    def draft_written() -> bool:
        return bool(saved) and not form.drafts.timer.isActive() and not runner.is_busy()

    if not pump_until(app, draft_written, 15):
        print("the draft debounce never saved the typed assessment", file=sys.stderr)
        return 1
    print("READY", flush=True)
    pump_until(app, lambda: False, float("inf"))  # like a user who walked away: until -9
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
