"""Shared UI test fixtures (pytest-qt, offscreen, real SQLCipher vaults with TEST_KDF).

Stable API for every UI test module:
- every test gets its own app-settings folder (``KANSENCIRKEL_HOME`` → ``tmp_path/home``) and
  starts in Dutch;
- ``ui_runner``: an :class:`OperationRunner`, drained at the end of the test;
- ``app_settings``: an :class:`AppSettings` on that test's INI file;
- ``make_shell(path, **kw)``: an :class:`AppShell` on that runner and those settings, quit at
  the end of the test even when it fails (a shell left running keeps its idle timer, vault
  and background reads alive into the next test);
- ``vault``, ``child``, ``runner``, ``page`` (from :mod:`tests.ui.child_fixtures`): a vault with
  one child and a :class:`ChildPage` on it;
- ``team_vault``: an open vault (from :mod:`tests.support.vaults`: member ``TEST_MEMBER``,
  passphrase ``TEST_PASSPHRASE``) with the fictional children of :data:`CHILDREN` and a little
  history; ``team_vault_path``: the :class:`MadeVault` record of the same, closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

import kansencirkel.ui
import kansencirkel.vault.vault  # noqa: F401 - import here, not first in a runner thread: on

# Python 3.11 SQLAlchemy's compile() at import can collide with pytest's assertion rewriting
# ("AST constructor recursion depth mismatch")
from kansencirkel.core import clock
from kansencirkel.core.enums import ActionStatus, MeetingKind, Role
from tests.support.vaults import TEST_MEMBER, Kid, MadeVault, VaultFactory
from tests.ui.child_fixtures import (  # noqa: F401 - the child's page fixtures, for every module
    child_fixture,
    page_fixture,
    runner_fixture,
    vault_fixture,
)

# Fictional children only: (given, family, school, group).
CHILDREN: tuple[tuple[str, str, str, str], ...] = (
    ("Sanne", "de Vries", "De Linde", "5"),
    ("Daan", "Bakker", "De Linde", "7"),
    ("Noor", "El Amrani", "Het Kompas", "3"),
    ("Mees", "Jansen", "Het Kompas", "8"),
)


@pytest.fixture(autouse=True)
def _isolated_app_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("KANSENCIRKEL_HOME", str(home))
    yield
    from kansencirkel.ui import i18n

    if i18n.current_lang() != "nl":
        i18n.install_translators("nl")


@pytest.fixture
def ui_runner(qtbot: Any) -> Iterator[Any]:
    from kansencirkel.ui.errors import show_error
    from kansencirkel.ui.operations import OperationRunner

    runner = OperationRunner(report_error=lambda exc: show_error(None, exc))  # as the app
    yield runner
    runner.wait_idle(10_000)
    runner.shutdown()


@pytest.fixture
def make_shell(ui_runner: Any, app_settings: Any) -> Iterator[Any]:
    from kansencirkel.ui.app import AppShell

    shells: list[AppShell] = []

    def make(path: Path, **kwargs: Any) -> AppShell:
        shell = AppShell(path, ui_runner, app_settings, **kwargs)
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.quit()


@pytest.fixture
def ui_ops(ui_runner: Any) -> Any:
    """The one change signal over the test's runner (what the app shell makes)."""
    from kansencirkel.ui.vault_ops import VaultOps

    return VaultOps(ui_runner)


@pytest.fixture
def app_settings(tmp_path: Path) -> Any:
    from kansencirkel.ui.settings_store import AppSettings

    return AppSettings(tmp_path / "home" / "config" / "kansencirkel.ini")


def add_team_history(vault: Any, ids: dict[str, str], today: date) -> None:
    """Afspraken (one overdue), an overleg due today and one closed file for the children."""
    coach = vault.repos.people.create(
        "Iris Coach", Role.CJG_COACH, organisation="CJG Testdorp"
    ).value
    vault.repos.actions.create(
        ids["Daan"],
        "Gesprek met ouders over huiswerk",
        ["actief"],
        coach.id,
        today - timedelta(days=30),
        today - timedelta(days=3),
        ActionStatus.LOPEND,
    )
    vault.repos.actions.create(
        ids["Sanne"],
        "Maatje in de pauze",
        ["erbij_horen"],
        coach.id,
        today - timedelta(days=5),
        today + timedelta(days=20),
    )
    vault.repos.meetings.create(
        ids["Noor"],
        today - timedelta(days=21),
        MeetingKind.KERNTEAM,
        [TEST_MEMBER],
        next_on=today,
    )
    vault.repos.children.close(ids["Mees"], today - timedelta(days=1))


def make_team_vault(vault_factory: VaultFactory, name: str, folder: Path) -> MadeVault:
    today = clock.today()
    opened = today - timedelta(days=60)
    kids = [Kid(g, f, school=s, group=grp, opened_on=opened) for g, f, s, grp in CHILDREN]
    made = vault_factory.make(name, folder=folder, children=kids)
    add_team_history(made.vault, made.child_ids, today)
    return made


@pytest.fixture
def team_vault(vault_factory: VaultFactory, tmp_path: Path) -> Any:
    """Open; closed by ``vault_factory`` at the end of the test."""
    return make_team_vault(vault_factory, "team", tmp_path / "vault").vault


@pytest.fixture
def team_vault_path(vault_factory: VaultFactory, tmp_path: Path) -> MadeVault:
    made = make_team_vault(vault_factory, "closed", tmp_path / "vault")
    made.vault.close()
    return made
