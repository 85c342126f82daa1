"""Which closed files are past their bewaartermijn, by the vault's setting and today's date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from kansencirkel.core.retention import SETTING_KEY
from kansencirkel.vault.vault import Vault
from tests.support.vaults import VaultFactory


def _setup(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> tuple[Vault, dict[str, str]]:
    today_is(date(2026, 12, 1))
    vault = vault_factory()
    r = vault.repos.children
    ids = {}
    for name, closed in (("Oud", date(2024, 11, 30)), ("Net", date(2024, 12, 1)), ("Jong", None)):
        ids[name] = r.create(name, "Kind", opened_on=date(2020, 1, 6)).value.id
        if closed is not None:
            r.close(ids[name], closed)
    ids["Open"] = r.create("Open", "Kind", opened_on=date(2010, 1, 6)).value.id
    return vault, ids


def test_due_past_on_and_before_the_retention_date(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> None:
    vault, ids = _setup(vault_factory, today_is)
    r = vault.repos.children
    # Closed 2024-11-30, kept two years: until 2026-11-30; on 2026-12-01 it is due.
    [due] = r.retention_due()
    assert (due.child_id, due.name, due.closed_on, due.kept_until) == (
        ids["Oud"],
        "Oud Kind",
        date(2024, 11, 30),
        date(2026, 11, 30),
    )
    # Closed 2024-12-01: today is its last day of keeping, not yet due; tomorrow it is.
    assert [d.child_id for d in r.retention_due(date(2026, 12, 2))] == [ids["Oud"], ids["Net"]]
    assert r.retention_due(date(2026, 11, 30)) == []  # the first one's last day


def test_the_vaults_setting_decides(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> None:
    vault, ids = _setup(vault_factory, today_is)
    vault.repos.settings.set(SETTING_KEY, 5)
    assert vault.repos.children.retention_due() == []
    vault.repos.settings.set(SETTING_KEY, 0)
    due = vault.repos.children.retention_due()
    assert [d.child_id for d in due] == [ids["Oud"], ids["Net"]]
    assert due[1].kept_until == date(2024, 12, 1)


def test_open_files_are_never_due(
    vault_factory: VaultFactory, today_is: Callable[[date], date]
) -> None:
    vault, ids = _setup(vault_factory, today_is)
    r = vault.repos.children
    r.reopen(ids["Oud"])
    assert {d.child_id for d in r.retention_due(date(2040, 1, 1))} == {ids["Net"]}
