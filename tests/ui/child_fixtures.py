"""Fixtures for the child's page tests: a real SQLCipher vault (:mod:`tests.support.vaults`)
with one fictional child, an OperationRunner and a ChildPage at 1280×720. The fixtures are
made available to every UI test module by ``conftest.py``; the helpers are imported where
used."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from kansencirkel.core import clock
from kansencirkel.core.elements import ELEMENT_KEYS
from kansencirkel.core.enums import Perspective, Role
from kansencirkel.core.model import Assessment, AssessmentInput, Child
from kansencirkel.vault.vault import Vault
from tests.support.vaults import VaultFactory


def add_child(vault: Vault, *, born: date | None = None) -> Child:
    child: Child = vault.repos.children.create(
        "Sanne",
        "de Vries",
        school="De Linde",
        group="5",
        date_of_birth=born or clock.today() - timedelta(days=9 * 365 + 5),  # 9 years old
    ).value
    return child


def add_assessment(
    vault: Vault,
    child_id: str,
    perspective: Perspective,
    score: int | None,
    *,
    days_ago: int = 10,
    goes_well: str = "Speelt fijn buiten.",
) -> Assessment:
    a: Assessment = vault.repos.assessments.save(
        AssessmentInput(
            child_id,
            perspective,
            clock.today() - timedelta(days=days_ago),
            "Geber Test",
            Role.LEERKRACHT,
            dict.fromkeys(ELEMENT_KEYS, score),
            {},
            goes_well,
            "",
        )
    ).value
    return a


@pytest.fixture(name="vault")
def vault_fixture(vault_factory: VaultFactory, tmp_path: Path) -> Vault:
    """An open, empty vault ``tmp_path/team.kcv``; closed by ``vault_factory`` at the end."""
    return vault_factory("team", folder=tmp_path)


@pytest.fixture(name="child")
def child_fixture(vault: Vault) -> Child:
    return add_child(vault)


@pytest.fixture(name="runner")
def runner_fixture(ui_runner: Any) -> Any:
    """The conftest's ``ui_runner`` under the short name these tests use."""
    return ui_runner


@pytest.fixture(name="page")
def page_fixture(qtbot: Any, vault: Vault, ui_ops: Any) -> Any:
    from kansencirkel.ui.child_page import ChildPage

    p = ChildPage(vault.repos, ui_ops)
    qtbot.addWidget(p)
    p.resize(1280, 720)
    p.show()
    return p


def open_child(page: Any, runner: Any, child_id: str) -> None:
    page.show_child(child_id)
    assert runner.wait_idle(10_000)
    assert page.data is not None and page.data.child_id == child_id


def settle(runner: Any) -> None:
    assert runner.wait_idle(10_000)


def tree_texts(tree: Any) -> list[list[str]]:
    """Every row of a QTreeWidget (children too) as a list of cell texts."""
    rows: list[list[str]] = []

    def walk(item: Any) -> None:
        rows.append([item.text(i) for i in range(tree.columnCount())])
        for j in range(item.childCount()):
            walk(item.child(j))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return rows
