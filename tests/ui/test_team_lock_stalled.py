"""Locking while the team server stalls (a paused VM, a hung disk: its connections stay open,
nothing is answered): the app locks at once and shows the team unlock, instead of hanging on
the LOCK event it writes to the server's audit log. The event lands when the server answers
again."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from kansencirkel.core.enums import AuditKind
from kansencirkel.ui.team_unlock import TeamUnlockDialog
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team import membership
from kansencirkel.vault.team.profile import read_profile
from tests.team.pg_cluster import PgDatabase
from tests.ui.test_team_app import PASSPHRASE, Team, open_team_window, start_team_shell, team

__all__ = ["team"]


def _locks(profile_path: Path) -> int:
    profile = read_profile(profile_path)
    engine = membership.open_team(profile, PASSPHRASE)
    try:
        repos = Repositories(engine, membership.member_of(engine, profile.login))
        return sum(1 for e in repos.audit.entries() if e.kind is AuditKind.LOCK)
    finally:
        engine.dispose()


def test_locking_while_the_server_stalls_shows_the_unlock_at_once(
    team: Team,
    pg_database: PgDatabase,
    qtbot: Any,
    tmp_path: Path,
    ui_runner: Any,
    make_shell: Any,
    app_settings: Any,
) -> None:
    shell = start_team_shell(team, tmp_path, make_shell, app_settings)
    open_team_window(qtbot, shell, ui_runner)
    assert ui_runner.wait_idle(10_000)
    before = _locks(team.profile_path)
    with pg_database.cluster.frozen(at_most_s=20):
        started = time.monotonic()
        shell.lock()
        took = time.monotonic() - started
        assert shell.vault is None
        assert isinstance(shell.dialog, TeamUnlockDialog) and shell.dialog.isVisible()
        assert took < 8, f"the lock waited {took:.1f} s for a server that does not answer"
    qtbot.waitUntil(lambda: _locks(team.profile_path) == before + 1, timeout=30_000)
