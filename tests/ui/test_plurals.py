"""Counts read right in both languages: "1 kind" / "2 kinderen", "1 child" / "2 children",
"1 jaar" / "1 year" (the settings' spin boxes: tests/ui/test_settings.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kansencirkel.core.enums import ChildStatus
from kansencirkel.core.model import Child
from kansencirkel.ui.children_list import ChildrenList
from kansencirkel.ui.consent_dialog import required_text
from kansencirkel.ui.i18n import counted, install_translators
from kansencirkel.ui.vault_ops import VaultOps
from tests.support.vaults import Kid, make_vault

COUNTS = {
    "nl": ("1 kind", "2 kinderen", "1 van 2 kinderen"),
    "en": ("1 child", "2 children", "1 of 2 children"),
}


def test_counted_uses_the_one_plural_rule() -> None:
    assert [counted(n, "{n} kind", "{n} kinderen") for n in (0, 1, 2)] == [
        "0 kinderen",
        "1 kind",
        "2 kinderen",
    ]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_children_count(qtbot: Any, ui_runner: Any, tmp_path: Any, lang: str) -> None:
    install_translators(lang)
    made = make_vault(tmp_path / "een.kcv", children=[Kid("Sanne", "de Vries")])
    view = ChildrenList(VaultOps(ui_runner))
    qtbot.addWidget(view)
    try:
        with qtbot.waitSignal(view.loaded, timeout=10000):
            view.set_children(made.vault.repos.children)
        assert view.ui.countLabel.text() == COUNTS[lang][0]
        with qtbot.waitSignal(view.loaded, timeout=10000):
            made.vault.repos.children.create("Daan", "Bakker")
            view.set_children(made.vault.repos.children)
        assert view.ui.countLabel.text() == COUNTS[lang][1]
        view.ui.searchEdit.setText("Daan")
        qtbot.waitUntil(lambda: view.ui.countLabel.text() == COUNTS[lang][2], timeout=5000)
    finally:
        view.set_children(None)
        ui_runner.wait_idle(10_000)
        made.vault.close()


@pytest.mark.parametrize(
    ("lang", "one", "more"),
    [
        ("nl", "Het kind is 1 jaar:", "Het kind is 13 jaar:"),
        ("en", "The child is 1 year old:", "The child is 13 years old:"),
    ],
)
def test_age_in_the_consent_sentence(qapp: Any, lang: str, one: str, more: str) -> None:
    install_translators(lang)
    today = date(2026, 6, 1)
    opened = date(2026, 1, 5)
    baby = Child("c1", "Noor", "El Amrani", date(2025, 3, 1), "", "", ChildStatus.ACTIEF, opened)
    teen = Child("c2", "Mees", "Jansen", date(2013, 3, 1), "", "", ChildStatus.ACTIEF, opened)
    assert required_text(baby, today).startswith(one)
    assert required_text(teen, today).startswith(more)
