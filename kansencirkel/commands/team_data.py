"""``kansencirkel team import VAULT`` and ``team snapshot``: data into and out of a team store.

``import`` moves a laptop vault in, all or nothing, with its audit log; it needs the
passphrase of the vault (``--vault-passphrase-file`` or ``KANSENCIRKEL_VAULT_PASSPHRASE``)
and that of the team member (``--passphrase-file`` or ``KANSENCIRKEL_PASSPHRASE``).
``snapshot`` writes chosen children to a read-only vault for a meeting without network,
opened with a new passphrase (``--new-passphrase-file`` or ``KANSENCIRKEL_NEW_PASSPHRASE``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    ENV_NEW_PASSPHRASE,
    add_vault_argument,
    choose_member,
    creation_kdf,
    echo,
    path_argument,
    read_passphrase,
    require_vault_files,
)
from kansencirkel.commands.team_admin import (
    add_new_passphrase_argument,
    add_team_argument,
    read_team,
)
from kansencirkel.core.i18n import N_, _, ngettext

ENV_VAULT_PASSPHRASE = "KANSENCIRKEL_VAULT_PASSPHRASE"
VAULT_PASSPHRASE_PROMPT = N_("Wachtwoord van de kluis: ")
SNAPSHOT_PASSPHRASE_PROMPT = N_("Wachtwoord voor de momentopname: ")


def register_data_commands(sub: Any) -> None:
    p = sub.add_parser(
        "import", help=_("zet een kluis van deze laptop over naar het team (alles of niets)")
    )
    add_vault_argument(p)
    add_team_argument(p)
    p.add_argument("--member", metavar=_("NAAM"), help=_("teamlid dat de kluis opent"))
    p.add_argument(
        "--vault-passphrase-file",
        metavar=_("BESTAND"),
        help=_(
            "wachtwoord van de kluis uit dit bestand; anders {variable} of een vraag",
            variable=ENV_VAULT_PASSPHRASE,
        ),
    )
    p.set_defaults(func=run_import)

    p = sub.add_parser(
        "snapshot",
        help=_("maak een alleen-lezen momentopname van gekozen kinderen voor zonder netwerk"),
    )
    add_team_argument(p)
    p.add_argument(
        "--children",
        required=True,
        metavar="ID,ID",
        help=_("de kinderen (hun id's, met komma's gescheiden)"),
    )
    p.add_argument(
        "--out",
        required=True,
        type=path_argument,
        metavar=_("BESTAND.kcv"),
        help=_("het nieuwe kluisbestand"),
    )
    add_new_passphrase_argument(p)
    p.set_defaults(func=run_snapshot)


def run_import(args: argparse.Namespace) -> int:
    from kansencirkel.vault.team import membership
    from kansencirkel.vault.team.transfer import import_vault
    from kansencirkel.vault.vault import Vault

    path = Path(args.vault)
    require_vault_files(path)
    member = choose_member(path, args.member)
    vault_passphrase = read_passphrase(
        args.vault_passphrase_file, env=ENV_VAULT_PASSPHRASE, prompt=VAULT_PASSPHRASE_PROMPT
    )
    profile = read_team(args)
    engine = membership.open_team(profile, read_passphrase(args.passphrase_file))
    try:
        actor = membership.member_of(engine, profile.login)
        with Vault.open(path, member.id, vault_passphrase) as vault:
            done = import_vault(vault, engine, actor)
    finally:
        engine.dispose()
    echo(
        ngettext(
            "{n} kind overgezet naar het team",
            "{n} kinderen overgezet naar het team",
            done.children,
        )
        + ngettext(
            " met {n} gebeurtenis uit het auditlog.",
            " met {n} gebeurtenissen uit het auditlog.",
            done.events,
        )
    )
    return 0


def run_snapshot(args: argparse.Namespace) -> int:
    from kansencirkel.vault.team import membership
    from kansencirkel.vault.team.snapshot import make_snapshot

    ids = [part.strip() for part in str(args.children).split(",") if part.strip()]
    profile = read_team(args)
    engine = membership.open_team(profile, read_passphrase(args.passphrase_file))
    try:
        actor = membership.member_of(engine, profile.login)
        new_passphrase = read_passphrase(
            args.new_passphrase_file,
            env=ENV_NEW_PASSPHRASE,
            confirm=True,
            prompt=SNAPSHOT_PASSPHRASE_PROMPT,
        )
        out = make_snapshot(engine, ids, args.out, new_passphrase, creation_kdf(), actor)
    finally:
        engine.dispose()
    echo(
        ngettext(
            "Momentopname van {n} kind gemaakt: {path} (alleen lezen).",
            "Momentopname van {n} kinderen gemaakt: {path} (alleen lezen).",
            len(set(ids)),
            path=str(out),
        )
    )
    return 0
