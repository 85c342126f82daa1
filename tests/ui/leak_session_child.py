"""Child process for test_nothing_leaks: a whole demo session in the real app, offscreen.

It starts ``kansencirkel --demo`` in this process (the demo vault in a temp folder, the app
shell, the unlock dialog) and drives it like a user: types the demo passphrase, opens a child,
adds a note naming MARKER, exports the kernteam overview as PDF to EXPORT_PATH (the path the
user "chose" in the save dialog), then prints one line ``READY {json}`` — the vault folder,
every child's name and the device secret the keyring was handed — and keeps running until the
test kills it (-9). When a step does not happen within its time it says which on stderr and
exits 1.

Usage: python -m tests.ui.leak_session_child EXPORT_PATH MARKER
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

STEP_TIMEOUT_S = 60.0
FOREVER = "the end (kill -9)"  # the last step has no time limit
Wait = Callable[[], Any]


def note_text(marker: str) -> str:
    return f"Gesprek met {marker} over samen spelen in de pauze"


def _top(kind: type) -> Any:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def session(export_path: Path, marker: str) -> Iterator[tuple[str, Wait]]:
    """The user's steps; each yields (what it waits for, a condition) before going on."""
    from kansencirkel.core import clock
    from kansencirkel.ui.app import AppShell
    from kansencirkel.ui.main_window import MainWindow
    from kansencirkel.ui.unlock_dialog import UnlockDialog

    yield (
        "the unlock dialog",
        lambda: _top(UnlockDialog) and _top(UnlockDialog).ui.memberCombo.count(),
    )
    dialog = _top(UnlockDialog)
    QTest.keyClicks(dialog.ui.passphraseEdit, "demo")
    QTest.keyClick(dialog.ui.passphraseEdit, Qt.Key.Key_Return)
    yield "the main window", lambda: _top(MainWindow) is not None
    app = QApplication.instance()
    shell = next(o for o in app.children() if isinstance(o, AppShell))
    window = _top(MainWindow)
    children = window.children_list
    yield "the children list", lambda: children.model.rowCount() > 0
    rows = [children.model.summary_at(r) for r in range(children.model.rowCount())]
    names = [f"{s.child.given_name} {s.child.family_name}" for s in rows if s is not None]
    child_id = rows[0].child.id
    children.select(child_id)
    window.ui.actionOpenChild.trigger()  # Kind > Openen, as the user would
    page = window.child_page
    yield "the child's page", lambda: page.data is not None and page.data.child_id == child_id
    page.ui.tabs.setCurrentWidget(page.ui.notesTab)
    QTest.mouseClick(page.notes_section.add_button, Qt.MouseButton.LeftButton)
    note = page.notes_section.dialog
    QTest.keyClicks(note.ui.textEdit, note_text(marker))
    save = note.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    yield "the note in the list", lambda: any(marker in n.text for n in page.data.case.notes)

    def chosen(*_args: object) -> tuple[str, str]:  # the user picks this path in the dialog
        return str(export_path), "PDF (*.pdf)"

    QFileDialog.getSaveFileName = chosen  # type: ignore[method-assign]
    export = page.open_export()
    previews: list[object] = []
    export.preview_ready.connect(lambda: previews.append(True))
    yield "the export preview", lambda: bool(previews) and export.case is not None
    export.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
    yield "the saved PDF", lambda: export.saved_path == export_path and not shell.runner.is_busy()
    backend = _keyring()
    everyone = shell.vault.repos.children.summaries(clock.today())  # closed files too
    report = {
        "vault_folder": str(shell.vault.path.parent),
        "children": [f"{s.child.given_name} {s.child.family_name}" for s in everyone],
        "opened": names[0],
        "device_secrets": list(getattr(backend, "offered", [])),
    }
    print("READY " + json.dumps(report), flush=True)
    yield FOREVER, lambda: False


def _keyring() -> Any:
    import keyring

    return keyring.get_keyring()


class Driver:
    def __init__(self, steps: Iterator[tuple[str, Wait]]) -> None:
        self.steps = steps
        self.what, self.until = next(steps)
        self.deadline = time.monotonic() + STEP_TIMEOUT_S
        self.timer = QTimer()
        self.timer.setInterval(50)  # the poll interval, not a wait for anything
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        try:
            ready = bool(self.until())
        except Exception as exc:  # a step broke: say which, and stop
            self.fail(f"{self.what}: {type(exc).__name__}: {exc}")
            return
        if ready:
            try:
                self.what, self.until = next(self.steps)
            except Exception as exc:
                self.fail(f"after {self.what}: {type(exc).__name__}: {exc}")
                return
            self.deadline = time.monotonic() + STEP_TIMEOUT_S
        elif time.monotonic() > self.deadline and self.what != FOREVER:
            self.fail(f"{self.what} never came")

    def fail(self, why: str) -> None:
        print(why, file=sys.stderr, flush=True)
        os._exit(1)


def main(argv: list[str]) -> int:
    from kansencirkel.cli import main as cli_main

    export_path, marker = Path(argv[0]), argv[1]
    app = QApplication([])  # the app's make_application() takes this one over
    driver = Driver(session(export_path, marker))
    code = cli_main(["--demo"])
    del driver, app
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
