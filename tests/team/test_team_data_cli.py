"""``kansencirkel team import`` and ``team snapshot`` on a real server."""

from __future__ import annotations

import pytest

from kansencirkel.core import clock
from kansencirkel.vault.repos import Repositories
from kansencirkel.vault.team import membership
from kansencirkel.vault.vault import Vault
from tests.support.vaults import TEST_ACTOR, Kid, VaultFactory
from tests.team.team_cli_support import FOUNDER_PASSPHRASE, NEW_PASSPHRASE, TeamCli


def _team(cli: TeamCli) -> Repositories:
    return Repositories(membership.open_team(cli.profile("juf"), FOUNDER_PASSPHRASE), TEST_ACTOR)


def test_a_laptop_vault_moves_into_the_team_once(
    cli: TeamCli, vault_factory: VaultFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = vault_factory.make("laptop", children=(Kid("Sanne", "Fictief"), Kid("Noor", "Fictief")))
    made.vault.close()
    monkeypatch.setenv("KANSENCIRKEL_VAULT_PASSPHRASE", made.passphrase)
    cli.init("juf")
    team_file = str(cli.folder / "juf.kcteam")
    code, out, err = cli.run("team", "import", str(made.path), "--team", team_file)
    assert code == 0, err
    assert "2" in out
    names = sorted(s.child.given_name for s in _team(cli).children.summaries(clock.today()))
    assert names == ["Noor", "Sanne"]
    code, _out, err = cli.run("team", "import", str(made.path), "--team", team_file)
    assert code == 5 and err.strip()  # the same children again: refused, nothing written
    assert len(_team(cli).children.summaries(clock.today())) == 2


def test_a_snapshot_holds_the_chosen_children_and_refuses_writes(cli: TeamCli) -> None:
    cli.init("juf")
    team = _team(cli)
    sanne = team.children.create("Sanne", "Fictief").value
    team.children.create("Noor", "Fictief")
    out = cli.folder / "overleg.kcv"
    code, text, err = cli.run(
        "team", "snapshot", "--team", str(cli.folder / "juf.kcteam"),
        "--children", sanne.id, "--out", str(out),
    )  # fmt: skip
    assert code == 0, err
    assert str(out) in text
    (member,) = Vault.members(out)
    with Vault.open(out, member.id, NEW_PASSPHRASE) as snapshot:
        assert snapshot.info.snapshot_of == cli.profile("juf").team_id
        kids = snapshot.repos.children.summaries(clock.today())
        assert [k.child.given_name for k in kids] == ["Sanne"]
    code, _text, err = cli.run(
        "team", "snapshot", "--team", str(cli.folder / "juf.kcteam"),
        "--children", sanne.id, "--out", str(out),
    )  # fmt: skip
    assert code == 5 and err.strip()  # never over an existing file
