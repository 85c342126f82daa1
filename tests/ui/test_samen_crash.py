"""Samen invullen survives kill -9: the answers come back as a draft that only the team
member, on the child's page, resumes (where it stopped) or throws away."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_PASSPHRASE, make_vault
from tests.ui import samen_crash_child as script
from tests.ui.child_fixtures import add_child, open_child

ROOT = Path(__file__).resolve().parents[2]


def test_samen_draft_survives_kill_9(qtbot: Any, runner: Any, tmp_path: Path) -> None:
    path = tmp_path / "team.kcv"
    vault = make_vault(path).vault
    child = add_child(vault)
    member_id = vault.actor.id
    vault.close()
    env = dict(os.environ, KC_DRAFT_PASSPHRASE=TEST_PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.samen_crash_child", str(path), member_id, child.id],
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

    from kansencirkel.ui.child_page import ChildPage
    from kansencirkel.ui.vault_ops import VaultOps

    vault = Vault.open(path, member_id, TEST_PASSPHRASE)
    try:
        page = ChildPage(vault.repos, VaultOps(runner))
        qtbot.addWidget(page)
        page.show()
        open_child(page, runner, child.id)
        assert page.ui.draftBanner.isVisible()
        with qtbot.waitSignal(page.samen_requested, timeout=2000) as blocker:
            page.ui.draftResumeButton.click()
        answers, texts, draft_id = blocker.args
        assert page.entry.form is None  # not the team's form: samen invullen goes on
        assert texts.code == "nl" and draft_id
        assert answers.giver == "Sanne" and answers.step == len(ELEMENT_KEYS) + 1
        assert answers.answers == dict.fromkeys(ELEMENT_KEYS, 3)
        assert answers.goes_well == script.GOES_WELL and len(answers.goes_well) > 10_000
        runner.wait_idle(10_000)
    finally:
        vault.close()
