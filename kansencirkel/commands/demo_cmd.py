"""``kansencirkel demo VAULT --children N [--seed S]``: fill a demo vault with fictional children.

Also builds the throw-away vault behind ``kansencirkel --demo``. Real vaults are refused:
demo data only ever goes into a vault created as a demo.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from kansencirkel.commands.common import (
    EXIT_REJECTED,
    CliError,
    add_unlock_arguments,
    add_vault_argument,
    creation_kdf,
    echo,
    open_vault,
    read_passphrase,
    vault_files_exist,
)
from kansencirkel.commands.recovery import check_recovery_code_target, deliver_recovery_code
from kansencirkel.core import clock
from kansencirkel.core.i18n import N_, _, ngettext

DEMO_APP_CHILDREN = 25
DEMO_APP_SEED = 2026


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help=_("vul een (nieuwe) demokluis met fictieve kinderen"),
        description=_(
            "Maakt de kluis als die nog niet bestaat (als demokluis) en vult hem met "
            "fictieve kinderen. Een gewone kluis wordt geweigerd."
        ),
    )
    add_vault_argument(p)
    p.add_argument(
        "--children",
        type=int,
        default=DEMO_APP_CHILDREN,
        metavar="N",
        help=_("aantal kinderen (standaard 25)"),
    )
    p.add_argument(
        "--seed",
        type=int,
        metavar="S",
        help=_("startgetal: dezelfde S geeft dezelfde kinderen"),
    )
    p.add_argument(
        "--team",
        help=_("teamnaam bij een nieuwe kluis"),
    )
    add_unlock_arguments(p)
    p.set_defaults(func=run)


def _create(path: Path, team: str | None, member: str | None, passphrase: str) -> Any:
    """A new demo vault (team and member default to the demo names), not yet committed
    (a :class:`~kansencirkel.vault.vault.NewVault`)."""
    from kansencirkel.core.enums import Role
    from kansencirkel.demo import DEMO_MEMBER_NAME, DEMO_TEAM_NAME
    from kansencirkel.vault.vault import Vault

    return Vault.create(
        path,
        DEMO_TEAM_NAME if team is None else team,
        member or DEMO_MEMBER_NAME,
        Role.IB,
        passphrase,
        demo=True,
        kdf=creation_kdf(),
    )


def _fill(vault: Any, children: int, seed: int) -> float:
    # Imported here: the demo generator is not needed to build the parser (--help stays cheap).
    from kansencirkel.demo import generate_case_files

    start = time.perf_counter()
    vault.repos.bulk_import(
        generate_case_files(children, seed, clock.today(), recorded_by=vault.actor.name)
    )
    return time.perf_counter() - start


def run(args: argparse.Namespace) -> int:
    if args.children < 0 or args.children > 100_000:
        raise CliError(N_("Kies 0 tot 100.000 kinderen."), EXIT_REJECTED)
    path = Path(args.vault)
    created = False
    if vault_files_exist(path):
        vault = open_vault(args)
    else:  # nothing here, or an unfinished creation (which the new one replaces)
        check_recovery_code_target(args.recovery_code_file)
        passphrase = read_passphrase(args.passphrase_file, confirm=True)
        with _create(path, args.team, args.member, passphrase) as new:
            # Shown (or written) before the vault counts as created; fictional children
            # only, so no confirmation is asked.
            deliver_recovery_code(new.recovery_code, args.recovery_code_file)
            vault = new.commit()
        created = True
    with vault:
        if not vault.info.is_demo:
            raise CliError(
                N_("Dit is geen demokluis; fictieve kinderen gaan alleen in een demokluis."),
                EXIT_REJECTED,
            )
        existing = vault.repos.children.count()
        seed = args.seed if args.seed is not None else 1 + existing
        seconds = _fill(vault, args.children, seed)
        if created:
            echo(_("Demokluis gemaakt: {path}", path=path))
        echo(
            ngettext(
                "{n} fictief kind toegevoegd ({seconds:.1f} s); de kluis heeft er nu {total}.",
                "{n} fictieve kinderen toegevoegd ({seconds:.1f} s); de kluis heeft er nu {total}.",
                args.children,
                seconds=seconds,
                total=existing + args.children,
            )
        )
    return 0


def create_demo_vault(path: Path, children: int = DEMO_APP_CHILDREN) -> str:
    """The throw-away vault for ``kansencirkel --demo``; returns its vault id. The recovery
    code is dropped: the vault lives only as long as the app."""
    from kansencirkel.demo import DEMO_PASSPHRASE

    vault = _create(path, None, None, DEMO_PASSPHRASE).commit()
    with vault:
        _fill(vault, children, DEMO_APP_SEED)
        return str(vault.info.vault_id)
