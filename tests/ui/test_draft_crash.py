"""A draft survives kill -9: a child process types an assessment and is killed after the
debounce; reopening the vault offers the draft and restores every score and word."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, make_vault
from tests.ui import draft_crash_child as script
from tests.ui.child_fixtures import add_child, open_child

ROOT = Path(__file__).resolve().parents[2]


def test_draft_survives_kill_9(qtbot, runner, tmp_path):
    path = tmp_path / "team.kcv"
    vault = make_vault(path).vault
    child = add_child(vault)
    member_id = vault.actor.id
    vault.close()  # one process per vault: the child process takes the lock

    env = dict(os.environ, KC_DRAFT_PASSPHRASE=TEST_PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.draft_crash_child", str(path), member_id, child.id],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = proc.stdout.readline() if proc.stdout else ""
        assert line.strip() == "READY", proc.stderr.read() if proc.stderr else ""
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    from kansencirkel.ui.child_page import ChildPage
    from kansencirkel.ui.vault_ops import VaultOps

    vault = Vault.open(path, member_id, TEST_PASSPHRASE)  # the OS dropped the dead process's lock
    try:
        page = ChildPage(vault.repos, VaultOps(runner))
        qtbot.addWidget(page)
        page.show()
        open_child(page, runner, child.id)
        assert page.ui.draftBanner.isVisible()
        assert page.ui.draftLabel.text().startswith("Er is een concept van")
        assert "Ouders" in page.ui.draftLabel.text()
        qtbot.mouseClick(page.ui.draftResumeButton, Qt.MouseButton.LeftButton)
        form = page.entry.form
        assert form.perspective() is Perspective.OUDERS
        assert tuple(r.score() for r in form.rows) == script.SCORES
        assert form.rows[3].ui.noteEdit.text() == script.NOTE
        assert form.ui.goesWellEdit.toPlainText() == script.GOES_WELL
        assert len(vault.repos.drafts.for_child(child.id)) == 1
        assert set(ELEMENT_KEYS) == {r.key for r in form.rows}
        form.reject()
        runner.wait_idle(10_000)
    finally:
        vault.close()
