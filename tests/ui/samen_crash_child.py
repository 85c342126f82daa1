"""Child process for test_samen_crash: samen invullen offscreen, answer every element by
keyboard, type what goes well, wait until the window's own one-second draft debounce saved it,
print READY and keep running until the test kills it (-9).

Usage: python -m tests.ui.samen_crash_child VAULT_PATH MEMBER_ID CHILD_ID
The (fictional, test-only) passphrase comes from KC_DRAFT_PASSPHRASE, never from argv.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.ui.draft_crash_child import pump_until

GOES_WELL = "Ik kan al zwemmen " * 600  # more than 10,000 characters, kept whole


def main(argv: list[str]) -> int:
    from kansencirkel.core.samen import Filler, load_languages
    from kansencirkel.core.samen_answers import SamenAnswers
    from kansencirkel.ui.operations import OperationRunner
    from kansencirkel.ui.samen_window import SamenWindow
    from kansencirkel.ui.vault_ops import VaultOps
    from kansencirkel.vault.vault import Vault

    path, member_id, child_id = argv
    app = QApplication([])
    vault = Vault.open(Path(path), member_id, os.environ["KC_DRAFT_PASSPHRASE"])
    runner = OperationRunner()
    answers = SamenAnswers(child_id, Filler.KIND, "Sanne", "nl")
    window = SamenWindow(vault.repos, VaultOps(runner), answers, load_languages()["nl"])
    window.GUARD_MS = 0
    window.show()
    saved: list[str] = []
    window.drafts.saved.connect(saved.append)
    QTest.keyClick(window.next_button, Qt.Key.Key_Return)  # "Beginnen"
    middle = window.element.choices.buttons[2]  # keys go to a face: offscreen has no focus
    for _ in range(8):
        QTest.keyClick(middle, Qt.Key.Key_Right)  # nothing chosen yet: the middle face, 3
        QTest.keyClick(middle, Qt.Key.Key_Return)
    if window.stack.currentWidget() is not window.end:
        print("the keyboard did not reach the end questions", file=sys.stderr)
        return 1
    window.end.goes_well.setFocus()
    window.end.goes_well.insertPlainText(GOES_WELL)

    def draft_written() -> bool:
        return bool(saved) and not window.drafts.timer.isActive() and not runner.is_busy()

    if not pump_until(app, draft_written, 15):
        print("the draft debounce never saved the answers", file=sys.stderr)
        return 1
    print("READY", flush=True)
    pump_until(app, lambda: False, float("inf"))  # until -9
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
